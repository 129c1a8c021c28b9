"""The back office reads in the staff member's language: Portuguese pages in
Portuguese (not Spanish), statuses, actions and product types translated."""

import re
from html import unescape
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from oscar.core.loading import get_model

from shop.dashboard.labels import product_class_label
from shop.order.status import status_label
from shop.services.catalogue import PHYSICAL, SERVICE, product_classes_ensure
from tests.factories.shop import product

pytestmark = pytest.mark.django_db

ProductClass = get_model("catalogue", "ProductClass")

LANGUAGES = ["es", "pt"]


@pytest.fixture
def staff_client(client, staff_member):
    client.force_login(staff_member)
    return client


def page(client, lang, name, **kwargs):
    with translation.override(lang):
        url = reverse(f"dashboard:{name}", kwargs=kwargs)
    response = client.get(url)
    assert response.status_code == 200, url
    return unescape(response.content.decode())


def label(lang, value, of=status_label):
    with translation.override(lang):
        return str(of(value))


def test_oscars_portuguese_catalogue_is_linked_as_pt():
    linked = Path(settings.VAR_DIR) / "locale" / "oscar"
    assert linked in settings.LOCALE_PATHS, "run `manage.py link_locales`"
    assert (linked / "pt" / "LC_MESSAGES" / "django.mo").is_file()


def test_portuguese_dashboard_is_in_portuguese_not_spanish(staff_client, order):
    home = page(staff_client, "pt", "index")
    assert "Estatísticas da Loja" in home and "Total de Clientes" in home
    assert "Las estadísticas de la tienda" not in home
    assert "Encomendas" in home  # Rumbo's word for orders, in the menu
    detail = page(staff_client, "pt", "order-detail", number=order.number)
    assert "Informação do Cliente" in detail
    assert "Información del cliente" not in detail


def test_spanish_dashboard_stays_spanish(staff_client):
    home = page(staff_client, "es", "index")
    assert "Las estadísticas de la tienda" in home
    assert "Estatísticas da Loja" not in home


@pytest.mark.parametrize("lang", LANGUAGES)
def test_order_list_shows_statuses_translated(staff_client, order, lang):
    html = page(staff_client, lang, "order-list")
    awaiting = label(lang, "Awaiting payment")
    assert awaiting != "Awaiting payment"
    assert f"<td>{awaiting}</td>" in html
    assert "<td>Awaiting payment</td>" not in html
    # The bulk status change keeps the stored key as the value.
    for status in ("In progress", "Completed", "Cancelled"):
        assert f'<option value="{status}">{label(lang, status)}</option>' in html


def test_order_search_filter_offers_statuses_translated(staff_client):
    with translation.override("pt"):
        response = staff_client.get(reverse("dashboard:order-list"))
        choices = dict(response.context["form"].fields["status"].choices)
        assert choices["Awaiting payment"] == status_label("Awaiting payment")
        assert str(choices["Awaiting payment"]) == "A aguardar pagamento"
        response = staff_client.get(
            reverse("dashboard:order-list"), {"status": "Awaiting payment"}
        )
        filters = " ".join(str(f) for f in response.context["search_filters"])
    assert "A aguardar pagamento" in filters and "Awaiting payment" not in filters


@pytest.mark.parametrize("lang", LANGUAGES)
def test_order_detail_shows_statuses_and_actions_translated(staff_client, order, lang):
    line = order.lines.get()
    staff_client.post(
        reverse("dashboard:order-detail", kwargs={"number": order.number}),
        {
            "line_action": "change_line_statuses",
            "selected_line": [line.pk],
            f"selected_line_qty_{line.pk}": line.quantity,
            "new_status": "Paid",
        },
    )
    html = page(staff_client, lang, "order-detail", number=order.number)
    paid, progress = label(lang, "Paid"), label(lang, "In progress")
    assert paid != "Paid" and progress != "In progress"
    assert f"<td>{paid}</td>" in html  # the line
    assert f"<td>{progress}</td>" in html  # the order
    assert "<td>Paid</td>" not in html and "<td>In progress</td>" not in html
    # Status changes: from "Awaiting payment" to "In progress".
    assert f"<td>{label(lang, 'Awaiting payment')}</td>" in html
    # Line and order status choices.
    assert f'<option value="Shipped">{label(lang, "Shipped")}</option>' in html
    assert f'<option value="Completed">{label(lang, "Completed")}</option>' in html
    assert ">Shipped<" not in html and ">Completed<" not in html


@pytest.mark.parametrize("lang", LANGUAGES)
def test_line_detail_and_statistics_show_statuses_translated(staff_client, order, lang):
    line = order.lines.get()
    html = page(
        staff_client, lang, "order-line-detail", number=order.number, line_id=line.pk
    )
    assert f"<td>{label(lang, 'Awaiting payment')}</td>" in html
    stats = page(staff_client, lang, "order-stats")
    assert f">{label(lang, 'Awaiting payment')}</a>" in stats
    assert ">Awaiting payment</a>" not in stats


@pytest.mark.parametrize("lang", LANGUAGES)
def test_status_messages_name_statuses_translated(staff_client, order, lang):
    with translation.override(lang):
        url = reverse("dashboard:order-detail", kwargs={"number": order.number})
    response = staff_client.post(
        url,
        {"order_action": "change_order_status", "new_status": "Cancelled"},
        follow=True,
    )
    shown = " ".join(str(m) for m in response.context["messages"])
    assert label(lang, "Cancelled") in shown
    assert "'Cancelled'" not in shown


@pytest.mark.parametrize("lang", LANGUAGES)
def test_product_list_names_actions_and_product_types_translated(
    staff_client, seller, lang
):
    product(seller, title="Taza", service=False)
    product(seller, title="Clase", service=True)
    html = page(staff_client, lang, "catalogue-product-list")
    with translation.override(lang):
        choose = translation.gettext("choose action")
        approve = translation.gettext("Approve products (and make public)")
    assert choose != "choose action" and f"-- {choose} --" in html
    assert "-- choose action --" not in html
    assert approve in html
    for slug, name in ((PHYSICAL, "Physical product"), (SERVICE, "Service")):
        shown = label(lang, name, of=product_class_label)
        # The type column and the "create a product of type" choice.
        assert re.search(rf"<td\s*>{re.escape(shown)}</td>", html)
        pk = ProductClass.objects.get(slug=slug).pk
        assert f'<option value="{pk}">{shown}</option>' in html


@pytest.mark.parametrize("lang", LANGUAGES)
def test_product_type_pages_name_types_translated(staff_client, lang):
    classes = product_classes_ensure()
    shown = label(lang, "Physical product", of=product_class_label)
    listing = page(staff_client, lang, "catalogue-class-list")
    assert f">{shown}</a>" in listing
    create = page(
        staff_client, lang, "catalogue-product-create", product_class_slug=PHYSICAL
    )
    with translation.override(lang):
        title = translation.gettext("Create new %(product_class)s product") % {
            "product_class": shown
        }
    assert title in create
    assert classes[PHYSICAL].name == "Physical product"  # stored as it was


@pytest.mark.parametrize("lang", LANGUAGES)
def test_product_types_are_translated(lang):
    """Fails until the translator pass fills locale/<lang> for these msgids."""
    for name in ("Physical product", "Service"):
        assert label(lang, name, of=product_class_label) != name


def test_a_renamed_product_type_shows_its_own_name(staff_client):
    classes = product_classes_ensure()
    ProductClass.objects.filter(pk=classes[SERVICE].pk).update(name="Talleres")
    listing = page(staff_client, "es", "catalogue-class-list")
    assert ">Talleres</a>" in listing
