"""The fuzzer: sends seeded, odd requests as each role until its time is up."""

import random
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import quote, urlsplit

from django.apps import apps
from django.conf import settings
from django.db import DatabaseError, connection, models, transaction
from django.test import Client
from django.urls import Resolver404, resolve

from tests.fuzz import forms as html_forms
from tests.fuzz import patterns
from tests.fuzz.patterns import ODD_VALUES, PARAM_NAMES, Pools, Raw

MAX_FORMS_PER_ROLE = 400
# Wagtail's page for testing error reports: it raises on purpose (staff only).
DELIBERATE_500 = {"wagtailadmin_error_test"}
# The only views that may take a password: allauth's, and account deletion.
PASSWORD_VIEWS = ("allauth.", "users.views.AccountDeleteView")
MAX_LINKS_PER_ROLE = 1500


@dataclass
class Failure:
    role: str
    method: str
    url: str
    status: int
    detail: str
    data: object = None

    def __str__(self) -> str:
        data = f"\n    data: {_short(self.data)}" if self.data is not None else ""
        return (
            f"{self.status} {self.method} {_short(self.url)} as {self.role}{data}\n"
            f"    {self.detail}"
        )


def _short(value, limit=300) -> str:
    text = repr(value) if not isinstance(value, str) else value
    return text if len(text) <= limit else text[:limit] + f"... ({len(text)} chars)"


@dataclass
class Stats:
    requests: int = 0
    statuses: Counter = field(default_factory=Counter)
    methods: Counter = field(default_factory=Counter)
    routes: set = field(default_factory=set)
    seconds: float = 0.0


def pools_from_database(rng: random.Random) -> Pools:
    """Real ids and codes of every kind of object: anyone's, the victim's too."""
    ints, strings = [], []
    for model in apps.get_models():
        label = model._meta.app_label
        if label in ("sessions", "admin", "contenttypes", "auth"):
            continue
        if not model._meta.managed or model._meta.proxy:
            continue  # views and proxies: their rows are counted elsewhere
        pk = model._meta.pk
        if isinstance(pk, models.AutoField | models.BigAutoField | models.IntegerField):
            ints += list(model._default_manager.values_list("pk", flat=True)[:20])
        text_fields = [
            f
            for f in model._meta.concrete_fields
            if isinstance(f, models.SlugField | models.UUIDField)
            or (
                isinstance(f, models.CharField)
                and (f.unique or f.name in ("code", "number", "token", "key", "slug"))
            )
        ]
        for f in text_fields:
            values = model._default_manager.values_list(f.attname, flat=True)[:10]
            strings += [str(v) for v in values if v not in (None, "")]
    return Pools(rng, ints, strings)


class Fuzzer:
    def __init__(self, world, *, seed: int, seconds: float):
        self.world = world
        self.seed = seed
        self.seconds = seconds
        self.rng = random.Random(seed)
        self.pools = pools_from_database(self.rng)
        self.routes = [r for r in patterns.routes() if r.name not in DELIBERATE_500]
        self.site_routes = [r for r in self.routes if not r.is_admin]
        self.admin_routes = [r for r in self.routes if r.is_admin]
        self.languages = patterns.languages()
        self.stats = Stats()
        self._last = None
        self.failures: list[Failure] = []
        self.clients: dict[str, Client] = {}
        self.forms: dict[str, list] = {}
        self.links: dict[str, list] = {}
        for role, user in world.users.items():
            client = Client(raise_request_exception=False)
            if user is not None:
                client.force_login(user)
            self.clients[role] = client
            self.forms[role] = []
            self.links[role] = list(world.pages)

    # --- Sending -------------------------------------------------------------
    def send(self, role, method, url, *, data=None, body=None, content_type=None):
        if _connection_lost():
            raise ConnectionLost(f"the database connection closed after {self._last}")
        self._last = (role, method, url, data or body)
        client = self.clients[role]
        sid = transaction.savepoint()
        started = time.monotonic()
        try:
            if method == "GET":
                response = client.get(url)
            elif body is not None:
                response = client.generic("POST", url, body, content_type=content_type)
            else:
                response = client.post(url, data or {})
            if response.streaming:
                # Read it all, as a browser would: a stream can fail midway
                # (and only the client's own wrapper closes it cleanly).
                for _chunk in response.streaming_content:
                    pass
        except Exception as exc:  # noqa: BLE001  (the client itself choked)
            transaction.savepoint_rollback(sid)
            self.stats.requests += 1
            self.stats.statuses[500] += 1
            self._fail(role, method, url, 500, _describe(exc), data or body)
            return None
        finally:
            self.stats.seconds += time.monotonic() - started
        self.stats.requests += 1
        self.stats.methods[method] += 1
        self.stats.statuses[response.status_code] += 1
        status = response.status_code
        if status >= 500 and not (status == 503 and "/healthz" in url):
            transaction.savepoint_rollback(sid)
            exc_info = getattr(response, "exc_info", None)
            detail = (
                _describe(exc_info[1])
                if exc_info
                else "(no exception: the view answered 5xx itself)"
            )
            self._fail(role, method, url, status, detail, data or body)
        else:
            try:
                transaction.savepoint_commit(sid)
            except DatabaseError as exc:
                transaction.savepoint_rollback(sid)
                self._fail(
                    role,
                    method,
                    url,
                    status,
                    "answered, but left the transaction broken: " + _describe(exc),
                    data or body,
                )
        if _connection_lost():
            self._fail(
                role, method, url, status, "closed the database connection", data
            )
            raise ConnectionLost(str(self.failures[-1]))
        self._learn(role, url, response)
        if method == "POST" and self.world.users[role] is not None:
            self._stay_logged_in(role)
        return response

    def _fail(self, role, method, url, status, detail, data):
        self.failures.append(Failure(role, method, url, status, detail, data))

    def _stay_logged_in(self, role):
        client = self.clients[role]
        if "_auth_user_id" not in client.session:
            client.force_login(self.world.users[role])

    def _learn(self, role, url, response):
        if response.streaming or response.status_code != 200:
            return
        if "text/html" not in response.get("Content-Type", ""):
            return
        html = response.content.decode("utf-8", "replace")
        found_forms, found_links = html_forms.parse(html, urlsplit(url).path)
        for form in found_forms:
            self._check_password_form(role, url, form)
        if len(self.forms[role]) < MAX_FORMS_PER_ROLE:
            self.forms[role].extend(found_forms)
        if len(self.links[role]) < MAX_LINKS_PER_ROLE:
            self.links[role].extend(
                link for link in found_links if not link.startswith("/static/")
            )

    def _check_password_form(self, role, url, form):
        """A form asking for a password must post to allauth (or to account
        deletion, which checks it through allauth's rate limits)."""
        if not any(f.kind == "password" for f in form.fields):
            return
        if role == "staff" and form.action.startswith(("/cms/", "/django-admin/")):
            return  # staff setting someone's password in the admins: not a way in
        try:
            match = resolve(form.action.split("?")[0])
        except Resolver404:
            view = "(nothing)"
        else:
            func = getattr(match.func, "view_class", match.func)
            view = f"{func.__module__}.{func.__qualname__}"
        if not view.startswith(PASSWORD_VIEWS):
            self._fail(role, "GET", url, 200, f"a password form posts to {view}", None)

    # --- What to send --------------------------------------------------------
    def _query(self, odd_share=0.5) -> str:
        pairs = []
        for _ in range(self.rng.choice((0, 0, 1, 1, 2, 3))):
            name = self.rng.choice(PARAM_NAMES)
            value = self.pools.value(".*", None, odd_share)
            text = value.text if isinstance(value, Raw) else quote(value, safe="")
            pairs.append(f"{name}={text}")
        return "&".join(pairs)

    def get_route(self, role, route, odd_share):
        language = self.rng.choice(self.languages)
        path = patterns.path_for(route, self.pools, language, odd_share)
        query = self._query(odd_share)
        self.stats.routes.add(route.label)
        return self.send(role, "GET", path + (f"?{query}" if query else ""))

    def get_link(self, role):
        link = self.rng.choice(self.links[role])
        path, _sep, query = link.partition("?")
        how = self.rng.random()
        if how < 0.4:
            segments = path.split("/")
            inner = [i for i, s in enumerate(segments) if s][1:] or [0]
            index = self.rng.choice(inner)
            value = self.pools.odd()
            segments[index] = (
                value.text if isinstance(value, Raw) else quote(value, safe="")
            )
            path = "/".join(segments)
        elif how < 0.8:
            extra = self._query(0.7)
            query = "&".join(q for q in (query, extra) if q)
        return self.send(role, "GET", path + (f"?{query}" if query else ""))

    def submit_form(self, role):
        form = self.rng.choice(self.forms[role])
        how, data = html_forms.mutate(form, self.rng, self.pools.ints)
        if form.method != "post":
            body = html_forms.encode_urlencoded(data)
            action = form.action.split("?")[0]
            return self.send(role, "GET", action + (f"?{body}" if body else ""))
        if form.multipart or self.rng.random() < 0.2:
            return self.send(role, "POST", form.action, data=html_forms.plain(data))
        return self.send(
            role,
            "POST",
            form.action,
            body=html_forms.encode_urlencoded(data),
            content_type="application/x-www-form-urlencoded",
        )

    def post_route(self, role, route, odd_share):
        """A POST nobody's form leads to: odd fields straight at the view."""
        language = self.rng.choice(self.languages)
        path = patterns.path_for(route, self.pools, language, odd_share)
        data = {
            self.rng.choice(PARAM_NAMES): [str(self.rng.choice(ODD_VALUES[:3]))]
            for _ in range(self.rng.randint(0, 3))
        }
        return self.send(
            role,
            "POST",
            path,
            body=html_forms.encode_urlencoded(data),
            content_type="application/x-www-form-urlencoded",
        )

    # --- Phases --------------------------------------------------------------
    def sweep(self, roles):
        """Every site URL pattern once, with mostly real values, round the roles."""
        for i, route in enumerate(self.site_routes):
            self.get_route(roles[i % len(roles)], route, odd_share=0.15)

    def explore(self, roles, seconds, admin_share=0.1):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            role = self.rng.choice(roles)
            pick = self.rng.random()
            if pick < 0.35 and self.forms[role]:
                self.submit_form(role)
            elif pick < 0.55 and self.links[role]:
                self.get_link(role)
            elif pick < 0.6:
                self.post_route(role, self.rng.choice(self.site_routes), 0.5)
            else:
                pool = (
                    self.admin_routes
                    if self.admin_routes and self.rng.random() < admin_share
                    else self.site_routes
                )
                self.get_route(role, self.rng.choice(pool), odd_share=0.5)


class ConnectionLost(Exception):
    """A request closed the test's database connection: nothing more can run."""


def _connection_lost() -> bool:
    raw = connection.connection
    return raw is None or bool(getattr(raw, "closed", False))


def _describe(exc) -> str:
    """The exception, the project's own frames and the innermost ones."""
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if "site-packages" not in f.filename]
    shown = ours[-3:] + [f for f in frames[-2:] if f not in ours[-3:]]
    where = "".join(traceback.format_list(shown))
    return "".join(traceback.format_exception_only(exc)).strip() + "\n" + where


def settings_summary() -> str:
    return settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]


__all__ = ["Fuzzer", "Failure", "settings_summary"]
