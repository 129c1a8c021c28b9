"""A packing slip for one seller's part of an order: an A4 PDF to put in the
parcel, drawn with ReportLab in the reader's language.

It lists only the seller's items (no prices: parcels are often gifts) and
the buyer's shipping address only when something of the seller's ships.
"""

import io
from dataclasses import dataclass, field

from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

from rumbo.pdf_fonts import font_names
from shop.checkout.addresses import address_lines
from shop.order import status as st
from shop.sellers.products import sku_shown

BRAND = colors.HexColor("#0b5d63")
MUTED = colors.HexColor("#4a555c")
LINE = colors.HexColor("#d9d4cb")


@dataclass
class PackingSlipItem:
    quantity: int
    title: str
    sku: str


@dataclass
class PackingSlip:
    """What the slip says, in plain values (tested without reading the PDF)."""

    number: str
    date_placed: str
    shop_name: str
    sender: list[str] = field(default_factory=list)
    ship_to: list[str] = field(default_factory=list)
    phone: str = ""
    instructions: str = ""
    items: list[PackingSlipItem] = field(default_factory=list)
    carrier: str = ""
    tracking_reference: str = ""

    @property
    def text(self) -> str:
        """Every piece of text on the slip, one per line."""
        pieces = [self.number, self.date_placed, self.shop_name, *self.sender]
        pieces += [*self.ship_to, self.phone, self.instructions]
        for item in self.items:
            pieces += [str(item.quantity), item.title, item.sku]
        pieces += [self.carrier, self.tracking_reference]
        return "\n".join(piece for piece in pieces if piece)


def packing_slip_content(*, order, part, partner) -> PackingSlip:
    """The slip for `partner`'s part of `order` (`part` is their
    OrderSellerGroup: their lines only)."""
    address = order.shipping_address if part.requires_shipping else None
    sender = [
        line
        for line in [partner.trader_legal_name, *partner.trader_address.splitlines()]
        if line.strip() and line.strip() != partner.name
    ]
    if partner.public_email:
        sender.append(partner.public_email)
    return PackingSlip(
        number=order.number,
        date_placed=formats.date_format(
            timezone.localtime(order.date_placed), "DATE_FORMAT"
        ),
        shop_name=partner.name,
        sender=sender,
        ship_to=address_lines(address),
        phone=str(address.phone_number or "") if address else "",
        instructions=(address.notes or "") if address else "",
        items=[
            PackingSlipItem(
                quantity=line.quantity,
                title=line.title,
                sku=sku_shown(line.partner_sku),
            )
            for line in part.lines
            if line.status != st.CANCELLED
        ],
        carrier=part.carrier,
        tracking_reference=part.tracking_reference,
    )


class _Page:
    """A cursor down an A4 page that starts a new page when it runs out."""

    def __init__(self, pdf: canvas.Canvas, slip: PackingSlip):
        self.pdf = pdf
        self.slip = slip
        self.width, self.height = A4
        self.margin = 18 * mm
        self.y = self.height - self.margin
        self.regular, self.bold = font_names()

    def need(self, height: float) -> None:
        if self.y - height < self.margin + 10 * mm:
            self.footer()
            self.pdf.showPage()
            self.y = self.height - self.margin
            self.text(
                _("Packing slip · order %(number)s (continued)")
                % {"number": self.slip.number},
                size=10,
                colour=MUTED,
            )
            self.y -= 4 * mm

    def text(self, value: str, *, size=10, bold=False, colour=colors.black, x=None):
        font = self.bold if bold else self.regular
        x = self.margin if x is None else x
        width = self.width - self.margin - x
        for piece in simpleSplit(value, font, size, width) or [""]:
            self.need(size * 1.4)
            self.pdf.setFont(font, size)
            self.pdf.setFillColor(colour)
            self.pdf.drawString(x, self.y - size, piece)
            self.y -= size * 1.4

    def footer(self) -> None:
        self.pdf.setFont(self.regular, 8)
        self.pdf.setFillColor(MUTED)
        self.pdf.drawString(
            self.margin,
            self.margin / 2,
            _("Order %(number)s · page %(page)d")
            % {"number": self.slip.number, "page": self.pdf.getPageNumber()},
        )


def packing_slip_pdf_render(*, order, part, partner) -> bytes:
    """The packing slip as PDF bytes, in the active language."""
    slip = packing_slip_content(order=order, part=part, partner=partner)
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setTitle(_("Packing slip · order %(number)s") % {"number": slip.number})
    pdf.setAuthor(slip.shop_name)
    page = _Page(pdf, slip)
    margin, width = page.margin, page.width

    page.text(slip.shop_name, size=18, bold=True, colour=BRAND)
    page.text(_("Packing slip"), size=13, bold=True)
    page.y -= 2 * mm
    page.text(
        _("Order %(number)s · placed on %(date)s")
        % {"number": slip.number, "date": slip.date_placed},
        size=11,
    )
    page.y -= 4 * mm

    # Ship to (left) and from (right), side by side.
    top = page.y
    column = (width - 2 * margin) / 2
    if slip.ship_to:
        page.text(_("Ship to"), size=10, bold=True, colour=MUTED)
        for line in slip.ship_to:
            page.text(line, size=11)
        if slip.phone:
            page.text(_("Phone: %(phone)s") % {"phone": slip.phone}, size=10)
        if slip.instructions:
            page.text(
                _("Instructions: %(notes)s") % {"notes": slip.instructions}, size=10
            )
    else:
        page.text(_("Nothing to ship: no address needed."), size=10, colour=MUTED)
    left_bottom = page.y
    page.y = top
    page.text(
        pgettext("packing slip: the sender", "From"),
        size=10,
        bold=True,
        colour=MUTED,
        x=margin + column,
    )
    for line in [slip.shop_name, *slip.sender]:
        page.text(line, size=10, x=margin + column)
    page.y = min(page.y, left_bottom) - 6 * mm

    # Items: quantity, title (wrapped), SKU, a box to tick when packed.
    qty_x, title_x = margin, margin + 18 * mm
    sku_x, box_x = width - margin - 58 * mm, width - margin - 8 * mm
    title_width = sku_x - title_x - 4 * mm

    def header():
        page.need(12 * mm)
        pdf.setFont(page.bold, 10)
        pdf.setFillColor(MUTED)
        pdf.drawString(qty_x, page.y - 10, _("Qty"))
        pdf.drawString(title_x, page.y - 10, _("Item"))
        pdf.drawString(sku_x, page.y - 10, _("SKU"))
        pdf.drawString(box_x - 4 * mm, page.y - 10, _("Packed"))
        page.y -= 14
        pdf.setStrokeColor(LINE)
        pdf.line(margin, page.y, width - margin, page.y)
        page.y -= 4

    header()
    for item in slip.items:
        title_lines = simpleSplit(item.title, page.regular, 11, title_width) or [""]
        sku_lines = simpleSplit(item.sku, page.regular, 9, 46 * mm)[:2] or [""]
        height = max(len(title_lines), len(sku_lines)) * 15 + 6
        if page.y - height < margin + 10 * mm:
            page.need(height + 20 * mm)  # new page, then the header again
            header()
        pdf.setFillColor(colors.black)
        pdf.setFont(page.bold, 11)
        pdf.drawString(qty_x, page.y - 12, f"{item.quantity} ×")
        pdf.setFont(page.regular, 11)
        for n, piece in enumerate(title_lines):
            pdf.drawString(title_x, page.y - 12 - n * 15, piece)
        pdf.setFont(page.regular, 9)
        for n, piece in enumerate(sku_lines):
            pdf.drawString(sku_x, page.y - 12 - n * 15, piece)
        pdf.setStrokeColor(MUTED)
        pdf.rect(box_x, page.y - 14, 4 * mm, 4 * mm)
        page.y -= height
        pdf.setStrokeColor(LINE)
        pdf.line(margin, page.y + 2, width - margin, page.y + 2)
    page.y -= 6 * mm

    if slip.carrier or slip.tracking_reference:
        if slip.carrier:
            page.text(_("Carrier: %(carrier)s") % {"carrier": slip.carrier}, size=10)
        if slip.tracking_reference:
            page.text(
                _("Tracking reference: %(reference)s")
                % {"reference": slip.tracking_reference},
                size=10,
            )
        page.y -= 4 * mm
    page.text(
        _("Thank you for buying from %(shop)s.") % {"shop": slip.shop_name},
        size=11,
        bold=True,
        colour=BRAND,
    )
    page.footer()
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
