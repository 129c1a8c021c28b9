"""Demo catalogue: topics, instructors and complete courses (lessons, question
bank, exam), modelled on the training of Ruta CECE: management, marketing,
financing, e-commerce, languages, tourism, care work, environment,
negotiation, human resources, legal and digital skills.

demo/data/courses.json holds the topics, instructors, picture descriptions and
the order of the catalogue; demo/data/courses/<key>.json holds one course in
each language it exists in. Core courses exist in Spanish, Portuguese and
English as Wagtail translations of each other (`copy_for_translation`, so each
links to its other languages, lessons included); the others in one language.

`courses_seed` is idempotent: whatever exists (matched by slug, or by title for
images and documents) is left as editors made it, and only what is missing is
created. Course pages an older demo left empty (no lessons, no questions) are
filled in when they are still in the catalogue and unpublished when they are
not. Pictures are drawn locally (demo.illustrations, Pillow) and worksheets
written with ReportLab: no network.
"""

import io
import math
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
from demo import illustrations
from demo.content import load
from home.services import locales_ensure, page_publish, page_translation_ensure

DEMO_LEARNER = "ana@rumbo.example"
# Ana passes the first course and is half-way through the second, in Portuguese.
LEARNER_PASSED = "plan-negocio"
LEARNER_IN_PROGRESS = "tienda-online"
LEARNER_LOCALE = "pt"

_FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# The languages the content is written in, in the order a course's source
# language is chosen (the default language first when the course has it).
LANGS = ("es", "pt", "en")
QUESTIONS_PER_ATTEMPT = 5


def _content() -> dict:
    return load("courses")


def course_spec(key: str) -> dict:
    return load(f"courses/{key}")


def course_languages(spec: dict) -> list[str]:
    return [code for code in LANGS if code in spec]


def course_minutes(spec: dict) -> int:
    return sum(lesson["minutes"] for lesson in spec["lessons"])


def course_hours(spec: dict) -> int:
    """The stated hours follow the lessons (reading plus the practice each
    asks): whole hours, rounded up, as the courses app counts them."""
    return max(1, math.ceil(course_minutes(spec) / 60))


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


def _image_ensure(title: str, filename: str, data):
    """The Wagtail image called `title`, made from `data()` (bytes) if missing."""
    Image = get_image_model()
    image = Image.objects.filter(title=title).first()
    if image is None:
        image = Image(title=title, file=ImageFile(io.BytesIO(data()), name=filename))
        image.save()
    return image


def _portrait_jpeg(name: str, colour: str) -> bytes:
    from PIL import Image, ImageDraw

    picture = Image.new("RGB", (480, 480), _hex(colour))
    draw = ImageDraw.Draw(picture)
    draw.ellipse((40, 40, 440, 440), fill=(255, 255, 255))
    initials = "".join(part[0] for part in name.split()[:2]).upper()
    draw.text((240, 240), initials, font=_font(150), fill=_hex(colour), anchor="mm")
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def _cover_ensure(key: str, spec: dict):
    """One cover per course, shared by its languages (the picture has no text)."""
    palette = _content()["topics"][spec["topic"]]["palette"]
    return _image_ensure(
        f"Course cover: {key}",
        f"cover-{key}.png",
        lambda: illustrations.cover_png(spec["art"], palette, key),
    )


def _picture_ensure(motif: str, palette: str):
    """A lesson picture, shared by every lesson showing that motif in that palette."""
    return _image_ensure(
        f"Lesson picture: {motif} ({palette})",
        f"lesson-{motif}-{palette}.png",
        lambda: illustrations.lesson_png(motif, palette, f"{motif}/{palette}"),
    )


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
    for key, topic in _content()["topics"].items():

        def fields(code, names=topic["names"]):
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
            lambda spec=spec: _portrait_jpeg(spec["name"], spec["colour"]),
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


# --- course and lesson fields ----------------------------------------------------


def _block_id(*parts) -> str:
    # Stable ids, the same in every language, so a bank's translations line up.
    return str(
        uuid.uuid5(uuid.NAMESPACE_URL, "rumbo-demo/" + "/".join(map(str, parts)))
    )


def _choices(texts: list[str], correct: list[int]) -> list[dict]:
    return [{"text": text, "correct": i in correct} for i, text in enumerate(texts)]


def _exam_bank(key: str, spec: dict, code: str) -> list[dict]:
    bank = []
    for number, question in enumerate(spec["questions"]):
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


def _course_fields(key: str, spec: dict, code: str, topic, cover, teachers) -> dict:
    text = spec[code]
    titles = [lesson[code]["title"] for lesson in spec["lessons"]]
    exam = spec["exam"]
    return {
        "title": text["title"],
        "summary": text["summary"],
        "topic": topic,
        "cover_image": cover,
        "level": spec["level"],
        "language": code,
        "hours": course_hours(spec),
        "outcomes": [
            {"type": "outcome", "value": outcome, "id": _block_id(key, "o", i)}
            for i, outcome in enumerate(text["outcomes"])
        ],
        "syllabus": "<ol>"
        + "".join(f"<li>{escape(title)}</li>" for title in titles)
        + "</ol>",
        "exam_questions": _exam_bank(key, spec, code),
        "exam_question_count": QUESTIONS_PER_ATTEMPT,
        "exam_pass_mark": exam["pass_mark"],
        "exam_max_attempts": 3,
        "exam_time_limit_minutes": exam["time_limit"],
        "exam_feedback": exam["feedback"],
        "course_instructors": [CourseInstructor(instructor=t) for t in teachers],
    }


def _html(paragraph) -> str:
    """A paragraph of lesson text; a list of strings is a bulleted list."""
    if isinstance(paragraph, list):
        return "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in paragraph) + "</ul>"
    return f"<p>{escape(paragraph)}</p>"


def _lesson_fields(key, spec, number, code, picture, worksheet) -> dict:
    lesson = spec["lessons"][number]
    text = lesson[code]
    question, answers, explanation = text["check"]
    paragraphs = text["text"]
    body = [
        {
            "type": "text",
            "value": "".join(_html(p) for p in paragraphs[:1]),
            "id": _block_id(key, number, "intro"),
        },
        {
            "type": "image",
            "value": {
                "image": picture.pk,
                "decorative": False,
                "alt_text": _content()["pictures"][lesson["art"]][code],
            },
            "id": _block_id(key, number, "image"),
        },
        {
            "type": "text",
            "value": "".join(_html(p) for p in paragraphs[1:]),
            "id": _block_id(key, number, "text"),
        },
    ]
    if worksheet is not None:
        body.append(
            {
                "type": "download",
                "value": {
                    "document": worksheet.pk,
                    "description": spec["worksheet"][code][1],
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
    return {"title": text["title"], "minutes": lesson["minutes"], "body": body}


# --- pages ---------------------------------------------------------------------


def _is_empty(course: CoursePage) -> bool:
    """A course page an older demo left without lessons or questions."""
    return (
        not course.exam_questions and not LessonPage.objects.child_of(course).exists()
    )


def _page_ensure(parent, model, fields: dict):
    """The child of `parent` with the slug of `fields`' title, created and
    published if missing."""
    slug = slugify(fields["title"])
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = parent.add_child(
            instance=model(slug=slug, locale=parent.locale, **fields)
        )
        page.save_revision().publish()
    return page.specific


def _page_translations(source, locales: dict[str, Locale], fields_for) -> dict:
    """`source` and its published translations, created where missing, each
    with the slug of its own title."""
    result = {source.locale.language_code: source}
    for code, locale in locales.items():
        if code not in result:
            fields = fields_for(code)
            page = page_translation_ensure(
                source, locale, fields, slug=slugify(fields["title"])
            )
            # Publishing goes through a revision: the copy in hand is still a draft.
            page.refresh_from_db()
            result[code] = page.specific
    return result


def _lessons_ensure(key: str, spec: dict, courses: dict, locales: dict) -> None:
    palette = _content()["topics"][spec["topic"]]["palette"]
    worksheet = spec.get("worksheet")
    documents = (
        {code: _document_ensure(*worksheet[code]) for code in courses}
        if worksheet
        else {}
    )
    codes = list(courses)
    for number, lesson in enumerate(spec["lessons"]):
        picture = _picture_ensure(lesson["art"], palette)
        with_worksheet = worksheet is not None and worksheet["lesson"] == number

        def fields(code, number=number, picture=picture, with_worksheet=with_worksheet):
            document = documents[code] if with_worksheet else None
            return _lesson_fields(key, spec, number, code, picture, document)

        source = _page_ensure(courses[codes[0]], LessonPage, fields(codes[0]))
        _page_translations(source, {code: locales[code] for code in codes}, fields)


def _course_ensure(key: str, catalogues, locales, topics, instructors) -> dict:
    spec = course_spec(key)
    codes = course_languages(spec)
    cover = _cover_ensure(key, spec)

    def fields(code):
        teachers = [instructors[name][code] for name in spec["instructors"]]
        topic = topics[spec["topic"]][code]
        return _course_fields(key, spec, code, topic, cover, teachers)

    source = _page_ensure(catalogues[codes[0]], CoursePage, fields(codes[0]))
    courses = _page_translations(
        source, {code: locales[code] for code in codes}, fields
    )
    for code, course in courses.items():
        if _is_empty(course):
            page_publish(course, fields(code))
            course.refresh_from_db()
    _lessons_ensure(key, spec, courses, locales)
    return courses


def _courses_ensure(locales, topics, instructors) -> dict:
    catalogues = {
        page.locale.language_code: page
        for page in CourseIndexPage.objects.select_related("locale")
    }
    return {
        key: _course_ensure(key, catalogues, locales, topics, instructors)
        for key in _content()["courses"]
    }


def empty_courses_unpublish(*, keep: set[int]) -> None:
    """Unpublish the empty course pages an older demo left behind (no lessons,
    no questions, no owner, so no editor made them), instead of listing
    courses nobody can take. Unpublished, not deleted: an editor can still
    fill one in."""
    with_lessons = {
        path[: -LessonPage.steplen]
        for path in LessonPage.objects.live().values_list("path", flat=True)
    }
    shells = (
        CoursePage.objects.live()
        .filter(owner__isnull=True)
        .exclude(pk__in=keep)
        .exclude(path__in=with_lessons)
    )
    for course in shells:
        if not course.exam_questions:
            course.unpublish()


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
    """Create the demo catalogue; safe to run again.

    Returns the courses by key and language code (only the languages each
    course exists in).
    """
    locales = locales_ensure()
    default = settings.LANGUAGE_CODE
    topics = _topics_ensure(locales, default)
    instructors = _instructors_ensure(locales, default)
    courses = _courses_ensure(locales, topics, instructors)
    empty_courses_unpublish(
        keep={page.pk for pages in courses.values() for page in pages.values()}
    )
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
    pages = sum(len(translations) for translations in courses.values())
    return f"Course catalogue ready: {len(courses)} courses, {pages} in all languages."
