"""Course pages, enrolments and instructors for tests, built under the real tree.

Plain functions: Wagtail pages need `add_child`, which factory_boy does not fit.
The session fixture has built one HomePage per locale already.
"""

from itertools import count

from wagtail.models import Locale

from courses.models import (
    CourseIndexPage,
    CourseInstructor,
    CoursePage,
    Enrolment,
    Instructor,
    Topic,
)
from home.models import HomePage

_numbers = count(1)


def course_index(locale: str = "es") -> CourseIndexPage:
    """The locale's course catalogue, created under its home page if missing."""
    home = HomePage.objects.get(locale__language_code=locale)
    index = CourseIndexPage.objects.child_of(home).first()
    if index is None:
        index = home.add_child(
            instance=CourseIndexPage(
                title="Cursos", slug="cursos", locale=home.locale
            )
        )
    return index


def topic_for(locale: Locale, name: str = "Emprender") -> Topic:
    return Topic.objects.get_or_create(
        locale=locale, slug=name.lower(), defaults={"name": name}
    )[0]


def course_page(index: CourseIndexPage | None = None, **kwargs) -> CoursePage:
    """A live course under `index` (the Spanish catalogue by default)."""
    index = index or course_index()
    number = next(_numbers)
    topic = kwargs.pop("topic", None) or topic_for(index.locale)
    fields = {
        "title": f"Curso {number}",
        "slug": f"curso-{number}",
        "summary": "Un curso para emprender.",
        "locale": index.locale,
        "language": index.locale.language_code,
        "topic": topic,
        **kwargs,
    }
    return index.add_child(instance=CoursePage(**fields))


def enrol(user, course: CoursePage) -> Enrolment:
    return Enrolment.objects.get_or_create(user=user, course=course)[0]


def instructor_of(course: CoursePage, user=None, name: str = "Marta Ruiz"):
    """An instructor teaching `course`, linked to `user`'s account if given."""
    instructor = Instructor.objects.create(
        name=name,
        user=user,
        locale=course.locale if course.locale_id else Locale.get_default(),
    )
    CourseInstructor.objects.create(page=course, instructor=instructor)
    return instructor
