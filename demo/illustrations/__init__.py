"""Flat illustrations for the demo catalogue, drawn with Pillow: a shop front, a
boat, coins, a laptop, a map of Iberia... composed into course covers and
lesson pictures.

They carry no text, so one picture serves every language (the alt text is
per language, in the lesson). Everything is derived from the motif names and
the palette, so the same call draws the same pixels on every run. Shapes are
drawn at twice the size and reduced, as Pillow draws them without
anti-aliasing, then reduced to a small palette so the PNGs stay small.
"""

import io
import random

from PIL import Image, ImageDraw

from demo.illustrations.motifs import MOTIFS
from demo.illustrations.pen import PALETTES, Palette, Pen

__all__ = ["COVER_SIZE", "LESSON_SIZE", "MOTIFS", "PALETTES", "cover_png", "lesson_png"]

COVER_SIZE = (960, 540)
LESSON_SIZE = (960, 432)
_SUPERSAMPLE = 2
_COLOURS = 48


def _backdrop(size, palette: Palette, seed: str):
    """A canvas with sky, rolling ground and a few dots placed from `seed`."""
    width, height = size
    picture = Image.new("RGB", size, palette.sky)
    draw = ImageDraw.Draw(picture)
    rng = random.Random(seed)
    for _ in range(9):
        r = rng.uniform(0.006, 0.016) * width
        x, y = rng.uniform(0, width), rng.uniform(0, height * 0.6)
        draw.ellipse([x - r, y - r, x + r, y + r], fill=palette.ground)
    draw.ellipse(
        [-0.2 * width, 0.72 * height, 0.7 * width, 1.5 * height], fill=palette.ground
    )
    draw.ellipse(
        [0.4 * width, 0.78 * height, 1.3 * width, 1.6 * height], fill=palette.ground
    )
    return picture, draw


def _motif_at(draw, motif: str, centre, side: float, palette: Palette) -> None:
    """`motif` in a square of `side` pixels at `centre`, on a white halo that
    keeps it readable over the backdrop."""
    x, y = centre
    radius = 0.64 * side
    draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=palette.light)
    box = (x - side / 2, y - side / 2, x + side / 2, y + side / 2)
    MOTIFS[motif](Pen(draw, box, palette))


def _finish(picture: Image.Image, size) -> bytes:
    small = picture.resize(size, Image.LANCZOS)
    buffer = io.BytesIO()
    small.quantize(_COLOURS, method=Image.Quantize.MEDIANCUT).save(
        buffer, "PNG", optimize=True
    )
    return buffer.getvalue()


def cover_png(motifs: list[str], palette: str, seed: str) -> bytes:
    """A course cover: the course's main motif large, up to two more small."""
    colours = PALETTES[palette]
    width, height = size = (COVER_SIZE[0] * _SUPERSAMPLE, COVER_SIZE[1] * _SUPERSAMPLE)
    picture, draw = _backdrop(size, colours, seed)
    main, *others = motifs
    _motif_at(draw, main, (0.62 * width, 0.5 * height), 0.56 * height, colours)
    for (u, v), motif in zip(((0.17, 0.3), (0.22, 0.72)), others, strict=False):
        _motif_at(draw, motif, (u * width, v * height), 0.26 * height, colours)
    return _finish(picture, COVER_SIZE)


def lesson_png(motif: str, palette: str, seed: str) -> bytes:
    """A lesson picture: one motif on the topic's backdrop, wider than tall so
    it does not push the text far down on a phone."""
    colours = PALETTES[palette]
    width, height = size = (
        LESSON_SIZE[0] * _SUPERSAMPLE,
        LESSON_SIZE[1] * _SUPERSAMPLE,
    )
    picture, draw = _backdrop(size, colours, seed)
    _motif_at(draw, motif, (0.5 * width, 0.5 * height), 0.66 * height, colours)
    return _finish(picture, LESSON_SIZE)
