"""Figures per course for staff: enrolments, completions, exam passes, certificates.

Every figure is a correlated subquery, so the report is one query however many
courses there are (plus the paginator's count).
"""

from django.db.models import (
    Count,
    F,
    FloatField,
    IntegerField,
    OuterRef,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Cast, Coalesce, NullIf, Round

from courses.certificates.models import Certificate
from courses.exams.models import Attempt
from courses.models import CoursePage, Enrolment


def _count(queryset, distinct_field: str = "pk") -> Coalesce:
    counted = (
        queryset.order_by()
        .values("course")
        .annotate(n=Count(distinct_field, distinct=distinct_field != "pk"))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def _percent(part: str, whole: str):
    return Round(Cast(F(part), FloatField()) * 100 / NullIf(F(whole), 0), 1)


def course_report_rows() -> QuerySet[CoursePage]:
    """Courses of every locale with their figures annotated in SQL.

    Completion rate: share of enrolments whose lessons are all complete.
    Pass rate: share of learners who finished an attempt and passed one.
    """
    course = OuterRef("pk")
    enrolments = Enrolment.objects.filter(course=course)
    finished = Attempt.objects.filter(course=course).exclude(status=Attempt.Status.OPEN)
    return (
        CoursePage.objects.select_related("locale")
        .annotate(
            enrolment_count=_count(enrolments),
            completed_count=_count(enrolments.filter(completed_at__isnull=False)),
            attempted_count=_count(finished, "user"),
            passed_count=_count(finished.filter(passed=True), "user"),
            certificate_count=_count(Certificate.objects.filter(course=course)),
        )
        .annotate(
            completion_rate=_percent("completed_count", "enrolment_count"),
            pass_rate=_percent("passed_count", "attempted_count"),
        )
        .order_by("title", "locale__language_code")
    )
