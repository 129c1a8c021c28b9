"""Sharing: the verify page as share page (Open Graph, picture), LinkedIn's
add-to-profile link and the signed credential download for the owner."""

import io
from urllib.parse import parse_qs, urlsplit

import pytest
from django.conf import settings
from django.utils import timezone
from PIL import Image

from courses.certificates import share
from courses.certificates.services import certificate_rename, certificate_revoke
from courses.certificates.storage import private_storage


def page(client, certificate) -> str:
    response = client.get(f"/en/certificates/{certificate.code}/")
    assert response.status_code == 200
    return response.content.decode()


def meta(html: str, prop: str) -> str | None:
    marker = f'<meta property="{prop}" content="'
    if marker not in html:
        return None
    return html.split(marker, 1)[1].split('"', 1)[0]


@pytest.fixture
def render_calls(monkeypatch):
    calls = []
    real = share.share_image_render

    def counting(certificate):
        calls.append(certificate.learner_name)
        return real(certificate)

    monkeypatch.setattr(share, "share_image_render", counting)
    return calls


def test_the_share_page_carries_open_graph_tags_with_the_picture(client, certificate):
    html = page(client, certificate)

    image = f"{settings.SITE_URL}/credentials/{certificate.code}.png"
    assert meta(html, "og:image") == image
    assert meta(html, "og:image:width") == "1200"
    assert meta(html, "og:url") == (
        f"{settings.SITE_URL}/en/certificates/{certificate.code}/"
    )
    assert "Marketing digital" in meta(html, "og:title")
    assert certificate.learner_name in meta(html, "og:description")
    assert 'name="twitter:card" content="summary_large_image"' in html


def test_the_share_picture_is_a_png_drawn_once_and_kept(
    client, certificate, render_calls
):
    first = client.get(f"/credentials/{certificate.code}.png")
    second = client.get(f"/credentials/{certificate.code}.png")

    assert first.status_code == second.status_code == 200
    assert first["Content-Type"] == "image/png"
    assert first.content == second.content
    assert Image.open(io.BytesIO(first.content)).size == (1200, 630)
    assert render_calls == [certificate.learner_name]
    assert private_storage().exists(share.share_image_name(certificate))


def test_a_corrected_name_draws_a_new_picture_and_drops_the_old(
    client, user, certificate, render_calls, django_capture_on_commit_callbacks
):
    client.get(f"/credentials/{certificate.code}.png")
    old_name = share.share_image_name(certificate)

    with django_capture_on_commit_callbacks(execute=True):
        certificate_rename(certificate=certificate, new_name="Ana Sousa", by=user)
    client.get(f"/credentials/{certificate.code}.png")

    assert render_calls == [render_calls[0], "Ana Sousa"]
    assert not private_storage().exists(old_name)


def test_a_revoked_certificate_has_no_picture_and_no_og_image(
    client, certificate, staff, django_capture_on_commit_callbacks
):
    client.get(f"/credentials/{certificate.code}.png")
    with django_capture_on_commit_callbacks(execute=True):
        certificate_revoke(certificate=certificate, reason="Fraud", by=staff)

    response = client.get(
        f"/credentials/{certificate.code}.png", HTTP_ACCEPT_LANGUAGE="en"
    )

    assert response.status_code == 410
    assert response.json() == {"error": "This certificate has been revoked."}
    assert meta(page(client, certificate), "og:image") is None
    assert not private_storage().exists(share.share_image_name(certificate))


def test_the_owner_gets_a_prefilled_add_to_linkedin_link(client, user, certificate):
    client.force_login(user)

    html = page(client, certificate)

    href = html.split('class="button" href="', 1)[1].split('"', 1)[0]
    url = urlsplit(href.replace("&amp;", "&"))
    issued = timezone.localtime(certificate.issued_at)
    assert (url.scheme, url.netloc, url.path) == (
        "https",
        "www.linkedin.com",
        "/profile/add",
    )
    assert parse_qs(url.query) == {
        "startTask": ["CERTIFICATION_NAME"],
        "name": ["Marketing digital"],
        "organizationName": ["Rumbo"],
        "issueYear": [str(issued.year)],
        "issueMonth": [str(issued.month)],
        "certUrl": [f"{settings.SITE_URL}/es/certificates/{certificate.code}/"],
        "certId": [certificate.code],
    }
    assert "Add to LinkedIn" in html
    assert f'download="certificate-{certificate.code}.jwt"' in html


@pytest.mark.parametrize("who", ["anonymous", "other_user"])
def test_others_see_no_sharing_buttons(client, certificate, other_user, who):
    if who == "other_user":
        client.force_login(other_user)

    html = page(client, certificate)

    assert "linkedin.com" not in html
    assert "Share your certificate" not in html
    # Anyone may still fetch the signed credential to verify it.
    assert f"/credentials/{certificate.code}.jwt" in html


def test_a_revoked_certificate_cannot_be_shared_by_its_owner(
    client, user, staff, certificate
):
    certificate_revoke(certificate=certificate, reason="Fraud", by=staff)
    client.force_login(user)

    html = page(client, certificate)

    assert "linkedin.com" not in html
    assert "This certificate was revoked on" in html


def test_the_signed_credential_downloads_as_a_jwt_file(client, user, certificate):
    client.force_login(user)

    response = client.get(f"/credentials/{certificate.code}.jwt")

    assert response["Content-Type"] == "application/vc+jwt"
    assert (
        f'filename="certificate-{certificate.code}.jwt"'
        in (response["Content-Disposition"])
    )
    assert response.content.count(b".") == 2


def test_the_share_page_stays_within_its_query_budget(
    client, user, certificate, django_assert_max_num_queries
):
    client.force_login(user)

    with django_assert_max_num_queries(15):
        page(client, certificate)
