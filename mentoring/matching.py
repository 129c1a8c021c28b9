"""How well a mentor fits a mentee, and the best assignment of a cohort.

Pure Python and numpy/scipy, no Django: the views and services turn models into
these small records, and turn the reasons back into translated words.

The score (0-100) of a mentor for a mentee's needs:

=================  ======  =====================================================
part               points  when
=================  ======  =====================================================
needs covered      0-50    50 x (needed areas the mentor covers / areas needed);
                           a mentee who named no area gets 25 from any mentor
language           20      they share at least one language
region             10      the mentor is based in the mentee's region
format             10      the formats fit: online meets online or "both"; in
                           person needs the same region
sector             5       the mentor knows the mentee's sector
free places        0-5     5 x min(free places, 3) / 3: spare capacity ranks a
                           little higher, so load spreads
=================  ======  =====================================================

A mentor with no free place, or the mentee themself, gets no score and is never
recommended nor assigned.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

W_NEEDS = 50.0
W_NEEDS_NONE = 25.0
W_LANGUAGE = 20.0
W_REGION = 10.0
W_FORMAT = 10.0
W_SECTOR = 5.0
W_FREE = 5.0
FREE_CAP = 3
MAX_SCORE = W_NEEDS + W_LANGUAGE + W_REGION + W_FORMAT + W_SECTOR + W_FREE

ONLINE, IN_PERSON, BOTH = "online", "in_person", "both"


@dataclass(frozen=True)
class Needs:
    """A mentee's needs. `user_id` keeps a mentee from being matched to themself."""

    areas: frozenset[int]
    languages: frozenset[str]
    region: str
    format: str
    sector: str = ""
    user_id: int | None = None


@dataclass(frozen=True)
class Offer:
    """What a mentor offers, with the places still free."""

    id: int
    areas: frozenset[int]
    languages: frozenset[str]
    region: str
    format: str
    sectors: frozenset[str]
    free: int
    user_id: int | None = None


@dataclass(frozen=True)
class Match:
    """A mentor's score for a mentee and the reasons, as (kind, data) pairs."""

    mentor_id: int
    score: float
    reasons: tuple = field(default_factory=tuple)


def formats_fit(mentee_format: str, mentor_format: str, same_region: bool) -> bool:
    """Whether they can meet the way the mentee wants."""
    online = mentor_format in (ONLINE, BOTH) and mentee_format in (ONLINE, BOTH)
    in_person = (
        same_region
        and mentor_format in (IN_PERSON, BOTH)
        and mentee_format in (IN_PERSON, BOTH)
    )
    return online or in_person


def score(needs: Needs, offer: Offer) -> Match | None:
    """The score of one mentor for one mentee with its reasons; None if excluded."""
    if offer.free <= 0 or (
        needs.user_id is not None and needs.user_id == offer.user_id
    ):
        return None
    reasons: list[tuple[str, object]] = []
    total = 0.0
    covered = sorted(needs.areas & offer.areas)
    if needs.areas:
        total += W_NEEDS * len(covered) / len(needs.areas)
        reasons.append(("needs", {"covered": covered, "of": len(needs.areas)}))
    else:
        total += W_NEEDS_NONE
    shared = sorted(needs.languages & offer.languages)
    if shared:
        total += W_LANGUAGE
        reasons.append(("languages", shared))
    same_region = bool(needs.region) and needs.region == offer.region
    if same_region:
        total += W_REGION
        reasons.append(("region", offer.region))
    if formats_fit(needs.format, offer.format, same_region):
        total += W_FORMAT
        reasons.append(("format", offer.format))
    if needs.sector and needs.sector in offer.sectors:
        total += W_SECTOR
        reasons.append(("sector", needs.sector))
    total += W_FREE * min(offer.free, FREE_CAP) / FREE_CAP
    reasons.append(("free", offer.free))
    return Match(offer.id, round(total, 2), tuple(reasons))


@dataclass
class OfferTable:
    """Offers as arrays, for scoring thousands of mentors at once.

    `areas`, `languages` and `sectors` are 0/1 matrices (mentors x vocabulary);
    the vocabularies map a value to its column.
    """

    ids: np.ndarray
    user_ids: np.ndarray
    free: np.ndarray
    region: np.ndarray  # int codes, see region_codes
    format: np.ndarray  # 0 online, 1 in person, 2 both
    areas: np.ndarray
    languages: np.ndarray
    sectors: np.ndarray
    area_index: dict
    language_index: dict
    sector_index: dict
    region_codes: dict

    def __len__(self) -> int:
        return len(self.ids)


FORMAT_CODES = {ONLINE: 0, IN_PERSON: 1, BOTH: 2}


def _index(values: Iterable) -> dict:
    return {value: i for i, value in enumerate(sorted(set(values), key=str))}


def offer_table(offers: Sequence[Offer]) -> OfferTable:
    """Pack offers into an OfferTable."""
    area_index = _index(a for o in offers for a in o.areas)
    language_index = _index(x for o in offers for x in o.languages)
    sector_index = _index(x for o in offers for x in o.sectors)
    region_codes = _index(o.region for o in offers)
    n = len(offers)
    areas = np.zeros((n, max(len(area_index), 1)), dtype=np.float32)
    languages = np.zeros((n, max(len(language_index), 1)), dtype=np.float32)
    sectors = np.zeros((n, max(len(sector_index), 1)), dtype=np.float32)
    for row, offer in enumerate(offers):
        for a in offer.areas:
            areas[row, area_index[a]] = 1
        for x in offer.languages:
            languages[row, language_index[x]] = 1
        for x in offer.sectors:
            sectors[row, sector_index[x]] = 1
    return OfferTable(
        ids=np.array([o.id for o in offers], dtype=np.int64),
        user_ids=np.array([o.user_id or -1 for o in offers], dtype=np.int64),
        free=np.array([o.free for o in offers], dtype=np.int32),
        region=np.array([region_codes[o.region] for o in offers], dtype=np.int32),
        format=np.array([FORMAT_CODES.get(o.format, 2) for o in offers], dtype=np.int8),
        areas=areas,
        languages=languages,
        sectors=sectors,
        area_index=area_index,
        language_index=language_index,
        sector_index=sector_index,
        region_codes=region_codes,
    )


def _vector(values: Iterable, index: dict, width: int) -> np.ndarray:
    vector = np.zeros(width, dtype=np.float32)
    for value in values:
        if value in index:
            vector[index[value]] = 1
    return vector


def score_many(needs: Needs, table: OfferTable) -> np.ndarray:
    """Scores of every mentor in `table` for `needs`, as `score` computes them;
    excluded mentors get -1."""
    n = len(table)
    if n == 0:
        return np.zeros(0)
    total = np.zeros(n, dtype=np.float64)
    if needs.areas:
        need = _vector(needs.areas, table.area_index, table.areas.shape[1])
        total += W_NEEDS * (table.areas @ need) / len(needs.areas)
    else:
        total += W_NEEDS_NONE
    want = _vector(needs.languages, table.language_index, table.languages.shape[1])
    total += W_LANGUAGE * ((table.languages @ want) > 0)
    code = table.region_codes.get(needs.region, -2) if needs.region else -2
    same_region = table.region == code
    total += W_REGION * same_region
    mentee_online = needs.format in (ONLINE, BOTH)
    mentee_in_person = needs.format in (IN_PERSON, BOTH)
    fits = np.zeros(n, dtype=bool)
    if mentee_online:
        fits |= table.format != 1
    if mentee_in_person:
        fits |= same_region & (table.format != 0)
    total += W_FORMAT * fits
    if needs.sector and needs.sector in table.sector_index:
        total += W_SECTOR * (table.sectors[:, table.sector_index[needs.sector]] > 0)
    total += W_FREE * np.minimum(table.free, FREE_CAP) / FREE_CAP
    total = np.round(total, 2)
    excluded = table.free <= 0
    if needs.user_id is not None:
        excluded |= table.user_ids == needs.user_id
    total[excluded] = -1
    return total


def recommend(
    needs: Needs, table: OfferTable, *, limit: int = 10, exclude_ids=()
) -> list[tuple[int, float]]:
    """The best `limit` mentors as (row in table, score), best first; ties
    keep the table's order (so results are stable). Mentors whose id is in
    `exclude_ids` are left out."""
    scores = score_many(needs, table)
    if len(exclude_ids):
        scores[np.isin(table.ids, np.fromiter(exclude_ids, dtype=np.int64))] = -1
    eligible = np.flatnonzero(scores >= 0)
    if len(eligible) == 0:
        return []
    if len(eligible) > limit:
        # Partial sort: only the top `limit` are ordered.
        top = eligible[np.argpartition(-scores[eligible], limit - 1)[:limit]]
    else:
        top = eligible
    top = top[np.lexsort((top, -scores[top]))]
    return [(int(row), float(scores[row])) for row in top[:limit]]


@dataclass(frozen=True)
class Assignment:
    """mentee index -> mentor index (or None), with the total score."""

    pairs: dict
    total: float


def assign(
    score_matrix: np.ndarray,
    capacities: Sequence[int],
    *,
    top_k: int | None = 20,
) -> Assignment:
    """Assign mentees (rows) to mentors (columns) maximising the total score,
    each mentor taking at most `capacities[j]` mentees, each mentee at most one.

    Scores < 0 mark forbidden pairs. Each mentee keeps only their best `top_k`
    mentors (None keeps all, which makes the result exactly optimal); the
    sparse problem is solved as a minimum-weight full matching between mentees
    and capacity-expanded mentor slots, with one "unassigned" slot per mentee
    (costing as much as a score of 0) so that a full matching always exists.
    """
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import min_weight_full_bipartite_matching

    scores = np.asarray(score_matrix, dtype=np.float64)
    n_mentees, n_mentors = scores.shape if scores.ndim == 2 else (0, 0)
    capacities = np.asarray(capacities, dtype=np.int64)
    if n_mentees == 0 or n_mentors == 0 or capacities.sum() <= 0:
        return Assignment({i: None for i in range(n_mentees)}, 0.0)
    scores = np.where(capacities[None, :] > 0, scores, -1.0)

    # Candidates: the best top_k allowed mentors of each mentee.
    k = n_mentors if top_k is None else min(top_k, n_mentors)
    if k < n_mentors:
        candidates = np.argpartition(-scores, k - 1, axis=1)[:, :k]
    else:
        candidates = np.broadcast_to(np.arange(n_mentors), (n_mentees, n_mentors))
    rows = np.repeat(np.arange(n_mentees), candidates.shape[1])
    cols = candidates.reshape(-1)
    values = scores[rows, cols]
    keep = values >= 0
    rows, cols, values = rows[keep], cols[keep], values[keep]

    # A mentor never needs more slots than mentees who could take them.
    wanted = np.bincount(cols, minlength=n_mentors)
    slots = np.minimum(capacities, wanted)
    first_slot = np.concatenate(([0], np.cumsum(slots)[:-1]))
    n_slots = int(slots.sum())

    # Expand each mentee-mentor edge to one edge per slot of that mentor.
    per_edge = slots[cols]
    edge_rows = np.repeat(rows, per_edge)
    offsets = np.arange(per_edge.sum()) - np.repeat(
        np.cumsum(per_edge) - per_edge, per_edge
    )
    edge_cols = np.repeat(first_slot[cols], per_edge) + offsets
    big = MAX_SCORE + 1.0
    edge_costs = big - np.repeat(values, per_edge)  # always > 0: zero means "no edge"

    dummy_rows = np.arange(n_mentees)
    dummy_cols = n_slots + dummy_rows
    all_rows = np.concatenate((edge_rows, dummy_rows))
    all_cols = np.concatenate((edge_cols, dummy_cols))
    all_costs = np.concatenate((edge_costs, np.full(n_mentees, big)))
    graph = coo_matrix(
        (all_costs, (all_rows, all_cols)), shape=(n_mentees, n_slots + n_mentees)
    ).tocsr()
    matched_rows, matched_slots = min_weight_full_bipartite_matching(graph)
    matched = dict(zip(matched_rows.tolist(), matched_slots.tolist(), strict=True))

    slot_mentor = np.repeat(np.arange(n_mentors), slots)
    pairs: dict = {}
    total = 0.0
    for mentee in range(n_mentees):
        slot = matched[mentee]
        if slot < n_slots:
            mentor = int(slot_mentor[slot])
            pairs[mentee] = mentor
            total += scores[mentee, mentor]
        else:
            pairs[mentee] = None
    return Assignment(pairs, round(float(total), 2))


def score_matrix(needs_list: Sequence[Needs], table: OfferTable) -> np.ndarray:
    """Scores of every mentee (rows) for every mentor (columns); -1 = excluded."""
    matrix = np.empty((len(needs_list), len(table)), dtype=np.float32)
    for row, needs in enumerate(needs_list):
        matrix[row] = score_many(needs, table)
    return matrix
