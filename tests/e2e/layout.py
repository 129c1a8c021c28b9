"""Layout checks in a real browser: nothing may make a page scroll sideways."""

# The elements sticking out of the viewport, innermost first, to say which
# element is too wide rather than only that something is.
_OVERFLOWING = """() => {
  const width = window.innerWidth;
  const found = [];
  for (const el of document.body.querySelectorAll('*')) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.right <= width + 1) continue;
    if (el.closest('.visually-hidden, .skip-link')) continue;
    if ([...el.children].some(child => child.getBoundingClientRect().right > width + 1)) continue;
    const name = el.tagName.toLowerCase()
      + (el.id ? '#' + el.id : '')
      + (el.className && typeof el.className === 'string'
         ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
    found.push(`${name} (right edge ${Math.round(box.right)} px): `
      + (el.textContent || '').trim().slice(0, 60));
    if (found.length >= 8) break;
  }
  return found;
}"""


def horizontal_overflow(page) -> int:
    """How many CSS pixels the page is wider than the window (0 when it fits)."""
    return page.evaluate(
        "() => document.documentElement.scrollWidth - window.innerWidth"
    )


def assert_no_horizontal_scroll(page) -> None:
    """Fail, naming the widest elements, if the page scrolls sideways."""
    extra = horizontal_overflow(page)
    if extra > 0:
        culprits = page.evaluate(_OVERFLOWING)
        raise AssertionError(
            f"{page.url} scrolls sideways by {extra} px at "
            f"{page.viewport_size['width']} px:\n  " + "\n  ".join(culprits)
        )
