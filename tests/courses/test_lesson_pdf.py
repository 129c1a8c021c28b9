"""A lesson's material as a PDF for offline reading: who may download it, what
it holds, in which language, and at what cost in queries."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from PIL import Image as PILImage
from reportlab.platypus import Image, Paragraph
from wagtail.images import get_image_model
from wagtail.models import Locale

from courses import lesson_pdf
from courses.lesson_pdf import lesson_pdf_filename, rich_text_pieces
from tests.factories.courses import course_page, enrol, lesson_page

pytestmark = pytest.mark.django_db


def picture(title="Diagrama", size=(640, 360), fmt="PNG", name="diagrama.png"):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (11, 93, 99)).save(buffer, fmt)
    return get_image_model().objects.create(
        title=title, file=SimpleUploadedFile(name, buffer.getvalue())
    )


@pytest.fixture
def stories(monkeypatch):
    """What each rendered PDF holds: its flowables, before ReportLab draws them."""
    built = []
    original = lesson_pdf.SimpleDocTemplate.build

    def build(self, story, **kwargs):
        built.append(list(story))
        return original(self, story, **kwargs)

    monkeypatch.setattr(lesson_pdf.SimpleDocTemplate, "build", build)
    return built


def texts(story) -> list[str]:
    return [f.getPlainText() for f in story if isinstance(f, Paragraph)]


def images(story) -> list[Image]:
    return [f for f in story if isinstance(f, Image)]


@pytest.fixture
def course():
    return course_page(title="Finanzas para emprender")


@pytest.fixture
def lesson(course):
    diagram, inline = picture(), picture("Tabla", name="tabla.png")
    return lesson_page(
        course,
        title="Cómo leer un balance & <otros> estados",
        body=[
            {
                "type": "text",
                "value": "<h2>El activo</h2>"
                "<p>Lo que la empresa <b>tiene</b> y <i>controla</i>.</p>"
                "<ul><li>Caja</li><li>Clientes<ol><li>Nacionales</li></ol></li></ul>"
                f'<embed embedtype="image" id="{inline.pk}" format="fullwidth" alt=""/>'
                '<p>Más en <a href="https://example.org/guia">la guía</a> y '
                '<a linktype="page" id="3">otra lección</a>.</p>',
            },
            {"type": "image", "value": {"image": diagram.pk, "alt_text": "Un balance"}},
            {
                "type": "check",
                "value": {
                    "question": "¿Qué es la caja?",
                    "choices": [
                        {"text": "Un activo", "correct": True},
                        {"text": "Un pasivo", "correct": False},
                    ],
                    "explanation": "Es dinero de la empresa.",
                },
            },
        ],
    )


def _url(lesson) -> str:
    return reverse("courses:lesson-pdf", kwargs={"lesson_id": lesson.pk})


# Who may download it


def test_anonymous_visitors_are_sent_to_log_in(client, lesson):
    response = client.get(_url(lesson))

    assert response.status_code == 302 and "login" in response["Location"]


def test_a_learner_not_enrolled_is_sent_to_the_course(client, user, course, lesson):
    client.force_login(user)

    response = client.get(_url(lesson), follow=True)

    assert response.redirect_chain[-1][0] == course.url
    assert "Empieza el curso" in response.content.decode()


def test_an_enrolled_learner_downloads_the_lesson(client, user, course, lesson):
    enrol(user, course)
    client.force_login(user)

    response = client.get(_url(lesson))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    disposition = response["Content-Disposition"]
    assert disposition == (
        'attachment; filename="como-leer-un-balance-otros-estados.pdf"'
    )
    assert "private" in response["Cache-Control"]


@pytest.mark.parametrize("role", ["staff", "editor"])
def test_staff_and_editors_download_without_enrolling(
    client, user, staff, lesson, role
):
    if role == "editor":
        user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(staff if role == "staff" else user)

    response = client.get(_url(lesson))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"


def test_a_draft_or_unknown_lesson_is_not_found(client, staff, lesson):
    lesson.unpublish()
    client.force_login(staff)

    assert client.get(_url(lesson)).status_code == 404
    missing = reverse("courses:lesson-pdf", kwargs={"lesson_id": 999999})
    assert client.get(missing).status_code == 404
    nul = client.get(f"/es/learn/lessons/{lesson.pk}%00/pdf/")
    assert nul.status_code in (400, 404)


def test_the_lesson_page_links_to_its_pdf(client, user, course, lesson):
    enrol(user, course)
    client.force_login(user)

    html = client.get(lesson.url).content.decode()

    assert f'href="{_url(lesson)}"' in html


# What it holds


def test_the_pdf_holds_the_text_images_and_questions(
    client, user, course, lesson, stories
):
    enrol(user, course)
    client.force_login(user)

    client.get(_url(lesson))

    [story] = stories
    words = texts(story)
    assert "Finanzas para emprender" in words
    assert "Lección 1 de 1" in words
    assert "Cómo leer un balance & <otros> estados" in words
    assert "El activo" in words
    assert "Lo que la empresa tiene y controla." in words
    assert {"Caja", "Clientes", "Nacionales"} <= set(words)
    assert "Más en la guía y otra lección." in words
    assert "¿Qué es la caja?" in words
    with translation.override("es"):
        assert gettext("Answer: %(answer)s") % {"answer": "Un activo"} in words
    assert len(images(story)) == 2
    assert all(image.drawWidth <= 175 * 2.84 for image in images(story))


def test_the_pdf_speaks_the_lessons_language(client, staff, stories):
    english = course_page(
        index=None, title="Finance", locale=Locale.objects.get(language_code="en")
    )
    lesson = lesson_page(english, title="Reading a balance sheet")
    client.force_login(staff)

    client.get(_url(lesson))

    words = texts(stories[0])
    assert "Lesson 1 of 1" in words
    assert any(w.startswith("Available online: http") for w in words)


@pytest.mark.parametrize("damage", ["missing original", "garbled rendition"])
def test_an_image_that_cannot_be_drawn_leaves_the_words(
    client, user, course, stories, damage
):
    broken = picture("Roto")
    lesson = lesson_page(
        course,
        body=[
            {"type": "image", "value": {"image": broken.pk, "alt_text": ""}},
            {"type": "text", "value": "<p>Sigue el texto.</p>"},
        ],
    )
    enrol(user, course)
    client.force_login(user)
    if damage == "missing original":
        broken.file.storage.delete(broken.file.name)
    else:
        rendition = broken.get_rendition(lesson_pdf.RENDITION)
        storage, name = rendition.file.storage, rendition.file.name
        storage.delete(name)
        storage.save(name, io.BytesIO(b"<svg>not a raster image</svg>"))

    response = client.get(_url(lesson))

    assert response.status_code == 200
    assert "Sigue el texto." in texts(stories[-1])
    assert images(stories[-1]) == []


def test_queries_do_not_grow_with_images(
    client, user, course, django_assert_max_num_queries
):
    pictures = [picture(f"Imagen {n}", name=f"imagen-{n}.png") for n in range(6)]
    embeds = "".join(
        f'<embed embedtype="image" id="{p.pk}" format="fullwidth" alt=""/>'
        for p in pictures[:3]
    )
    lesson = lesson_page(
        course,
        body=[{"type": "text", "value": f"<p>Texto</p>{embeds}"}]
        + [{"type": "image", "value": {"image": p.pk}} for p in pictures[3:]],
    )
    enrol(user, course)
    client.force_login(user)
    client.get(_url(lesson))  # makes the renditions, as the first reader would

    with django_assert_max_num_queries(10):
        response = client.get(_url(lesson))

    assert response.status_code == 200


# The rich text and the file name


def test_rich_text_badly_nested_still_makes_well_formed_paragraphs():
    pieces = rich_text_pieces("<p><b>uno <i>dos</b> tres</i></p><p>a < b & c</p>")

    for piece in pieces:
        Paragraph(piece.markup, lesson_pdf._styles()["body"])  # noqa: SLF001
    assert [p.markup for p in pieces][1] == "a &lt; b &amp; c"


def test_media_embeds_become_links():
    [piece] = rich_text_pieces('<embed embedtype="media" url="https://v.example/1"/>')

    assert (piece.kind, piece.markup) == ("link", "https://v.example/1")


def test_a_title_without_latin_letters_gives_a_safe_file_name(course):
    lesson = lesson_page(course, title="درس ١", slug="dars-1")

    assert lesson_pdf_filename(lesson) == f"lesson-{lesson.pk}.pdf"
