"""Demo pictures: drawn locally, the same on every run, small and of the size
the catalogue's renditions need."""

import io

import pytest
from PIL import Image

from demo.illustrations import (
    COVER_SIZE,
    LESSON_SIZE,
    MOTIFS,
    PALETTES,
    cover_png,
    lesson_png,
)


def test_a_cover_is_the_same_png_on_every_run():
    first = cover_png(["shop", "coins", "laptop"], "teal", "tienda-online")
    assert first == cover_png(["shop", "coins", "laptop"], "teal", "tienda-online")
    assert first != cover_png(["boat", "coins", "laptop"], "teal", "tienda-online")
    picture = Image.open(io.BytesIO(first))
    assert picture.format == "PNG" and picture.size == COVER_SIZE
    assert len(first) < 60_000


@pytest.mark.parametrize("motif", sorted(MOTIFS))
def test_every_motif_draws_a_picture_not_a_flat_colour(motif):
    data = lesson_png(motif, "sea", motif)
    picture = Image.open(io.BytesIO(data)).convert("RGB")
    assert picture.size == LESSON_SIZE
    assert len(data) < 40_000
    # The object in the middle shows at least three colours of its own besides
    # the white halo it stands on.
    width, height = picture.size
    middle = picture.crop((width // 3, height // 4, 2 * width // 3, 3 * height // 4))
    pixels = middle.width * middle.height
    colours = middle.getcolors(maxcolors=pixels)
    solid = [c for count, c in colours if count > pixels / 100 and c != (255, 255, 255)]
    assert len(solid) >= 3


@pytest.mark.parametrize("palette", sorted(PALETTES))
def test_every_palette_draws(palette):
    assert cover_png(["document", "chart"], palette, palette)
