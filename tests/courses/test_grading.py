"""Drawing and grading exam papers: pure functions."""

import random
from decimal import Decimal

import pytest

from courses.exams import grading
from tests.factories.courses import exam_bank


def _bank():
    return [{**block, "id": f"q{i}"} for i, block in enumerate(exam_bank(n_single=6))]


def test_draw_takes_the_requested_number_of_distinct_questions():
    paper, key = grading.draw(_bank(), 5, random.Random(1))

    assert len(paper) == 5
    assert len({q["id"] for q in paper}) == 5
    assert set(key) == {q["id"] for q in paper}


def test_paper_carries_no_answers():
    paper, _key = grading.draw(_bank(), 9, random.Random(2))

    for question in paper:
        assert set(question) <= {"id", "type", "text", "choices"}
        for choice in question.get("choices", []):
            assert set(choice) <= {"id", "text"}


def test_choices_are_shuffled_and_keyed_afresh_per_attempt():
    bank = _bank()
    orders, ids = set(), set()
    for seed in range(12):
        paper, _ = grading.draw(bank, len(bank), random.Random(seed))
        single = next(q for q in paper if q["id"] == "q0")
        orders.add(tuple(c["text"] for c in single["choices"]))
        ids.add(single["choices"][0]["id"])
    assert len(orders) > 1
    assert len(ids) == 12


def test_grade_counts_each_type():
    paper, key = grading.draw(_bank(), 9, random.Random(3))
    answers = {}
    for q in paper:
        if q["type"] == "numeric":
            answers[q["id"]] = ["20.4"]  # within the ±0.5 margin
        else:
            answers[q["id"]] = key[q["id"]]["correct"]

    results, score = grading.grade(paper, key, answers)

    assert all(results.values())
    assert score == Decimal("100.00")


def test_multiple_choice_is_all_or_nothing():
    bank = [b for b in _bank() if b["type"] == "multiple"]
    paper, key = grading.draw(bank, 1, random.Random(4))
    qid = paper[0]["id"]

    _, partial = grading.grade(paper, key, {qid: key[qid]["correct"][:1]})
    _, full = grading.grade(paper, key, {qid: key[qid]["correct"]})

    assert partial == 0
    assert full == 100


def test_numeric_outside_the_margin_is_wrong_and_blank_scores_nothing():
    bank = [b for b in _bank() if b["type"] == "numeric"]
    paper, key = grading.draw(bank, 1, random.Random(5))
    qid = paper[0]["id"]

    assert grading.grade(paper, key, {qid: ["21"]})[1] == 0
    assert grading.grade(paper, key, {})[1] == 0


@pytest.mark.parametrize(
    "submitted",
    [
        {"not-in-paper": ["x"]},
        {"q0": ["made-up-choice"]},
    ],
)
def test_answers_that_do_not_fit_the_paper_are_refused(submitted):
    paper, _ = grading.draw(_bank(), 9, random.Random(6))

    with pytest.raises(grading.AnswerError):
        grading.parse_answers(paper, submitted)


def test_two_answers_to_a_single_choice_question_are_refused():
    paper, _ = grading.draw(_bank(), 9, random.Random(7))
    single = next(q for q in paper if q["type"] == "single")
    two = [c["id"] for c in single["choices"][:2]]

    with pytest.raises(grading.AnswerError):
        grading.parse_answers(paper, {single["id"]: two})


def test_numeric_answers_accept_a_decimal_comma_and_refuse_text():
    paper, _ = grading.draw(_bank(), 9, random.Random(8))
    numeric = next(q for q in paper if q["type"] == "numeric")

    assert grading.parse_answers(paper, {numeric["id"]: ["19,5"]}) == {
        numeric["id"]: ["19.5"]
    }
    with pytest.raises(grading.AnswerError):
        grading.parse_answers(paper, {numeric["id"]: ["twenty"]})
