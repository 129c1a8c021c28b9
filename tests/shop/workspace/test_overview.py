"""The workspace overview: to-dos, a seller's own figures, the period and chart."""

import datetime
import re
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone
from oscar.core.loading import get_model

from shop.order.services import lines_status_change
from shop.sellers import figures
from shop.sellers.figures import period_for
from tests.factories import UserFactory
from tests.factories.shop import product, seller
from tests.shop.orders.conftest import basket_add, checkout

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")
Product = get_model("catalogue", "Product")


@pytest.fixture
def sellers(db):
    """Three shops with their own shipping: A free from 50 €, B and C flat."""
    a = seller(name="Cerámica Ana")
    b = seller(name="Miel Karim")
    c = seller(name="Conservas Xoán")
    for partner, rate, free in (
        (a, "4.90", "50.00"),
        (b, "3.00", None),
        (c, "2.50", None),
    ):
        partner.shipping_flat_rate = Decimal(rate)
        partner.free_shipping_over = Decimal(free) if free else None
        partner.save()
    return a, b, c


@pytest.fixture
def three_seller_order(client, sellers, django_capture_on_commit_callbacks):
    """A guest buys 2 mugs (A), honey and a class (B), 3 tins (C)."""
    a, b, c = sellers
    basket_add(client, product(a, title="Taza", price="12.00", stock=50), 2)
    basket_add(client, product(b, title="Miel", price="8.00", stock=50), 1)
    basket_add(client, product(b, title="Clase", price="20.00", service=True), 1)
    basket_add(client, product(c, title="Lata", price="5.00", stock=90), 3)
    response = checkout(
        client,
        email="buyer@example.org",
        callbacks=django_capture_on_commit_callbacks,
    )
    assert response.url == reverse("checkout:thank-you")
    client.logout()
    return Order.objects.get()


def overview(client, partner, **params):
    client.force_login(partner.users.get())
    response = client.get(reverse("shop:my-shop"), params)
    assert response.status_code == 200
    return response


def test_each_seller_of_a_three_seller_order_counts_only_their_lines_and_shipping(
    client, sellers, three_seller_order
):
    a, b, c = sellers
    expected = {
        # orders, units, lines, shipping
        a: (1, 2, Decimal("24.00"), Decimal("4.90")),
        b: (1, 2, Decimal("28.00"), Decimal("3.00")),
        c: (1, 3, Decimal("15.00"), Decimal("2.50")),
    }
    for partner, (orders, units, sales, shipping) in expected.items():
        response = overview(client, partner)
        found = response.context["figures"]
        assert (found.orders, found.units, found.sales, found.shipping) == (
            orders,
            units,
            sales,
            shipping,
        )
        assert found.revenue == sales + shipping
        html = response.content.decode()
        revenue = f"{sales + shipping:.2f}".replace(".", ",")
        assert revenue in html
        others = {p.name for p in sellers} - {partner.name}
        assert not any(name in html for name in others)
    # The three add up to the order: nothing counted twice, nothing lost.
    assert sum(sales + ship for _o, _u, sales, ship in expected.values()) == (
        three_seller_order.total_incl_tax
    )


def test_cancelled_lines_and_their_shipping_leave_the_figures(
    client, sellers, three_seller_order
):
    a, b, _c = sellers
    ids = list(three_seller_order.lines.filter(partner=a).values_list("pk", flat=True))
    lines_status_change(order=three_seller_order, line_ids=ids, new_status="Cancelled")
    found = overview(client, a).context["figures"]
    assert (found.orders, found.units, found.revenue) == (0, 0, Decimal("0.00"))
    assert overview(client, b).context["figures"].revenue == Decimal("31.00")


def test_the_period_chooses_which_orders_count(client, sellers, three_seller_order):
    a = sellers[0]
    placed = timezone.now() - datetime.timedelta(days=40)
    Order.objects.update(date_placed=placed)
    day = timezone.localtime(placed).date()
    assert overview(client, a).context["figures"].orders == 0  # last 30 days
    assert overview(client, a, period="7").context["figures"].orders == 0
    assert overview(client, a, period="90").context["figures"].orders == 1
    around = {"date_from": day.isoformat(), "date_to": day.isoformat()}
    response = overview(client, a, **around)
    assert response.context["figures"].revenue == Decimal("28.90")
    assert response.context["period"].key == "dates"
    after = day + datetime.timedelta(days=1)
    response = overview(client, a, date_from=after.isoformat())
    assert response.context["figures"].orders == 0


def test_a_period_that_makes_no_sense_shows_an_error_and_the_last_30_days(
    client, sellers
):
    a = sellers[0]
    for params in (
        {"date_from": "2026-05-10", "date_to": "2026-05-01"},
        {"date_from": "1066-10-14"},
        {"date_from": "mañana"},
        {"date_from": "99999-01-01"},
        {"period": "9999"},
    ):
        response = overview(client, a, **params)
        assert response.context["form"].errors, params
        assert response.context["period"].key == "30"
        html = response.content.decode()
        for errors in response.context["form"].errors.values():
            assert str(errors[0]).replace("'", "&#x27;") in html


def test_nul_bytes_in_the_period_are_refused(client, sellers):
    client.force_login(sellers[0].users.get())
    for params in ({"date_to": "2026-01-01\x00"}, {"period": "\x00"}):
        assert client.get(reverse("shop:my-shop"), params).status_code == 400


def test_period_for_presets_and_dates():
    today = datetime.date(2026, 3, 15)
    assert period_for("7", today=today).start == datetime.date(2026, 3, 9)
    assert period_for(None, today=today).days == 30
    assert period_for("year", today=today).start == datetime.date(2026, 1, 1)
    chosen = period_for(
        "7",
        date_from=datetime.date(2026, 2, 1),
        date_to=datetime.date(2026, 2, 10),
        today=today,
    )
    assert (chosen.key, chosen.days) == ("dates", 10)
    only_from = period_for(date_from=datetime.date(2026, 3, 1), today=today)
    assert only_from.end == today
    only_to = period_for(date_to=datetime.date(2026, 2, 28), today=today)
    assert (only_to.start, only_to.days) == (datetime.date(2026, 1, 30), 30)


def test_the_chart_draws_the_last_30_days_without_scripts(
    client, sellers, three_seller_order
):
    b = sellers[1]
    response = overview(client, b)
    chart = response.context["chart"]
    assert len(chart.days) == 30
    assert chart.days[-1].date == timezone.localdate()
    assert chart.days[-1].revenue == Decimal("31.00")
    assert chart.total == Decimal("31.00") and chart.orders == 1
    html = response.content.decode()
    start = html.index('<svg class="ws-chart__svg"')
    svg = html[start : html.index("</svg>", start)]
    assert 'role="img"' in svg and "<title" in svg
    assert svg.count("<rect") == 1
    # Coordinates are never localised ("96,5" would break the SVG in Spanish).
    assert re.search(r'height="96(\.0)?"', svg)
    assert "<script" not in html.split("</main>")[0]
    assert 'style="' not in html
    table = html[html.index('<div class="visually-hidden"><table>') :]
    assert "31,00" in table.split("</table>")[0]


def test_the_to_do_list_links_to_what_needs_doing(client, sellers, three_seller_order):
    a, b, _c = sellers
    ids = list(three_seller_order.lines.filter(partner=b).values_list("pk", flat=True))
    lines_status_change(order=three_seller_order, line_ids=ids, new_status="Paid")
    product(a, title="Agotado", stock=0)
    few = product(a, title="Quedan dos", stock=2)
    few.stockrecords.update(low_stock_threshold=3)
    product(a, title="Quedan tres", stock=5)  # no low-stock level: no warning
    product(a, title="Pendiente", review_status=Product.Review.PENDING)
    product(a, title="Servicio", service=True)
    a.trader_status = a.TraderStatus.REJECTED
    a.save()

    response = overview(client, a)
    todo = response.context["todo"]
    assert (todo.to_mark_paid, todo.to_ship) == (1, 0)
    assert (todo.out_of_stock, todo.low_stock, todo.products_pending) == (1, 1, 1)
    assert todo.trader_to_fix
    html = response.content.decode()
    items = response.context["todo_items"]
    assert len(items) == 5
    for item in items:
        assert str(item["text"]) in html
        if item["url"]:
            assert item["url"] in html.replace("&amp;", "&")
    assert f'href="{reverse("shop:trader")}"' in html

    todo = overview(client, b).context["todo"]
    assert (todo.to_mark_paid, todo.to_ship, todo.out_of_stock) == (0, 1, 0)


def test_the_to_do_links_use_the_workspace_filters(client, sellers):
    from shop.workspace.overview import todo_items

    full = figures.ToDo(
        to_mark_paid=1,
        to_ship=2,
        inquiries_waiting=3,
        products_pending=4,
        out_of_stock=5,
        low_stock=6,
        trader_to_fix=True,
    )
    urls = [item["url"] for item in todo_items(full, trader_status="missing")]
    expected = [
        ("shop:ws-orders", "status=awaiting"),
        ("shop:ws-orders", "status=paid"),
        ("shop:ws-inquiries", "waiting=on"),
        ("shop:ws-products", "status=pending"),
        ("shop:ws-products", "stock=out"),
        ("shop:ws-products", "stock=low"),
        ("shop:trader", ""),
    ]
    from django.urls import NoReverseMatch

    for url, (name, query) in zip(urls, expected, strict=True):
        try:
            target = reverse(name)
        except NoReverseMatch:  # a section another team is still building
            assert url is None
        else:
            assert url == (f"{target}?{query}" if query else target)


def test_a_shop_on_holiday_is_reminded_on_the_overview(client, sellers):
    a = sellers[0]
    a.on_holiday = True
    a.save()
    html = overview(client, a).content.decode()
    assert reverse("shop:ws-settings") + "#holiday" in html


def test_people_without_a_shop_are_invited_to_open_one(client):
    assert client.get(reverse("shop:my-shop")).status_code == 302
    client.force_login(UserFactory())
    response = client.get(reverse("shop:my-shop"))
    assert response.status_code == 200
    assert reverse("shop:shop-open") in response.content.decode()
    assert "figures" not in response.context
