"""The pure scoring and assignment module: no database."""

import itertools
import random

import numpy as np
import pytest
from scipy.optimize import linear_sum_assignment, linprog

from mentoring import matching
from mentoring.matching import Needs, Offer


def needs(**kw):
    base = dict(
        areas=frozenset({1, 2, 3, 4}),
        languages=frozenset({"pt"}),
        region="pt-fa",
        format="both",
        sector="retail",
        user_id=100,
    )
    return Needs(**{**base, **kw})


def offer(id=1, **kw):
    base = dict(
        areas=frozenset({1, 2, 3}),
        languages=frozenset({"pt", "en"}),
        region="pt-fa",
        format="both",
        sectors=frozenset({"retail"}),
        free=2,
        user_id=id + 1000,
    )
    return Offer(id=id, **{**base, **kw})


def test_a_perfect_fit_scores_each_part_as_documented():
    match = matching.score(needs(), offer())
    # 3 of 4 needs = 37.5, language 20, region 10, format 10, sector 5, 2 free = 3.33
    assert match.score == pytest.approx(37.5 + 20 + 10 + 10 + 5 + 10 / 3, abs=0.01)
    kinds = [kind for kind, _data in match.reasons]
    assert kinds == ["needs", "languages", "region", "format", "sector", "free"]
    assert dict(match.reasons)["needs"] == {"covered": [1, 2, 3], "of": 4}


def test_full_mentors_and_oneself_get_no_score():
    assert matching.score(needs(), offer(free=0)) is None
    assert matching.score(needs(user_id=1001), offer(id=1)) is None


def test_in_person_needs_the_same_region():
    far = offer(region="es-md", format="in_person")
    match = matching.score(needs(format="in_person"), far)
    assert "format" not in dict(match.reasons)
    near = matching.score(needs(format="in_person"), offer(format="in_person"))
    assert "format" in dict(near.reasons)


def test_online_mentee_fits_online_mentor_anywhere():
    match = matching.score(
        needs(format="online", region="es-an"), offer(format="online")
    )
    assert "format" in dict(match.reasons) and "region" not in dict(match.reasons)


def test_no_shared_language_loses_the_language_points():
    match = matching.score(needs(languages=frozenset({"ar"})), offer())
    assert "languages" not in dict(match.reasons)


def test_mentee_without_areas_gets_the_neutral_needs_score():
    match = matching.score(needs(areas=frozenset()), offer(sectors=frozenset(), free=3))
    assert match.score == pytest.approx(25 + 20 + 10 + 10 + 5)


def random_offers(rng, n):
    regions = ["pt-fa", "es-an", "es-md"]
    formats = ["online", "in_person", "both"]
    return [
        offer(
            id=i,
            areas=frozenset(rng.sample(range(1, 9), rng.randint(0, 4))),
            languages=frozenset(
                rng.sample(["es", "pt", "en", "fr"], rng.randint(1, 2))
            ),
            region=rng.choice(regions),
            format=rng.choice(formats),
            sectors=frozenset(
                rng.sample(["retail", "food", "tech"], rng.randint(0, 2))
            ),
            free=rng.randint(0, 4),
        )
        for i in range(n)
    ]


def random_needs(rng, user_id=None):
    return needs(
        areas=frozenset(rng.sample(range(1, 9), rng.randint(0, 4))),
        languages=frozenset(rng.sample(["es", "pt", "en", "ar"], rng.randint(1, 2))),
        region=rng.choice(["pt-fa", "es-an", "es-ca"]),
        format=rng.choice(["online", "in_person", "both"]),
        sector=rng.choice(["retail", "food", "", "care"]),
        user_id=user_id,
    )


def test_vectorised_scores_equal_the_scalar_function():
    rng = random.Random(7)
    offers = random_offers(rng, 200)
    table = matching.offer_table(offers)
    for _ in range(30):
        n = random_needs(rng, user_id=offers[5].user_id)
        vector = matching.score_many(n, table)
        for row, o in enumerate(offers):
            match = matching.score(n, o)
            assert vector[row] == pytest.approx(
                -1 if match is None else match.score, abs=0.011
            )


def test_recommend_ranks_best_first_and_skips_full_mentors():
    offers = [offer(id=1, free=0), offer(id=2, areas=frozenset({1})), offer(id=3)]
    table = matching.offer_table(offers)
    ranked = matching.recommend(needs(), table, limit=5)
    assert [offers[row].id for row, _s in ranked] == [3, 2]
    assert ranked[0][1] > ranked[1][1]


def brute_force_best(scores, capacities):
    """The best total by trying every assignment (tiny instances only)."""
    n, m = scores.shape
    best = 0.0
    for choice in itertools.product([None, *range(m)], repeat=n):
        load = [0] * m
        total = 0.0
        ok = True
        for i, j in enumerate(choice):
            if j is None:
                continue
            if scores[i, j] < 0:
                ok = False
                break
            load[j] += 1
            total += scores[i, j]
        if ok and all(load[j] <= capacities[j] for j in range(m)):
            best = max(best, total)
    return best


def check_valid(assignment, scores, capacities):
    load = np.zeros(len(capacities), dtype=int)
    total = 0.0
    for i, j in assignment.pairs.items():
        if j is not None:
            assert scores[i, j] >= 0
            load[j] += 1
            total += scores[i, j]
    assert (load <= np.asarray(capacities)).all()
    assert total == pytest.approx(assignment.total, abs=0.01)


@pytest.mark.parametrize("seed", range(40))
def test_assignment_is_optimal_against_brute_force(seed):
    rng = np.random.default_rng(seed)
    n, m = rng.integers(1, 6), rng.integers(1, 4)
    scores = np.round(rng.random((n, m)) * 100, 2)
    scores[rng.random((n, m)) < 0.25] = -1
    capacities = rng.integers(0, 3, m)
    result = matching.assign(scores, capacities, top_k=None)
    check_valid(result, scores, capacities)
    assert result.total == pytest.approx(brute_force_best(scores, capacities), abs=0.01)


@pytest.mark.parametrize("seed", range(10))
def test_assignment_matches_linear_sum_assignment_on_expanded_slots(seed):
    rng = np.random.default_rng(100 + seed)
    n, m = 30, 8
    scores = np.round(rng.random((n, m)) * 100, 2)
    capacities = rng.integers(1, 4, m)
    result = matching.assign(scores, capacities, top_k=None)
    check_valid(result, scores, capacities)
    slots = np.repeat(np.arange(m), capacities)
    cost = np.hstack([-scores[:, slots], np.zeros((n, n))])  # zeros = unassigned
    rows, cols = linear_sum_assignment(cost)
    assert result.total == pytest.approx(-cost[rows, cols].sum(), abs=0.01)


def test_assignment_matches_the_lp_relaxation():
    """The transport polytope is integral: the LP optimum is the true optimum."""
    rng = np.random.default_rng(5)
    n, m = 12, 4
    scores = np.round(rng.random((n, m)) * 100, 2)
    capacities = np.array([2, 3, 1, 2])
    a_rows = np.zeros((n, n * m))
    for i in range(n):
        a_rows[i, i * m : (i + 1) * m] = 1
    a_cols = np.zeros((m, n * m))
    for j in range(m):
        a_cols[j, j::m] = 1
    lp = linprog(
        -scores.reshape(-1),
        A_ub=np.vstack([a_rows, a_cols]),
        b_ub=np.concatenate([np.ones(n), capacities]),
        bounds=(0, 1),
    )
    result = matching.assign(scores, capacities, top_k=None)
    assert result.total == pytest.approx(-lp.fun, abs=0.01)


def test_more_mentees_than_places_leaves_the_worst_fits_unassigned():
    scores = np.array([[90.0], [10.0], [50.0]])
    result = matching.assign(scores, [2], top_k=None)
    assert result.pairs == {0: 0, 1: None, 2: 0}
    assert result.total == 140


def test_no_mentor_capacity_assigns_nobody():
    result = matching.assign(np.array([[50.0, 60.0]]), [0, 0])
    assert result.pairs == {0: None} and result.total == 0


def test_top_k_restriction_still_respects_capacity_and_stays_near_optimal():
    rng = np.random.default_rng(3)
    scores = np.round(rng.random((200, 40)) * 100, 2)
    capacities = rng.integers(1, 5, 40)
    exact = matching.assign(scores, capacities, top_k=None)
    restricted = matching.assign(scores, capacities, top_k=10)
    check_valid(restricted, scores, capacities)
    assert restricted.total <= exact.total + 0.01
    assert restricted.total >= 0.99 * exact.total
