"""Pages answer in a fixed number of queries, whatever the number of products."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from oscar.core.loading import get_class, get_model

from tests.factories.shop import category, product, products_bulk, seller

pytestmark = pytest.mark.django_db

Basket = get_model("basket", "Basket")
Selector = get_class("partner.strategy", "Selector")

CATALOGUE = "/es/shop/catalogue/"
SEARCH = "/es/shop/search/"

# Anonymous visitor: categories, count, page of ids, then the cards with stock
# records + sellers, images, categories and variants prefetched, plus the
# site's own (session, navigation). Measured 9 on SQLite and PostgreSQL.
LIST_QUERIES = 10
# The basket page loads its lines with their products, stock records, sellers
# and attributes at once (shop/basket/models.py); measured 12 to 25 queries
# whatever the number of lines (tests/shop/checkout/test_queries.py).
BASKET_QUERIES = 25


@pytest.fixture
def many_products(db):
    sellers = [seller(region="es-an" if n % 2 else "pt-fa") for n in range(20)]
    food = category("Alimentación")
    honey = category("Miel", parent=food)
    products_bulk(sellers, 1100, category=honey)
    return {"sellers": sellers, "food": food, "honey": honey}


def _count(client, url, params=None) -> int:
    client.get(url, params)  # warm caches (category URLs, thumbnails)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(queries)


def test_catalogue_queries_are_capped(
    client, many_products, django_assert_max_num_queries
):
    client.get(CATALOGUE)
    with django_assert_max_num_queries(LIST_QUERIES):
        html = client.get(CATALOGUE).content.decode()
    assert html.count('class="product-card"') == 24
    assert "1100 resultados" in html


def test_filtered_catalogue_queries_are_capped(
    client, many_products, django_assert_max_num_queries
):
    params = {
        "region": "es-an",
        "kind": "product",
        "price_min": "10",
        "seller": many_products["sellers"][1].code,
        "sort_by": "price-desc",
        "category": many_products["food"].pk,
    }
    client.get(CATALOGUE, params)
    with django_assert_max_num_queries(LIST_QUERIES + 1):  # + the seller's name
        html = client.get(CATALOGUE, params).content.decode()
    assert 'class="product-card"' in html


def test_category_page_queries_are_capped(
    client, many_products, django_assert_max_num_queries
):
    url = many_products["food"].get_absolute_url()
    client.get(url)
    with django_assert_max_num_queries(LIST_QUERIES):
        html = client.get(url).content.decode()
    assert html.count('class="product-card"') == 24


def test_search_queries_are_capped(
    client, many_products, django_assert_max_num_queries
):
    params = {"q": "artículo", "region": "pt-fa"}
    client.get(SEARCH, params)
    with django_assert_max_num_queries(LIST_QUERIES):
        html = client.get(SEARCH, params).content.decode()
    assert html.count('class="product-card"') == 24
    assert "550 resultados" in html


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL full-text search only"
)
def test_search_parses_the_words_once_per_query_not_per_row(
    client, many_products, django_assert_max_num_queries
):
    # A bare to_tsquery('...') is parsed again for every row filtered and
    # ranked; with a named configuration (the 'simple' one: rumbo.search_backends
    # stems the words itself) it is immutable and
    # PostgreSQL folds it into a constant.
    params = {"q": "artículo", "sort_by": "relevance"}
    client.get(SEARCH, params)
    with django_assert_max_num_queries(LIST_QUERIES) as queries:
        html = client.get(SEARCH, params).content.decode()
    searches = [q["sql"] for q in queries.captured_queries if "to_tsquery(" in q["sql"]]

    assert len(searches) == 2  # the count and the page
    for sql in searches:
        assert sql.count("to_tsquery(") == sql.count("to_tsquery('simple'")
    assert html.count('class="product-card"') == 24
    assert "1100 resultados" in html


def test_basket_with_ten_lines_from_three_sellers_queries_are_capped(
    client, user, many_products, django_assert_max_num_queries
):
    basket = Basket.objects.create(owner=user)
    basket.strategy = Selector().strategy(user=user)
    titles = [f"Cesta línea {n}" for n in range(30)]
    for n, title in enumerate(titles):
        basket.add_product(
            product(many_products["sellers"][n % 3], title=title, price=n + 1)
        )
    client.force_login(user)
    client.get("/es/shop/basket/")
    with django_assert_max_num_queries(BASKET_QUERIES):
        html = client.get("/es/shop/basket/").content.decode()
    assert all(title in html for title in titles)


def test_print_query_counts(client, user, many_products, settings):
    """Not an assertion: the figures for the report (pytest -s)."""
    settings.PAGE_CACHE_ENABLED = False  # what rendering costs
    print(
        "\nqueries: catalogue",
        _count(client, CATALOGUE),
        "search",
        _count(client, SEARCH, {"q": "artículo"}),
        "category",
        _count(client, many_products["food"].get_absolute_url()),
    )
