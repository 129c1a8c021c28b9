"""How fast the jobs board answers with 5,000 offers (`make bench`): the
public list (plain and filtered, first and a far page) and an offer's page,
rendered each time (the page cache is off here); prints medians and queries."""

import pytest

from jobs.models import JobOffer
from tests.benchmarks.timing import analyze, measure, print_figures
from tests.jobs.test_board import offers_bulk

pytestmark = pytest.mark.django_db

ROUNDS = 30
OFFERS = 5000


def test_benchmark_jobs_pages_with_5000_offers(client):
    offers_bulk(OFFERS)
    analyze()
    assert JobOffer.objects.count() == OFFERS
    offer = JobOffer.objects.order_by("pk")[OFFERS // 2]
    pages = {
        "list": ("/es/jobs/", None),
        "list, page 100": ("/es/jobs/", {"page": 100}),
        "list, filtered": ("/es/jobs/", {"kind": "freelance", "language": "pt"}),
        "list, remote": ("/es/jobs/", {"remote": "on", "region": "es-an"}),
        "offer page": (offer.get_absolute_url(), None),
    }
    results = {
        name: measure(client, url, params, rounds=ROUNDS)
        for name, (url, params) in pages.items()
    }
    print_figures(f"\nJobs board, {OFFERS:,} offers ({ROUNDS} rounds):", results)
    for figures in results.values():
        assert figures["queries"] <= 8
