"""Requests per second for public pages against a static file (`make bench`).

Starts gunicorn as docker-compose.yml does (production settings, 3 sync
workers; PostgreSQL and Redis when DATABASE_URL and REDIS_URL are set, else a
SQLite file and the local-memory cache) on the large data set, and drives it
with wrk. Prints each page's requests per second beside the static file's and
their ratio, then the latency of signed-in pages. Asserts only that the pages
answered, never a speed.
"""

import http.client
import os
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client

from tests.benchmarks.data import courses_seed, mentors_seed
from tests.factories import UserFactory
from tests.factories.courses import course_index
from tests.factories.mentoring import MenteeFactory
from tests.factories.shop import category, products_bulk, seller

REPO = Path(__file__).resolve().parents[2]
SECONDS = int(os.environ.get("BENCH_SECONDS", "5"))
CONNECTIONS = 16
PRODUCTS, SELLERS, MENTORS = 20_000, 500, 10_000
REGIONS = ["es-an", "pt-fa", "pt-li", "es-ga", "es-md", "pt-no"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _database_url(tmp_path: Path) -> str:
    db = settings.DATABASES["default"]
    if connection.vendor == "postgresql":
        return (
            f"postgres://{db['USER']}:{db.get('PASSWORD') or ''}@"
            f"{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
        )
    # The test database lives in this process's memory: gunicorn gets a copy.
    path = tmp_path / "bench.sqlite3"
    target = sqlite3.connect(path)
    connection.ensure_connection()
    connection.connection.backup(target)
    target.close()
    return f"sqlite:///{path}"


# What every browser sends (wrk sends none): pages and files are measured as
# visitors get them.
ACCEPT_ENCODING = "gzip, deflate, br"


def _wrk(url: str, *, connections=CONNECTIONS, cookie="", latency=False) -> dict:
    args = ["wrk", f"-t{min(2, connections)}", f"-c{connections}", f"-d{SECONDS}s", url]
    args[1:1] = ["-H", f"Accept-Encoding: {ACCEPT_ENCODING}"]
    if cookie:
        args[1:1] = ["-H", f"Cookie: {cookie}"]
    if latency:
        args.insert(1, "--latency")
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    figures = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))}
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    figures["errors"] = int(errors.group(1)) if errors else 0
    for percent in ("50", "90", "99"):
        found = re.search(rf"^\s+{percent}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        if found:
            scale = {"us": 0.001, "ms": 1, "s": 1000}[found.group(2)]
            figures[f"p{percent}"] = float(found.group(1)) * scale
    return figures


@pytest.mark.django_db(transaction=True)
def test_benchmark_public_pages_against_a_static_file(tmp_path):
    if not shutil.which("wrk"):
        pytest.skip("wrk is not installed (apt-get install wrk)")
    start = time.perf_counter()
    index = course_index("es")
    courses = courses_seed(index)
    shops = [
        seller(region=REGIONS[n % len(REGIONS)], code=f"bench-{n:03d}")
        for n in range(SELLERS)
    ]
    products_bulk(shops, PRODUCTS, category=category("Miel"))
    mentors_seed(MENTORS)
    learner = UserFactory()
    MenteeFactory(user=learner)
    owner = shops[7].users.first()
    product = shops[7].stockrecords.select_related("product").first().product
    sessions = {}
    for name, user in (("learner", learner), ("seller", owner)):
        client = Client()
        client.force_login(user)
        sessions[name] = (
            f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"
        )
    built = time.perf_counter() - start

    port = _free_port()
    env = {
        **os.environ,
        "DJANGO_ENV": "production",
        # The test's key: the signed-in sessions made here must hold there.
        "SECRET_KEY": settings.SECRET_KEY,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "RUMBO_DEMO": "0",
        "DATABASE_URL": _database_url(tmp_path),
        "REDIS_URL": settings.REDIS_URL or "",
        "PYTHONPATH": f"{REPO / 'platform'}:{REPO}",
        "DJANGO_SETTINGS_MODULE": "rumbo.settings",
    }
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=REPO,
        env=env,
        check=True,
    )
    # As docker-compose.yml's web service, less the access log.
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "rumbo.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "3",
        ],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=open(tmp_path / "gunicorn.log", "w"),
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/healthz", timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        pages = {
            "static file": "/static/rumbo/js/site.js",
            "home": "/es/",
            "course catalogue": index.url,
            "course page": courses[len(courses) // 2].url,
            "shop catalogue": "/es/shop/catalogue/",
            "product page": product.get_absolute_url(),
            "storefront": f"/es/shop/sellers/{shops[7].code}/",
            "mentors directory": "/es/mentors/",
        }
        for path in pages.values():  # each page once, so the cache holds it
            with urllib.request.urlopen(base + path, timeout=30) as response:
                assert response.status == 200, path
        results = {name: _wrk(base + path) for name, path in pages.items()}
        signed_in = {
            "account": ("/es/accounts/", sessions["learner"]),
            "recommendations": ("/es/mentors/recommended/", sessions["learner"]),
            "seller workspace": ("/es/shop/my-shop/", sessions["seller"]),
        }
        for path, cookie in signed_in.values():  # signed in, not sent to log in
            connection_ = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            connection_.request("GET", path, headers={"Cookie": cookie})
            assert connection_.getresponse().status == 200, path
            connection_.close()
        latencies = {
            name: _wrk(base + path, connections=1, cookie=cookie, latency=True)
            for name, (path, cookie) in signed_in.items()
        }
    finally:
        server.terminate()
        server.wait(timeout=30)

    static = results["static file"]["rps"]
    load = os.getloadavg()
    print(
        f"\nThroughput on {connection.vendor}"
        f" ({'Redis' if settings.REDIS_URL else 'local-memory'} cache), gunicorn 3"
        f" sync workers, wrk {CONNECTIONS} connections x {SECONDS} s"
        f" (Accept-Encoding: {ACCEPT_ENCODING});"
        f" {len(courses)} courses, {PRODUCTS} products of {SELLERS} sellers,"
        f" {MENTORS} mentors (built in {built:.0f} s); {os.cpu_count()} CPUs,"
        f" load {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}:"
    )
    for name, figures in results.items():
        print(
            f"  {name:<20} {figures['rps']:8.0f} req/s   ratio"
            f" {figures['rps'] / static:5.2f}   errors {figures['errors']}"
        )
    print("Signed in, one request at a time: latency in ms")
    for name, figures in latencies.items():
        print(
            f"  {name:<20} p50 {figures.get('p50', 0):6.1f}"
            f"   p90 {figures.get('p90', 0):6.1f}   p99 {figures.get('p99', 0):6.1f}"
            f"   {figures['rps']:6.0f} req/s"
            f"   errors {figures['errors']}"
        )
    assert all(f["errors"] == 0 for f in [*results.values(), *latencies.values()])
