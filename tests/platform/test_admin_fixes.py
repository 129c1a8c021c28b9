"""Oscar's Django-admin screens that answered 500 on this project (found by the
fuzz suite) now answer with the page or a form error."""

import pytest
from oscar.core.loading import get_model

pytestmark = pytest.mark.django_db

Benefit = get_model("offer", "Benefit")
Condition = get_model("offer", "Condition")
VoucherApplication = get_model("voucher", "VoucherApplication")


@pytest.fixture
def admin_client(client, staff):
    client.force_login(staff)
    return client


@pytest.mark.parametrize(
    "url",
    [
        "/django-admin/analytics/userproductview/?q=ana",
        "/django-admin/analytics/userrecord/?q=ana",
        "/django-admin/analytics/usersearch/?q=ana",
        "/django-admin/address/useraddress/?q=ana",
        "/django-admin/communication/email/?q=ana",
        "/django-admin/order/order/?q=ana",
    ],
)
def test_searching_by_user_works_without_usernames(admin_client, url):
    assert admin_client.get(url).status_code == 200


@pytest.mark.parametrize("model", ["benefit", "condition"])
def test_an_offer_part_without_a_type_is_refused(admin_client, model):
    response = admin_client.post(
        f"/django-admin/offer/{model}/add/",
        {"range": "", "type": "", "value": "", "proxy_class": ""},
    )

    assert response.status_code == 200
    assert 'class="errorlist nonfield"' in response.content.decode()
    assert not Benefit.objects.exists() and not Condition.objects.exists()


def test_records_the_admin_cannot_fill_are_not_offered_for_adding(admin_client):
    response = admin_client.post("/django-admin/voucher/voucherapplication/add/", {})

    assert response.status_code == 403
    assert not VoucherApplication.objects.exists()


def test_an_address_without_its_user_is_refused_with_a_form_error(admin_client):
    response = admin_client.post(
        "/django-admin/address/useraddress/add/",
        {"first_name": "Ana", "line1": "Calle Real 5", "country": "", "user": ""},
    )

    assert response.status_code == 200
    assert not get_model("address", "UserAddress").objects.exists()
