"""Oscar's dashboard answers to staff only: every URL it serves, walked from
the dashboard app's own URL patterns, as anonymous, learner, seller and staff."""

from urllib.parse import urlsplit

import pytest
from django.urls import reverse
from oscar.core.loading import get_model

from tests.shop.dashboard.conftest import IDS, PATTERNS, dashboard_url, pattern_id

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")
Product = get_model("catalogue", "Product")

PLAIN = [p for p in PATTERNS if not p[1]]
WITH_IDS = [p for p in PATTERNS if p[1]]
# Views that take POST only; the range reorder is an XHR that answers 200 to
# an unknown range and changes nothing.
POST_ONLY = {"partner-user-unlink", "range-reorder", "user-password-reset"}


def test_the_walk_covers_every_dashboard_area():
    names = {name for name, _params in PATTERNS}
    assert len(PATTERNS) > 80
    for expected in (
        "index",
        "catalogue-product",
        "catalogue-option-update",
        "order-detail",
        "order-line-detail",
        "page-update",
        "partner-user-link",
        "voucher-set-download",
        "seller-review",
        "shipping-method-band-delete",
    ):
        assert expected in names


@pytest.mark.parametrize(("name", "params"), PATTERNS, ids=IDS)
def test_anonymous_visitors_are_sent_to_the_log_in(client, name, params):
    url = dashboard_url(name, params)
    for method in (client.get, client.post):
        response = method(url)
        assert response.status_code == 302, url
        target = urlsplit(response["Location"])
        assert target.path == reverse("account_login"), url
        assert "next=" in target.query


@pytest.mark.parametrize(("name", "params"), PATTERNS, ids=IDS)
def test_learners_and_sellers_get_a_403(client, learner, seller_user, name, params):
    url = dashboard_url(name, params)
    for user in (learner, seller_user):
        client.force_login(user)
        for method in (client.get, client.post):
            response = method(url, {"action": "make_products_public"})
            assert response.status_code == 403, (user, url)


def test_a_seller_sees_none_of_their_own_data(client, seller_user, order):
    """Even their own order and product: the workspace is where sellers work."""
    item = Product.objects.get(title="Taza de barro")
    client.force_login(seller_user)
    for url in (
        reverse("dashboard:index"),
        reverse("dashboard:order-list"),
        reverse("dashboard:order-detail", kwargs={"number": order.number}),
        reverse("dashboard:catalogue-product-list"),
        reverse("dashboard:catalogue-product", kwargs={"pk": item.pk}),
        reverse("dashboard:order-list") + "?response_format=csv",
    ):
        response = client.get(url)
        assert response.status_code == 403, url
        body = response.content.decode()
        assert "Taza de barro" not in body and "lucia@example.org" not in body


def test_a_seller_cannot_change_their_order_or_product(client, seller_user, order):
    item = Product.objects.get(title="Taza de barro")
    line = order.lines.get()
    client.force_login(seller_user)
    detail = reverse("dashboard:order-detail", kwargs={"number": order.number})
    client.post(
        detail,
        {
            "line_action": "change_line_statuses",
            "selected_line": [line.pk],
            f"selected_line_qty_{line.pk}": 1,
            "new_status": "Paid",
        },
    )
    client.post(
        reverse("dashboard:catalogue-product-list"),
        {"action": "make_products_non_public", "selected_product": [item.pk]},
    )
    line.refresh_from_db()
    item.refresh_from_db()
    assert line.status == "Awaiting payment"
    assert item.is_public


def test_model_permissions_without_staff_do_not_open_the_dashboard(client, learner):
    """Oscar 4.2 alone would let a user with catalogue.view_product in."""
    from django.contrib.auth.models import Permission

    learner.user_permissions.add(
        *Permission.objects.filter(
            content_type__app_label__in=("catalogue", "order", "partner")
        )
    )
    client.force_login(learner)
    for name in ("catalogue-product-list", "order-list", "partner-list"):
        assert client.get(reverse(f"dashboard:{name}")).status_code == 403


@pytest.mark.parametrize(("name", "params"), PLAIN, ids=map(pattern_id, PLAIN))
def test_staff_open_every_page_without_parameters(client, staff_member, name, params):
    client.force_login(staff_member)
    response = client.get(dashboard_url(name, params))
    # The product-create page without a type redirects to the list with a message.
    assert response.status_code in (200, 302), name
    if response.status_code == 302:
        assert urlsplit(response["Location"]).path.startswith(
            reverse("dashboard:index")
        )


@pytest.mark.parametrize(("name", "params"), WITH_IDS, ids=map(pattern_id, WITH_IDS))
def test_staff_get_a_404_for_what_does_not_exist(client, staff_member, name, params):
    client.force_login(staff_member)
    missing = {p: "no-such-thing" if "slug" in p else "999999" for p in params}
    url = dashboard_url(name, params, **missing)
    if name in POST_ONLY:
        assert client.get(url).status_code == 405, url
        expected = (200, 404) if name == "range-reorder" else (404,)
        assert client.post(url).status_code in expected, url
    elif name == "catalogue-category-create-child":
        # The parent only preselects a choice in the form; none is preselected.
        assert client.get(url).status_code == 200, url
    else:
        assert client.get(url).status_code == 404, url


def test_staff_see_every_line_and_move_them(client, staff_member, order):
    client.force_login(staff_member)
    line = order.lines.get()
    detail = reverse("dashboard:order-detail", kwargs={"number": order.number})
    page = client.get(detail).content.decode()
    assert "Taza de barro" in page and order.number in page
    response = client.post(
        detail,
        {
            "line_action": "change_line_statuses",
            "selected_line": [line.pk],
            f"selected_line_qty_{line.pk}": line.quantity,
            "new_status": "Paid",
        },
    )
    assert response.status_code == 302
    line.refresh_from_db()
    order.refresh_from_db()
    assert line.status == "Paid"
    # The order's status follows its lines (shop.order.services).
    assert order.status == "In progress"


def test_staff_navigation_lists_the_back_office_and_sellers_to_review(
    client, staff_member
):
    client.force_login(staff_member)
    page = client.get(reverse("dashboard:index")).content.decode()
    assert reverse("dashboard:seller-review-list") in page
    assert reverse("shop:statement") in page
    assert reverse("dashboard:order-list") in page


def test_staff_without_model_permissions_see_only_what_they_may(client):
    """Oscar's model permissions still apply among staff (superusers have all)."""
    from tests.factories import UserFactory

    clerk = UserFactory(is_staff=True)
    client.force_login(clerk)
    assert client.get(reverse("dashboard:index")).status_code == 200
    assert client.get(reverse("dashboard:order-list")).status_code == 403
    assert client.get(reverse("dashboard:seller-review-list")).status_code == 200
