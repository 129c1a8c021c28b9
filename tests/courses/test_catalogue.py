"""The course catalogue and course pages, as visitors see them."""

import pytest
from wagtail.models import Locale

from courses.models import CoursePage, Level
from tests.factories.courses import (
    course_index,
    course_page,
    enrol,
    instructor_of,
    lesson_page,
    topic_for,
)

pytestmark = pytest.mark.django_db


def _html(response) -> str:
    return response.content.decode()


def test_catalogue_lists_live_courses_of_its_language_with_a_count(client):
    index = course_index("es")
    course_page(index, title="Marketing digital para tu negocio")
    course_page(index, title="Finanzas para emprender")
    draft = course_page(index, title="Curso en borrador")
    draft.unpublish()
    course_page(course_index("en"), title="English only course")

    html = _html(client.get(index.url))

    assert "Marketing digital para tu negocio" in html
    assert "Finanzas para emprender" in html
    assert "Curso en borrador" not in html
    assert "English only course" not in html
    assert "2 cursos" in html


def test_catalogue_filters_by_topic_level_language_and_length(client):
    index = course_index("es")
    es = index.locale
    marketing = topic_for(es, "Marketing")
    finance = topic_for(es, "Finanzas")
    course_page(index, title="Redes sociales", topic=marketing, hours=8)
    course_page(
        index, title="Plan financiero", topic=finance, level=Level.ADVANCED, hours=30
    )
    course_page(index, title="Vender en portugués", topic=marketing, language="pt")

    def titles(**params):
        html = _html(client.get(index.url, params))
        return {
            t
            for t in ("Redes sociales", "Plan financiero", "Vender en portugués")
            if t in html
        }

    assert titles(topic="marketing") == {"Redes sociales", "Vender en portugués"}
    assert titles(level="advanced") == {"Plan financiero"}
    assert titles(language="pt") == {"Vender en portugués"}
    assert titles(length="short") == {"Redes sociales"}
    assert titles(length="long") == {"Plan financiero"}


def test_catalogue_search_finds_words_in_title_and_summary(client):
    index = course_index("es")
    course_page(index, title="Comercio electrónico", summary="Abre tu tienda online.")
    course_page(index, title="Turismo rural", summary="Alojamientos con encanto.")

    html = _html(client.get(index.url, {"q": "tienda"}))

    assert "Comercio electrónico" in html
    assert "Turismo rural" not in html


def test_tampered_filters_are_ignored_not_an_error(client):
    index = course_index("es")
    course_page(index, title="Contabilidad básica")

    response = client.get(
        index.url,
        {"level": "guru", "topic": "<script>", "page": "99999", "length": "x"},
    )

    assert response.status_code == 200
    assert "Contabilidad básica" in _html(response)


def test_catalogue_is_paginated(client):
    index = course_index("es")
    for n in range(14):
        course_page(index, title=f"Curso paginado {n:02d}")

    first = _html(client.get(index.url))
    second = _html(client.get(index.url, {"page": 2}))

    assert "Curso paginado 00" in first and "Curso paginado 13" not in first
    assert "Curso paginado 13" in second
    assert "Página 2 de 2" in second


def test_catalogue_runs_a_fixed_number_of_queries(
    client, django_assert_max_num_queries
):
    index = course_index("es")
    topics = [topic_for(index.locale, f"Tema {n}") for n in range(8)]
    for n in range(300):
        course_page(index, title=f"Curso {n:03d}", topic=topics[n % 8])
    client.get(index.url)  # warm Wagtail's site cache

    with django_assert_max_num_queries(15):
        response = client.get(index.url, {"topic": "tema-1"})
    assert response.status_code == 200


def test_the_header_links_to_the_catalogue_in_each_language(client):
    for code in ("es", "pt", "en"):
        index = course_index(code)
        html = _html(client.get(f"/{code}/"))
        assert f'href="{index.url}"' in html


def test_course_page_shows_what_a_learner_needs_to_decide(client):
    course = course_page(
        title="Gestión de pymes",
        hours=24,
        outcomes=[{"type": "outcome", "value": "Leer un balance"}],
        syllabus="<p>Módulo 1: contabilidad</p>",
    )
    instructor_of(course, name="Lucía Márquez")
    lesson_page(course, title="Qué es un balance")

    html = _html(client.get(course.url))

    for text in (
        "Gestión de pymes",
        "24 horas",
        "Leer un balance",
        "Módulo 1: contabilidad",
        "Lucía Márquez",
        "Qué es un balance",
        "Empezar el curso",
    ):
        assert text in html, text


def test_course_page_links_to_the_same_course_in_other_languages(client):
    course = course_page(title="Vender en línea")
    pt = course.copy_for_translation(
        Locale.objects.get(language_code="pt"), copy_parents=True
    )
    pt.title = "Vender online"
    pt.save_revision().publish()

    html = _html(client.get(course.url))

    assert "Vender online" in html
    assert CoursePage.objects.get(pk=pt.pk).url in html


def test_course_page_queries_do_not_grow_with_lessons_or_instructors(
    client, user, django_assert_max_num_queries
):
    course = course_page()
    for _n in range(60):
        lesson_page(course)
    for n in range(10):
        instructor_of(course, name=f"Experta {n}")
    enrol(user, course)
    client.force_login(user)
    client.get(course.url)

    with django_assert_max_num_queries(15):
        response = client.get(course.url)
    assert response.status_code == 200


def test_search_combines_with_every_filter(client):
    index = course_index("es")
    marketing = topic_for(index.locale, "Marketing")
    course_page(
        index,
        title="Tienda online",
        summary="Vende en internet.",
        topic=marketing,
        level=Level.BEGINNER,
        hours=8,
    )
    course_page(index, title="Tienda física", summary="Vende en tu barrio.", hours=30)

    response = client.get(
        index.url,
        {
            "q": "tienda",
            "topic": "marketing",
            "level": "beginner",
            "language": "es",
            "length": "short",
        },
    )

    html = _html(response)
    assert response.status_code == 200
    assert "Tienda online" in html
    assert "Tienda física" not in html


@pytest.mark.parametrize(
    "query", ["l'agricultura", '"comillas', "AND OR NOT", "*", "(", "-x"]
)
def test_search_survives_odd_characters(client, query):
    index = course_index("es")
    course_page(index, title="Agricultura ecológica")

    response = client.get(index.url, {"q": query})

    assert response.status_code == 200
