"""How fast 1,000 certificates become signed credentials and are verified
(`make bench`).

The credentials are built and signed by the project's own functions (VC-JOSE,
ES256 with joserfc) and verified as an outside verifier would: with PyJWT and
the public key from our DID document. Prints totals and the mean per
credential; asserts only that every credential verified, never a timing.
"""

import os
import random
import statistics
import time

import jwt
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from joserfc.jwk import ECKey

from courses.certificates import selectors, signing
from courses.certificates.credential import certificate_credential
from courses.certificates.credential_views import STATUS_TAG
from courses.certificates.models import Certificate
from courses.certificates.services import certificate_revoke
from courses.certificates.status_list import (
    LIST_BITS,
    bit_is_set,
    bitstring_decode,
    list_position,
)
from rumbo import page_cache
from tests.benchmarks.timing import analyze, measure
from tests.factories import UserFactory
from tests.factories.courses import course_index, course_page
from users.models import User

CREDENTIALS = 1000
REVOKED = 10
ROUNDS = 30


@pytest.fixture(autouse=True)
def signing_key(settings):
    """A key of the benchmark's own, never the developer's var/keys/ one."""
    pem = ECKey.generate_key("P-256", private=True).as_pem(private=True).decode()
    settings.CERTIFICATE_SIGNING_KEY = pem
    settings.CERTIFICATE_PREVIOUS_KEYS = ""
    settings.CERTIFICATE_PREVIOUS_KEYS_FILE = ""


def _certificates_issue(n: int) -> list[Certificate]:
    """``n`` certificates of one course, spread over its Spanish, Portuguese
    and English versions, for ``n`` learners: inserted in bulk (issuing
    through the exam renders a PDF each), with random status list indexes."""
    spanish = course_page(
        title="Marketing digital", summary="Vende en internet.", hours=12
    )
    versions = [spanish] + [
        course_page(
            course_index(language),
            title=title,
            summary=summary,
            translation_key=spanish.translation_key,
            hours=12,
        )
        for language, title, summary in (
            ("pt", "Marketing digital", "Venda na internet."),
            ("en", "Digital marketing", "Sell online."),
        )
    ]
    users = User.objects.bulk_create(
        [
            User(email=f"learner-bench{i}@example.org", display_name=f"Learner {i}")
            for i in range(n)
        ],
        batch_size=500,
    )
    indexes = random.Random(11).sample(range(LIST_BITS), n)
    certificates = Certificate.objects.bulk_create(
        [
            Certificate(
                user=user,
                course=versions[i % 3],
                course_key=spanish.translation_key,
                learner_name=user.display_name,
                course_title=versions[i % 3].title,
                hours=12,
                language=versions[i % 3].locale.language_code,
                status_index=indexes[i],
            )
            for i, user in enumerate(users)
        ],
        batch_size=500,
    )
    return list(
        Certificate.objects.select_related("course__locale", "attempt", "user")
        .filter(pk__in=[c.pk for c in certificates])
        .order_by("pk")
    )


def _published_keys(client) -> dict:
    """The issuer's public keys by verification method, from did:web."""
    response = client.get("/.well-known/did.json")
    assert response.status_code == 200
    return {
        method["id"]: jwt.PyJWK(method["publicKeyJwk"], algorithm="ES256")
        for method in response.json()["verificationMethod"]
    }


def _verify(token: str, keys: dict) -> dict:
    header = jwt.get_unverified_header(token)
    return jwt.decode(token, key=keys[header["kid"]], algorithms=["ES256"])


def _line(name: str, seconds: float, n: int = CREDENTIALS) -> None:
    print(
        f"  {name:<48} total {seconds * 1000:8.1f} ms"
        f"   mean {seconds * 1000 / n:6.2f} ms per credential"
    )


def _timed(function, items) -> tuple[list, float]:
    start = time.perf_counter()
    results = [function(item) for item in items]
    return results, time.perf_counter() - start


@pytest.mark.django_db
def test_benchmark_credentials(client):
    start = time.perf_counter()
    certificates = _certificates_issue(CREDENTIALS)
    issued = time.perf_counter() - start
    analyze()
    load = os.getloadavg()
    print(
        f"\nCredentials on {connection.vendor}: {CREDENTIALS} certificates (es, pt,"
        f" en) issued in bulk in {issued:.1f} s; load {load[0]:.2f} {load[1]:.2f}"
        f" {load[2]:.2f} on {os.cpu_count()} CPUs:"
    )

    def build(certificate) -> dict:
        return certificate_credential(
            certificate, selectors.course_translations(certificate)
        )

    # Once per language first: loading its translations is not per credential.
    for certificate in certificates[:3]:
        signing.credential_sign(build(certificate))
    documents, built = _timed(build, certificates)
    _line("build OB 3.0 documents (1 query each)", built)
    tokens, signed = _timed(signing.credential_sign, documents)
    _line("sign, VC-JOSE ES256 (joserfc)", signed)
    size = statistics.mean(len(token) for token in tokens)
    print(f"  {'':<48} {size:.0f} bytes per signed credential on average")

    keys = _published_keys(client)
    payloads, verified = _timed(lambda token: _verify(token, keys), tokens)
    _line("verify, PyJWT (key from /.well-known/did.json)", verified)
    assert [p["id"] for p in payloads] == [d["id"] for d in documents]
    assert {p["credentialSubject"]["achievement"]["inLanguage"] for p in payloads} == {
        "es",
        "pt",
        "en",
    }

    timings, queries = [], []
    for certificate in certificates:
        with CaptureQueriesContext(connection) as captured:
            begin = time.perf_counter()
            response = client.get(f"/credentials/{certificate.code}.jwt")
            timings.append((time.perf_counter() - begin) * 1000)
        assert response.status_code == 200
        queries.append(len(captured))
    _line("GET /credentials/<code>.jwt, one after another", sum(timings) / 1000)
    timings.sort()
    print(
        f"  {'':<48} median {statistics.median(timings):6.2f} ms"
        f"   p95 {timings[int(len(timings) * 0.95) - 1]:6.2f} ms"
        f"   {max(queries)} queries"
    )

    staff = UserFactory(is_staff=True)
    revoked = certificates[:: CREDENTIALS // REVOKED][:REVOKED]
    for certificate in revoked:
        certificate_revoke(certificate=certificate, reason="Benchmark", by=staff)
    url = "/credentials/status/1.jwt"
    timings = []
    for _round in range(ROUNDS):
        page_cache.purge(STATUS_TAG)  # as a revocation does
        begin = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - begin) * 1000)
        assert response.status_code == 200
    timings.sort()
    cached = measure(client, url, rounds=ROUNDS)

    def status_check(token: str) -> set[int]:
        bits = bitstring_decode(
            _verify(token, keys)["credentialSubject"]["encodedList"]
        )
        return {
            c.pk
            for c in certificates
            if bit_is_set(bits, list_position(c.status_index))
        }

    token = client.get(url).content.decode()
    found, decoded = _timed(status_check, [token])
    assert found == [{c.pk for c in revoked}]
    print(
        f"Status list 1 ({LIST_BITS:,} bits, {len(token):,} bytes signed,"
        f" {REVOKED} revoked), {ROUNDS} requests each:\n"
        f"  {'built and signed (after a revocation)':<48}"
        f" median {statistics.median(timings):6.2f} ms"
        f"   p95 {timings[int(len(timings) * 0.95) - 1]:6.2f} ms\n"
        f"  {'from the cache':<48} median {cached['median_ms']:6.2f} ms"
        f"   p95 {cached['p95_ms']:6.2f} ms   {cached['queries']} queries\n"
        f"  {f'verified (PyJWT), decoded, {CREDENTIALS:,} bits read':<48}"
        f" {decoded * 1000:6.2f} ms"
    )
