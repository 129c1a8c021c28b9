"""Newsletters as email: responsive HTML with inlined CSS, plain text, absolute links.

A campaign is rendered once per language and batch (featured blocks read live
data then, through the card functions apps register: newsletters.hooks); each recipient's copy only swaps in their unsubscribe link, so a
batch of thousands costs one render, not thousands.
"""

from dataclasses import dataclass
from email.utils import parseaddr
from html import unescape

import css_inline
from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.html import strip_tags

from newsletters.hooks import featured_blocks
from newsletters.models import Campaign

UNSUBSCRIBE_PLACEHOLDER = "https://unsubscribe.invalid/TOKEN"
TOKEN_PLACEHOLDER = "TOKEN-PLACEHOLDER"
UNSUBSCRIBE_SALT = "newsletters.unsubscribe"
IMAGE_RENDITION = "width-1200"
CARD_RENDITION = "fill-600x340"

_inliner = css_inline.CSSInliner(keep_style_tags=True)


def absolute(url: str) -> str:
    """An absolute URL on SITE_URL (rendition and media URLs may be relative)."""
    if not url:
        return ""
    if url.startswith(("http://", "https://", "mailto:")):
        return url
    return settings.SITE_URL + ("" if url.startswith("/") else "/") + url


def unsubscribe_token(subscriber_id: int) -> str:
    return signing.dumps(subscriber_id, salt=UNSUBSCRIBE_SALT)


def unsubscribe_token_read(token: str) -> int | None:
    """The subscriber id in a genuine token, else None (tampered or forged)."""
    try:
        value = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    return value if isinstance(value, int) else None


def unsubscribe_urls(language: str) -> tuple[str, str]:
    """(confirmation page, one-click endpoint) with TOKEN_PLACEHOLDER in them."""
    with translation.override(language):
        page = reverse("newsletters:unsubscribe", args=[TOKEN_PLACEHOLDER])
        one_click = reverse(
            "newsletters:unsubscribe_one_click", args=[TOKEN_PLACEHOLDER]
        )
    return absolute(page), absolute(one_click)


def blocks_prepare(campaign: Campaign, language: str) -> list[dict]:
    """The campaign's blocks as plain dicts for the templates and the text part."""
    cards = {featured.name: featured.card for featured in featured_blocks()}
    items = []
    for block in campaign.body:
        kind = block.block_type
        value = block.value
        if kind == "heading":
            items.append({"kind": "heading", "text": str(value)})
        elif kind == "paragraph":
            html = str(value.__html__()) if hasattr(value, "__html__") else str(value)
            html = html.replace('href="/', f'href="{settings.SITE_URL}/')
            items.append({"kind": "paragraph", "html": html})
        elif kind == "image":
            image = value.get("image")
            if image is None:
                continue
            items.append(
                {
                    "kind": "image",
                    "src": absolute(image.get_rendition(IMAGE_RENDITION).url),
                    "alt": value.get("alt", ""),
                    "caption": value.get("caption", ""),
                }
            )
        elif kind == "button":
            items.append(
                {"kind": "button", "text": value["text"], "url": absolute(value["url"])}
            )
        elif kind in cards:
            card = cards[kind](value, language)
            if card:
                items.append({**card, "card": True})
    return items


def _text_part(campaign: Campaign, items: list[dict], archive_url: str) -> str:
    lines = [campaign.title.upper(), ""]
    for item in items:
        kind = item["kind"]
        if kind == "heading":
            lines += [item["text"], "-" * len(item["text"]), ""]
        elif kind == "paragraph":
            text = item["html"].replace("</p>", "\n").replace("<br>", "\n")
            text = text.replace("</li>", "\n").replace("<li>", "- ")
            lines += [unescape(strip_tags(text)).strip(), ""]
        elif kind == "image":
            if item["caption"] or item["alt"]:
                lines += [f"[{item['caption'] or item['alt']}]", ""]
        elif kind == "button":
            lines += [f"{item['text']}: {item['url']}", ""]
        else:
            lines += [f"* {item['title']}"]
            if item.get("note"):
                lines.append(item["note"])
            if item.get("text"):
                lines.append(item["text"])
            lines += [item["url"], ""]
    lines += [
        "--",
        translation.gettext("Read it on the web: %(url)s") % {"url": archive_url},
        translation.gettext("Unsubscribe: %(url)s") % {"url": UNSUBSCRIBE_PLACEHOLDER},
    ]
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Rendered:
    """One campaign in one language, with placeholders for the recipient."""

    campaign_id: int
    language: str
    subject: str
    html: str
    text: str
    unsubscribe_page: str
    unsubscribe_one_click: str

    def message(
        self, *, subscriber_id: int, email: str, connection=None
    ) -> EmailMultiAlternatives:
        token = unsubscribe_token(subscriber_id)
        page = self.unsubscribe_page.replace(TOKEN_PLACEHOLDER, token)
        one_click = self.unsubscribe_one_click.replace(TOKEN_PLACEHOLDER, token)
        headers = {
            "List-Unsubscribe": _list_unsubscribe(one_click, subscriber_id),
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "List-Id": f"Rumbo newsletter <{_list_id()}>",
            "X-Rumbo-Campaign": str(self.campaign_id),
        }
        message = EmailMultiAlternatives(
            subject=self.subject,
            body=self.text.replace(UNSUBSCRIBE_PLACEHOLDER, page),
            from_email=newsletter_from(),
            to=[email],
            headers=headers,
            connection=connection,
        )
        message.attach_alternative(
            self.html.replace(UNSUBSCRIBE_PLACEHOLDER, page), "text/html"
        )
        return message


def newsletter_from() -> str:
    return getattr(settings, "NEWSLETTER_FROM_EMAIL", "") or settings.DEFAULT_FROM_EMAIL


def _list_id() -> str:
    domain = parseaddr(newsletter_from())[1].partition("@")[2] or "rumbo.local"
    return f"newsletter.{domain}"


def _list_unsubscribe(one_click: str, subscriber_id: int) -> str:
    mailto = getattr(settings, "NEWSLETTER_UNSUBSCRIBE_MAILTO", "")
    value = f"<{one_click}>"
    if mailto:
        value += f", <mailto:{mailto}?subject=unsubscribe-{subscriber_id}>"
    return value


def render_campaign(campaign: Campaign, language: str) -> Rendered:
    """Render once; `Rendered.message` personalises per recipient."""
    with translation.override(language):
        items = blocks_prepare(campaign, language)
        archive_url = absolute(
            reverse("newsletters:archive_detail", args=[campaign.pk])
        )
        html = render_to_string(
            "newsletters/email/campaign.html",
            {
                "campaign": campaign,
                "items": items,
                "language": language,
                "archive_url": archive_url,
                "unsubscribe_url": UNSUBSCRIBE_PLACEHOLDER,
                "site_url": settings.SITE_URL,
            },
        )
        text = _text_part(campaign, items, archive_url)
        page, one_click = unsubscribe_urls(language)
    return Rendered(
        campaign_id=campaign.pk,
        language=language,
        subject=campaign.subject,
        html=_inliner.inline(html),
        text=text,
        unsubscribe_page=page,
        unsubscribe_one_click=one_click,
    )


def render_preview(campaign: Campaign) -> str:
    language = campaign.locale.language_code
    return render_campaign(campaign, language).html


def campaign_for_language(
    campaign: Campaign, language: str, cache: dict | None = None
) -> Campaign:
    """The campaign's version in `language`, else the default language, else itself."""
    cache = cache if cache is not None else {}
    if language not in cache:
        versions = {
            c.locale.language_code: c
            for c in Campaign.objects.filter(
                translation_key=campaign.translation_key
            ).select_related("locale")
        }
        cache[language] = (
            versions.get(language) or versions.get(settings.LANGUAGE_CODE) or campaign
        )
    return cache[language]
