"""The drawing kit of the demo's illustrations: palettes, and a pen that draws
in a box's own coordinates so each motif is written once for any size."""

from dataclasses import dataclass
from pathlib import Path

from PIL import ImageDraw, ImageFont

_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")


@dataclass(frozen=True)
class Palette:
    sky: str
    ground: str
    main: str
    accent: str
    warm: str
    dark: str
    light: str = "#ffffff"


PALETTES = {
    "teal": Palette("#e3f2ef", "#b7ded6", "#0b5d63", "#2a9d8f", "#f4a261", "#12343b"),
    "rose": Palette("#fbe9ee", "#f3c7d3", "#9c2f55", "#e76f51", "#f4a261", "#3d1425"),
    "gold": Palette("#f6f0dc", "#e9d9a6", "#264653", "#2a9d8f", "#e9c46a", "#1d3038"),
    "indigo": Palette("#e8eafc", "#c5cbf4", "#3a0ca3", "#4cc9f0", "#f72585", "#1b0a4a"),
    "violet": Palette("#f0eaf7", "#d8c8ea", "#6a4c93", "#1982c4", "#ff924c", "#2e2040"),
    "sea": Palette("#e0f1f5", "#f2e3c0", "#005f73", "#0a9396", "#ee9b00", "#08303a"),
    "slate": Palette("#eceef1", "#cfd4db", "#343a40", "#8d99ae", "#e63946", "#1e2226"),
    "forest": Palette("#e6f4ea", "#b9dfc4", "#1b4332", "#52b788", "#f9c74f", "#0f261c"),
    "coral": Palette("#fdeee8", "#f6cfc0", "#b5485d", "#f28482", "#84a59d", "#4a1d26"),
    "leaf": Palette("#eef6e2", "#cfe6b0", "#386641", "#6a994e", "#f2e8cf", "#1f3a24"),
    "amber": Palette("#fdf3e1", "#f5d9a8", "#7f5539", "#dda15e", "#606c38", "#3a2618"),
    "ocean": Palette("#e4eefb", "#c3d6f2", "#1d3557", "#457b9d", "#e63946", "#0d1b2a"),
}


class Pen:
    """Draws in a box's own coordinates, (0, 0) top left to (1, 1) bottom right."""

    def __init__(self, draw: ImageDraw.ImageDraw, box, palette: Palette):
        self.draw = draw
        self.x0, self.y0, self.x1, self.y1 = box
        self.w = self.x1 - self.x0
        self.h = self.y1 - self.y0
        self.c = palette

    def p(self, u: float, v: float) -> tuple[float, float]:
        return (self.x0 + u * self.w, self.y0 + v * self.h)

    def box(self, u0, v0, u1, v1) -> list[float]:
        return [*self.p(u0, v0), *self.p(u1, v1)]

    def line_width(self, share: float) -> int:
        return max(1, round(share * min(self.w, self.h)))

    def rect(self, u0, v0, u1, v1, fill, radius=0.0, outline=None, width=0.0):
        self.draw.rounded_rectangle(
            self.box(u0, v0, u1, v1),
            radius=radius * min(self.w, self.h),
            fill=fill,
            outline=outline,
            width=self.line_width(width) if outline else 0,
        )

    def ellipse(self, u0, v0, u1, v1, fill=None, outline=None, width=0.0):
        self.draw.ellipse(
            self.box(u0, v0, u1, v1),
            fill=fill,
            outline=outline,
            width=self.line_width(width) if outline else 0,
        )

    def circle(self, u, v, r, fill=None, outline=None, width=0.0):
        # r is a share of the box's shorter side, so circles stay round.
        side = min(self.w, self.h)
        cx, cy = self.p(u, v)
        self.draw.ellipse(
            [cx - r * side, cy - r * side, cx + r * side, cy + r * side],
            fill=fill,
            outline=outline,
            width=self.line_width(width) if outline else 0,
        )

    def polygon(self, points, fill, outline=None, width=0.0):
        self.draw.polygon(
            [self.p(u, v) for u, v in points],
            fill=fill,
            outline=outline,
            width=self.line_width(width) if outline else 0,
        )

    def line(self, points, fill, width=0.02):
        self.draw.line(
            [self.p(u, v) for u, v in points],
            fill=fill,
            width=self.line_width(width),
            joint="curve",
        )

    def arc(self, u0, v0, u1, v1, start, end, fill, width=0.02):
        self.draw.arc(
            self.box(u0, v0, u1, v1),
            start,
            end,
            fill=fill,
            width=self.line_width(width),
        )

    def symbol(self, u, v, size, text, fill):
        """A single sign (€, %, ✓), not words: pictures are shared by all languages."""
        font = ImageFont.truetype(str(_FONT), max(8, round(size * min(self.w, self.h))))
        self.draw.text(self.p(u, v), text, font=font, fill=fill, anchor="mm")
