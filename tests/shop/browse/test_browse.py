"""The catalogue, category and search pages, as visitors see them."""

import pytest
from django.urls import reverse

from shop.partner.models import Partner
from tests.factories.shop import category, product, seller

pytestmark = pytest.mark.django_db

CATALOGUE = "/es/shop/catalogue/"
SEARCH = "/es/shop/search/"


def _html(response) -> str:
    assert response.status_code == 200
    return response.content.decode()


def _titles(client, url, params, candidates) -> set[str]:
    html = _html(client.get(url, params))
    return {title for title in candidates if title in html}


def test_oscar_urls_resolve_to_our_database_views():
    from django.urls import resolve

    from shop.search.views.catalogue import CatalogueView, ProductCategoryView
    from shop.search.views.search import FacetedSearchView

    assert resolve(CATALOGUE).func.view_class is CatalogueView
    assert resolve(SEARCH).func.view_class is FacetedSearchView
    assert "category" in reverse(
        "catalogue:category", kwargs={"category_slug": "a", "pk": 1}
    )
    assert ProductCategoryView.template_name == "oscar/catalogue/category.html"


def test_catalogue_lists_products_with_price_seller_and_count(client):
    shop = seller(name="Cerámica Lola", city="Aljaraque")
    product(shop, title="Jarra de cerámica", price="24.50")
    product(shop, title="Taller de cerámica", price="40", service=True)

    html = _html(client.get(CATALOGUE))

    assert "Jarra de cerámica" in html
    assert "Taller de cerámica" in html
    assert "24,50\xa0€" in html  # Spanish format, VAT included
    assert "Cerámica Lola" in html
    assert reverse("shop:storefront", kwargs={"slug": shop.code}) in html
    assert "2 resultados" in html


def test_catalogue_hides_what_is_not_on_sale(client):
    shop = seller()
    waiting_shop = seller(approved=False)
    product(shop, title="Miel de romero")
    product(shop, title="Producto oculto", public=False)
    product(shop, title="Producto pendiente", review_status="pending")
    product(shop, title="Producto rechazado", review_status="rejected")
    product(waiting_shop, title="Tienda sin aprobar")

    candidates = {
        "Miel de romero",
        "Producto oculto",
        "Producto pendiente",
        "Producto rechazado",
        "Tienda sin aprobar",
    }
    assert _titles(client, CATALOGUE, {}, candidates) == {"Miel de romero"}
    assert _titles(client, SEARCH, {"q": "producto"}, candidates) == set()


def test_filters_by_category_with_its_subcategories(client):
    shop = seller()
    food = category("Alimentación")
    honey = category("Miel", parent=food)
    crafts = category("Artesanía")
    product(shop, title="Aceite de oliva", category=food)
    product(shop, title="Miel de brezo", category=honey)
    product(shop, title="Cesta de mimbre", category=crafts)
    titles = {"Aceite de oliva", "Miel de brezo", "Cesta de mimbre"}

    assert _titles(client, CATALOGUE, {"category": food.pk}, titles) == {
        "Aceite de oliva",
        "Miel de brezo",
    }
    assert _titles(client, CATALOGUE, {"category": honey.pk}, titles) == {
        "Miel de brezo"
    }


def test_filters_by_seller_region_type_and_price(client):
    huelva = seller(name="Huelva Sabores", region=Partner.Region.ANDALUCIA)
    faro = seller(name="Faro Artes", region=Partner.Region.ALGARVE, city="Faro")
    product(huelva, title="Fresas de Huelva", price="6")
    product(huelva, title="Ruta en kayak", price="35", service=True)
    product(faro, title="Azulejo pintado", price="18")
    titles = {"Fresas de Huelva", "Ruta en kayak", "Azulejo pintado"}

    assert _titles(client, CATALOGUE, {"seller": faro.code}, titles) == {
        "Azulejo pintado"
    }
    assert _titles(client, CATALOGUE, {"region": "es-an"}, titles) == {
        "Fresas de Huelva",
        "Ruta en kayak",
    }
    assert _titles(client, CATALOGUE, {"kind": "service"}, titles) == {"Ruta en kayak"}
    assert _titles(client, CATALOGUE, {"kind": "product"}, titles) == {
        "Fresas de Huelva",
        "Azulejo pintado",
    }
    assert _titles(
        client, CATALOGUE, {"price_min": "10", "price_max": "20"}, titles
    ) == {"Azulejo pintado"}
    # Prices in the visitor's format: Spanish decimal comma.
    assert _titles(client, CATALOGUE, {"price_max": "6,50"}, titles) == {
        "Fresas de Huelva"
    }


def test_sorts_by_price_and_newest(client):
    shop = seller()
    product(shop, title="Barato", price="3")
    product(shop, title="Caro", price="300")
    product(shop, title="Medio", price="30")

    def order(sort):
        html = _html(client.get(CATALOGUE, {"sort_by": sort}))
        return sorted(("Barato", "Caro", "Medio"), key=html.index)

    assert order("price-asc") == ["Barato", "Medio", "Caro"]
    assert order("price-desc") == ["Caro", "Medio", "Barato"]
    assert order("newest") == ["Medio", "Caro", "Barato"]


def test_search_finds_words_of_title_and_description(client):
    shop = seller()
    product(shop, title="Queso de cabra", description="Curado en Aracena, leche cruda.")
    product(
        shop,
        title="Visita guiada",
        description="Paseo por el casco antiguo.",
        service=True,
    )
    titles = {"Queso de cabra", "Visita guiada"}

    assert _titles(client, SEARCH, {"q": "queso"}, titles) == {"Queso de cabra"}
    assert _titles(client, SEARCH, {"q": "Aracena"}, titles) == {"Queso de cabra"}
    assert _titles(client, SEARCH, {"q": "casco antiguo"}, titles) == {"Visita guiada"}
    assert _titles(client, SEARCH, {"q": "bicicleta"}, titles) == set()
    # The catalogue's own search box uses the same engine.
    assert _titles(client, CATALOGUE, {"q": "paseo", "kind": "service"}, titles) == {
        "Visita guiada"
    }


def test_search_combines_with_filters_and_price_sort(client):
    huelva = seller(region=Partner.Region.ANDALUCIA)
    lisboa = seller(region=Partner.Region.LISBOA, city="Lisboa")
    product(huelva, title="Vino blanco del Condado", price="12")
    product(huelva, title="Vino tinto del Condado", price="9")
    product(lisboa, title="Vinho verde", price="8")

    html = _html(client.get(SEARCH, {"q": "condado", "sort_by": "price-asc"}))
    assert html.index("Vino tinto") < html.index("Vino blanco")
    assert "Vinho verde" not in html
    assert "2 resultados" in html
    titles = {"Vino blanco del Condado", "Vino tinto del Condado"}
    assert _titles(client, SEARCH, {"q": "vino", "region": "pt-li"}, titles) == set()


def test_category_page_lists_its_tree_and_links_subcategories(client):
    shop = seller()
    food = category("Alimentación")
    honey = category("Miel", parent=food)
    product(shop, title="Miel de azahar", category=honey)
    product(shop, title="Cesta de mimbre", category=category("Artesanía"))

    html = _html(client.get(food.get_absolute_url()))

    assert "<h1>Alimentación</h1>" in html
    assert "Miel de azahar" in html
    assert "Cesta de mimbre" not in html
    assert honey.get_absolute_url() in html


def test_hidden_category_is_not_found(client):
    hidden = category("Oculta")
    hidden.is_public = False
    hidden.save()

    assert client.get(hidden.get_absolute_url()).status_code == 404


def test_pages_through_results(client):
    shop = seller()
    for n in range(30):
        product(shop, title=f"Pulsera {n:02d}")

    first = _html(client.get(CATALOGUE))
    second = _html(client.get(CATALOGUE, {"page": 2}))

    assert "Página 1 de 2" in first
    assert first.count('class="product-card"') == 24
    assert second.count('class="product-card"') == 6


@pytest.mark.parametrize(
    "params",
    [
        {"price_min": "abc", "price_max": "-5"},
        {"category": "not-a-number"},
        {"category": "999999"},
        {"region": "mars", "kind": "magic", "sort_by": "evil"},
        {"seller": "../../etc/passwd"},
        {"page": "abc"},
        {"page": "9999"},
        {"q": "x" * 5000},
        {"q": "\"'<script>alert(1)</script> OR 1=1 --", "sort_by": "price-asc"},
        {"q": "AND OR NOT * ( ) :"},
        {"price_min": "1e400"},
    ],
)
def test_bad_query_parameters_are_ignored(client, params):
    product(seller(), title="Sal marina")

    for url in (CATALOGUE, SEARCH):
        response = client.get(url, params)
        assert response.status_code == 200
        assert "<script>alert(1)" not in response.content.decode()


def test_header_search_box_points_to_search(client):
    html = _html(client.get(CATALOGUE))
    assert f'action="{SEARCH}"' in html


def test_search_ranks_title_matches_first(client):
    shop = seller()
    product(shop, title="Jabón natural", description="Con aceite y lavanda.")
    product(shop, title="Ramo de lavanda seca", description="Del Alentejo.")
    product(shop, title="Vela aromática", description="Sin perfume.")

    html = _html(client.get(SEARCH, {"q": "lavanda"}))

    assert html.index("Ramo de lavanda seca") < html.index("Jabón natural")
    assert "Vela aromática" not in html
    assert "2 resultados" in html
