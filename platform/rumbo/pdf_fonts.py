"""The fonts of every PDF Rumbo makes (certificates, packing slips).

DejaVu covers far more scripts than the PDF core fonts (people's names and
addresses come from everywhere); Helvetica where it is not installed.
"""

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

DEJAVU_DIRS = [
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
]
_fonts: tuple[str, str] | None = None


def font_names() -> tuple[str, str]:
    """The regular and bold font names, registered once per process."""
    global _fonts
    if _fonts is None:
        _fonts = ("Helvetica", "Helvetica-Bold")
        for folder in DEJAVU_DIRS:
            regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
            if regular.is_file() and bold.is_file():
                pdfmetrics.registerFont(TTFont("RumboSans", str(regular)))
                pdfmetrics.registerFont(TTFont("RumboSans-Bold", str(bold)))
                _fonts = ("RumboSans", "RumboSans-Bold")
                break
    return _fonts
