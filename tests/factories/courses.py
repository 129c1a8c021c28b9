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
            instance=CourseIndexPage(title="Cursos", slug="cursos", locale=home.locale)
        )
    return index


def topic_for(locale: Locale, name: str = "Emprender") -> Topic:
    return Topic.objects.get_or_create(
        locale=locale, slug=name.lower(), defaults={"name": name}
    )[0]


def course_page(
    index: CourseIndexPage | None = None, *, lessons: bool = True, **kwargs
) -> CoursePage:
    """A live course under `index` (the Spanish catalogue by default).

    It has one lesson, as a course needs to be listed and started; the first
    `lesson_page()` added to this object takes that lesson's place, so a test
    that builds its own lessons gets exactly those. `lessons=False`: none.
    Its hours are set by hand (20 unless given); `hours_set_by_hand=False`
    makes them follow the lessons.
    """
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
        "hours": 20,
        "hours_set_by_hand": True,
        **kwargs,
    }
    course = index.add_child(instance=CoursePage(**fields))
    if lessons:
        course._stand_in_lesson = lesson_page(course, title="Presentación")
    return course


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


def lesson_page(course: CoursePage, **kwargs):
    from courses.models import LessonPage

    number = next(_numbers)
    fields = {
        "title": f"Lección {number}",
        "slug": f"leccion-{number}",
        "locale": course.locale,
        "body": [{"type": "text", "value": "<p>Contenido de la lección.</p>"}],
        **kwargs,
    }
    stand_in = course.__dict__.pop("_stand_in_lesson", None)
    lesson = course.add_child(instance=LessonPage(**fields))
    if stand_in is not None:
        stand_in.delete()
    return lesson


def exam_bank(n_single: int = 4, n_numeric: int = 1) -> list[dict]:
    """A question bank in StreamField form: single-choice questions whose
    correct answer is "Sí", a true/false (true), a multiple choice and numerics."""
    bank = []
    for i in range(n_single):
        bank.append(
            {
                "type": "single",
                "value": {
                    "text": f"Pregunta {i}",
                    "choices": [
                        {"text": "Sí", "correct": True},
                        {"text": "No", "correct": False},
                        {"text": "Quizá", "correct": False},
                    ],
                    "explanation": f"Explicación {i}",
                },
            }
        )
    bank.append(
        {
            "type": "true_false",
            "value": {
                "text": "El IVA es un impuesto.",
                "answer": True,
                "explanation": "",
            },
        }
    )
    bank.append(
        {
            "type": "multiple",
            "value": {
                "text": "Elige los canales digitales",
                "choices": [
                    {"text": "Web", "correct": True},
                    {"text": "Correo", "correct": True},
                    {"text": "Buzón", "correct": False},
                ],
                "explanation": "",
            },
        }
    )
    for i in range(n_numeric):
        bank.append(
            {
                "type": "numeric",
                "value": {
                    "text": f"¿Cuánto es 10 % de 200? ({i})",
                    "answer": "20",
                    "tolerance": "0.5",
                    "explanation": "",
                },
            }
        )
    return bank


def course_with_exam(index=None, lessons: int = 2, **kwargs) -> CoursePage:
    """A live course with lessons and an exam drawing every question of its bank."""
    bank = exam_bank()
    fields = {
        "exam_questions": bank,
        "exam_question_count": len(bank),
        "exam_pass_mark": 70,
        "exam_max_attempts": 2,
        **kwargs,
    }
    course = course_page(index, **fields)
    for _ in range(lessons):
        lesson_page(course)
    return course


def right_answers(attempt) -> dict[str, list[str]]:
    """What a learner who knows everything posts: question id -> values."""
    answers = {}
    for question in attempt.paper:
        key = attempt.key[question["id"]]
        answers[question["id"]] = (
            [key["answer"]] if question["type"] == "numeric" else list(key["correct"])
        )
    return answers


def wrong_answers(attempt) -> dict[str, list[str]]:
    answers = {}
    for question in attempt.paper:
        key = attempt.key[question["id"]]
        if question["type"] == "numeric":
            answers[question["id"]] = ["-1"]
        else:
            wrong = [
                c["id"] for c in question["choices"] if c["id"] not in key["correct"]
            ]
            answers[question["id"]] = wrong[:1]
    return answers


def translate(page, code: str, **fields):
    """A published translation of ``page`` into ``code``."""
    copy = page.copy_for_translation(Locale.objects.get(language_code=code))
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    return type(page).objects.get(pk=copy.pk)
