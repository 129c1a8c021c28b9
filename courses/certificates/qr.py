"""QR codes for verification links, drawn with ReportLab's encoder (no new dependency)."""

from reportlab.graphics.barcode.qr import QrCodeWidget

QUIET_ZONE = 4  # modules of white border the QR specification asks for


def qr_modules(value: str) -> list[list[bool]]:
    """The QR matrix for `value`: rows of dark (True) and light modules."""
    widget = QrCodeWidget(value, barLevel="M")
    widget.qr.make()
    return [[bool(module) for module in row] for row in widget.qr.modules]


def qr_svg(value: str, *, title: str = "") -> str:
    """A compact inline SVG of the QR code.

    One path with presentation attributes only, so the strict Content Security
    Policy (no inline styles) lets it render.
    """
    modules = qr_modules(value)
    size = len(modules) + 2 * QUIET_ZONE
    runs = []
    for r, row in enumerate(modules):
        c = 0
        while c < len(row):
            if row[c]:
                start = c
                while c < len(row) and row[c]:
                    c += 1
                runs.append(
                    f"M{start + QUIET_ZONE} {r + QUIET_ZONE}h{c - start}v1h-{c - start}z"
                )
            else:
                c += 1
    title_tag = f"<title>{_escape(title)}</title>" if title else ""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" '
        f'role="img" shape-rendering="crispEdges" class="qr">{title_tag}'
        f'<rect width="{size}" height="{size}" fill="#fff"/>'
        f'<path fill="#000" d="{"".join(runs)}"/></svg>'
    )


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
    )
