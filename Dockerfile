# Rumbo: one image for every process (web, migrate, Celery worker and beat).
#   docker build -t rumbo .
#   docker compose up            (see docker-compose.yml and .env.example)
FROM python:3.11-slim

# platform/ is a folder on the import path, never the package `platform`.
# The project runs from its sources in /app (templates, static files and
# catalogues live beside the code), so gunicorn and celery find `rumbo` through
# PYTHONPATH rather than an installed copy.
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONPATH=/app/platform:/app \
    RUMBO_DEMO=0

# gettext: msgfmt for compilemessages; DejaVu: a font with wide alphabet
# coverage for learners' names on certificate PDFs.
RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app

# Dependencies first, in their own layer: it is rebuilt only when pyproject.toml
# or requirements.lock change. The runtime dependencies only, no dev extras.
COPY pyproject.toml requirements.lock README.md ./
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" > /tmp/requirements.txt \
    && pip install -c requirements.lock -r /tmp/requirements.txt \
    && rm /tmp/requirements.txt

# The project. Copied folder by folder so nothing local (.venv, var/, .env, .git)
# ends up in the image. Not demo/: demo content and `seed_demo` serve `make run`
# and the tests, never a deployment (RUMBO_DEMO=0 above keeps the build steps,
# which use development settings, from installing the app).
COPY manage.py ./
COPY platform/ platform/
COPY courses/ courses/
COPY shop/ shop/
COPY mentoring/ mentoring/
COPY locale/ locale/
COPY locale_overrides/ locale_overrides/

# Build-time steps run with DJANGO_ENV unset (development settings), so they
# need no SECRET_KEY, database or Redis.
RUN python manage.py link_locales \
    && if find locale -name '*.po' 2>/dev/null | grep -q .; then \
        python manage.py compilemessages --ignore 'var/*'; \
    fi \
    && python manage.py collectstatic --noinput --verbosity 0

RUN useradd --create-home --uid 1000 --user-group rumbo \
    && mkdir -p /app/var/media /app/var/private \
    && chown -R rumbo:rumbo /app/var
USER rumbo

EXPOSE 8000

HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4).status == 200 else 1)"]

CMD ["gunicorn", "rumbo.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
