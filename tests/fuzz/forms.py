"""Forms and links found in HTML responses, and odd submissions of those forms."""

import random
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import quote_plus, urljoin, urlsplit

from tests.fuzz.patterns import ODD_VALUES, Raw


@dataclass
class Field:
    name: str
    kind: str  # input type, "select", "textarea"
    value: str = ""
    options: list = field(default_factory=list)
    checked: bool = False


@dataclass
class Form:
    action: str  # a path, resolved against the page it was found on
    method: str
    multipart: bool
    fields: list = field(default_factory=list)

    def defaults(self) -> dict[str, list[str]]:
        """What a browser would send as the form is shown."""
        data: dict[str, list[str]] = {}
        for f in self.fields:
            if f.kind in ("checkbox", "radio") and not f.checked:
                continue
            if f.kind in ("submit", "button", "image", "reset", "file"):
                continue
            if f.kind == "select":
                value = f.value or (f.options[0] if f.options else "")
            else:
                value = f.value
            data.setdefault(f.name, []).append(value)
        return data


class _Parser(HTMLParser):
    def __init__(self, base: str):
        super().__init__(convert_charrefs=True)
        self.base = base
        self.forms: list[Form] = []
        self.links: list[str] = []
        self._form: Form | None = None
        self._select: Field | None = None
        self._textarea: Field | None = None

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "form":
            action = urljoin(self.base, a.get("action") or self.base)
            self._form = Form(
                action=action,
                method=(a.get("method") or "get").lower(),
                multipart="multipart" in a.get("enctype", ""),
            )
            self.forms.append(self._form)
        elif self._form is None or not a.get("name"):
            return
        elif tag == "input":
            kind = (a.get("type") or "text").lower()
            self._form.fields.append(
                Field(a["name"], kind, a.get("value", ""), checked="checked" in a)
            )
        elif tag == "button" and a.get("type", "submit") == "submit":
            self._form.fields.append(Field(a["name"], "button", a.get("value", "")))
        elif tag == "select":
            self._select = Field(a["name"], "select")
            self._form.fields.append(self._select)
        elif tag == "option" and self._select is not None:
            value = a.get("value", "")
            self._select.options.append(value)
            if "selected" in a:
                self._select.value = value
        elif tag == "textarea":
            self._textarea = Field(a["name"], "textarea")
            self._form.fields.append(self._textarea)

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea.value += data

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None


def parse(html: str, base: str) -> tuple[list[Form], list[str]]:
    """The page's forms and its links to paths on this site."""
    parser = _Parser(base)
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # noqa: BLE001  (broken markup: keep what was found)
        pass
    links = []
    for href in parser.links:
        parts = urlsplit(urljoin(base, href))
        if parts.scheme in ("", "http") and parts.netloc in ("", "testserver"):
            links.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    for form in parser.forms:
        parts = urlsplit(form.action)
        form.action = parts.path + (f"?{parts.query}" if parts.query else "")
    return [f for f in parser.forms if urlsplit(f.action).netloc == ""], links


MANAGEMENT_VALUES = ["1000", "-1", "x", "", "99999999999", "0", "2", "1e3"]


def mutate(form: Form, rng: random.Random, ints: list[int]) -> tuple[str, dict]:
    """One submission of the form: as shown, missing fields, odd values,
    tampered management forms, or other users' ids. Returns (how, data)."""
    data = {name: list(values) for name, values in form.defaults().items()}
    names = [f.name for f in form.fields if f.kind not in ("submit", "button")]
    how = rng.choice(["as-is", "missing", "odd", "odd", "management", "ids"])
    if how == "missing" and data:
        for name in rng.sample(sorted(data), k=rng.randint(1, len(data))):
            del data[name]
    elif how == "odd" and names:
        for name in rng.sample(names, k=min(len(names), rng.randint(1, 3))):
            data[name] = [rng.choice(ODD_VALUES)]
    elif how == "management":
        managed = [n for n in names if n.endswith("_FORMS")]
        for name in managed or names[:1]:
            data[name] = [rng.choice(MANAGEMENT_VALUES)]
    elif how == "ids":
        targets = [
            f.name
            for f in form.fields
            if f.kind in ("select", "hidden", "radio", "checkbox", "number")
            or f.name.endswith(("id", "pk", "_pk", "_id"))
        ] or names
        for name in rng.sample(targets, k=min(len(targets), rng.randint(1, 2))):
            data[name] = [str(rng.choice(ints))]
    return how, data


def encode_urlencoded(data: dict) -> str:
    """A form body; Raw values go in as written (e.g. invalid UTF-8 escapes)."""
    pairs = []
    for name, values in data.items():
        for value in values:
            text = value.text if isinstance(value, Raw) else quote_plus(value)
            pairs.append(f"{quote_plus(name)}={text}")
    return "&".join(pairs)


def plain(data: dict) -> dict:
    """For multipart bodies: Raw values as the characters they would decode to."""
    return {
        name: [
            bytes.fromhex(v.text.replace("%", "")).decode("latin-1")
            if isinstance(v, Raw)
            else v
            for v in values
        ]
        for name, values in data.items()
    }
