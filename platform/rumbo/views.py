"""Project-level views that belong to no feature: the health check."""

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET


def _check_database() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return "ok"


def _check_cache() -> str:
    cache.set("healthz", "ok", 10)
    if cache.get("healthz") != "ok":
        raise RuntimeError("cache did not return what was stored")
    return "ok"


def _check_broker() -> str:
    if settings.CELERY_BROKER_URL.startswith("memory:"):
        return "skipped (tasks run in-process)"
    from rumbo.celery_app import app

    timeout = settings.HEALTHZ_TIMEOUT.total_seconds()
    with app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=1, timeout=timeout)
    return "ok"


CHECKS = {"database": _check_database, "cache": _check_cache, "broker": _check_broker}


@never_cache
@require_GET
def healthz(request):
    """200 with each dependency's state, or 503 naming the one that is down."""
    results, healthy = {}, True
    for name, check in CHECKS.items():
        try:
            results[name] = check()
        except Exception as exc:  # any failure of a dependency means unhealthy
            healthy = False
            results[name] = f"error: {exc.__class__.__name__}"
    status = "ok" if healthy else "error"
    return JsonResponse({"status": status, **results}, status=200 if healthy else 503)
