import pytest
from django.db import connection
from django.test import override_settings


@pytest.mark.django_db
def test_healthz_reports_each_dependency_ok(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["database"] == "ok"
    assert body["cache"] == "ok"
    assert "broker" in body


@pytest.mark.django_db
def test_healthz_checks_the_real_broker_when_one_is_configured(client, redis_url):
    with override_settings(CELERY_BROKER_URL=redis_url):
        from rumbo.celery_app import app

        app.conf.broker_url = redis_url
        response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json()["broker"] == "ok"


@pytest.mark.django_db
def test_healthz_is_503_when_the_broker_is_down(client):
    from rumbo.celery_app import app

    dead = "redis://127.0.0.1:1/0"
    previous = app.conf.broker_url
    app.conf.broker_url = dead
    try:
        with override_settings(CELERY_BROKER_URL=dead):
            response = client.get("/healthz")
    finally:
        app.conf.broker_url = previous

    assert response.status_code == 503
    assert response.json()["broker"].startswith("error")


@pytest.mark.django_db
def test_healthz_is_503_when_the_cache_is_down(client):
    dead_cache = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        }
    }
    with override_settings(CACHES=dead_cache):
        response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["cache"].startswith("error")
    assert response.json()["database"] == "ok"


@pytest.mark.django_db
def test_healthz_is_503_when_the_database_is_down(client, monkeypatch):
    from django.db.utils import OperationalError

    def refuse(*args, **kwargs):
        raise OperationalError("connection refused")

    # Taking PostgreSQL down for one test would break the rest of the run.
    monkeypatch.setattr(connection, "cursor", refuse)
    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["database"] == "error: OperationalError"
