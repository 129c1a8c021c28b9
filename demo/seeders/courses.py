"""Demo catalogue: topics, instructors, courses in three languages, from
demo/data/courses.json (modelled on the training of Ruta CECE: business
management, marketing, financing, e-commerce, languages, tourism).

`courses_seed` is idempotent: whatever exists (matched by slug, or by title for
images and documents) is left as editors made it, and only what is missing is
created. Courses are written in the Spanish catalogue and translated with
Wagtail's `copy_for_translation`, so each links to its other languages. Images
and worksheets are generated locally (Pillow, ReportLab): no network.
"""

import io
import uuid
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils.html import escape
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale

from courses.models import (
    CourseIndexPage,
    CourseInstructor,
    CoursePage,
    Instructor,
    LessonPage,
    Topic,
)
from demo.content import load
from home.services import locales_ensure, page_translation_ensure

DEMO_LEARNER = "ana@rumbo.example"
# Ana passes the first course and is half-way through the second, in Portuguese.
LEARNER_PASSED = "plan-negocio"
LEARNER_IN_PROGRESS = "tienda-online"
LEARNER_LOCALE = "pt"

_FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# The languages the content is written in; worksheets exist in each.
LANGS = ("es", "pt", "en")


def _content() -> dict:
    return load("courses")


def _complete() -> dict:
    """The courses with lessons, worksheet and exam, by key."""
    return _content()["complete_courses"]


# --- generated media -----------------------------------------------------------


def _font(size: int, bold: bool = True):
    from PIL import ImageFont

    path = _FONT_DIR / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")
    if path.is_file():
        return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size=size)


def _hex(colour: str) -> tuple[int, int, int]:
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


def _image_ensure(title: str, filename: str, draw):
    """The Wagtail image called `title`, drawn by `draw()` if it does not exist."""
    Image = get_image_model()
    image = Image.objects.filter(title=title).first()
    if image is None:
        buffer = io.BytesIO()
        draw().save(buffer, "JPEG", quality=85)
        image = Image(title=title, file=ImageFile(buffer, name=filename))
        image.save()
    return image


def _cover_draw(name: str, colours: tuple[str, str]):
    from PIL import Image, ImageDraw

    size = (1280, 720)
    # A diagonal-ish gradient: a horizontal ramp used as the mask between colours.
    mask = Image.linear_gradient("L").rotate(90).resize(size)
    picture = Image.composite(
        Image.new("RGB", size, _hex(colours[0])),
        Image.new("RGB", size, _hex(colours[1])),
        mask,
    )
    draw = ImageDraw.Draw(picture)
    for radius, alpha in ((520, 30), (340, 45)):
        draw.ellipse(
            (1280 - radius, 720 - radius, 1280 + radius, 720 + radius),
            outline=(255, 255, 255),
            width=max(2, alpha // 10),
        )
    font = _font(76)
    draw.text((80, 300), name, font=font, fill=(255, 255, 255))
    draw.text((84, 410), "Rumbo", font=_font(36, bold=False), fill=(255, 255, 255))
    return picture


def _portrait_draw(name: str, colour: str):
    from PIL import Image, ImageDraw

    picture = Image.new("RGB", (480, 480), _hex(colour))
    draw = ImageDraw.Draw(picture)
    draw.ellipse((40, 40, 440, 440), fill=(255, 255, 255))
    initials = "".join(part[0] for part in name.split()[:2]).upper()
    draw.text((240, 240), initials, font=_font(150), fill=_hex(colour), anchor="mm")
    return picture


def _worksheet_pdf(title: str, description: str, lines: list[str]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    from rumbo.pdf_fonts import font_names

    regular, bold = font_names()
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setTitle(title)
    width, height = A4
    y = height - 30 * mm
    pdf.setFont(bold, 20)
    pdf.drawString(20 * mm, y, title)
    y -= 12 * mm
    pdf.setFont(regular, 11)
    pdf.drawString(20 * mm, y, description)
    y -= 14 * mm
    for line in lines:
        pdf.drawString(20 * mm, y, line)
        y -= 7 * mm
        pdf.line(20 * mm, y + 2 * mm, width - 20 * mm, y + 2 * mm)
        y -= 9 * mm
    pdf.setFont(regular, 8)
    pdf.drawString(20 * mm, 15 * mm, "Rumbo")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _document_ensure(title: str, description: str, lines: list[str]):
    Document = get_document_model()
    document = Document.objects.filter(title=title).first()
    if document is None:
        data = _worksheet_pdf(title, description, lines)
        document = Document(
            title=title, file=ContentFile(data, name=f"{slugify(title)}.pdf")
        )
        document.save()
    return document


# --- topics and instructors ----------------------------------------------------


def _translations(source, locales: dict[str, Locale], fields_for) -> dict:
    """`source` and its translations into every locale, created where missing.

    For snippets (Topic, Instructor): `fields_for(code)` gives the translated
    field values.
    """
    result = {source.locale.language_code: source}
    for code, locale in locales.items():
        if code in result:
            continue
        translation = source.get_translation_or_none(locale)
        if translation is None:
            translation = source.copy_for_translation(locale)
            for name, value in fields_for(code).items():
                setattr(translation, name, value)
            translation.save()
        result[code] = translation
    return result


def _topics_ensure(locales: dict[str, Locale], default: str) -> dict[str, dict]:
    topics = {}
    for key, (names, _colours) in _content()["topics"].items():

        def fields(code, names=names):
            return {"name": names[code], "slug": slugify(names[code])}

        source = Topic.objects.filter(
            locale=locales[default], slug=fields(default)["slug"]
        ).first()
        if source is None:
            source = Topic.objects.create(locale=locales[default], **fields(default))
        topics[key] = _translations(source, locales, fields)
    return topics


def _instructors_ensure(locales: dict[str, Locale], default: str) -> dict[str, dict]:
    instructors = {}
    for spec in _content()["instructors"]:
        photo = _image_ensure(
            f"Portrait: {spec['name']}",
            f"{slugify(spec['name'])}.jpg",
            lambda spec=spec: _portrait_draw(spec["name"], spec["colour"]),
        )

        def fields(code, spec=spec):
            return {"role": spec["role"][code], "bio": spec["bio"][code]}

        source = Instructor.objects.filter(
            locale=locales[default], name=spec["name"]
        ).first()
        if source is None:
            source = Instructor.objects.create(
                locale=locales[default],
                name=spec["name"],
                photo=photo,
                **fields(default),
            )
        instructors[spec["key"]] = _translations(source, locales, fields)
    return instructors


def _covers_ensure(topics: dict[str, dict]) -> dict[str, dict]:
    covers = {}
    for key, (names, colours) in _content()["topics"].items():
        covers[key] = {
            code: _image_ensure(
                f"Cover: {names[code]}",
                f"cover-{key}-{code}.jpg",
                lambda name=names[code], colours=colours: _cover_draw(name, colours),
            )
            for code in topics[key]
        }
    return covers


# --- courses -------------------------------------------------------------------


def _block_id(*parts) -> str:
    # Stable ids, the same in every language, so a bank's translations line up.
    return str(
        uuid.uuid5(uuid.NAMESPACE_URL, "rumbo-demo/" + "/".join(map(str, parts)))
    )


def _choices(texts: list[str], correct: list[int]) -> list[dict]:
    return [{"text": text, "correct": i in correct} for i, text in enumerate(texts)]


def _exam_bank(key: str, code: str) -> list[dict]:
    bank = []
    for number, question in enumerate(_complete()[key]["questions"]):
        kind = question["type"]
        if kind in ("single", "multiple"):
            text, choices, explanation = question[code]
            value = {
                "text": text,
                "choices": _choices(choices, question["correct"]),
                "explanation": explanation,
            }
        elif kind == "true_false":
            text, explanation = question[code]
            value = {
                "text": text,
                "answer": question["answer"],
                "explanation": explanation,
            }
        else:
            text, explanation = question[code]
            value = {
                "text": text,
                "answer": question["answer"],
                "tolerance": question["tolerance"],
                "explanation": explanation,
            }
        bank.append({"type": kind, "value": value, "id": _block_id(key, "q", number)})
    return bank


def _course_fields(spec: dict, code: str, topic: Topic, cover) -> dict:
    title, summary, outcomes, modules = spec[code]
    complete = _complete().get(spec["key"])
    if complete:
        modules = [lesson[code][0] for lesson in complete["lessons"]]
    fields = {
        "title": title,
        "summary": summary,
        "topic": topic,
        "cover_image": cover,
        "level": spec["level"],
        "language": spec["language"],
        "hours": spec["hours"],
        "outcomes": [
            {"type": "outcome", "value": text, "id": _block_id(spec["key"], "o", i)}
            for i, text in enumerate(outcomes)
        ],
        "syllabus": "<ol>"
        + "".join(f"<li>{escape(module)}</li>" for module in modules)
        + "</ol>",
    }
    if complete:
        exam = complete["exam"]
        fields.update(
            exam_questions=_exam_bank(spec["key"], code),
            exam_question_count=5,
            exam_pass_mark=exam["pass_mark"],
            exam_max_attempts=3,
            exam_time_limit_minutes=exam["time_limit"],
            exam_feedback=exam["feedback"],
        )
    return fields


def _lesson_fields(key: str, number: int, code: str, worksheets: dict) -> dict:
    lesson = _complete()[key]["lessons"][number]
    title, paragraphs, (question, answers, explanation) = lesson[code]
    body = [
        {
            "type": "text",
            "value": "".join(f"<p>{escape(p)}</p>" for p in paragraphs),
            "id": _block_id(key, number, "text"),
        }
    ]
    if number == _complete()[key]["worksheet"]["lesson"]:
        document = worksheets[code]
        body.append(
            {
                "type": "download",
                "value": {
                    "document": document.pk,
                    "description": _complete()[key]["worksheet"][code][1],
                },
                "id": _block_id(key, number, "download"),
            }
        )
    body.append(
        {
            "type": "check",
            "value": {
                "question": question,
                "choices": _choices(answers, [lesson["check"]]),
                "explanation": explanation,
            },
            "id": _block_id(key, number, "check"),
        }
    )
    return {"title": title, "minutes": lesson["minutes"], "body": body}


def _publish(page, fields: dict) -> None:
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    page.refresh_from_db()


def _page_translations(source, locales, fields_for) -> dict:
    """`source` and its published translations, created where missing."""
    result = {source.locale.language_code: source}
    for code, locale in locales.items():
        if code in result:
            continue
        page = source.get_translation_or_none(locale)
        if page is None:
            page = source.copy_for_translation(locale)
            fields = fields_for(code)
            page.slug = slugify(fields["title"])
            _publish(page, fields)
        result[code] = page.specific
    return result


def _lessons_ensure(key: str, courses: dict, locales, default: str) -> None:
    worksheet = _complete()[key]["worksheet"]
    worksheets = {code: _document_ensure(*worksheet[code]) for code in LANGS}
    course = courses[default]
    for number, _lesson in enumerate(_complete()[key]["lessons"]):

        def fields(code, number=number):
            return _lesson_fields(key, number, code, worksheets)

        slug = slugify(fields(default)["title"])
        lesson = LessonPage.objects.child_of(course).filter(slug=slug).first()
        if lesson is None:
            lesson = course.add_child(
                instance=LessonPage(slug=slug, locale=course.locale, **fields(default))
            )
            lesson.save_revision().publish()
        _page_translations(lesson.specific, locales, fields)


def _courses_ensure(locales, default, topics, instructors, covers) -> dict:
    catalogue = CourseIndexPage.objects.get(locale=locales[default])
    courses = {}
    for spec in _content()["courses"]:
        key = spec["key"]

        def fields(code, spec=spec):
            return {
                **_course_fields(
                    spec, code, topics[spec["topic"]][code], covers[spec["topic"]][code]
                ),
                "course_instructors": [
                    CourseInstructor(instructor=instructors[name][code])
                    for name in spec["instructors"]
                ],
            }

        slug = slugify(spec[default][0])
        course = CoursePage.objects.child_of(catalogue).filter(slug=slug).first()
        if course is None:
            course = catalogue.add_child(
                instance=CoursePage(
                    slug=slug, locale=catalogue.locale, **fields(default)
                )
            )
            course.save_revision().publish()
        courses[key] = _page_translations(course.specific, locales, fields)
        if key in _complete():
            _lessons_ensure(key, courses[key], locales, default)
    return courses


# --- the demo learner ----------------------------------------------------------


def _correct_answers(attempt) -> dict[str, list[str]]:
    answers = {}
    for question in attempt.paper:
        expected = attempt.key[question["id"]]
        if question["type"] == "numeric":
            answers[question["id"]] = [expected["answer"]]
        else:
            answers[question["id"]] = list(expected["correct"])
    return answers


def _learner_progress_ensure(courses: dict) -> None:
    """Ana: one course passed with a certificate, one half-way, via the services."""
    from courses.exams.models import Attempt
    from courses.exams.services import attempt_start, attempt_submit
    from courses.selectors import course_lessons
    from courses.services.enrolment import enrolment_create, lesson_complete
    from users.models import User

    ana = User.objects.filter(email=DEMO_LEARNER).first()
    if ana is None:
        return
    passed = courses[LEARNER_PASSED][LEARNER_LOCALE]
    enrolment_create(user=ana, course=passed)
    for lesson in course_lessons(passed):
        lesson_complete(user=ana, lesson=lesson)
    if not Attempt.objects.filter(user=ana, course=passed, passed=True).exists():
        attempt = attempt_start(user=ana, course=passed)
        attempt_submit(
            user=ana, attempt_id=attempt.pk, submitted=_correct_answers(attempt)
        )

    in_progress = courses[LEARNER_IN_PROGRESS][LEARNER_LOCALE]
    enrolment_create(user=ana, course=in_progress)
    for lesson in course_lessons(in_progress)[:2]:
        lesson_complete(user=ana, lesson=lesson)


@transaction.atomic
def courses_seed() -> dict[str, dict[str, CoursePage]]:
    """Create the demo catalogue in every language; safe to run again.

    Returns the courses by key and language code.
    """
    locales = locales_ensure()
    default = settings.LANGUAGE_CODE
    topics = _topics_ensure(locales, default)
    instructors = _instructors_ensure(locales, default)
    covers = _covers_ensure(topics)
    courses = _courses_ensure(locales, default, topics, instructors, covers)
    _learner_progress_ensure(courses)
    return courses


# --- the catalogue page and the seeder -------------------------------------------


def catalogue_ensure(home, locales: dict[str, Locale]) -> CourseIndexPage:
    """The course catalogue under the home page, in every language."""
    default = locales[settings.LANGUAGE_CODE]
    texts = _content()["catalogue"]
    catalogue = CourseIndexPage.objects.filter(locale=default).first()
    if catalogue is None:
        slug, title, intro = texts[default.language_code]
        catalogue = home.add_child(
            instance=CourseIndexPage(
                slug=slug, title=title, intro=intro, locale=default
            )
        )
        catalogue.save_revision().publish()
    for code, locale in locales.items():
        if locale != default:
            slug, title, intro = texts[code]
            page_translation_ensure(
                catalogue, locale, {"title": title, "intro": intro}, slug=slug
            )
    return catalogue


def seed() -> str:
    courses = courses_seed()
    return f"Course catalogue ready: {len(courses)} courses in each language."
