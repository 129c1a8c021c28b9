"""The marketplace end to end, in a real browser: an entrepreneur opens a shop
and lists a product and a service in the sellers' workspace, staff approve
them in Oscar's dashboard (staff only), a guest buys from two sellers with pay
on delivery, each seller ships only their own lines in the workspace, and the
buyer follows both from the link in the confirmation email."""

import re
import time
from urllib.parse import urlsplit

import pytest
from django.core import mail
from oscar.core.loading import get_model
from PIL import Image
from playwright.sync_api import expect

from tests.e2e.conftest import shot
from tests.factories import UserFactory
from tests.factories import shop as shop_factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-Long-pass-phrase-42"
BUYER_EMAIL = "lucia.gomez@example.org"

Partner = get_model("partner", "Partner")
Product = get_model("catalogue", "Product")
Order = get_model("order", "Order")

# Line statuses as shown (Spanish once the shop's strings are translated).
STATUS_SHOWN = {
    "Paid": re.compile(r"Pagad[oa]|Paid"),
    "Shipped": re.compile(r"Enviad[oa]|Shipped"),
}


def log_in(page, site: str, email: str, next_url: str) -> None:
    page.goto(f"{site}/es/accounts/login/?next={next_url}")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main form button.button[type=submit]").click()
    expect(page).to_have_url(re.compile(re.escape(next_url)))


def mail_for(email: str, timeout: float = 5.0):
    """The messages sent to `email` (sent in the live server's thread)."""
    deadline = time.monotonic() + timeout
    while True:
        messages = [m for m in mail.outbox if email in m.to]
        if messages or time.monotonic() > deadline:
            return messages
        time.sleep(0.1)


def png(path, colour) -> str:
    Image.new("RGB", (120, 90), colour).save(path, format="PNG")
    return str(path)


def product_add(page, kind: str, title: str, price: str, stock=None, photos=()):
    """From the workspace's "Products and services": add one and save it."""
    page.locator("nav.ws-nav a[href$='/my-shop/products/']").click()
    page.locator(".ws-head__actions a[href$='/my-shop/products/new/']").click()
    page.locator("input[name=title]").fill(title)
    page.locator(f"input[name=kind][value={kind}]").check()
    page.locator("select[name=category]").select_option(label="General")
    page.locator("input[name=price]").fill(price)
    if stock is not None:
        page.locator("input[name=num_in_stock]").fill(str(stock))
    if photos:
        page.locator("input[name=photos]").set_input_files(list(photos))
    form = page.locator("form.ws-products__form")
    form.locator(".form-actions button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/my-shop/products/\d+/$"))
    # Waiting for staff approval: the form says so.
    expect(page.locator(".ws-head__actions .badge--warn")).to_be_visible()


def test_shop_opens_sells_to_a_guest_and_ships_from_two_sellers(
    site, page_factory, tmp_path
):
    shop_factories.category("General")
    entrepreneur = UserFactory(display_name="Ana Pérez")
    staff = UserFactory(is_staff=True, is_superuser=True)

    # 1. The entrepreneur opens a shop in three steps.
    page = page_factory()
    log_in(page, site, entrepreneur.email, "/es/shop/my-shop/open/")
    page.locator("input[name=name]").fill("Cerámica Ana")
    page.locator("input[name=offer]").fill("Cerámica hecha a mano")
    page.locator("textarea[name=description]").fill("Tazas y platos de Huelva.")
    page.locator("input[name=logo]").set_input_files(
        png(tmp_path / "logo.png", (200, 80, 40))
    )
    shot(page, tmp_path, "01-shop-open")
    page.locator("main form button.button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/my-shop/edit/place/"))
    page.locator("input[name=city]").fill("Huelva")
    page.locator("select[name=region]").select_option("es-an")
    page.locator("input[name=languages][value=es]").check()
    page.locator("input[name=languages][value=pt]").check()
    page.locator("main form button.button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/my-shop/edit/contact/"))
    page.locator("input[name=public_email]").fill("hola@ceramica-ana.example")
    page.locator("main form button.button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/my-shop/$"))
    expect(page.locator("main")).to_contain_text("Cerámica Ana")
    shot(page, tmp_path, "02-my-shop")
    shop_a = Partner.objects.get(name="Cerámica Ana")
    assert shop_a.logo

    # ... gives the trader (DSA) details from the overview's to-do list ...
    page.locator("main .ws-todo a[href$='/my-shop/trader/']").click()
    page.locator("input[name=trader_legal_name]").fill("Ana Pérez García")
    page.locator("textarea[name=trader_address]").fill("Calle Mayor 1, 21001 Huelva")
    page.locator("input[name=trader_phone]").fill("+34 600 111 222")
    page.locator("input[name=trader_email]").fill("ana.legal@example.org")
    page.locator("input[name=trader_registration]").fill("12345678Z")
    page.locator("input[name=trader_compliance]").check()
    shot(page, tmp_path, "03-trader-details")
    page.locator("main form button.button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/my-shop/$"))
    shop_a.refresh_from_db()
    assert shop_a.trader_status == Partner.TraderStatus.PENDING

    # ... and adds a mug with a photo and a service in the sellers' workspace.
    product_add(
        page,
        "product",
        "Taza de barro",
        "12,50",
        stock=5,
        photos=[png(tmp_path / "mug.png", (30, 120, 200))],
    )
    shot(page, tmp_path, "04-product-form")
    product_add(page, "service", "Clase de torno", "30")
    page.locator("nav.ws-nav a[href$='/my-shop/products/']").click()
    expect(page.locator("table.ws-products__table tbody tr")).to_have_count(2)
    expect(page.locator("table.ws-products__table .badge--warn")).to_have_count(2)
    shot(page, tmp_path, "05-seller-products")
    mug = Product.objects.get(title="Taza de barro")
    lesson = Product.objects.get(title="Clase de torno")
    assert mug.images.count() == 1
    assert mug.stockrecords.get().partner == shop_a
    assert str(mug.stockrecords.get().price) == "12.50"
    assert lesson.stockrecords.get().num_in_stock is None
    for item in (mug, lesson):
        assert item.review_status == Product.Review.PENDING and not item.is_public

    # 2. Staff approve the trader details and both products (Oscar's dashboard
    # is staff's: its seller review and the product list's "approve" action).
    admin = page_factory()
    log_in(admin, site, staff.email, "/es/shop/dashboard/catalogue/sellers/")
    expect(admin.locator("body")).to_contain_text("Cerámica Ana")
    admin.locator(f"a[href$='/catalogue/sellers/{shop_a.pk}/']").click()
    admin.locator("input[name=decision][value=approve]").check()
    shot(admin, tmp_path, "06-staff-review")
    admin.locator("form button[type=submit].btn-primary").last.click()
    shop_a.refresh_from_db()
    assert shop_a.trader_status == Partner.TraderStatus.APPROVED

    admin.goto(site + "/es/shop/dashboard/catalogue/?review_status=pending")
    for item in (mug, lesson):
        admin.locator(f"input[name=selected_product][value='{item.pk}']").check()
    admin.locator("select[name=action]").select_option("approve_products")
    admin.locator(".card:has(select[name=action]) button[type=submit]").click()
    expect(admin.locator(".alert-success").first).to_contain_text("2")
    shot(admin, tmp_path, "07-staff-products-approved")
    for item in (mug, lesson):
        item.refresh_from_db()
        assert item.is_public and item.review_status == Product.Review.APPROVED

    # 3. A second seller, made with factories.
    karim = UserFactory(display_name="Karim Benali")
    shop_b = shop_factories.seller(user=karim, name="Miel Karim")
    honey = shop_factories.product(shop_b, title="Miel de romero", price="8.00")

    # 4. A guest buys the mug and the honey, paying on delivery.
    buyer = page_factory()
    for item in (mug, honey):
        buyer.goto(site + item.get_absolute_url())
        expect(buyer.get_by_role("heading", level=1)).to_have_text(item.title)
        if item == mug:
            shot(buyer, tmp_path, "08-product-page")
        buyer.locator("#add_to_basket_form button[type=submit]").click()
    buyer.goto(site + "/es/shop/basket/")
    expect(buyer.locator("body")).to_contain_text("Miel de romero")
    shot(buyer, tmp_path, "09-basket")
    buyer.locator("a[href$='/shop/checkout/']").first.click()
    buyer.locator("input[name=username]").fill(BUYER_EMAIL)
    buyer.locator("#gateway_form button[type=submit]").click()
    buyer.locator("#id_first_name").fill("Lucía")
    buyer.locator("#id_last_name").fill("Gómez")
    buyer.locator("#id_line1").fill("Calle Real 5")
    buyer.locator("#id_line4").fill("Huelva")
    buyer.locator("#id_postcode").fill("21001")
    country = buyer.locator("#id_country")
    if country.count() and country.is_visible():
        country.select_option("ES")
    shot(buyer, tmp_path, "10-shipping-address")
    buyer.locator("#new_shipping_address button[type=submit]").click()
    expect(buyer).to_have_url(re.compile(r"/checkout/shipping-method/"))
    shot(buyer, tmp_path, "11-shipping-method")
    buyer.locator("form[action$='/checkout/shipping-method/'] button").first.click()
    expect(buyer).to_have_url(re.compile(r"/checkout/payment-method/"))
    buyer.locator("#method-pay-on-delivery").check()
    shot(buyer, tmp_path, "12-payment-method")
    buyer.locator("#payment_method_form button[type=submit]").click()
    expect(buyer).to_have_url(re.compile(r"/checkout/preview/"))
    shot(buyer, tmp_path, "13-preview")
    buyer.locator("#place-order").click()
    expect(buyer).to_have_url(re.compile(r"/checkout/thank-you/"))
    order = Order.objects.get()
    expect(buyer.locator("body")).to_contain_text(order.number)
    expect(buyer.locator(".seller-group")).to_have_count(2)
    shot(buyer, tmp_path, "14-thank-you")

    messages = mail_for(BUYER_EMAIL)
    assert len(messages) == 1, [m.subject for m in mail.outbox]
    body = messages[0].body
    assert order.number in body
    assert "Taza de barro" in body and "Miel de romero" in body
    links = re.findall(r"https?://\S+", body)
    status_links = [link for link in links if order.number in link]
    assert status_links, f"no order status link in the email:\n{body}"

    # 5. Each seller sees only their own lines and ships them in the sellers'
    # workspace; Ana gives the carrier and tracking reference.
    for user, own, other, name, carrier, tracking in (
        (entrepreneur, mug, honey, "a", "Correos", "PK123456789ES"),
        (karim, honey, mug, "b", "", ""),
    ):
        seller = page_factory()
        log_in(seller, site, user.email, "/es/shop/my-shop/orders/")
        seller.get_by_role("link", name=order.number).first.click()
        lines = seller.locator("table.ws-order__items")
        expect(lines).to_contain_text(own.title)
        expect(seller.locator("body")).not_to_contain_text(other.title)
        seller.locator("button[name=new_status][value=Paid]").click()
        expect(lines.locator("tbody tr").first).to_contain_text(STATUS_SHOWN["Paid"])
        seller.locator("input[name=carrier]").fill(carrier)
        seller.locator("input[name=tracking_reference]").fill(tracking)
        seller.locator("button[name=new_status][value=Shipped]").click()
        expect(lines.locator("tbody tr").first).to_contain_text(STATUS_SHOWN["Shipped"])
        shot(seller, tmp_path, f"15-seller-{name}-shipped")

    # Oscar's dashboard is staff's: a seller is refused it.
    refused = seller.context.request.get(site + "/es/shop/dashboard/", max_redirects=0)
    assert refused.status == 403

    # The buyer is emailed when each seller ships.
    deadline = time.monotonic() + 5
    while len(mail_for(BUYER_EMAIL)) < 3 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(mail_for(BUYER_EMAIL)) == 3, [m.subject for m in mail.outbox]

    # 6. The buyer follows the order from the email's link.
    # The email's links use SITE_URL; the live server listens elsewhere.
    # Oscar asks a guest for the order's email before showing it.
    status_page = page_factory()
    status_page.goto(site + urlsplit(status_links[0]).path)
    email_form = status_page.locator("form:has(#id_email)")
    email_form.locator("#id_email").fill(BUYER_EMAIL)
    shot(status_page, tmp_path, "16-order-status-email")
    email_form.locator("button[type=submit]").click()
    groups = status_page.locator(".seller-group")
    expect(groups).to_have_count(2)
    for group in groups.all():
        expect(group.locator("tbody tr td").nth(2)).to_have_text(
            STATUS_SHOWN["Shipped"]
        )
    expect(status_page.locator("body")).to_contain_text("Cerámica Ana")
    expect(status_page.locator("body")).to_contain_text("Miel Karim")
    ana_group = status_page.locator(f".seller-group[data-seller='{shop_a.pk}']")
    expect(ana_group.locator(".seller-carrier")).to_have_text("Correos")
    expect(ana_group.locator(".seller-tracking-reference")).to_have_text(
        "PK123456789ES"
    )
    shot(status_page, tmp_path, "17-order-status")
    print("screenshots in", tmp_path)
