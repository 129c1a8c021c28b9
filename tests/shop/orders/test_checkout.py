"""Checkout through the real views: guests, signed-in buyers, several sellers."""

from decimal import Decimal

from django.core import mail
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext
from oscar.core.loading import get_model

from tests.factories.shop import product
from tests.shop.orders.conftest import basket_add, checkout

Order = get_model("order", "Order")
SellerShipping = get_model("order", "SellerShipping")
StockRecord = get_model("partner", "StockRecord")


def test_guest_order_groups_lines_by_seller_with_each_sellers_shipping(
    client, two_seller_order, seller_a, seller_b
):
    order = two_seller_order
    # 24.00 (A) + 8.00 + 20.00 (B); A ships at 4.90, B at 3.00.
    assert order.basket_total_incl_tax == Decimal("52.00")
    assert order.shipping_incl_tax == Decimal("7.90")
    assert order.total_incl_tax == Decimal("59.90")
    assert order.status == "Awaiting payment"
    assert set(order.lines.values_list("status", flat=True)) == {"Awaiting payment"}
    assert order.guest_email == "buyer@example.org"
    shipping = {s.partner_id: s.charge for s in SellerShipping.objects.all()}
    assert shipping == {seller_a.pk: Decimal("4.90"), seller_b.pk: Decimal("3.00")}

    page = client.get(reverse("checkout:thank-you")).content.decode()
    assert page.count('class="seller-group') == 2
    assert "Cerámica Ana" in page and "Miel Karim" in page
    assert order.verification_hash() in page  # the guest's status link


def test_stock_is_allocated_and_the_payment_source_recorded(two_seller_order):
    order = two_seller_order
    mug = order.lines.get(title="Taza")
    assert StockRecord.objects.get(pk=mug.stockrecord_id).num_allocated == 2
    source = order.sources.get()
    assert source.source_type.code == "pay-on-delivery"
    assert source.amount_allocated == order.total_incl_tax
    assert source.amount_debited == 0


def test_shipping_page_shows_each_sellers_charge(client, seller_a, seller_b):
    basket_add(client, product(seller_a, price="60.00"), 1)
    basket_add(client, product(seller_b, price="5.00"), 1)
    client.post(
        reverse("checkout:index"), {"username": "x@example.org", "options": "anonymous"}
    )
    from tests.shop.orders.conftest import ADDRESS

    client.post(reverse("checkout:shipping-address"), ADDRESS)
    response = client.get(reverse("checkout:shipping-method"))
    groups = dict(response.context["breakdowns"])
    (breakdown,) = groups.values()
    charges = {g.partner.pk: g.charge for g in breakdown}
    # A's threshold is 50: free; B has none.
    assert charges == {seller_a.pk: Decimal("0.00"), seller_b.pk: Decimal("3.00")}
    assert response.content.decode().count('class="free-shipping"') == 1


def test_services_only_basket_needs_no_shipping(client, seller_b):
    basket_add(client, product(seller_b, price="30.00", service=True), 1)
    response = checkout(client, email="learner@example.org", ship=False)
    assert response.status_code == 302
    order = Order.objects.get()
    assert order.shipping_code == "no-shipping-required"
    assert order.shipping_address is None
    assert order.total_incl_tax == Decimal("30.00")


def test_signed_in_buyer_sees_status_per_seller_in_their_account(
    client, user, password, seller_a, seller_b
):
    client.force_login(user)
    basket_add(client, product(seller_a, title="Jarrón", price="15.00"), 1)
    basket_add(client, product(seller_b, title="Polen", price="6.00"), 1)
    assert checkout(client).status_code == 302
    order = Order.objects.get()
    assert order.user == user
    order.lines.filter(partner=seller_b).update(status="Paid")
    page = client.get(
        reverse("customer:order", kwargs={"order_number": order.number})
    ).content.decode()
    assert page.count('class="seller-group') == 2
    assert "Jarrón" in page and "Polen" in page


def test_bank_transfer_shows_iban_and_reference(
    client, seller_a, bank_details, django_capture_on_commit_callbacks
):
    basket_add(client, product(seller_a, price="10.00"), 1)
    response = checkout(
        client,
        email="b@example.org",
        method="bank-transfer",
        callbacks=django_capture_on_commit_callbacks,
    )
    order = Order.objects.get()
    assert order.sources.get().source_type.code == "bank-transfer"
    page = client.get(response.url).content.decode()
    assert bank_details["iban"] in page
    assert order.number in page
    buyer_mail = next(m for m in mail.outbox if m.to == ["b@example.org"])
    assert bank_details["iban"] in buyer_mail.body


def test_bank_transfer_is_not_offered_without_account_details(client, seller_a):
    basket_add(client, product(seller_a), 1)
    client.post(
        reverse("checkout:index"), {"username": "c@example.org", "options": "anonymous"}
    )
    from tests.shop.orders.conftest import ADDRESS

    client.post(reverse("checkout:shipping-address"), ADDRESS)
    client.post(reverse("checkout:shipping-method"), {"method_code": "per-seller"})
    response = client.post(
        reverse("checkout:payment-method"), {"method": "bank-transfer"}
    )
    assert response.status_code == 200  # the form refuses the choice
    assert [m.code for m in response.context["methods"]] == ["pay-on-delivery"]


def test_preview_without_a_payment_method_goes_back_to_choose_one(client, seller_a):
    basket_add(client, product(seller_a), 1)
    client.post(
        reverse("checkout:index"), {"username": "d@example.org", "options": "anonymous"}
    )
    from tests.shop.orders.conftest import ADDRESS

    client.post(reverse("checkout:shipping-address"), ADDRESS)
    client.post(reverse("checkout:shipping-method"), {"method_code": "per-seller"})
    response = client.post(reverse("checkout:preview"), {"action": "place_order"})
    assert response.status_code == 302
    assert response.url == reverse("checkout:payment-method")
    assert not Order.objects.exists()


def test_buyer_and_each_seller_get_an_email_with_only_their_lines(
    two_seller_order, user_a, user_b
):
    by_recipient = {tuple(m.to): m for m in mail.outbox}
    buyer = by_recipient[("buyer@example.org",)]
    assert two_seller_order.number in buyer.subject
    assert "Taza" in buyer.body and "Miel" in buyer.body
    assert two_seller_order.verification_hash() in buyer.body
    mail_a = by_recipient[(user_a.email,)]
    mail_b = by_recipient[(user_b.email,)]
    assert "Taza" in mail_a.body and "Miel" not in mail_a.body
    assert "Miel" in mail_b.body and "Clase de cerámica" in mail_b.body
    assert "Taza" not in mail_b.body
    assert len(mail.outbox) == 3


def test_buyer_email_is_in_the_language_they_checked_out_in(
    client, seller_a, django_capture_on_commit_callbacks
):
    basket_add(client, product(seller_a, title="Cesta"), 1)
    with translation.override("pt"):
        response = checkout(
            client, email="p@example.org", callbacks=django_capture_on_commit_callbacks
        )
    assert response.status_code == 302
    buyer = next(m for m in mail.outbox if m.to == ["p@example.org"])
    assert "/pt/" in buyer.body


def _last_unit_taken_during_checkout(client, seller_a):
    item = product(seller_a, title="Última taza", stock=1)
    basket_add(client, item, 1)

    def someone_else_buys_it():
        StockRecord.objects.filter(product=item).update(num_allocated=1)

    response = checkout(
        client, email="late@example.org", before_place=someone_else_buys_it
    )
    assert response.status_code == 302
    assert response.url == reverse("basket:summary")
    assert not Order.objects.exists()
    record = StockRecord.objects.get(product=item)
    assert (record.num_in_stock, record.num_allocated) == (1, 1)
    assert mail.outbox == []
    return client.get(response.url).content.decode()


def test_order_that_would_oversell_is_refused_and_buyer_sent_to_basket(
    client, seller_a
):
    page = _last_unit_taken_during_checkout(client, seller_a)
    assert page.count("message--") == 1  # Oscar's basket check says why


def test_stock_taken_after_the_basket_check_is_refused_by_the_lock(
    client, seller_a, monkeypatch
):
    # The window between Oscar's basket check and the order being written:
    # only the locked re-check in OrderCreator stands in the way.
    from shop.checkout.views import PaymentDetailsView

    monkeypatch.setattr(
        PaymentDetailsView, "check_basket_is_valid", lambda self, request: None
    )
    page = _last_unit_taken_during_checkout(client, seller_a)
    with translation.override("es"):
        expected = gettext("%(title)s is no longer available in that quantity.") % {
            "title": "Última taza"
        }
    assert escape(expected) in page
