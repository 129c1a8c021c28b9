"""Demo partner organisations, in the spirit of Ruta CECE's partners (city
councils of Huelva and Faro, chambers, business associations, an NGO for
migrants' entrepreneurship, a regional development agency): the directory
under each locale's home, six organisations in Spanish, Portuguese and
English (Wagtail translations of each other), a logo each, and one editor
each (partner01..06@rumbo.example), made an editor by accepting a staff
invitation as a real one would be.

Idempotent: what exists (matched by slug) is left as editors made it.
Logos are drawn locally with Pillow: no network.
"""

import io
from pathlib import Path

from django.conf import settings
from django.core.files.images import ImageFile
from wagtail.images import get_image_model

from demo.accounts import demo_user_ensure
from demo.content import load
from home.models import HomePage
from home.services import (
    child_page_ensure,
    locales_ensure,
    page_publish,
    page_translation_ensure,
)
from organisations.models import Invitation, OrganisationIndexPage, OrganisationPage
from organisations.services import invitation_accept, organisation_access_ensure

LANGS = ("es", "pt", "en")
STAFF = "staff@rumbo.example"
_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
COUNTRY_OF_REGION = {"es": "ES", "pt": "PT"}


def _logo_png(initials: str, colour: str) -> bytes:
    """A round badge in the organisation's colour with its initials, drawn at
    twice the size and reduced (Pillow draws without anti-aliasing)."""
    from PIL import Image, ImageDraw, ImageFont

    size = 800
    rgb = tuple(int(colour.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    picture = Image.new("RGB", (size, size), (255, 255, 255))
    draw = ImageDraw.Draw(picture)
    draw.ellipse((40, 40, size - 40, size - 40), fill=rgb)
    draw.ellipse((110, 110, size - 110, size - 110), outline=(255, 255, 255), width=18)
    font = (
        ImageFont.truetype(str(_FONT), 250)
        if _FONT.is_file()
        else ImageFont.load_default(size=250)
    )
    draw.text(
        (size / 2, size / 2), initials, font=font, fill=(255, 255, 255), anchor="mm"
    )
    buffer = io.BytesIO()
    picture.resize((400, 400), Image.LANCZOS).save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def _logo_ensure(spec: dict, page: OrganisationPage):
    Image = get_image_model()
    title = f"Logo: {spec['es']['title']}"
    image = Image.objects.filter(title=title).first()
    if image is None:
        image = Image(
            title=title,
            file=ImageFile(
                io.BytesIO(_logo_png(spec["initials"], spec["colour"])),
                name=f"logo-{spec['key']}.png",
            ),
            collection=page.collection,
        )
        image.save()
    return image


def _fields(spec: dict, code: str) -> dict:
    text = spec[code]
    return {
        "title": text["title"],
        "description": f"<p>{text['description']}</p>",
        "kind": spec["kind"],
        "town": spec["town"],
        "region": spec["region"],
        "website": spec["website"],
    }


def directory_ensure(locales) -> OrganisationIndexPage:
    directory = load("organisations")["directory"]
    home = HomePage.objects.get(locale=locales[settings.LANGUAGE_CODE])
    return child_page_ensure(
        home,
        OrganisationIndexPage,
        locales,
        fields_for=lambda code: {
            "title": directory[code]["title"],
            "intro": directory[code]["intro"],
        },
        slug_for=lambda code: directory[code]["slug"],
    )


def organisation_ensure(spec: dict, index, locales) -> OrganisationPage:
    """The organisation in the default language (with its logo) and its
    translations."""
    default = settings.LANGUAGE_CODE
    slug = spec[default]["slug"]
    page = OrganisationPage.objects.child_of(index).filter(slug=slug).first()
    if page is None:
        page = index.add_child(
            instance=OrganisationPage(
                slug=slug, locale=index.locale, **_fields(spec, default)
            )
        )
        page.refresh_from_db()
        page_publish(page, {"logo": _logo_ensure(spec, page)})
    organisation_access_ensure(page=page)
    for code in LANGS:
        if code != default:
            page_translation_ensure(
                page, locales[code], _fields(spec, code), slug=spec[code]["slug"]
            )
    page.refresh_from_db()
    return page


def editor_ensure(spec: dict, page: OrganisationPage):
    """The organisation's demo editor, who joins through an invitation."""
    email, name, language = spec["editor"]
    user = demo_user_ensure(
        email,
        display_name=name,
        preferred_language=language,
        country=COUNTRY_OF_REGION[spec["region"].split("-")[0]],
        region=spec["town"],
    )
    if not user.groups.filter(pk=page.editors_id).exists():
        from users.models import User

        invitation = Invitation.objects.create(
            email=email,
            organisation=page,
            language=language,
            invited_by=User.objects.filter(email=STAFF).first(),
        )
        invitation_accept(token=invitation.token, user=user)
    return user


def organisations_seed() -> dict[str, OrganisationPage]:
    locales = locales_ensure()
    index = directory_ensure(locales)
    organisations = {}
    for spec in load("organisations")["organisations"]:
        page = organisation_ensure(spec, index, locales)
        editor_ensure(spec, page)
        organisations[spec["key"]] = page
    return organisations


def seed() -> str:
    organisations = organisations_seed()
    return (
        f"Organisations ready: {len(organisations)} in es, pt and en, editors "
        "partner01@rumbo.example ... partner06@rumbo.example."
    )
