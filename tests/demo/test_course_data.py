"""The demo course files themselves, checked without a database, so an author
adding a course learns of a missing translation or a broken question at once."""

from decimal import Decimal
from pathlib import Path

import pytest

from demo.content import DATA_DIR, load
from demo.illustrations import MOTIFS
from demo.seeders.courses import course_languages, course_spec

CATALOGUE = load("courses")
KEYS = CATALOGUE["courses"]


def test_the_catalogue_lists_every_course_file_once():
    files = {path.stem for path in Path(DATA_DIR, "courses").glob("*.json")}
    assert sorted(files) == sorted(KEYS)
    assert len(KEYS) == len(set(KEYS))


def test_titles_are_unique_in_each_language():
    for code in ("es", "pt", "en"):
        titles = [course_spec(k)[code]["title"] for k in KEYS if code in course_spec(k)]
        assert len(titles) == len(set(titles)), code


@pytest.mark.parametrize("key", KEYS)
def test_course_is_written_in_each_of_its_languages(key):
    spec = course_spec(key)
    codes = course_languages(spec)
    assert codes
    assert spec["topic"] in CATALOGUE["topics"]
    instructors = {person["key"] for person in CATALOGUE["instructors"]}
    assert set(spec["instructors"]) <= instructors
    assert set(spec["art"]) <= set(MOTIFS)
    for code in codes:
        text = spec[code]
        assert text["title"] and len(text["summary"]) <= 600
        assert len(text["outcomes"]) >= 3
    assert 3 <= len(spec["lessons"]) <= 6
    for lesson in spec["lessons"]:
        assert lesson["art"] in MOTIFS and lesson["art"] in CATALOGUE["pictures"]
        assert set(lesson) - {"minutes", "art", "check"} == set(codes)
        for code in codes:
            assert len(lesson[code]["text"]) >= 3
            _question, answers, _explanation = lesson[code]["check"]
            assert 0 <= lesson["check"] < len(answers)
        titles = {code: lesson[code]["title"] for code in codes}
        assert len(set(titles.values())) == len(codes)  # slugs differ per language


@pytest.mark.parametrize("key", KEYS)
def test_question_bank_lines_up_across_languages(key):
    spec = course_spec(key)
    codes = course_languages(spec)
    questions = spec["questions"]
    assert len(questions) >= 8
    assert {q["type"] for q in questions} >= {"single", "multiple", "true_false"}
    for question in questions:
        assert set(question) - {"type", "correct", "answer", "tolerance"} == set(codes)
        if question["type"] in ("single", "multiple"):
            (size,) = {len(question[code][1]) for code in codes}
            assert all(0 <= i < size for i in question["correct"])
            if question["type"] == "single":
                assert len(question["correct"]) == 1
        elif question["type"] == "numeric":
            Decimal(question["answer"]), Decimal(question["tolerance"])
        else:
            assert isinstance(question["answer"], bool)
