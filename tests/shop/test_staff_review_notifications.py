"""Staff who can review are emailed when a shop's trader details or products wait."""

from contextlib import suppress

import pytest
from django.conf import settings
from django.contrib.auth.models import Permission
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from oscar.core.loading import get_model

from shop.sellers import services
from tests.factories import UserFactory
from tests.factories import shop as shop_factories
from tests.shop.sellers import test_trader

pytestmark = pytest.mark.django_db

Partner = get_model("partner", "Partner")
Product = get_model("catalogue", "Product")

TRADER = {**test_trader.TRADER, "trader_compliance": True}


def permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def staff_member(language: str = "es", *perms: Permission, **kwargs):
    user = UserFactory(is_staff=True, preferred_language=language, **kwargs)
    user.user_permissions.add(*perms)
    return user


def product_reviewer(language: str = "es", **kwargs):
    """Staff who can open the product list, where approving happens."""
    return staff_member(language, permission("catalogue", "view_product"), **kwargs)


@pytest.fixture
def new_shop(db):
    """A shop that has not given its trader details yet."""
    partner = shop_factories.dashboard_seller(name="Cerámica Ana", approved=False)
    Partner.objects.filter(pk=partner.pk).update(
        trader_status=Partner.TraderStatus.MISSING
    )
    partner.refresh_from_db()
    return partner


@pytest.fixture
def seller_user(new_shop):
    return new_shop.users.get()


def submit(partner, by):
    return services.trader_submit(partner=partner, by=by, data=dict(TRADER))


def recipients(outbox) -> list[str]:
    return sorted(address for message in outbox for address in message.to)


def review_url(name: str, language: str, **kwargs) -> str:
    with translation.override(language):
        return f"{settings.SITE_URL}{reverse(name, kwargs=kwargs)}"


# --- trader details --------------------------------------------------------


def test_trader_details_email_the_staff_who_can_review_sellers(
    new_shop, seller_user, mailoutbox, django_capture_on_commit_callbacks
):
    reviewer = staff_member()
    superuser = staff_member(is_superuser=True)
    staff_member(is_active=False)
    # A seller may use the dashboard but not the seller-review screen.
    other_seller = shop_factories.dashboard_seller(name="Otra").users.get()
    other_seller.user_permissions.add(permission("partner", "change_partner"))

    with django_capture_on_commit_callbacks(execute=True):
        submit(new_shop, seller_user)

    assert recipients(mailoutbox) == sorted([reviewer.email, superuser.email])


def test_trader_email_links_to_the_shop_review_screen(
    new_shop, seller_user, mailoutbox, django_capture_on_commit_callbacks
):
    staff_member("en")
    with django_capture_on_commit_callbacks(execute=True):
        submit(new_shop, seller_user)

    (message,) = mailoutbox
    url = review_url("dashboard:seller-review", "en", pk=new_shop.pk)
    assert url.startswith(("http://", "https://"))
    assert url in message.body
    with translation.override("en"):
        assert message.subject == _("%(shop)s sent trader details for review") % {
            "shop": "Cerámica Ana"
        }


def test_each_reviewer_gets_the_email_in_their_language(
    new_shop, seller_user, mailoutbox, django_capture_on_commit_callbacks
):
    english = staff_member("en")
    portuguese = staff_member("pt")
    with django_capture_on_commit_callbacks(execute=True):
        submit(new_shop, seller_user)

    by_person = {message.to[0]: message for message in mailoutbox}
    for person, language in ((english, "en"), (portuguese, "pt")):
        assert (
            review_url("dashboard:seller-review", language, pk=new_shop.pk)
            in by_person[person.email].body
        )
    with translation.override("en"):
        assert by_person[english.email].subject == _(
            "%(shop)s sent trader details for review"
        ) % {"shop": "Cerámica Ana"}


def test_trader_details_sent_five_times_email_each_reviewer_once(
    new_shop, seller_user, mailoutbox, django_capture_on_commit_callbacks
):
    first, second = staff_member(), staff_member("pt")
    for _attempt in range(5):
        with django_capture_on_commit_callbacks(execute=True):
            submit(new_shop, seller_user)

    assert recipients(mailoutbox) == sorted([first.email, second.email])


def test_details_sent_again_after_a_review_email_staff_again(
    new_shop,
    seller_user,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    # Even inside the anti-flood window: a shop that was sent back for
    # changes and resubmits is waiting again, and that is news.
    reviewer = staff_member()
    with django_capture_on_commit_callbacks(execute=True):
        submit(new_shop, seller_user)
        submit(new_shop, seller_user)  # still waiting: nothing new to tell
    assert len(mailoutbox) == 1

    with django_capture_on_commit_callbacks(execute=True):
        services.trader_review(
            partner=new_shop, by=reviewer, approve=False, note="Falta el NIF."
        )
    mailoutbox.clear()  # the seller's "needs changes" email
    with django_capture_on_commit_callbacks(execute=True):
        submit(new_shop, seller_user)

    assert recipients(mailoutbox) == [reviewer.email]


def test_a_rolled_back_submission_emails_nobody(
    new_shop, seller_user, mailoutbox, django_capture_on_commit_callbacks
):
    reviewer = staff_member()
    with django_capture_on_commit_callbacks(execute=True):
        with suppress(RuntimeError), transaction.atomic():
            submit(new_shop, seller_user)
            raise RuntimeError("the request failed after the submission")
    assert mailoutbox == []
    new_shop.refresh_from_db()
    assert new_shop.trader_status == Partner.TraderStatus.MISSING

    # Nothing was claimed: the real submission that follows is announced.
    with django_capture_on_commit_callbacks(execute=True):
        submit(new_shop, seller_user)
    assert recipients(mailoutbox) == [reviewer.email]


def test_nothing_is_emailed_before_the_submission_commits(
    new_shop, seller_user, mailoutbox, django_capture_on_commit_callbacks
):
    staff_member()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        submit(new_shop, seller_user)
    assert mailoutbox == [] and callbacks
    with django_capture_on_commit_callbacks(execute=True):  # the commit
        for callback in callbacks:
            callback()
    assert len(mailoutbox) == 1


def test_without_reviewing_staff_superusers_are_emailed(
    new_shop, seller_user, mailoutbox, django_capture_on_commit_callbacks
):
    superuser = UserFactory(is_superuser=True, is_staff=False)
    UserFactory(is_superuser=True, is_active=False)
    staff_member(is_active=False)
    with django_capture_on_commit_callbacks(execute=True):
        submit(new_shop, seller_user)

    assert recipients(mailoutbox) == [superuser.email]


# --- products ---------------------------------------------------------------


def pending_product(partner):
    return shop_factories.product(
        partner, public=False, review_status=Product.Review.PENDING
    )


def test_products_waiting_email_the_staff_who_can_approve_them(
    new_shop, mailoutbox, django_capture_on_commit_callbacks
):
    reviewer = product_reviewer()
    staff_member()  # staff who cannot open the product list
    product_reviewer(is_active=False)
    shop_factories.dashboard_seller(name="Otra")  # a seller in the dashboard
    pending_product(new_shop)

    with django_capture_on_commit_callbacks(execute=True):
        services.products_review_requested(partner=new_shop)

    assert recipients(mailoutbox) == [reviewer.email]


def test_thirty_products_send_one_email_per_reviewer_with_a_link_to_the_list(
    new_shop, mailoutbox, django_capture_on_commit_callbacks
):
    reviewer = product_reviewer("en")
    with django_capture_on_commit_callbacks(execute=True):
        for _n in range(30):
            pending_product(new_shop)
            services.products_review_requested(partner=new_shop)

    (message,) = mailoutbox
    assert message.to == [reviewer.email]
    url = review_url("dashboard:catalogue-product-list", "en")
    assert f"{url}?review_status=pending" in message.body
    with translation.override("en"):
        assert message.subject == _("%(shop)s has products waiting for approval") % {
            "shop": "Cerámica Ana"
        }
        # Counted when the transaction commits: all 30 of them here.
        assert (
            ngettext(
                "%(shop)s has %(count)d product waiting for approval.",
                "%(shop)s has %(count)d products waiting for approval.",
                30,
            )
            % {"shop": "Cerámica Ana", "count": 30}
            in message.body
        )


def test_each_shop_with_waiting_products_is_announced(
    new_shop, mailoutbox, django_capture_on_commit_callbacks
):
    reviewer = product_reviewer()
    other = shop_factories.dashboard_seller(name="Contabilidad Karim")
    with django_capture_on_commit_callbacks(execute=True):
        for shop in (new_shop, other, new_shop, other):
            pending_product(shop)
            services.products_review_requested(partner=shop)

    assert recipients(mailoutbox) == [reviewer.email, reviewer.email]
    subjects = " ".join(m.subject for m in mailoutbox)
    assert "Cerámica Ana" in subjects and "Contabilidad Karim" in subjects


def test_no_email_when_nothing_is_waiting_any_more(
    new_shop, mailoutbox, django_capture_on_commit_callbacks
):
    reviewer = product_reviewer()
    product = pending_product(new_shop)
    with django_capture_on_commit_callbacks(execute=True):
        services.products_review_requested(partner=new_shop)
        services.products_review(
            products=Product.objects.filter(pk=product.pk), by=reviewer, approve=True
        )
    assert mailoutbox == []


def test_a_rolled_back_product_emails_nobody(
    new_shop, mailoutbox, django_capture_on_commit_callbacks
):
    product_reviewer()
    with django_capture_on_commit_callbacks(execute=True):
        with suppress(RuntimeError), transaction.atomic():
            pending_product(new_shop)
            services.products_review_requested(partner=new_shop)
            raise RuntimeError("the form failed after the product was saved")
    assert mailoutbox == []


def test_portuguese_reviewer_gets_a_portuguese_subject(
    new_shop, mailoutbox, django_capture_on_commit_callbacks
):
    # needs translations merged
    product_reviewer("pt")
    pending_product(new_shop)
    with django_capture_on_commit_callbacks(execute=True):
        services.products_review_requested(partner=new_shop)

    (message,) = mailoutbox
    assert message.subject == "Cerámica Ana tem produtos à espera de aprovação"
    assert review_url("dashboard:catalogue-product-list", "pt") in message.body


def test_a_product_created_in_the_workspace_is_announced(
    client, new_shop, seller_user, mailoutbox, django_capture_on_commit_callbacks
):
    from tests.shop.sellers.conftest import form_data

    reviewer = product_reviewer()
    category = shop_factories.category("General")
    new_shop.products_need_approval = True
    new_shop.save()
    client.force_login(seller_user)
    url = reverse("shop:ws-product-create")
    data = form_data(client.get(url))
    data.update(
        {
            "title": "Jarra",
            "kind": "product",
            "category": str(category.pk),
            "price": "15,50",
            "num_in_stock": "3",
        }
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, data)
    assert response.status_code == 302
    assert Product.objects.get(title="Jarra").review_status == Product.Review.PENDING
    assert recipients(mailoutbox) == [reviewer.email]
