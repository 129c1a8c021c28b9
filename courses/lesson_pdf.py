"""A lesson as a PDF for offline reading: its text, images and questions, drawn
with ReportLab in the lesson's language.

Videos and downloads cannot travel on paper: the PDF gives their address.
Images are read in one query whatever their number, at a bounded size.
"""

import io
from dataclasses import dataclass
from html.parser import HTMLParser
from xml.sax.saxutils import escape

from django.conf import settings
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer
from wagtail.images import get_image_model

from rumbo.pdf_fonts import font_names

BRAND = colors.HexColor("#0b5d63")
MUTED = colors.HexColor("#4a555c")
# Sharp enough on paper at A4 width, small enough to keep the file light.
RENDITION = "max-1400x1400"
PX_TO_PT = 0.75  # an image no wider than the page keeps its size at 96 dpi
MARGIN = 18 * mm


@dataclass
class _Piece:
    kind: str  # text, image, link
    markup: str = ""
    style: str = "body"
    bullet: str = ""
    depth: int = 0
    image_id: int | None = None
    alt: str = ""


_BLOCKS = {
    "p": "body",
    "h2": "h2",
    "h3": "h3",
    "h4": "h4",
    "h5": "h4",
    "h6": "h4",
    "blockquote": "quote",
}
_INLINE = {
    "b": "b",
    "strong": "b",
    "i": "i",
    "em": "i",
    "u": "u",
    "s": "strike",
    "sup": "super",
    "sub": "sub",
}
_LINKABLE = ("http://", "https://", "mailto:")


class _RichText(HTMLParser):
    """Wagtail rich text, in its database format, as pieces in ReportLab's
    paragraph markup. Inline tags still open at a paragraph's end are closed
    there (and opened again after), so the markup is always well formed."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.pieces: list[_Piece] = []
        self.style = "body"
        self.lists: list[list] = []  # [tag, items so far]
        self.bullet = ""
        self.open: list[tuple[str, str, str]] = []  # (tag, opening, closing)
        self.buffer: list[str] = []

    def _flush(self) -> None:
        closers = "".join(closing for _t, _o, closing in reversed(self.open))
        markup = ("".join(self.buffer) + closers).strip()
        if _plain(markup).strip():
            self.pieces.append(
                _Piece(
                    "text",
                    markup=markup,
                    style=self.style,
                    bullet=self.bullet,
                    depth=len(self.lists),
                )
            )
        self.buffer = [opening for _t, opening, _c in self.open]

    def _inline_open(self, tag: str, opening: str, closing: str) -> None:
        self.open.append((tag, opening, closing))
        self.buffer.append(opening)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in _BLOCKS:
            self._flush()
            self.style = _BLOCKS[tag]
        elif tag in ("ul", "ol"):
            self._flush()
            self.lists.append([tag, 0])
        elif tag == "li" and self.lists:
            self._flush()
            self.lists[-1][1] += 1
            kind, number = self.lists[-1]
            self.bullet = f"{number}." if kind == "ol" else "•"
        elif tag == "br":
            self.buffer.append("<br/>")
        elif tag == "code":
            self._inline_open(tag, '<font face="Courier">', "</font>")
        elif tag in _INLINE:
            self._inline_open(tag, f"<{_INLINE[tag]}>", f"</{_INLINE[tag]}>")
        elif tag == "a":
            href = attrs.get("href") or ""
            if href.startswith(_LINKABLE):
                self._inline_open(tag, _link_opening(href), "</a>")
            else:  # an internal link leads nowhere on paper: its words only
                self._inline_open(tag, "", "")
        elif tag == "embed":
            self._flush()
            if attrs.get("embedtype") == "image" and (attrs.get("id") or "").isdigit():
                self.pieces.append(
                    _Piece("image", image_id=int(attrs["id"]), alt=attrs.get("alt", ""))
                )
            elif attrs.get("embedtype") == "media" and attrs.get("url"):
                self.pieces.append(_Piece("link", markup=attrs["url"]))

    def handle_endtag(self, tag):
        if tag in _BLOCKS:
            self._flush()
            self.style = "body"
        elif tag in ("ul", "ol") and self.lists:
            self._flush()
            self.lists.pop()
            self.bullet = ""
        elif tag == "li":
            self._flush()
            self.bullet = ""
        elif any(open_tag == tag for open_tag, _o, _c in self.open):
            # Close down to the matching tag; badly nested ones close with it.
            while self.open:
                open_tag, _opening, closing = self.open.pop()
                self.buffer.append(closing)
                if open_tag == tag:
                    break

    def handle_data(self, data):
        self.buffer.append(escape(data))

    def close(self):
        super().close()
        self._flush()


def rich_text_pieces(source: str) -> list[_Piece]:
    parser = _RichText()
    parser.feed(source)
    parser.close()
    return parser.pieces


def _styles() -> dict[str, ParagraphStyle]:
    regular, bold = font_names()
    if regular != "Helvetica":
        # No italic face is registered: emphasis keeps the upright one.
        registerFontFamily(
            regular, normal=regular, bold=bold, italic=regular, boldItalic=bold
        )
    body = ParagraphStyle(
        "body",
        fontName=regular,
        bulletFontName=regular,
        fontSize=11,
        leading=15.5,
        spaceAfter=6,
    )
    return {
        "body": body,
        "title": ParagraphStyle(
            "title",
            parent=body,
            fontName=bold,
            fontSize=20,
            leading=25,
            textColor=BRAND,
            spaceAfter=4,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=bold,
            fontSize=15,
            leading=19,
            spaceBefore=8,
            textColor=BRAND,
        ),
        "h3": ParagraphStyle(
            "h3", parent=body, fontName=bold, fontSize=13, leading=17, spaceBefore=6
        ),
        "h4": ParagraphStyle(
            "h4", parent=body, fontName=bold, fontSize=11.5, leading=15, spaceBefore=4
        ),
        "quote": ParagraphStyle(
            "quote", parent=body, leftIndent=8 * mm, textColor=MUTED
        ),
        "meta": ParagraphStyle(
            "meta", parent=body, fontSize=9, leading=12, textColor=MUTED
        ),
        "label": ParagraphStyle(
            "label", parent=body, fontName=bold, fontSize=10, textColor=BRAND
        ),
    }


def _paragraph(markup: str, style: ParagraphStyle, **kwargs) -> Paragraph:
    try:
        return Paragraph(markup, style, **kwargs)
    except ValueError:  # markup ReportLab cannot parse: keep the words
        return Paragraph(escape(_plain(markup)), style, **kwargs)


def _plain(markup: str) -> str:
    parser = HTMLParser(convert_charrefs=True)
    words: list[str] = []
    parser.handle_data = words.append
    parser.feed(markup)
    parser.close()
    return "".join(words)


def _list_style(styles, base: str, depth: int) -> ParagraphStyle:
    name = f"{base}-li{depth}"
    if name not in styles:
        styles[name] = ParagraphStyle(
            name,
            parent=styles[base],
            leftIndent=7 * mm * depth,
            bulletIndent=7 * mm * (depth - 1) + 1.5 * mm,
            spaceAfter=2,
        )
    return styles[name]


class _Images:
    """The lesson's images with their print-size renditions, read at once."""

    def __init__(self, ids: set[int]):
        self.by_id = (
            get_image_model()
            .objects.filter(pk__in=ids)
            .prefetch_renditions(RENDITION)
            .in_bulk()
            if ids
            else {}
        )

    def flowable(self, image_id: int, width: float, height: float):
        image = self.by_id.get(image_id)
        if image is None:
            return None
        try:
            rendition = image.get_rendition(RENDITION)
            with rendition.file.open("rb") as handle:
                data = handle.read()
            scale = min(width / rendition.width, height / rendition.height, PX_TO_PT)
            drawn = Image(
                io.BytesIO(data),
                width=rendition.width * scale,
                height=rendition.height * scale,
            )
            drawn.hAlign = "CENTER"
            return drawn
        except (OSError, ValueError):
            # A missing file, or one ReportLab cannot read (it reads it here,
            # not while drawing): the words around it still make the lesson.
            return None


def _image_ids(lesson, pieces_by_block) -> set[int]:
    ids = set()
    for block in lesson.body:
        if block.block_type == "image" and block.value is not None:
            ids.add(block.value.pk)
    for pieces in pieces_by_block.values():
        ids.update(p.image_id for p in pieces if p.kind == "image")
    return ids


def lesson_pdf_filename(lesson) -> str:
    """An ASCII file name from the lesson's title, safe in any header or disk."""
    name = slugify(lesson.title)[:80].strip("-") or f"lesson-{lesson.pk}"
    return f"{name}.pdf"


def lesson_pdf_render(lesson, *, course, number: int, total: int, absolute) -> bytes:
    """The lesson as PDF bytes, every label in the lesson's language.

    ``absolute`` turns a site path into a full URL (for the links printed).
    """
    language = lesson.locale.language_code
    styles = _styles()
    pieces_by_block = {
        index: rich_text_pieces(block.value.source)
        for index, block in enumerate(lesson.body)
        if block.block_type == "text"
    }
    images = _Images(_image_ids(lesson, pieces_by_block))
    buffer = io.BytesIO()
    site = getattr(settings, "WAGTAIL_SITE_NAME", "Rumbo")
    with translation.override(language):
        document = SimpleDocTemplate(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN + 4 * mm,
            title=lesson.title,
            author=site,
            subject=course.title,
            lang=language,
        )
        width = document.width
        max_height = document.height * 0.6
        story = [
            _paragraph(escape(course.title), styles["meta"]),
            _paragraph(
                escape(
                    _("Lesson %(number)s of %(total)s")
                    % {"number": number, "total": total}
                ),
                styles["meta"],
            ),
            _paragraph(escape(lesson.title), styles["title"]),
            _paragraph(
                escape(_("Available online: %(url)s") % {"url": absolute(lesson.url)}),
                styles["meta"],
            ),
            Spacer(1, 4 * mm),
        ]
        for index, block in enumerate(lesson.body):
            kind, value = block.block_type, block.value
            if kind == "text":
                story += _rich_text_story(
                    pieces_by_block[index], styles, images, width, max_height
                )
            elif kind == "image" and value is not None:
                drawn = images.flowable(value.pk, width, max_height)
                story += [drawn, Spacer(1, 3 * mm)] if drawn else []
            elif kind == "video":
                story += _video_story(value, styles, absolute)
            elif kind == "download" and value.get("document"):
                story += _download_story(value, styles, absolute)
            elif kind == "check":
                story += _check_story(value, styles)

        page_label = _("Page %(number)s")
        footer = f"{site} · {course.title}"
        regular = styles["meta"].fontName

        def decorate(canvas, doc):
            canvas.saveState()
            canvas.setFont(regular, 8)
            canvas.setFillColor(MUTED)
            y = MARGIN / 2
            canvas.drawString(MARGIN, y, footer[:110])
            canvas.drawRightString(A4[0] - MARGIN, y, page_label % {"number": doc.page})
            canvas.restoreState()

        document.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()


def _rich_text_story(pieces, styles, images, width, max_height) -> list:
    story = []
    for piece in pieces:
        if piece.kind == "image":
            drawn = images.flowable(piece.image_id, width, max_height)
            if drawn:
                story += [drawn, Spacer(1, 3 * mm)]
        elif piece.kind == "link":
            story.append(_link(piece.markup, styles))
        elif piece.bullet:
            style = _list_style(styles, piece.style, max(piece.depth, 1))
            story.append(_paragraph(piece.markup, style, bulletText=piece.bullet))
        else:
            story.append(_paragraph(piece.markup, styles[piece.style]))
    return story


def _link_opening(url: str) -> str:
    return f'<a href="{escape(url, {chr(34): "&quot;"})}" color="#0b5d63">'


def _link(url: str, styles) -> Paragraph:
    text = escape(_("Available online: %(url)s") % {"url": url})
    return _paragraph(f"{_link_opening(url)}{text}</a>", styles["meta"])


def _video_story(value, styles, absolute) -> list:
    story = [_paragraph(escape(str(_("Video"))), styles["label"])]
    if value.get("caption"):
        story.append(_paragraph(escape(value["caption"]), styles["body"]))
    if value.get("file"):
        story.append(_link(absolute(value["file"].url), styles))
    elif value.get("embed"):
        story.append(_link(value["embed"].url, styles))
    return story


def _download_story(value, styles, absolute) -> list:
    document = value["document"]
    story = [
        _paragraph(escape(str(_("Download"))), styles["label"]),
        _paragraph(f"<b>{escape(document.title)}</b>", styles["body"]),
    ]
    if value.get("description"):
        story.append(_paragraph(escape(value["description"]), styles["body"]))
    story.append(_link(absolute(document.url), styles))
    return story


def _check_story(value, styles) -> list:
    story = [
        _paragraph(escape(str(_("Check your understanding"))), styles["label"]),
        _paragraph(escape(value["question"]), styles["body"]),
    ]
    style = _list_style(styles, "body", 1)
    story += [
        _paragraph(escape(choice["text"]), style, bulletText="–")
        for choice in value["choices"]
    ]
    correct = " · ".join(c["text"] for c in value["choices"] if c["correct"])
    if correct:
        story.append(
            _paragraph(
                escape(_("Answer: %(answer)s") % {"answer": correct}), styles["meta"]
            )
        )
    if value.get("explanation"):
        story.append(_paragraph(escape(value["explanation"]), styles["meta"]))
    story.append(Spacer(1, 3 * mm))
    return story
