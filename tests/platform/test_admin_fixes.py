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


# --- Tampered admin forms: the client's error, never a 500 ---------------------
def _form_data(client, url) -> dict:
    from tests.fuzz import forms as html_forms

    forms, _links = html_forms.parse(client.get(url).content.decode(), url)
    form = next(
        f for f in forms if f.method == "post" and "csrfmiddlewaretoken" in f.defaults()
    )
    return {name: values for name, values in form.defaults().items()}


def test_a_streamfield_without_its_count_is_a_bad_request(admin_client):
    from newsletters.models import Campaign

    url = "/cms/snippets/newsletters/campaign/add/"
    data = _form_data(admin_client, url)
    data = {k: v for k, v in data.items() if not k.endswith("-count")}
    data["title"] = data["subject"] = ["Tampered"]

    response = admin_client.post(url, data)

    assert response.status_code == 400
    assert not Campaign.objects.filter(title="Tampered").exists()


def test_rich_text_that_is_not_the_editors_json_is_a_bad_request(admin_client):
    from wagtail.models import Page

    page = Page.objects.filter(depth__gt=2).live().first().specific
    url = f"/cms/pages/{page.pk}/edit/"
    data = _form_data(admin_client, url)
    rich = [
        name for name, values in data.items() if values and values[0].startswith("{")
    ]
    assert rich, "the page has a rich text field"
    data[rich[0]] = ["15"]

    response = admin_client.post(url, data)

    assert response.status_code == 400
    page.refresh_from_db()
    assert page.get_latest_revision().content.get(rich[0]) != "15"


def test_a_model_check_on_a_relation_the_form_did_not_fill_is_a_bad_request(
    admin_client,
):
    Vote = get_model("reviews", "Vote")

    response = admin_client.post(
        "/django-admin/reviews/vote/add/", {"review": "", "user": "", "delta": "1"}
    )

    assert response.status_code == 400
    assert not Vote.objects.exists()


def test_deleting_something_still_referenced_is_a_conflict(admin_client):
    from newsletters.models import Campaign, Send

    from tests.factories.newsletters import campaign, send_for

    issue = campaign()
    send_for(issue, status=Send.Status.DONE)

    response = admin_client.post(
        f"/cms/snippets/newsletters/campaign/delete/{issue.pk}/"
    )

    assert response.status_code == 409
    assert Campaign.objects.filter(pk=issue.pk).exists()


def test_a_signaling_nan_in_a_range_filter_is_a_bad_request(admin_client):
    response = admin_client.get(
        "/cms/images/results/?usage_count_min=x&usage_count_max=sNaN"
    )

    assert response.status_code == 400


def test_an_object_the_form_names_that_does_not_exist_is_not_found(admin_client):
    from wagtail.models import Page

    page = Page.objects.filter(depth__gt=2).live().first()
    missing = Page.objects.order_by("-pk").first().pk + 1000

    response = admin_client.post(
        f"/cms/pages/{page.pk}/copy/",
        {"new_title": "Copy", "new_slug": "copy-x", "new_parent_page": missing},
        follow=True,
    )

    assert response.status_code in (200, 404)
    assert not Page.objects.filter(slug="copy-x").exists()


def test_a_search_the_backend_cannot_combine_with_a_filter_is_a_bad_request(
    admin_client,
):
    response = admin_client.get("/cms/images/results/?q=logo&usage_count_min=1")

    assert response.status_code in (200, 400)


def test_a_next_that_is_not_a_path_does_not_break_wagtails_redirects(admin_client):
    from wagtail.models import Page

    page = Page.objects.filter(depth__gt=2).live().first()

    response = admin_client.post(f"/cms/pages/{page.pk}/unpublish/", {"next": "10"})

    assert response.status_code == 302
    assert response["Location"] != "10"


def test_wagtails_revision_zero_is_not_found(admin_client):
    from wagtail.models import Page

    page = Page.objects.filter(depth__gt=2).live().first()

    response = admin_client.get(
        f"/cms/pages/{page.pk}/revisions/0/revert/", follow=True
    )

    assert response.status_code == 404
