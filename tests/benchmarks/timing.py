"""Timing and printing shared by the benchmarks: server time per request
(median, p95) and queries per request, measured in-process."""

import statistics
import time

from django.db import connection
from django.test.utils import CaptureQueriesContext


def analyze() -> None:
    """Give the planner statistics, as autovacuum would on a live shop.

    Rows written in the test's open transaction are never seen by autovacuum,
    so without this PostgreSQL would plan from empty-table defaults and the
    figures would measure bad plans."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def measure(client, url: str, params=None, *, rounds: int) -> dict:
    """GET the page `rounds` times (after one warm-up request for caches and
    template loading), reading streamed responses to the end."""
    client.get(url, params)
    timings, queries = [], []
    for _round in range(rounds):
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            response = client.get(url, params)
            if response.streaming:
                for _chunk in response.streaming_content:
                    pass
            timings.append((time.perf_counter() - start) * 1000)
        queries.append(len(captured))
        assert response.status_code == 200, url
    timings.sort()
    return {
        "median_ms": statistics.median(timings),
        "p95_ms": timings[int(len(timings) * 0.95) - 1],
        "queries": max(queries),
    }


def print_figures(title: str, results: dict, *, width: int = 20) -> None:
    """Print the title, then a line of figures per page measured."""
    print(title)
    for name, figures in results.items():
        print(
            f"  {name:<{width}} median {figures['median_ms']:7.1f} ms"
            f"   p95 {figures['p95_ms']:7.1f} ms   {figures['queries']:3d} queries"
        )
