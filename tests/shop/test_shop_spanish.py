"""The public shop pages speak the page's language: Spanish pages Spanish, with
"tú", and no English left over; Portuguese pages Portuguese, never Spanish
(Django falls back to Spanish, the default language, for any string missing
in Portuguese).

Every string the pages ask Django to translate is recorded while they render,
and each must be in the page's language's own catalogues (ours, the hand-kept
overrides in locale_overrides/, or the app's): that is what finds leftovers
wherever they come from. The visible text is also read for usted forms and
for words of the wrong language.
"""

import re
from html.parser import HTMLParser

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import trans_real
from oscar.core.loading import get_model

from tests.factories import UserFactory
from tests.shop.browse.buyer_pages import (
    ADDRESS_ES,
    ADDRESS_PT,
    BUYER_EMAIL,
    catalogue_pages,
    marketplace,
)
from tests.shop.orders.conftest import basket_add, checkout

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")

# Usted forms (Rumbo says "tú"): formal pronouns and possessives, and
# imperatives in the usted form.
USTED = re.compile(
    r"\b(usted|ustedes|díganos|introduzca|seleccione|elija|escriba|compruebe|"
    r"inténtelo|vuelva|haga clic|pulse|regístrese|inicie sesión|"
    r"su (pedido|cesta|carrito|cuenta|dirección|correo|contraseña|compra|reseña)|"
    r"sus (pedidos|datos|artículos|compras))\b",
    re.IGNORECASE,
)
# Interface words that are English only (product and shop names in the
# fixtures are Spanish or Portuguese).
ENGLISH = re.compile(
    r"\b(the|your|you|basket|checkout|shipping|add to|remove|update|continue|"
    r"order|price|quantity|reviews?|search|sold by|free|items?|back to|"
    r"sign in|log in|more|available|in stock|shop)\b",
    re.IGNORECASE,
)
# Rumbo's words: the basket is "cesta" in Spanish and "cesto" in Portuguese,
# never Oscar's "carrito" / "carrinho".
NOT_RUMBO = {
    "es": re.compile(r"\b(carrito|carro)\b", re.IGNORECASE),
    "pt": re.compile(r"\b(carrinho)\b", re.IGNORECASE),
}
# Words that are Spanish and not Portuguese (Portuguese says cesto, carrinho,
# envio, loja, adicionar, morada, quantidade, encomenda, mais, também).
SPANISH = re.compile(
    r"\b(cesta|carrito|envío|envíos|tienda|tiendas|añadir|dirección|cantidad|"
    r"pedido|pedidos|tu|tus|más|también|ahora|vacía|eliminar|quitar|"
    r"seguir comprando|gastos)\b",
    re.IGNORECASE,
)


class _Text(HTMLParser):
    """The text a visitor reads or hears: body text, labels in attributes."""

    SKIP = {"script", "style", "template"}
    ATTRIBUTES = {"alt", "title", "placeholder", "aria-label"}

    def __init__(self):
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0
        self._in_body = False

    def handle_starttag(self, tag, attrs):
        if tag == "body":
            self._in_body = True
        if tag in self.SKIP:
            self._skip += 1
        for name, value in attrs:
            if name in self.ATTRIBUTES and value:
                self.parts.append(value)

    def handle_endtag(self, tag):
        if tag in self.SKIP and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if self._in_body and not self._skip and data.strip():
            self.parts.append(data.strip())


def visible_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return "\n".join(parser.parts)


class Recorder:
    """Every message the code asks Django to translate while it is on."""

    def __init__(self, monkeypatch):
        self.seen: dict[str, set] = {}
        self.page = None  # strings made outside a page (import time) are not shown
        trans = translation._trans
        for name in ("gettext", "ngettext", "pgettext", "npgettext"):
            getattr(trans, name)  # Django binds them on first use
            monkeypatch.setattr(
                trans, name, self._wrap(name, getattr(trans_real, name))
            )

    def _wrap(self, name, real):
        def wrapped(*args):
            if name == "gettext":
                key = args[0]
            elif name == "ngettext":
                key = (args[0], 0)
            elif name == "pgettext":
                key = f"{args[0]}\x04{args[1]}"
            else:
                key = (f"{args[0]}\x04{args[1]}", 0)
            if key and self.page:
                self.seen.setdefault(key, set()).add(self.page)
            return real(*args)

        return wrapped

    def untranslated(self, language: str) -> dict:
        """Messages with no translation in `language`'s own catalogues
        (Django's fallback to the default language does not count)."""
        catalog = trans_real.translation(language)._catalog
        return {
            key: pages
            for key, pages in self.seen.items()
            if key not in catalog or not catalog[key]
        }


def _walk(client: Client, language: str, market, recorder: Recorder) -> dict:
    """Every public shop page a buyer sees, as HTML, by name."""
    pages = {}

    def get(name, url, as_=client):
        recorder.page = name
        response = as_.get(url)
        assert response.status_code == 200, (name, url, response.status_code)
        pages[name] = response.content.decode()
        return response

    def post(name, url, data):
        recorder.page = name
        response = client.post(url, data)
        assert response.status_code in (200, 302), (name, url, response.status_code)
        if response.status_code == 200:
            pages[name] = response.content.decode()
        return response

    with translation.override(language):
        for name, url in catalogue_pages(market):
            get(name, url)
        recorder.page = "add to basket"
        basket_add(client, market.mug, 2)
        basket_add(client, market.honey, 1)
        get("basket", reverse("basket:summary"))
        get("gateway", reverse("checkout:index"))
        post(
            "gateway",
            reverse("checkout:index"),
            {"username": BUYER_EMAIL, "options": "anonymous"},
        )
        get("shipping address", reverse("checkout:shipping-address"))
        address = ADDRESS_ES if language == "es" else ADDRESS_PT
        post(
            "shipping address with errors",
            reverse("checkout:shipping-address"),
            {**address, "postcode": "99", "first_name": ""},
        )
        post("shipping address", reverse("checkout:shipping-address"), address)
        get("shipping method", reverse("checkout:shipping-method"))
        post(
            "shipping method",
            reverse("checkout:shipping-method"),
            {"method_code": "per-seller"},
        )
        get("payment method", reverse("checkout:payment-method"))
        post(
            "payment method",
            reverse("checkout:payment-method"),
            {"method": "pay-on-delivery"},
        )
        get("preview", reverse("checkout:preview"))
        post("place order", reverse("checkout:preview"), {"action": "place_order"})
        get("thank you", reverse("checkout:thank-you"))
        order = Order.objects.get(guest_email=BUYER_EMAIL)
        hash_kwargs = {"order_number": order.number, "hash": order.verification_hash()}
        status_form = reverse("customer:anon-order-form", kwargs=hash_kwargs)
        get("order status form", status_form)
        post("order status form", status_form, {"email": BUYER_EMAIL})
        get("order status", reverse("customer:anon-order", kwargs=hash_kwargs))

        # A signed-in buyer: their order pages, and the product page with the
        # review form.
        account = Client()
        account.force_login(UserFactory())
        recorder.page = "account checkout"
        basket_add(account, market.honey, 1)
        assert checkout(account).status_code == 302
        placed = Order.objects.exclude(pk=order.pk).get()
        detail = reverse("customer:order", kwargs={"order_number": placed.number})
        get("account orders", reverse("customer:order-list"), as_=account)
        get("account order", detail, as_=account)
        get("product with review form", market.jug.get_absolute_url(), as_=account)
    return pages


@pytest.fixture
def recorder(monkeypatch):
    return Recorder(monkeypatch)


def _report(problems: dict) -> str:
    return "\n".join(
        f"  {key!r}  (on {', '.join(sorted(pages))})"
        for key, pages in sorted(problems.items(), key=str)
    )


def test_spanish_shop_pages_are_all_spanish_and_say_tu(client, recorder):
    market = marketplace()
    pages = _walk(client, "es", market, recorder)

    missing = recorder.untranslated("es")
    assert not missing, "English left on Spanish shop pages:\n" + _report(missing)
    problems = []
    for name, html in pages.items():
        text = visible_text(html)
        checks = ((USTED, "usted"), (ENGLISH, "English"), (NOT_RUMBO["es"], "not ours"))
        for pattern, what in checks:
            found = sorted({m.group(0) for m in pattern.finditer(text)})
            if found:
                problems.append(f"{name}: {what}: {found}")
    assert not problems, "\n".join(problems)


def test_portuguese_shop_pages_show_no_spanish(client, recorder):
    market = marketplace()
    pages = _walk(client, "pt", market, recorder)

    missing = recorder.untranslated("pt")
    assert not missing, (
        "Not translated into Portuguese (shown in Spanish):\n" + _report(missing)
    )
    problems = []
    for name, html in pages.items():
        text = visible_text(html)
        for pattern, what in ((SPANISH, "Spanish"), (NOT_RUMBO["pt"], "not ours")):
            found = sorted({m.group(0) for m in pattern.finditer(text)})
            if found:
                problems.append(f"{name}: {what}: {found}")
    assert not problems, "\n".join(problems)
