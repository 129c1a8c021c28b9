"""Catalogue search matches word forms in Spanish, Portuguese and English,
with or without accents, on SQLite and on PostgreSQL."""

import pytest
from modelsearch.query import Phrase
from wagtail.search.backends import get_search_backend

from courses.models import CoursePage
from rumbo.search import fold, query_stems, stemmed_text
from tests.factories.courses import course_index, course_page, topic_for

pytestmark = pytest.mark.django_db


def _found(client, index, query: str, titles) -> set[str]:
    html = client.get(index.url, {"q": query}).content.decode()
    return {title for title in titles if title in html}


def test_emprendedor_finds_emprendedores_and_emprendimiento(client):
    index = course_index("es")
    titles = {
        "Primeros pasos": "Para personas emprendedoras que empiezan su negocio.",
        "Economía social": "Claves del emprendimiento cooperativo.",
        "Red de apoyo": "Conoce a otros emprendedores de tu comarca.",
        "Turismo rural": "Alojamientos con encanto.",
    }
    for title, summary in titles.items():
        course_page(index, title=title, summary=summary)

    assert _found(client, index, "emprendedor", titles) == {
        "Primeros pasos",
        "Economía social",
        "Red de apoyo",
    }
    assert _found(client, index, "emprender", titles) == {
        "Primeros pasos",
        "Economía social",
        "Red de apoyo",
    }


def test_empreendedor_finds_empreendedorismo_in_portuguese(client):
    index = course_index("pt")
    titles = {
        "Empreendedorismo feminino": "Criar a sua empresa.",
        "Novos negócios": "Do empreendimento à primeira venda.",
        "Cozinha tradicional": "Receitas da região.",
    }
    for title, summary in titles.items():
        course_page(index, title=title, summary=summary)

    assert _found(client, index, "empreendedor", titles) == {
        "Empreendedorismo feminino",
        "Novos negócios",
    }


def test_accents_are_optional(client):
    es = course_index("es")
    pt = course_index("pt")
    course_page(es, title="Gestión de pymes", summary="Dirige tu empresa.")
    course_page(pt, title="Gestão financeira", summary="Informação para decidir.")
    course_page(pt, title="Vendas", summary="Vender mais.")

    assert _found(client, es, "gestion", {"Gestión de pymes"}) == {"Gestión de pymes"}
    assert _found(client, es, "GESTIÓN", {"Gestión de pymes"}) == {"Gestión de pymes"}
    pt_titles = {"Gestão financeira", "Vendas"}
    assert _found(client, pt, "gestao", pt_titles) == {"Gestão financeira"}
    assert _found(client, pt, "informacao", pt_titles) == {"Gestão financeira"}


def test_an_english_query_still_works(client):
    index = course_index("en")
    titles = {
        "Project management": "Plan and run your projects.",
        "Digital marketing": "Reach customers online.",
    }
    for title, summary in titles.items():
        course_page(index, title=title, summary=summary)

    assert _found(client, index, "managing projects", titles) == {"Project management"}
    assert _found(client, index, "customer", titles) == {"Digital marketing"}


def test_every_word_must_match(client):
    index = course_index("es")
    titles = {
        "Marketing para emprendedores": "Vende más.",
        "Finanzas para emprendedores": "Cuadra las cuentas.",
    }
    for title, summary in titles.items():
        course_page(index, title=title, summary=summary)

    assert _found(client, index, "emprendimiento marketing", titles) == {
        "Marketing para emprendedores"
    }


def test_search_stays_in_the_catalogues_language(client):
    course_page(course_index("pt"), title="Empreender no campo")
    es = course_index("es")
    course_page(es, title="Emprender en el campo")

    assert _found(
        client, es, "emprender", {"Empreender no campo", "Emprender en el campo"}
    ) == {"Emprender en el campo"}


def test_searching_a_word_form_runs_a_fixed_number_of_queries(
    client, django_assert_max_num_queries
):
    index = course_index("es")
    topics = [topic_for(index.locale, f"Tema {n}") for n in range(4)]
    for n in range(40):
        course_page(
            index,
            title=f"Emprendimiento {n:02d}",
            summary="Para emprendedoras y emprendedores.",
            topic=topics[n % 4],
        )
    client.get(index.url)  # warm Wagtail's site cache

    with django_assert_max_num_queries(15):
        response = client.get(index.url, {"q": "emprendedor", "topic": "tema-1"})
    assert response.content.decode().count("Emprendimiento ") >= 10


def test_stems_fold_accents_and_join_the_agent_with_the_activity():
    assert fold("Gestión ÀÇÃO") == "gestion acao"
    assert stemmed_text("emprendedores", "es") == stemmed_text("emprendimiento", "es")
    assert stemmed_text("empreendedorismo", "pt") == stemmed_text(
        "empreendimento", "pt"
    )
    # A query word matches its stem in any of the site's languages.
    assert stemmed_text("informação", "pt") in query_stems(
        "informacao", ["es", "pt", "en"]
    )


def test_a_quoted_phrase_matches_its_word_forms_in_order():
    index = course_index("es")
    wanted = course_page(index, title="Planes de empresa", summary="Paso a paso.")
    course_page(index, title="Empresa y plan", summary="Otro orden.")

    found = get_search_backend().search(
        Phrase("plan de empresas"), CoursePage.objects.filter(locale=index.locale)
    )

    assert [course.pk for course in found] == [wanted.pk]


def test_what_the_lessons_teach_finds_the_course(client):
    """A word only in a lesson finds its course, once the lesson is published,
    and no longer once it is unpublished."""
    from tests.factories.courses import lesson_page

    index = course_index("en")
    course = course_page(index, title="Selling online", summary="Open a web shop.")
    course_page(index, title="Rural tourism", summary="Guest houses.")
    lesson = lesson_page(
        course,
        title="Your first customers",
        body=[
            {"type": "text", "value": "<p>Most entrepreneurs start with friends.</p>"}
        ],
    )
    titles = {"Selling online", "Rural tourism"}

    assert _found(client, index, "entrepreneur", titles) == {"Selling online"}

    lesson.unpublish()
    assert _found(client, index, "entrepreneur", titles) == set()
