"""How fast mentoring matching is (`make bench`): prints figures, asserts none
of them (only that the results are sound)."""

import random
import statistics
import time
import tracemalloc

import numpy as np
import pytest

from mentoring import matching

AREAS = list(range(1, 13))
LANGUAGES = ["es", "pt", "en", "fr", "ar", "wo", "ro"]
REGIONS = ["es-an", "pt-fa", "es-md", "pt-li", "es-ct", "pt-no", "es-ex"]
FORMATS = ["online", "in_person", "both"]
SECTORS = ["retail", "food", "tech", "crafts", "services", "tourism"]


def offers(n, rng):
    return [
        matching.Offer(
            id=i,
            areas=frozenset(rng.sample(AREAS, rng.randint(1, 4))),
            languages=frozenset(rng.sample(LANGUAGES, rng.randint(1, 3))),
            region=rng.choice(REGIONS),
            format=rng.choice(FORMATS),
            sectors=frozenset(rng.sample(SECTORS, rng.randint(0, 2))),
            free=rng.randint(0, 5),
            user_id=i,
        )
        for i in range(n)
    ]


def needs(n, rng):
    return [
        matching.Needs(
            areas=frozenset(rng.sample(AREAS, rng.randint(1, 4))),
            languages=frozenset(rng.sample(LANGUAGES, rng.randint(1, 2))),
            region=rng.choice(REGIONS),
            format=rng.choice(FORMATS),
            sector=rng.choice(SECTORS),
            user_id=100_000 + i,
        )
        for i in range(n)
    ]


def test_benchmark_recommendations_among_10000_mentors():
    rng = random.Random(1)
    table = matching.offer_table(offers(10_000, rng))
    mentees = needs(50, rng)
    timings = []
    for n in mentees:
        start = time.perf_counter()
        top = matching.recommend(n, table, limit=10)
        timings.append((time.perf_counter() - start) * 1000)
        assert len(top) == 10
    start = time.perf_counter()
    matching.offer_table(offers(10_000, random.Random(2)))
    pack_ms = (time.perf_counter() - start) * 1000
    print(
        f"\nRecommendations, 10,000 mentors: median {statistics.median(timings):.2f} ms,"
        f" max {max(timings):.2f} ms per mentee (scoring + top 10);"
        f" packing the table once {pack_ms:.0f} ms (building 10,000 offers included)"
    )


@pytest.mark.django_db
def test_benchmark_recommendation_page_with_10000_mentors_in_the_database(client):
    """The whole selector on SQLite/PostgreSQL: two compact queries + scoring."""
    from mentoring.selectors import mentors_recommended_for
    from tests.benchmarks.data import mentors_seed
    from tests.factories import UserFactory
    from tests.factories.mentoring import MenteeFactory

    mentors_seed(10_000)
    from mentoring.selectors import offers_changed

    mentee = MenteeFactory(user=UserFactory()).user
    cold, warm = [], []
    for _ in range(5):
        offers_changed()
        start = time.perf_counter()
        mentors_recommended_for(mentee)
        cold.append((time.perf_counter() - start) * 1000)
        for _ in range(4):
            start = time.perf_counter()
            result = mentors_recommended_for(mentee)
            warm.append((time.perf_counter() - start) * 1000)
    assert len(result) == 10
    print(
        f"\nRecommendation selector with 10,000 mentors in the database:"
        f" median {statistics.median(warm):.1f} ms with the packed offers in memory,"
        f" {statistics.median(cold):.0f} ms when they are rebuilt (after a change)"
    )


def test_benchmark_cohort_of_5000_mentees_and_1000_mentors():
    rng = random.Random(4)
    mentor_offers = offers(1_000, rng)
    mentor_offers = [
        matching.Offer(**{**o.__dict__, "free": rng.randint(1, 6)})
        for o in mentor_offers
    ]
    mentees = needs(5_000, rng)
    tracemalloc.start()
    start = time.perf_counter()
    table = matching.offer_table(mentor_offers)
    scores = matching.score_matrix(mentees, table)
    scored = time.perf_counter() - start
    result = matching.assign(scores, [o.free for o in mentor_offers], top_k=20)
    elapsed = time.perf_counter() - start
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assigned = sum(1 for j in result.pairs.values() if j is not None)
    load = np.bincount(
        [j for j in result.pairs.values() if j is not None], minlength=1000
    )
    assert (load <= np.array([o.free for o in mentor_offers])).all()
    print(
        f"\nCohort 5,000 mentees x 1,000 mentors ({sum(o.free for o in mentor_offers)} places):"
        f" {elapsed:.2f} s in all (scoring {scored:.2f} s), peak traced memory"
        f" {peak / 2**20:.0f} MiB, {assigned} assigned, total score {result.total:.0f}"
    )
