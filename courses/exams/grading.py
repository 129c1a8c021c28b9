"""Drawing an exam paper and grading it: pure functions, no Django.

A question bank is the raw StreamField data of a course's exam: a list of
``{"type", "id", "value"}``. A *paper* is what the learner sees (questions and
choices, shuffled, with per-attempt choice keys); the *key* holds the correct
answers and explanations, and is never rendered before grading.
"""

import random
import secrets
from decimal import Decimal, InvalidOperation

CHOICE_TYPES = ("single", "multiple")


def draw(bank: list[dict], count: int, rng: random.Random) -> tuple[list, dict]:
    """Pick ``count`` questions at random and shuffle them and their choices."""
    chosen = rng.sample(bank, min(count, len(bank)))
    paper, key = [], {}
    for block in chosen:
        qid = block["id"]
        value = block["value"]
        kind = block["type"]
        question = {"id": qid, "type": kind, "text": value["text"]}
        entry = {"explanation": value.get("explanation") or ""}
        if kind in CHOICE_TYPES:
            choices = [
                {"id": secrets.token_hex(4), "text": c["text"], "correct": c["correct"]}
                for c in _choice_values(value["choices"])
            ]
            rng.shuffle(choices)
            question["choices"] = [{"id": c["id"], "text": c["text"]} for c in choices]
            entry["correct"] = sorted(c["id"] for c in choices if c["correct"])
            entry["correct_text"] = [c["text"] for c in choices if c["correct"]]
        elif kind == "true_false":
            question["choices"] = [{"id": "true"}, {"id": "false"}]
            entry["correct"] = ["true" if value["answer"] else "false"]
        elif kind == "numeric":
            entry["answer"] = str(value["answer"])
            entry["tolerance"] = str(value.get("tolerance") or 0)
        else:
            continue
        paper.append(question)
        key[qid] = entry
    return paper, key


def _choice_values(choices) -> list[dict]:
    # ListBlock raw data is [{"type": "item", "value": {...}, "id": ...}, ...]
    # (older data may be plain values).
    return [c["value"] if "value" in c and "type" in c else c for c in choices]


class AnswerError(ValueError):
    """An answer that does not fit the paper (tampered or stale form)."""


def parse_answers(paper: list[dict], submitted: dict[str, list[str]]) -> dict:
    """Check submitted answers against the paper; raises AnswerError if foreign.

    ``submitted`` maps question id to the list of values posted for it.
    Unanswered questions are simply absent.
    """
    questions = {q["id"]: q for q in paper}
    answers = {}
    for qid, values in submitted.items():
        question = questions.get(qid)
        if question is None:
            raise AnswerError(qid)
        values = [v for v in values if v != ""]
        if not values:
            continue
        if question["type"] == "numeric":
            if len(values) != 1:
                raise AnswerError(qid)
            number = _number(values[0])
            if number is None:
                raise AnswerError(qid)
            answers[qid] = [values[0].strip().replace(",", ".")]
            continue
        allowed = {c["id"] for c in question["choices"]}
        if not set(values) <= allowed:
            raise AnswerError(qid)
        if question["type"] != "multiple" and len(values) != 1:
            raise AnswerError(qid)
        answers[qid] = sorted(set(values))
    return answers


# Answers are plain numbers: no NaN or infinities, and no more digits or
# exponent than a person types (Decimal would otherwise signal InvalidOperation
# or Overflow when comparing them).
MAX_ANSWER_LENGTH = 40
MAX_ANSWER_EXPONENT = 30


def _number(text: str) -> Decimal | None:
    """The answer as a finite Decimal of sane size, or None if it is not one."""
    text = text.strip().replace(",", ".")
    if not text or len(text) > MAX_ANSWER_LENGTH:
        return None
    try:
        number = Decimal(text)
    except (InvalidOperation, ValueError):
        return None
    if not number.is_finite() or abs(number.adjusted()) > MAX_ANSWER_EXPONENT:
        return None
    return number


def _numeric_correct(given: list[str], expected: dict) -> bool:
    number = _number(given[0]) if given else None
    if number is None:
        return False
    try:
        return abs(number - Decimal(expected["answer"])) <= Decimal(
            expected["tolerance"]
        )
    except ArithmeticError:  # a key no person could match
        return False


def grade(paper: list[dict], key: dict, answers: dict) -> tuple[dict, Decimal]:
    """Per-question correctness and the score in percent (two decimals).

    Multiple choice is all or nothing: exactly the correct set scores.
    """
    results = {}
    for question in paper:
        qid = question["id"]
        expected = key[qid]
        given = answers.get(qid, [])
        if question["type"] == "numeric":
            correct = _numeric_correct(given, expected)
        else:
            correct = sorted(given) == expected["correct"]
        results[qid] = correct
    total = len(paper)
    right = sum(1 for ok in results.values() if ok)
    score = (
        (Decimal(100) * right / total).quantize(Decimal("0.01"))
        if total
        else Decimal(0)
    )
    return results, score
