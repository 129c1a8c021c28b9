"""The motifs: each draws one recognisable object (a shop front, a boat,
coins...) filling the pen's box, in the pen's palette."""

import math
from collections.abc import Callable

from demo.illustrations.pen import Pen


def _shop(pen: Pen):
    c = pen.c
    pen.rect(0.08, 0.28, 0.92, 0.98, c.ground)
    pen.rect(0.04, 0.1, 0.96, 0.3, c.main, radius=0.02)
    scallops = 6
    step = 0.92 / scallops
    for i in range(scallops):
        u0 = 0.04 + i * step
        pen.rect(u0, 0.3 - 0.06, u0 + step, 0.34, c.warm if i % 2 == 0 else c.light)
        pen.draw.pieslice(
            pen.box(u0, 0.26, u0 + step, 0.26 + step * pen.w / pen.h),
            0,
            180,
            fill=c.warm if i % 2 == 0 else c.light,
        )
    pen.rect(0.16, 0.5, 0.52, 0.8, c.accent, radius=0.02)
    pen.line([(0.34, 0.5), (0.34, 0.8)], c.light, 0.015)
    pen.rect(0.6, 0.5, 0.84, 0.98, c.main, radius=0.02)
    pen.circle(0.64, 0.75, 0.018, c.warm)
    pen.rect(0.12, 0.83, 0.56, 0.88, c.dark)


def _boat(pen: Pen):
    c = pen.c
    pen.line([(0.5, 0.05), (0.5, 0.7)], c.dark, 0.025)
    pen.polygon([(0.52, 0.08), (0.52, 0.62), (0.86, 0.62)], c.light)
    pen.polygon([(0.48, 0.16), (0.48, 0.62), (0.2, 0.62)], c.warm)
    pen.polygon([(0.08, 0.68), (0.92, 0.68), (0.78, 0.86), (0.22, 0.86)], c.main)
    pen.rect(0.1, 0.7, 0.9, 0.74, c.accent)
    for i in range(4):
        u = 0.0 + i * 0.26
        pen.arc(u, 0.84, u + 0.26, 1.0, 200, 340, c.accent, 0.025)


def _coins(pen: Pen):
    c = pen.c
    for stack, (u, height) in enumerate(((0.18, 5), (0.42, 8), (0.66, 3))):
        for i in range(height):
            v = 0.9 - i * 0.075
            colour = c.warm if (i + stack) % 2 == 0 else c.accent
            pen.ellipse(u - 0.14, v - 0.05, u + 0.14, v + 0.05, colour, c.dark, 0.01)
    pen.circle(0.74, 0.34, 0.27, c.warm, c.dark, 0.02)
    pen.circle(0.74, 0.34, 0.2, None, c.dark, 0.012)
    pen.symbol(0.74, 0.34, 0.26, "€", c.dark)


def _laptop(pen: Pen):
    c = pen.c
    pen.rect(0.16, 0.1, 0.84, 0.72, c.dark, radius=0.03)
    pen.rect(0.2, 0.15, 0.8, 0.67, c.light, radius=0.01)
    for i, height in enumerate((0.16, 0.26, 0.22, 0.36)):
        u = 0.27 + i * 0.13
        pen.rect(u, 0.6 - height, u + 0.08, 0.6, c.accent if i < 3 else c.warm)
    pen.polygon([(0.08, 0.76), (0.92, 0.76), (0.98, 0.86), (0.02, 0.86)], c.main)
    pen.rect(0.42, 0.77, 0.58, 0.79, c.light)


def _iberia(pen: Pen):
    c = pen.c
    pen.rect(0.0, 0.0, 1.0, 1.0, c.accent, radius=0.05)
    peninsula = [
        (0.12, 0.2), (0.25, 0.12), (0.45, 0.13), (0.62, 0.16), (0.76, 0.2),
        (0.9, 0.24), (0.88, 0.34), (0.8, 0.42), (0.74, 0.55), (0.7, 0.68),
        (0.58, 0.8), (0.44, 0.86), (0.34, 0.84), (0.24, 0.86), (0.18, 0.82),
        (0.16, 0.7), (0.11, 0.6), (0.13, 0.46), (0.1, 0.33),
    ]  # fmt: skip
    pen.polygon(peninsula, c.sky)
    portugal = [
        (0.12, 0.2), (0.22, 0.22), (0.24, 0.36), (0.21, 0.52), (0.24, 0.66),
        (0.22, 0.8), (0.24, 0.86), (0.18, 0.82), (0.16, 0.7), (0.11, 0.6),
        (0.13, 0.46), (0.1, 0.33),
    ]  # fmt: skip
    pen.polygon(portugal, c.ground)
    pen.line(
        [(0.22, 0.22), (0.24, 0.36), (0.21, 0.52), (0.24, 0.66), (0.22, 0.8)],
        c.main,
        0.012,
    )
    # Faro and Huelva, either side of the Guadiana.
    for u, v, colour in ((0.17, 0.8, c.warm), (0.32, 0.78, c.main)):
        pen.circle(u, v - 0.1, 0.07, colour)
        pen.polygon(
            [(u - 0.055, v - 0.08), (u + 0.055, v - 0.08), (u, v + 0.02)], colour
        )
        pen.circle(u, v - 0.1, 0.028, c.light)


def _house(pen: Pen):
    c = pen.c
    pen.ellipse(-0.1, 0.7, 0.7, 1.2, c.accent)
    pen.ellipse(0.4, 0.75, 1.1, 1.25, c.main)
    pen.rect(0.28, 0.42, 0.78, 0.86, c.light)
    pen.polygon([(0.22, 0.46), (0.53, 0.14), (0.84, 0.46)], c.warm)
    pen.rect(0.68, 0.16, 0.74, 0.34, c.dark)
    pen.rect(0.46, 0.62, 0.6, 0.86, c.main, radius=0.02)
    pen.rect(0.33, 0.52, 0.42, 0.62, c.accent)
    pen.rect(0.66, 0.52, 0.75, 0.62, c.accent)
    pen.rect(0.1, 0.52, 0.13, 0.84, c.dark)
    pen.circle(0.115, 0.46, 0.1, c.accent)


def _care(pen: Pen):
    c = pen.c
    # Care at home: a house with a heart bearing a health cross.
    pen.rect(0.68, 0.14, 0.78, 0.34, c.dark)
    pen.polygon([(0.04, 0.46), (0.5, 0.06), (0.96, 0.46)], c.accent)
    pen.rect(0.14, 0.42, 0.86, 0.96, c.main, radius=0.02)
    pen.circle(0.4, 0.6, 0.12, c.warm)
    pen.circle(0.6, 0.6, 0.12, c.warm)
    pen.polygon([(0.292, 0.66), (0.708, 0.66), (0.5, 0.9)], c.warm)
    pen.rect(0.47, 0.52, 0.53, 0.76, c.light, radius=0.01)
    pen.rect(0.39, 0.61, 0.61, 0.67, c.light, radius=0.01)


def _turbine(pen: Pen):
    c = pen.c
    pen.circle(0.18, 0.2, 0.12, c.warm)
    pen.polygon([(0.6, 0.32), (0.63, 0.32), (0.66, 0.96), (0.57, 0.96)], c.dark)
    hub = (0.615, 0.3)
    for angle in (90, 210, 330):
        a = math.radians(angle)
        tip = (hub[0] + 0.3 * math.cos(a) * pen.h / pen.w, hub[1] - 0.3 * math.sin(a))
        side = math.radians(angle + 90)
        off = (0.03 * math.cos(side) * pen.h / pen.w, -0.03 * math.sin(side))
        pen.polygon([(hub[0] + off[0], hub[1] + off[1]), tip, hub], c.main)
    pen.circle(*hub, 0.03, c.warm)
    pen.rect(0.16, 0.6, 0.2, 0.96, c.dark)
    pen.circle(0.18, 0.56, 0.14, c.accent)
    pen.circle(0.28, 0.66, 0.1, c.main)


def _recycle(pen: Pen):
    c = pen.c
    colours = (c.main, c.accent, c.warm)
    for i, start in enumerate((-80, 40, 160)):
        pen.arc(0.08, 0.08, 0.92, 0.92, start, start + 95, colours[i], 0.1)
        a = math.radians(start + 100)
        r = 0.37
        u = 0.5 + r * math.cos(a) * pen.h / pen.w
        v = 0.5 + r * math.sin(a)
        tangent = a + math.pi / 2
        size = 0.14
        tip = (
            u + size * math.cos(tangent) * pen.h / pen.w,
            v + size * math.sin(tangent),
        )
        left = (u - 0.11 * math.cos(a) * pen.h / pen.w, v - 0.11 * math.sin(a))
        right = (u + 0.11 * math.cos(a) * pen.h / pen.w, v + 0.11 * math.sin(a))
        pen.polygon([left, tip, right], colours[i])


def _scale(pen: Pen):
    c = pen.c
    pen.rect(0.47, 0.16, 0.53, 0.86, c.dark)
    pen.rect(0.3, 0.84, 0.7, 0.92, c.dark, radius=0.02)
    pen.line([(0.14, 0.26), (0.86, 0.2)], c.dark, 0.025)
    pen.circle(0.5, 0.16, 0.04, c.warm)
    for u, v in ((0.14, 0.26), (0.86, 0.2)):
        pen.line([(u, v), (u - 0.1, v + 0.32)], c.main, 0.01)
        pen.line([(u, v), (u + 0.1, v + 0.32)], c.main, 0.01)
        pen.polygon(
            [(u - 0.13, v + 0.32), (u + 0.13, v + 0.32), (u, v + 0.42)], c.accent
        )
    pen.circle(0.86, 0.47, 0.05, c.warm)
    pen.circle(0.14, 0.52, 0.04, c.warm)


def _people(pen: Pen):
    c = pen.c
    for u, scale, colour in (
        (0.24, 0.8, c.accent),
        (0.76, 0.8, c.warm),
        (0.5, 1.0, c.main),
    ):
        top = 0.95 - 0.62 * scale
        pen.rect(
            u - 0.13 * scale,
            top + 0.24 * scale,
            u + 0.13 * scale,
            0.98,
            colour,
            radius=0.08,
        )
        pen.circle(u, top + 0.11 * scale, 0.12 * scale, c.dark)


def _document(pen: Pen):
    c = pen.c
    pen.polygon(
        [(0.22, 0.04), (0.68, 0.04), (0.8, 0.16), (0.8, 0.96), (0.22, 0.96)],
        c.light,
        outline=c.ground,
        width=0.015,
    )
    pen.polygon([(0.68, 0.04), (0.68, 0.16), (0.8, 0.16)], c.ground)
    for i in range(5):
        v = 0.26 + i * 0.14
        pen.rect(0.3, v, 0.38, v + 0.07, None, outline=c.main, width=0.012)
        if i < 3:
            pen.line(
                [(0.31, v + 0.035), (0.34, v + 0.065), (0.39, v - 0.01)],
                c.accent,
                0.014,
            )
        pen.rect(0.44, v + 0.02, 0.72 - (i % 2) * 0.1, v + 0.05, c.ground)
    pen.polygon([(0.84, 0.4), (0.9, 0.44), (0.66, 0.9), (0.6, 0.86)], c.warm)
    pen.polygon([(0.6, 0.86), (0.66, 0.9), (0.58, 0.96)], c.dark)


def _chart(pen: Pen):
    c = pen.c
    pen.line([(0.1, 0.08), (0.1, 0.92), (0.94, 0.92)], c.dark, 0.02)
    for i, height in enumerate((0.22, 0.34, 0.3, 0.5, 0.66)):
        u = 0.18 + i * 0.15
        pen.rect(
            u, 0.9 - height, u + 0.1, 0.9, c.accent if i < 4 else c.main, radius=0.01
        )
    pen.line(
        [(0.16, 0.6), (0.36, 0.48), (0.52, 0.52), (0.7, 0.34), (0.88, 0.14)],
        c.warm,
        0.03,
    )
    pen.polygon([(0.92, 0.08), (0.92, 0.22), (0.8, 0.12)], c.warm)


def _megaphone(pen: Pen):
    c = pen.c
    pen.polygon([(0.14, 0.4), (0.6, 0.14), (0.6, 0.86), (0.14, 0.6)], c.main)
    pen.rect(0.08, 0.38, 0.18, 0.62, c.dark, radius=0.02)
    pen.rect(0.58, 0.1, 0.66, 0.9, c.warm, radius=0.03)
    pen.polygon([(0.24, 0.6), (0.34, 0.64), (0.3, 0.86), (0.22, 0.84)], c.dark)
    for i in range(3):
        r = 0.16 + i * 0.1
        pen.arc(0.6 - r, 0.5 - r, 0.7 + r, 0.5 + r, -40, 40, c.accent, 0.025)


def _speech(pen: Pen):
    c = pen.c
    pen.rect(0.04, 0.08, 0.6, 0.5, c.main, radius=0.08)
    pen.polygon([(0.14, 0.48), (0.28, 0.48), (0.12, 0.64)], c.main)
    pen.rect(0.4, 0.4, 0.96, 0.82, c.warm, radius=0.08)
    pen.polygon([(0.76, 0.8), (0.88, 0.8), (0.9, 0.96)], c.warm)
    for i in range(3):
        pen.circle(0.2 + i * 0.12, 0.29, 0.035, c.light)
        pen.circle(0.56 + i * 0.12, 0.61, 0.035, c.dark)


def _camera(pen: Pen):
    c = pen.c
    pen.rect(0.3, 0.14, 0.52, 0.3, c.dark, radius=0.03)
    pen.rect(0.06, 0.24, 0.94, 0.88, c.main, radius=0.06)
    pen.circle(0.5, 0.56, 0.26, c.dark)
    pen.circle(0.5, 0.56, 0.19, c.accent)
    pen.circle(0.5, 0.56, 0.1, c.dark)
    pen.circle(0.44, 0.5, 0.035, c.light)
    pen.rect(0.74, 0.32, 0.86, 0.4, c.warm, radius=0.02)


def _truck(pen: Pen):
    c = pen.c
    pen.rect(0.04, 0.2, 0.64, 0.76, c.ground, radius=0.02)
    pen.rect(0.2, 0.34, 0.46, 0.6, c.warm, radius=0.01)
    pen.line([(0.33, 0.34), (0.33, 0.6)], c.dark, 0.012)
    pen.polygon(
        [(0.66, 0.36), (0.84, 0.36), (0.96, 0.54), (0.96, 0.76), (0.66, 0.76)], c.main
    )
    pen.polygon([(0.7, 0.4), (0.82, 0.4), (0.9, 0.54), (0.7, 0.54)], c.sky)
    for u in (0.2, 0.8):
        pen.circle(u, 0.8, 0.11, c.dark)
        pen.circle(u, 0.8, 0.045, c.ground)


def _shield(pen: Pen):
    c = pen.c
    pen.polygon(
        [
            (0.5, 0.04),
            (0.86, 0.18),
            (0.82, 0.58),
            (0.5, 0.96),
            (0.18, 0.58),
            (0.14, 0.18),
        ],
        c.main,
    )
    pen.polygon([(0.5, 0.12), (0.78, 0.23), (0.75, 0.56), (0.5, 0.86)], c.accent)
    pen.arc(0.38, 0.24, 0.62, 0.56, 180, 360, c.light, 0.04)
    pen.rect(0.34, 0.42, 0.66, 0.72, c.warm, radius=0.03)
    pen.circle(0.5, 0.54, 0.04, c.dark)
    pen.rect(0.485, 0.54, 0.515, 0.64, c.dark)


def _calculator(pen: Pen):
    c = pen.c
    pen.rect(0.22, 0.04, 0.78, 0.96, c.dark, radius=0.06)
    pen.rect(0.28, 0.1, 0.72, 0.3, c.sky, radius=0.02)
    pen.rect(0.5, 0.18, 0.68, 0.23, c.dark)
    for row in range(4):
        for col in range(3):
            u = 0.29 + col * 0.15
            v = 0.36 + row * 0.15
            colour = c.warm if (row, col) == (3, 2) else c.light
            pen.rect(u, v, u + 0.12, v + 0.11, colour, radius=0.02)


def _restaurant(pen: Pen):
    c = pen.c
    pen.circle(0.5, 0.52, 0.4, c.light, c.ground, 0.02)
    pen.circle(0.5, 0.52, 0.27, None, c.ground, 0.015)
    pen.circle(0.5, 0.52, 0.14, c.warm)
    pen.rect(0.06, 0.16, 0.09, 0.9, c.dark, radius=0.01)
    for u in (0.03, 0.075, 0.12):
        pen.rect(u, 0.12, u + 0.015, 0.36, c.dark)
    pen.rect(0.03, 0.32, 0.135, 0.4, c.dark, radius=0.02)
    pen.polygon(
        [(0.9, 0.1), (0.95, 0.1), (0.95, 0.9), (0.91, 0.9), (0.88, 0.5)], c.dark
    )


def _key(pen: Pen):
    c = pen.c
    pen.circle(0.3, 0.36, 0.2, c.warm)
    pen.circle(0.3, 0.36, 0.08, c.sky)
    pen.rect(0.42, 0.32, 0.92, 0.4, c.warm)
    for u in (0.7, 0.82):
        pen.rect(u, 0.4, u + 0.06, 0.52, c.warm)
    pen.polygon([(0.18, 0.56), (0.42, 0.56), (0.46, 0.92), (0.14, 0.92)], c.main)
    pen.circle(0.3, 0.64, 0.03, c.light)
    pen.line([(0.3, 0.56), (0.3, 0.5)], c.dark, 0.012)


def _calendar(pen: Pen):
    c = pen.c
    pen.rect(0.1, 0.12, 0.9, 0.94, c.light, radius=0.04, outline=c.ground, width=0.015)
    pen.rect(0.1, 0.12, 0.9, 0.32, c.main, radius=0.04)
    pen.rect(0.1, 0.24, 0.9, 0.32, c.main)
    for u in (0.28, 0.72):
        pen.rect(u - 0.03, 0.04, u + 0.03, 0.2, c.dark, radius=0.02)
    for row in range(4):
        for col in range(5):
            u = 0.16 + col * 0.148
            v = 0.38 + row * 0.14
            colour = c.warm if (row, col) == (2, 3) else c.ground
            pen.rect(u, v, u + 0.11, v + 0.1, colour, radius=0.015)


def _globe(pen: Pen):
    c = pen.c
    pen.circle(0.5, 0.5, 0.42, c.accent)
    pen.polygon(
        [
            (0.36, 0.2),
            (0.5, 0.18),
            (0.56, 0.3),
            (0.48, 0.44),
            (0.52, 0.6),
            (0.44, 0.76),
            (0.38, 0.6),
            (0.32, 0.4),
        ],
        c.main,
    )
    pen.polygon([(0.62, 0.3), (0.76, 0.34), (0.74, 0.5), (0.64, 0.46)], c.main)
    pen.circle(0.5, 0.5, 0.42, None, c.dark, 0.02)
    pen.ellipse(
        0.5 - 0.2 * pen.h / pen.w,
        0.08,
        0.5 + 0.2 * pen.h / pen.w,
        0.92,
        None,
        c.dark,
        0.012,
    )
    pen.line(
        [(0.5 - 0.42 * pen.h / pen.w, 0.5), (0.5 + 0.42 * pen.h / pen.w, 0.5)],
        c.dark,
        0.012,
    )


def _easel(pen: Pen):
    c = pen.c
    pen.line([(0.5, 0.7), (0.3, 0.98)], c.dark, 0.025)
    pen.line([(0.5, 0.7), (0.7, 0.98)], c.dark, 0.025)
    pen.rect(0.08, 0.06, 0.92, 0.72, c.light, radius=0.02, outline=c.dark, width=0.02)
    slices = ((0, 160, c.main), (160, 260, c.accent), (260, 360, c.warm))
    for start, end, colour in slices:
        pen.draw.pieslice(pen.box(0.16, 0.16, 0.44, 0.62), start, end, fill=colour)
    for i, width in enumerate((0.3, 0.22, 0.26)):
        v = 0.24 + i * 0.14
        pen.rect(0.52, v, 0.52 + width, v + 0.06, c.ground)


def _beach(pen: Pen):
    c = pen.c
    pen.circle(0.78, 0.2, 0.13, c.warm)
    pen.rect(0.0, 0.62, 1.0, 0.76, c.accent)
    pen.rect(0.0, 0.76, 1.0, 1.0, c.ground)
    pen.line([(0.34, 0.3), (0.42, 0.92)], c.dark, 0.02)
    pen.draw.pieslice(pen.box(0.08, 0.1, 0.6, 0.58), 180, 360, fill=c.main)
    for u in (0.17, 0.34, 0.51):
        pen.draw.pieslice(
            pen.box(u - 0.04, 0.28, u + 0.04, 0.38), 180, 360, fill=c.light
        )
    pen.rect(0.56, 0.82, 0.86, 0.88, c.warm, radius=0.02)


def _sprout(pen: Pen):
    c = pen.c
    pen.polygon([(0.28, 0.6), (0.72, 0.6), (0.64, 0.96), (0.36, 0.96)], c.warm)
    pen.rect(0.24, 0.56, 0.76, 0.64, c.dark, radius=0.02)
    pen.line([(0.5, 0.56), (0.5, 0.28)], c.main, 0.03)
    pen.draw.chord(pen.box(0.18, 0.14, 0.52, 0.44), 200, 20, fill=c.accent)
    pen.draw.chord(pen.box(0.48, 0.04, 0.84, 0.34), 160, 340, fill=c.main)


def _gear(pen: Pen):
    c = pen.c
    side = pen.h / pen.w
    for i in range(8):
        a = math.radians(i * 45)
        u, v = 0.5 + 0.38 * math.cos(a) * side, 0.5 + 0.38 * math.sin(a)
        pen.circle(u, v, 0.08, c.main)
    pen.circle(0.5, 0.5, 0.32, c.main)
    pen.circle(0.5, 0.5, 0.13, c.sky)
    pen.polygon([(0.72, 0.72), (0.78, 0.66), (0.98, 0.9), (0.92, 0.96)], c.warm)
    pen.circle(0.72, 0.7, 0.07, c.warm)


def _bank(pen: Pen):
    c = pen.c
    pen.polygon([(0.06, 0.3), (0.5, 0.06), (0.94, 0.3)], c.main)
    pen.rect(0.08, 0.3, 0.92, 0.36, c.dark)
    for i in range(5):
        u = 0.14 + i * 0.16
        pen.rect(u, 0.4, u + 0.08, 0.82, c.accent)
    pen.rect(0.06, 0.84, 0.94, 0.9, c.dark)
    pen.rect(0.02, 0.9, 0.98, 0.96, c.main)
    pen.circle(0.5, 0.2, 0.05, c.warm)


MOTIFS: dict[str, Callable[[Pen], None]] = {
    "shop": _shop,
    "boat": _boat,
    "coins": _coins,
    "laptop": _laptop,
    "iberia": _iberia,
    "house": _house,
    "care": _care,
    "turbine": _turbine,
    "recycle": _recycle,
    "scale": _scale,
    "people": _people,
    "document": _document,
    "chart": _chart,
    "megaphone": _megaphone,
    "speech": _speech,
    "camera": _camera,
    "truck": _truck,
    "shield": _shield,
    "calculator": _calculator,
    "restaurant": _restaurant,
    "key": _key,
    "calendar": _calendar,
    "globe": _globe,
    "easel": _easel,
    "beach": _beach,
    "sprout": _sprout,
    "gear": _gear,
    "bank": _bank,
}
