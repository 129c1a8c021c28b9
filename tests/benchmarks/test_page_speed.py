"""How fast the foundation's pages answer, in-process (`make bench`).

Prints figures; asserts only that the pages worked, never a timing.
"""

import statistics
import time

import pytest

ROUNDS = 50


def measure(client, url: str) -> dict:
    client.get(url)  # warm caches and template loading
    timings = []
    for _round in range(ROUNDS):
        start = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, url
    timings.sort()
    return {
        "median_ms": statistics.median(timings),
        "p95_ms": timings[int(len(timings) * 0.95) - 1],
        "rps": 1000 / statistics.mean(timings),
    }


@pytest.mark.django_db
def test_benchmark_foundation_pages(client, user):
    results = {
        url: measure(client, url)
        for url in ("/es/", "/pt/about/", "/en/accounts/login/", "/healthz")
    }
    client.force_login(user)
    results["/en/accounts/ (signed in)"] = measure(client, "/en/accounts/")

    print(f"\nPage timings over {ROUNDS} requests (Django test client, in-process):")
    for url, figures in results.items():
        print(
            f"  {url:<28} median {figures['median_ms']:6.1f} ms"
            f"   p95 {figures['p95_ms']:6.1f} ms   {figures['rps']:6.0f} req/s"
        )
