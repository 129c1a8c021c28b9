"""The Open Badges 3.0 credential: facts, learner identity, language, schema."""

import hashlib
import json

import pytest
from django.conf import settings

from courses.certificates.services import certificate_revoke
from tests.courses.certificates.factories import issued_certificate
from tests.courses.certificates.verifying import fetch_json, schema_errors, verify
from tests.factories.courses import course_index, course_page


def credential(client, certificate) -> dict:
    response = client.get(f"/credentials/{certificate.code}.json")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/ld+json")
    assert response["Access-Control-Allow-Origin"] == "*"
    return json.loads(response.content)


def signed(client, certificate) -> str:
    response = client.get(f"/credentials/{certificate.code}.jwt")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vc+jwt"
    return response.content.decode()


@pytest.fixture
def translated_course(course):
    """The course in Portuguese and English too, as Wagtail translations are:
    same translation_key; the demo left "language of instruction" at "es"."""
    pt = course_page(
        course_index("pt"),
        title="O seu plano de marketing",
        summary="Um curso para planear o marketing.",
        translation_key=course.translation_key,
        language="es",
        hours=12,
    )
    en = course_page(
        course_index("en"),
        title="Your marketing plan",
        summary="A course to plan your marketing.",
        translation_key=course.translation_key,
        language="es",
        hours=12,
    )
    return {"es": course, "pt": pt, "en": en}


def test_credential_is_an_open_badge_with_the_certificates_facts(client, certificate):
    document = credential(client, certificate)

    assert document["@context"] == [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]
    assert document["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert document["id"] == f"{settings.SITE_URL}/credentials/{certificate.code}.json"
    assert document["issuer"] == {
        "id": "did:web:" + settings.SITE_URL.split("//")[1].replace(":", "%3A"),
        "type": ["Profile"],
        "name": "Rumbo",
        "url": f"{settings.SITE_URL}/",
    }
    assert document["validFrom"].endswith("Z")
    subject = document["credentialSubject"]
    assert subject["type"] == ["AchievementSubject"]
    assert subject["name"] == certificate.learner_name
    achievement = subject["achievement"]
    assert achievement["name"] == "Marketing digital"
    assert achievement["inLanguage"] == "es"
    assert achievement["id"].startswith(settings.SITE_URL)
    assert "70%" in achievement["criteria"]["narrative"]
    assert document["image"]["id"].endswith(f"/credentials/{certificate.code}.png")
    for undefined in ("revoked", "revokedAt", "revocationReason"):
        assert undefined not in document


def test_the_learner_is_a_salted_hash_of_their_email_never_the_email(
    client, user, certificate
):
    text = client.get(f"/credentials/{certificate.code}.json").content.decode()
    (identity,) = json.loads(text)["credentialSubject"]["identifier"]

    salt = identity["salt"]
    typed_by_employer = f"  {user.email.upper()} "
    expected = hashlib.sha256((typed_by_employer.strip().lower() + salt).encode())
    assert identity == {
        "type": "IdentityObject",
        "identityHash": f"sha256${expected.hexdigest()}",
        "identityType": "emailAddress",
        "hashed": True,
        "salt": salt,
    }
    assert len(salt) == 32
    assert user.email not in text
    assert user.email.split("@")[0] not in text


def test_each_certificate_has_its_own_salt(user, other_user, course):
    mine = issued_certificate(user=user, course=course)
    theirs = issued_certificate(user=other_user, course=course)

    assert mine.identity_salt != theirs.identity_salt


def test_credential_points_at_its_bit_in_the_revocation_list(client, certificate):
    status = credential(client, certificate)["credentialStatus"]

    list_url = f"{settings.SITE_URL}/credentials/status/1.jwt"
    assert status == {
        "id": f"{list_url}#{certificate.status_index}",
        "type": "BitstringStatusListEntry",
        "statusPurpose": "revocation",
        "statusListIndex": str(certificate.status_index),
        "statusListCredential": list_url,
    }


def test_a_portuguese_course_gives_a_portuguese_credential_whatever_the_ui(
    client, user, translated_course
):
    certificate = issued_certificate(user=user, course=translated_course["pt"])

    response = client.get(
        f"/credentials/{certificate.code}.json", HTTP_ACCEPT_LANGUAGE="es"
    )
    document = json.loads(response.content)

    assert certificate.language == "pt"
    achievement = document["credentialSubject"]["achievement"]
    assert achievement["inLanguage"] == "pt"
    assert document["name"] == "O seu plano de marketing"
    assert document["description"].startswith("Concluiu o curso")
    assert achievement["description"] == "Um curso para planear o marketing."
    assert "Ha completado" not in response.content.decode()
    assert document["evidence"][0]["id"].startswith(f"{settings.SITE_URL}/pt/")


def test_the_courses_other_languages_are_related_achievements(
    client, user, translated_course
):
    certificate = issued_certificate(user=user, course=translated_course["pt"])

    related = credential(client, certificate)["credentialSubject"]["achievement"][
        "related"
    ]

    assert [(r["inLanguage"], r["name"], r["description"]) for r in related] == [
        (
            "en",
            {"@value": "Your marketing plan", "@language": "en"},
            {"@value": "A course to plan your marketing.", "@language": "en"},
        ),
        (
            "es",
            {"@value": "Marketing digital", "@language": "es"},
            {"@value": "Un curso para emprender.", "@language": "es"},
        ),
    ]
    assert all(r["type"] == ["Related"] for r in related)
    assert related[0]["id"].startswith(f"{settings.SITE_URL}/en/")


def test_every_kind_of_credential_validates_against_the_ob3_schema(
    client, user, other_user, staff, translated_course, ob3_schema
):
    plain = issued_certificate(user=user, course=course_page())
    translated = issued_certificate(user=user, course=translated_course["pt"])
    revoked = issued_certificate(user=other_user, course=translated_course["en"])
    certificate_revoke(certificate=revoked, reason="Fraud", by=staff)
    orphan = issued_certificate(user=other_user, course=course_page())
    orphan.course.delete()
    no_attempt = issued_certificate(user=staff, course=course_page())
    no_attempt.attempt.delete()

    for certificate in (plain, translated, revoked, orphan, no_attempt):
        document = credential(client, certificate)
        payload = verify(client, signed(client, certificate))
        assert payload == document
        assert schema_errors(ob3_schema, document) == [], certificate.code
        assert document["credentialSubject"].get("identifier"), certificate.code


def test_the_schema_check_does_catch_a_broken_credential(
    client, certificate, ob3_schema
):
    document = credential(client, certificate)
    document["credentialSubject"]["identifier"][0]["identityHash"] = 42
    del document["issuer"]

    errors = schema_errors(ob3_schema, document)

    assert any("identityHash" in error for error in errors)
    assert any("'issuer' is a required property" in error for error in errors)


def test_issuer_comes_from_the_setting(client, certificate, settings):
    settings.CERTIFICATE_ISSUER = "Ayuntamiento de Huelva"

    assert credential(client, certificate)["issuer"]["name"] == (
        "Ayuntamiento de Huelva"
    )


def test_a_credential_costs_a_fixed_number_of_queries(
    client, user, translated_course, django_assert_max_num_queries
):
    certificate = issued_certificate(user=user, course=translated_course["pt"])

    for suffix in ("json", "jwt"):
        with django_assert_max_num_queries(6):
            response = client.get(f"/credentials/{certificate.code}.{suffix}")
        assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["ABCDEFGHJKLMNPQR", "nope", "O0O0O0O0O0O0O0O0"])
@pytest.mark.parametrize("suffix", ["json", "jwt", "png"])
def test_unknown_credentials_get_a_clear_404(client, code, suffix):
    response = client.get(f"/credentials/{code}.{suffix}")

    assert response.status_code == 404
    assert json.loads(response.content) == {
        "error": "Ningún certificado tiene este código."
    }


@pytest.mark.django_db
@pytest.mark.parametrize("suffix", ["json", "jwt", "png"])
def test_a_nul_byte_in_a_code_is_refused_not_a_500(client, suffix):
    assert client.get(f"/credentials/AB%00CD.{suffix}").status_code in (400, 404)


def test_the_issuers_keys_are_published_under_well_known(client, certificate):
    did = fetch_json(client, "/.well-known/did.json")
    jwks = fetch_json(client, "/.well-known/jwks.json")

    assert did["id"] == credential(client, certificate)["issuer"]["id"]
    (method,) = did["verificationMethod"]
    assert method["id"] == f"{did['id']}#{jwks['keys'][0]['kid']}"
    assert method["controller"] == did["id"]
    assert did["assertionMethod"] == [method["id"]]
    assert "d" not in method["publicKeyJwk"]
    assert "d" not in jwks["keys"][0]
    assert jwks["keys"][0]["alg"] == "ES256"
