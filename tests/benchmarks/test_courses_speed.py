"""How fast the catalogue, exam grading and certificates are (`make bench`).

Prints figures; asserts only that things worked, never a timing.
"""

import statistics
import time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.certificates import pdf
from courses.certificates.models import Certificate
from courses.exams.services import attempt_start, attempt_submit
from courses.models import CoursePage, Enrolment
from tests.benchmarks.data import BUDGET_SECONDS, TARGET_COURSES, courses_seed_timed
from tests.factories.courses import course_index, exam_bank, right_answers, topic_for

ROUNDS = 30


def _stats(timings: list[float]) -> tuple[float, float]:
    timings = sorted(timings)
    return statistics.median(timings), timings[max(int(len(timings) * 0.95) - 1, 0)]


def _measure(client, url: str) -> dict:
    client.get(url)
    timings, queries = [], []
    for _round in range(ROUNDS):
        with CaptureQueriesContext(connection) as ctx:
            start = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, url
        queries.append(len(ctx.captured_queries))
    median, p95 = _stats(timings)
    return {"median": median, "p95": p95, "queries": max(queries)}


@pytest.mark.django_db
def test_benchmark_courses(client, user):
    index = course_index("es")
    total, seconds = courses_seed_timed(index)
    print(f"\nSeeded {total} courses with add_child in {seconds:.1f} s")
    if total < TARGET_COURSES:
        print(f"  (5,000 would have taken more than {BUDGET_SECONDS} s: used {total})")

    base = index.url
    topic = topic_for(index.locale, "Marketing").slug
    urls = {
        "catalogue": base,
        "topic+level": f"{base}?topic={topic}&level=beginner",
        "search": f"{base}?q=marketing",
        "page 50": f"{base}?page=50",
    }
    print(f"Catalogue over {ROUNDS} requests (Django test client, in-process):")
    for name, url in urls.items():
        figures = _measure(client, url)
        print(
            f"  {name:<12} median {figures['median']:7.1f} ms"
            f"   p95 {figures['p95']:7.1f} ms   {figures['queries']:3d} queries"
        )

    bank = exam_bank(n_single=46, n_numeric=2)
    course = index.add_child(
        instance=CoursePage(
            title="Examen largo",
            slug="examen-largo",
            summary="50 preguntas",
            topic=topic_for(index.locale, "Marketing"),
            locale=index.locale,
            exam_questions=bank,
            exam_question_count=len(bank),
            exam_max_attempts=ROUNDS + 1,
            exam_requires_lessons=False,
        )
    )
    Enrolment.objects.create(user=user, course=course)
    timings = []
    for _round in range(ROUNDS):
        attempt = attempt_start(user=user, course=course)
        answers = right_answers(attempt)
        # Fail on purpose, so the next attempt can start (a pass ends the exam).
        answers.pop(next(iter(answers)))
        for qid in list(answers)[:20]:
            answers.pop(qid)
        start = time.perf_counter()
        graded = attempt_submit(user=user, attempt_id=attempt.pk, submitted=answers)
        timings.append((time.perf_counter() - start) * 1000)
        assert not graded.passed
    median, p95 = _stats(timings)
    print(
        f"Exam submission, {len(attempt.paper)} questions: median {median:.1f} ms"
        f"   p95 {p95:.1f} ms"
    )

    certificate = Certificate.objects.create(
        user=user,
        course=course,
        learner_name="Ana Martins",
        course_title="Financiación para emprender: microcréditos y ayudas",
        hours=16,
        language="es",
    )
    timings = []
    for _round in range(ROUNDS):
        start = time.perf_counter()
        data = pdf.certificate_pdf_render(certificate, language="pt")
        timings.append((time.perf_counter() - start) * 1000)
        assert data.startswith(b"%PDF")
    median, p95 = _stats(timings)
    print(f"Certificate PDF render: median {median:.1f} ms   p95 {p95:.1f} ms")
