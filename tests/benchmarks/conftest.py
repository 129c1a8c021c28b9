import pytest


@pytest.fixture(autouse=True)
def _renders_measured(settings):
    """The in-process benchmarks time the rendering of each page; served from
    the public page cache they would time a lookup. The throughput benchmark
    measures the cache itself, through gunicorn."""
    settings.PAGE_CACHE_ENABLED = False
