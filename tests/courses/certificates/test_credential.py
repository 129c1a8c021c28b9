"""The Open Badges 3.0 credential served as JSON-LD."""

import json

import pytest
from django.conf import settings

from courses.certificates.services import certificate_revoke


def credential(client, certificate):
    response = client.get(f"/credentials/{certificate.code}.json")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/ld+json")
    return json.loads(response.content)


def test_credential_is_an_open_badge_with_the_certificates_facts(client, certificate):
    document = credential(client, certificate)

    assert document["@context"] == [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]
    assert document["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert document["id"] == (
        f"{settings.SITE_URL}/credentials/{certificate.code}.json"
    )
    assert document["issuer"]["type"] == ["Profile"]
    assert document["issuer"]["name"] == "Rumbo"
    assert document["issuer"]["id"].startswith(settings.SITE_URL)
    assert document["validFrom"].startswith(
        certificate.issued_at.astimezone().date().isoformat()[:4]
    )
    subject = document["credentialSubject"]
    assert subject["type"] == ["AchievementSubject"]
    assert subject["name"] == certificate.learner_name
    achievement = subject["achievement"]
    assert achievement["type"] == ["Achievement"]
    assert achievement["name"] == "Marketing digital"
    assert achievement["id"].startswith(settings.SITE_URL)
    assert "70%" in achievement["criteria"]["narrative"]
    assert "revoked" not in document


def test_issuer_comes_from_the_setting(client, certificate, settings):
    settings.CERTIFICATE_ISSUER = "Ayuntamiento de Huelva"

    assert credential(client, certificate)["issuer"]["name"] == (
        "Ayuntamiento de Huelva"
    )


def test_a_revoked_credential_says_so(client, certificate, staff):
    certificate_revoke(certificate=certificate, reason="Fraud", by=staff)

    document = credential(client, certificate)

    assert document["revoked"] is True
    assert document["revocationReason"] == "Fraud"


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["ABCDEFGHJKLMNPQR", "nope"])
def test_unknown_credentials_are_404(client, code):
    assert client.get(f"/credentials/{code}.json").status_code == 404
