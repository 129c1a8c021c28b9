"""Partner A's editor cannot see or change partner B's pages or media through
any admin URL, and can do all of it on A's own.

The URLs are not listed by hand: every pattern of Wagtail's page, image and
document admin (and the choosers, explorer and admin API) is tried with B's
ids, by GET and POST.
"""

import re

import pytest
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.urls import URLPattern, URLResolver, get_resolver
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from news.models import NewsPostPage

pytestmark = pytest.mark.django_db

SECRETS = (
    "BORRADOR-SECRETO-B",
    "REVISION-SECRETA-B",
    "IMAGEN-SECRETA-B",
    "DOC-SECRETO-B",
)


def _admin_patterns():
    """(route, pattern) of every admin URL about pages, images and documents."""
    found = []

    def walk(patterns, prefix):
        for p in patterns:
            route = prefix + str(p.pattern)
            if isinstance(p, URLResolver):
                walk(p.url_patterns, route)
            elif isinstance(p, URLPattern) and route.startswith("cms/"):
                if re.search(r"pages|images|documents|choose-page|api/main", route):
                    found.append((route, p))

    walk(get_resolver().url_patterns, "")
    return found


def _fill(route: str, ids: dict) -> str | None:
    """The route with B's ids in it; None if some part cannot be filled."""
    route = route.replace("^", "").replace("$", "")
    route = re.sub(
        r"\(\?P<revision_id_a>[^)]*\)\\\.\\\.\\\.\(\?P<revision_id_b>[^)]*\)",
        f"earliest...{ids['revision_id']}",
        route,
    )
    route = re.sub(r"\(\?P<pk>\\d\+\)", str(ids["page_id"]), route)

    def value(match):
        name = match.group(2)
        return str(ids.get(name, "1"))

    route = re.sub(r"<(?:(\w+):)?(\w+)>", value, route)
    if "(" in route or "\\" in route:
        return None
    return "/" + route


@pytest.fixture
def b_content(org_b):
    draft = org_b.add_child(
        instance=NewsPostPage(
            title="BORRADOR-SECRETO-B", slug="borrador", locale=org_b.locale, live=False
        )
    )
    draft.save_revision()
    live = org_b.add_child(
        instance=NewsPostPage(title="Noticia B", slug="noticia-b", locale=org_b.locale)
    )
    live.save_revision().publish()
    live.title = "REVISION-SECRETA-B"
    revision = live.save_revision()
    image = get_image_model().objects.create(
        title="IMAGEN-SECRETA-B",
        file=ImageFile(get_test_image_file().file, name="b.png"),
        collection=org_b.collection,
    )
    document = get_document_model().objects.create(
        title="DOC-SECRETO-B",
        file=ContentFile(b"%PDF-1.4 b", name="b.pdf"),
        collection=org_b.collection,
    )
    return {
        "draft": draft,
        "live": live,
        "revision": revision,
        "image": image,
        "document": document,
    }


def _ids(content, destination) -> dict:
    page_id = content["live"].pk
    return {
        "page_id": page_id,
        "parent_page_id": content["live"].get_parent().pk,
        "page_to_move_id": page_id,
        "page_pk": page_id,
        "destination_id": destination.pk,
        "revision_id": content["revision"].pk,
        "image_id": content["image"].pk,
        "document_id": content["document"].pk,
        "doc_id": content["document"].pk,
        "content_type_app_name": "news",
        "content_type_model_name": "newspostpage",
        "app_label": "news",
        "model_name": "newspostpage",
        "filter_spec": "original",
        "action_name": "approve",
    }


def test_editor_a_cannot_reach_b_through_any_admin_url(
    client, editor_a, org_a, org_b, b_content
):
    client.force_login(editor_a)
    tried = 0
    leaks = []
    previous = ""
    for page_key in ("live", "draft"):
        ids = _ids({**b_content, "live": b_content[page_key]}, org_a)
        for route, _pattern in _admin_patterns():
            url = _fill(route, ids)
            if url is None:
                continue
            for method in ("get", "post"):
                response = getattr(client, method)(url)
                tried += 1
                body = response.content.decode(errors="replace")
                leaked = [s for s in SECRETS if s in body]
                if leaked:
                    leaks.append(
                        f"{method.upper()} {url} {response.status_code} {leaked}"
                        f" (after {previous})"
                    )
                previous = f"{method.upper()} {url} {response.status_code}"
                assert response.status_code in (200, 302, 400, 403, 404, 405), url
    assert not leaks, "\n".join(leaks)
    assert tried > 100
    # Nothing of B changed.
    draft, live = b_content["draft"], b_content["live"]
    draft.refresh_from_db()
    live.refresh_from_db()
    assert not draft.live and draft.get_parent().pk == org_b.pk
    assert live.live and live.title == "Noticia B" and not live.locked
    assert get_image_model().objects.filter(pk=b_content["image"].pk).exists()
    assert get_document_model().objects.filter(pk=b_content["document"].pk).exists()


@pytest.mark.parametrize(
    "name",
    [
        "edit",
        "delete",
        "unpublish",
        "move",
        "copy",
        "revisions_index",
        "history",
        "view_draft",
        "preview_on_edit",
        "lock",
    ],
)
def test_editor_a_is_refused_each_action_on_b(client, editor_a, org_b, b_content, name):
    client.force_login(editor_a)
    page = b_content["live"]
    url = (
        f"/cms/pages/{page.pk}/"
        + {
            "edit": "edit/",
            "delete": "delete/",
            "unpublish": "unpublish/",
            "move": "move/",
            "copy": "copy/",
            "revisions_index": "revisions/",
            "history": "history/",
            "view_draft": "view_draft/",
            "preview_on_edit": "edit/preview/",
            "lock": "lock/",
        }[name]
    )
    assert client.get(url).status_code in (302, 403, 404, 405)


def test_editor_a_cannot_open_b_media(client, editor_a, b_content):
    client.force_login(editor_a)
    assert client.get(f"/cms/images/{b_content['image'].pk}/").status_code in (
        302,
        403,
        404,
    )
    assert client.get(
        f"/cms/documents/edit/{b_content['document'].pk}/"
    ).status_code in (302, 403, 404)
    listing = client.get("/cms/images/").text + client.get("/cms/documents/").text
    assert "IMAGEN-SECRETA-B" not in listing and "DOC-SECRETO-B" not in listing


def test_editor_a_does_all_of_it_on_a(client, editor_a, org_a):
    client.force_login(editor_a)
    post = org_a.add_child(
        instance=NewsPostPage(title="Noticia A", slug="noticia-a", locale=org_a.locale)
    )
    revision = post.save_revision()
    revision.publish()
    base = f"/cms/pages/{post.pk}/"
    for suffix in (
        "edit/",
        "history/",
        "view_draft/",
        "copy/",
        "delete/",
        "unpublish/",
        "move/",
    ):
        assert client.get(base + suffix).status_code == 200, suffix
    # Add a post under their organisation, publish it, unpublish it, delete it.
    add = f"/cms/pages/add/news/newspostpage/{org_a.pk}/"
    assert client.get(add).status_code == 200
    assert client.post(f"{base}unpublish/").status_code == 302
    post.refresh_from_db()
    assert not post.live
    assert client.post(f"{base}delete/").status_code == 302
    assert not NewsPostPage.objects.filter(pk=post.pk).exists()
    # Their own images: upload, list.
    image = get_image_model().objects.create(
        title="Logo A",
        file=ImageFile(get_test_image_file().file, name="a.png"),
        collection=org_a.collection,
    )
    assert client.get(f"/cms/images/{image.pk}/").status_code == 200
    assert "Logo A" in client.get("/cms/images/").text


def test_editor_cannot_delete_or_unpublish_their_organisation_profile(
    client, editor_a, org_a
):
    client.force_login(editor_a)
    assert client.get(f"/cms/pages/{org_a.pk}/edit/").status_code == 200
    # Wagtail turns the refusal into a redirect to the dashboard.
    assert client.post(f"/cms/pages/{org_a.pk}/delete/").status_code in (302, 403)
    assert client.post(f"/cms/pages/{org_a.pk}/unpublish/").status_code in (302, 403)
    org_a.refresh_from_db()
    assert org_a.live


@pytest.mark.parametrize(
    "url",
    [
        "/django-admin/",
        "/es/shop/dashboard/",
        "/cms/users/",
        "/cms/groups/",
        "/cms/organisations/editors/",
    ],
)
def test_editor_cannot_reach_staff_areas(client, editor_a, url):
    client.force_login(editor_a)
    response = client.get(url)
    assert response.status_code in (302, 403, 404)
    if response.status_code == 302:
        assert "/login" in response.url or response.url.startswith("/cms/")


def test_a_signed_in_person_who_edits_nothing_gets_no_admin(client, user, org_a):
    client.force_login(user)
    assert client.get("/cms/").status_code == 302
    assert client.get(f"/cms/pages/{org_a.pk}/edit/").status_code == 302


def test_staff_moderate_every_organisation(client, staff, org_a, b_content):
    client.force_login(staff)
    assert client.get(f"/cms/pages/{b_content['draft'].pk}/edit/").status_code == 200
    assert client.get(f"/cms/pages/{org_a.pk}/delete/").status_code == 200
    assert "IMAGEN-SECRETA-B" in client.get("/cms/images/").text


def test_chooser_hides_other_organisations_pages_but_not_their_own(
    client, editor_a, org_a, b_content
):
    post = org_a.add_child(
        instance=NewsPostPage(
            title="BORRADOR-A", slug="borrador-a", locale=org_a.locale
        )
    )
    client.force_login(editor_a)
    assert "BORRADOR-A" in client.get(f"/cms/choose-page/{org_a.pk}/").text
    text = client.get(f"/cms/choose-page/{b_content['live'].get_parent().pk}/").text
    assert "BORRADOR-SECRETO-B" not in text and post.pk


def test_the_admin_home_gives_an_editor_no_site_totals(client, editor_a, staff):
    client.force_login(editor_a)
    editor_home = client.get("/cms/").content.decode()
    client.force_login(staff)
    staff_home = client.get("/cms/").content.decode()

    assert "w-summary" not in editor_home
    assert "w-summary" in staff_home
