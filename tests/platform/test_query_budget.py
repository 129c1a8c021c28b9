"""Every page runs at most 15 SQL queries, whoever asks and however many rows
there are.

The fuzz suite's world (one user per role, each owning data of every kind) is
crowded with many rows of each list a page shows; then each role follows every
link it is shown, from the home page in every language and from every URL
pattern filled with real values, as a person clicking through would. Each page
is asked twice and the second answer counted: the first may fill what the
site keeps between requests (navigation, image renditions, thumbnails), as
any visitor before would have. New pages are measured without editing this
file. The admin areas (Wagtail's, Django's, Oscar's dashboard) are tools for
staff and not measured.
"""

import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import Resolver404, resolve

from tests.factories import UserFactory
from tests.factories import courses as course_factories
from tests.factories import shop as shop_factories
from tests.factories.mentoring import MentorFactory
from tests.factories.newsletters import campaign, send_for
from tests.fuzz import patterns
from tests.fuzz.runner import pools_from_database
from tests.fuzz.world import world_build
from tests.shop.orders.conftest import basket_add

pytestmark = pytest.mark.django_db

BUDGET = 15
# Files, not pages: a person's data export reads each kind of data the
# platform holds about them once (about twenty kinds), whatever its size.
NOT_PAGES = {"account_data_export"}
ADMIN_PREFIXES = ("/cms/", "/django-admin/", "/__")
ADMIN_PARTS = ("/shop/dashboard/",)
SKIP_PARTS = ("/logout/", "/static/", "/media/")
PER_ROUTE = 2  # URLs measured per URL pattern (or Wagtail page type) and role
HREF = re.compile(r'href="([^"#]+)')

# Pages the crawl must reach, or it measured too little to mean anything.
MUST_REACH = {
    "wagtail:HomePage",
    "wagtail:CourseIndexPage",
    "wagtail:CoursePage",
    "wagtail:LessonPage",
    "catalogue:index",
    "catalogue:detail",
    "catalogue:category",
    "mentoring:directory",
    "mentoring:mentor_detail",
    "account_home",
    "basket:summary",
    "checkout:shipping-address",
    "customer:order",
    "shop:storefront",
    "shop:ws-products",
    "shop:ws-orders",
    "shop:ws-statement",
    "mentoring:workspace",
    "mentoring:dashboard",
    "exams:overview",
    "discussion:question_list",
    "newsletters:archive",
    "certificates:verify",
    "wagtail:NewsIndexPage",
    "wagtail:NewsPostPage",
    "wagtail:EventIndexPage",
    "wagtail:EventPage",
    "wagtail:OrganisationIndexPage",
    "wagtail:OrganisationPage",
    "registrations:event",
    "jobs:list",
    "jobs:detail",
    "jobs:mine",
    "jobs:applications",
    "jobs:applicants",
    "registrations:mine",
    "registrations:attendees",
}


def _crowd(world) -> None:
    """More rows than any page shows at once, in every list."""
    learner = world.users["learner"]
    seller = world.users["seller"]
    shop = seller.partners.get()
    category = shop_factories.category("Crowded category")
    products = shop_factories.products_bulk([shop], 30, category=category)
    for n in range(12):
        MentorFactory(headline=f"Crowd mentor {n}")
    course = course_factories.course_with_exam(lessons=14, hours=20)
    for n in range(6):
        course_factories.instructor_of(course, name=f"Instructor {n}")
    course_factories.enrol(learner, course)
    for n in range(14):
        course_factories.course_page(title=f"Crowded course {n:02d}")
    for _n in range(3):
        send_for(campaign(), status="done")
    for n in range(12):
        reviewer = UserFactory(display_name=f"Reviewer {n}")
        products[0].reviews.create(
            user=reviewer, score=4, title=f"Good {n}", body="Fine.", status=1
        )
    # A basket with lines from two shops, kept by the learner's client.
    world.basket_items = [products[1], products[2]]


def _label(match, response) -> str:
    if match.url_name == "wagtail_serve":
        page = (response.context or {}).get("page") if response.context else None
        return f"wagtail:{type(page).__name__}"
    if match.namespace:
        return f"{match.namespace.split(':')[-1]}:{match.url_name}"
    return match.url_name or match.route


def _is_measured(path: str) -> bool:
    if path.startswith(ADMIN_PREFIXES):
        return False
    return not any(part in path for part in ADMIN_PARTS + SKIP_PARTS)


def _starts(world, rng) -> list[str]:
    """The home pages, the live Wagtail pages, and every site URL pattern
    filled with real values."""
    pools = pools_from_database(rng)
    pools.rng = rng
    urls = [f"/{code}/" for code in patterns.languages()] + list(world.pages)
    for route in patterns.routes():
        if route.is_admin:
            continue
        urls.append(patterns.path_for(route, pools, "es", odd_share=0.0))
    return urls


def _crawl(client, starts, measured, reached, role) -> None:
    queue = deque(starts)
    seen = set(queue)
    per_label: dict[str, int] = {}
    while queue:
        url = queue.popleft()
        path = urlsplit(url).path
        if not _is_measured(path):
            continue
        try:
            match = resolve(path)
        except Resolver404:
            continue
        # Known before asking, except for Wagtail pages (their type is not).
        quick = None if match.url_name == "wagtail_serve" else _label(match, None)
        if quick and per_label.get(quick, 0) >= PER_ROUTE:
            continue
        client.get(url)  # fills what the site keeps between requests
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        if response.status_code != 200:
            continue
        label = _label(match, response)
        if per_label.get(label, 0) >= PER_ROUTE:
            continue
        per_label[label] = per_label.get(label, 0) + 1
        if quick:
            per_label[quick] = per_label[label]
        reached.add(label)
        if match.url_name not in NOT_PAGES:
            count = len(queries.captured_queries)
            key = (role, label)
            if count > measured.get(key, (0, ""))[0]:
                measured[key] = (count, url, queries.captured_queries)
        if "text/html" not in response.get("Content-Type", ""):
            continue
        for href in HREF.findall(response.content.decode()):
            target = urlsplit(urljoin(url, href.replace("&amp;", "&")))
            if target.netloc and target.netloc != "testserver":
                continue
            link = target.path + (f"?{target.query}" if target.query else "")
            if link not in seen:
                seen.add(link)
                queue.append(link)


def test_every_page_runs_at_most_15_queries_whoever_asks(settings):
    import random

    settings.PAGE_CACHE_ENABLED = False  # pages rendered, not served from it
    settings.CELERY_TASK_ALWAYS_EAGER = True
    world = world_build()
    _crowd(world)
    starts = _starts(world, random.Random(20261205))
    measured: dict = {}
    reached: set[str] = set()

    for role, user in world.users.items():
        client = Client()
        if user is not None:
            client.force_login(user)
        if role == "learner":
            for item in world.basket_items:
                basket_add(client, item)
        _crawl(client, starts, measured, reached, role)

    over = sorted(
        (count, role, label, url, sql)
        for (role, label), (count, url, sql) in measured.items()
        if count > BUDGET
    )
    report = "\n\n".join(
        f"{count} queries: {label} as {role} ({url})\n"
        + "\n".join(f"    {q['sql'][:160]}" for q in sql)
        for count, role, label, url, sql in over
    )
    assert not over, f"{len(over)} pages over {BUDGET} queries:\n\n{report}"
    assert MUST_REACH <= reached, f"not reached: {sorted(MUST_REACH - reached)}"
    heaviest = sorted(((c, r, label) for (r, label), (c, *_rest) in measured.items()))
    print("\nheaviest:", heaviest[-12:])
    print(
        f"{len(measured)} pages measured (role × page), "
        f"{len({label for _role, label in measured})} kinds, "
        f"most {max(c for c, *_ in measured.values())} queries"
    )
