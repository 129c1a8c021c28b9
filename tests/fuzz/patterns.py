"""Every URL pattern of the project, and concrete URLs built from them.

The patterns come from Django's resolver, walked recursively: our apps,
i18n_patterns, Oscar's apps, Wagtail's admin and pages, Django's admin. A new
view is fuzzed as soon as it is in the URLconf. Each pattern's regular
expression (route patterns compile to one too) is turned back into a path,
filling each parameter with a value from the pools: real values from the
database (ids and codes of every user's objects) or odd ones.
"""

import random
import re
import warnings
from dataclasses import dataclass
from urllib.parse import quote

from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern, RoutePattern

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    try:
        from re import _constants as sre_constants
        from re import _parser as sre_parse
    except ImportError:  # pragma: no cover
        import sre_constants
        import sre_parse


@dataclass(frozen=True)
class Raw:
    """A value put in a URL as it is, not percent-encoded (e.g. "%FF%FE")."""

    text: str


# Odd values for any parameter: NUL, very long, invalid UTF-8 escapes,
# negative, huge and not-a-number values, markup and paths.
ODD_VALUES = [
    "\x00",
    "a\x00b",
    "x" * 10_000,
    Raw("%FF%FE"),
    Raw("%C3%28"),
    Raw("%ED%A0%80"),
    "-1",
    "0",
    "-0",
    "99999999999999999999999999",
    "9223372036854775808",
    "2147483648",
    "1e309",
    "NaN",
    "sNaN",
    "Infinity",
    "1.5",
    "",
    " ",
    "null",
    "'\"><script>alert(1)</script>",
    "' OR '1'='1",
    "../../etc/passwd",
    "ñandú-😀",
    "%",
    "\u202e\ufeff",
    "true",
    "[]",
    "{}",
]

PARAM_NAMES = [
    "page",
    "q",
    "sort",
    "order",
    "order_by",
    "next",
    "category",
    "region",
    "type",
    "status",
    "language",
    "lang",
    "min_price",
    "max_price",
    "price_min",
    "price_max",
    "date_from",
    "date_to",
    "from",
    "to",
    "order_number",
    "seller",
    "shop",
    "per_page",
    "format",
    "export",
    "course",
    "topic",
    "level",
    "area",
    "tab",
    "step",
    "id",
    "pk",
    "product",
    "search",
    "waiting",
    "filter",
]


@dataclass
class Route:
    """One URL pattern with its prefixes: what to fill, and where it leads."""

    parts: tuple  # (pattern, ...) from the root resolver down
    name: str
    view: str

    @property
    def label(self) -> str:
        text = ""
        for part in self.parts:
            text += "<lang>/" if isinstance(part, LocalePrefixPattern) else str(part)
        return text

    @property
    def is_admin(self) -> bool:
        label = self.label
        return label.startswith(("cms/", "django-admin/"))


def routes() -> list[Route]:
    found = []

    def walk(resolver, parts):
        for entry in resolver.url_patterns:
            if isinstance(entry, URLResolver):
                walk(entry, (*parts, entry.pattern))
            elif isinstance(entry, URLPattern):
                callback = entry.callback
                view = getattr(callback, "view_class", callback)
                found.append(
                    Route(
                        parts=(*parts, entry.pattern),
                        name=entry.name or "",
                        view=f"{view.__module__}.{view.__qualname__}",
                    )
                )

    walk(get_resolver(), ())
    return found


class Pools:
    """Values to fill parameters with: real ones from the database, and odd ones."""

    def __init__(self, rng: random.Random, ints: list[int], strings: list[str]):
        self.rng = rng
        self.ints = sorted(set(ints)) or [1]
        self.strings = sorted(set(strings)) or ["a"]

    def plausible(self, group_regex: str, converter) -> str:
        """A real value that the parameter's pattern accepts, if there is one."""
        kind = type(converter).__name__ if converter is not None else ""
        numeric = kind == "IntConverter" or re.fullmatch(
            r"-?\??(\\d|\[0-9\])[+*]?", group_regex.replace("-?", "")
        )
        candidates = (
            [str(i) for i in self.ints]
            if numeric
            else self.strings + list(map(str, self.ints))
        )
        try:
            compiled = re.compile(group_regex)
        except re.error:
            compiled = None
        for _attempt in range(25):
            value = self.rng.choice(candidates)
            if compiled is None or compiled.fullmatch(value):
                return value
        return _generate(group_regex, self.rng) if compiled else candidates[0]

    def odd(self):
        if self.rng.random() < 0.3:
            return str(self.rng.choice(self.ints))  # someone else's, most likely
        return self.rng.choice(ODD_VALUES)

    def value(self, group_regex: str = ".*", converter=None, odd_share=0.4):
        if self.rng.random() < odd_share:
            return self.odd()
        return self.plausible(group_regex, converter)


def _encode(value, *, keep_slash=False) -> str:
    if isinstance(value, Raw):
        return value.text
    return quote(value, safe="/" if keep_slash else "")


def path_for(route: Route, pools: Pools, language: str, odd_share: float) -> str:
    """A concrete path for the route, with every parameter filled."""
    path = "/"
    for part in route.parts:
        if isinstance(part, LocalePrefixPattern):
            path += f"{language}/"
            continue
        converters = part.converters if isinstance(part, RoutePattern) else {}
        regex = part.regex.pattern
        path += _fill(regex, converters, pools, odd_share)
    return path


def _fill(regex: str, converters: dict, pools: Pools, odd_share: float) -> str:
    """Turn a URL regex back into text, named groups filled from the pools."""
    parsed = sre_parse.parse(regex)
    names = {index: name for name, index in parsed.state.groupdict.items()}
    group_sources = _group_sources(regex)

    def emit(items) -> str:
        out = ""
        for op, arg in items:
            if op is sre_constants.LITERAL:
                out += chr(arg)
            elif op is sre_constants.SUBPATTERN:
                group, _add, _del, sub = arg
                name = names.get(group)
                if name is not None:
                    value = pools.value(
                        group_sources.get(name, ".*"),
                        converters.get(name),
                        odd_share,
                    )
                    out += _encode(
                        value,
                        keep_slash=type(converters.get(name)).__name__
                        == "PathConverter",
                    )
                else:
                    out += emit(sub)
            elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
                low, high, sub = arg
                out += emit(sub) * max(low, min(1, high))
            elif op is sre_constants.BRANCH:
                out += emit(arg[1][0])
            elif op is sre_constants.IN:
                out += _class_char(arg)
            elif op is sre_constants.ANY:
                out += "a"
            elif op is sre_constants.NOT_LITERAL:
                out += "a" if arg != ord("a") else "b"
            # AT (anchors), GROUPREF, ASSERT...: nothing to emit
        return out

    return emit(parsed)


def _class_char(items) -> str:
    for op, arg in items:
        if op is sre_constants.LITERAL:
            return chr(arg)
        if op is sre_constants.RANGE:
            return chr(arg[0])
        if op is sre_constants.CATEGORY:
            if arg is sre_constants.CATEGORY_DIGIT:
                return "1"
            return "a"
    return "a"


def _group_sources(regex: str) -> dict[str, str]:
    """Each named group's own sub-expression, as written."""
    sources = {}
    for match in re.finditer(r"\(\?P<(\w+)>", regex):
        depth, start = 1, match.end()
        i = start
        while i < len(regex) and depth:
            if regex[i] == "\\":
                i += 2
                continue
            if regex[i] == "(":
                depth += 1
            elif regex[i] == ")":
                depth -= 1
            i += 1
        sources[match.group(1)] = regex[start : i - 1]
    return sources


def _generate(regex: str, rng: random.Random) -> str:
    try:
        return _fill(regex, {}, Pools(rng, [1], ["a"]), 0.0)
    except Exception:  # noqa: BLE001  (a pattern we cannot invert: any text)
        return "a"


def languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]
