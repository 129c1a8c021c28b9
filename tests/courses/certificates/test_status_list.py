"""Revocation through a W3C Bitstring Status List published on our domain."""

import json
from urllib.parse import urlsplit

import pytest
from django.db import IntegrityError, transaction

from courses.certificates import services
from courses.certificates.models import Certificate
from courses.certificates.services import certificate_revoke
from courses.certificates.status_list import (
    LIST_BITS,
    bit_is_set,
    bitstring_decode,
    bitstring_encode,
)
from tests.courses.certificates.factories import issued_certificate
from tests.courses.certificates.verifying import verify
from tests.factories.courses import course_page


def status_list(client, number: int = 1) -> dict:
    response = client.get(f"/credentials/status/{number}.jwt")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vc+jwt"
    return verify(client, response.content.decode())


def bits(client, number: int = 1) -> bytes:
    return bitstring_decode(
        status_list(client, number)["credentialSubject"]["encodedList"]
    )


def test_bitstring_round_trip_puts_bit_zero_first():
    encoded = bitstring_encode([0, 9, LIST_BITS - 1])

    decoded = bitstring_decode(encoded)

    assert encoded.startswith("u") and "=" not in encoded
    assert len(decoded) * 8 == LIST_BITS == 131_072
    assert decoded[0] == 0b1000_0000 and decoded[1] == 0b0100_0000
    assert [i for i in range(LIST_BITS) if bit_is_set(decoded, i)] == [
        0,
        9,
        LIST_BITS - 1,
    ]


def test_the_status_list_is_a_signed_bitstring_status_list_credential(
    client, certificate, settings
):
    document = status_list(client)

    url = f"{settings.SITE_URL}/credentials/status/1.jwt"
    assert document["id"] == url
    assert document["type"] == ["VerifiableCredential", "BitstringStatusListCredential"]
    assert document["issuer"].startswith("did:web:")
    subject = document["credentialSubject"]
    assert subject["type"] == "BitstringStatusList"
    assert subject["statusPurpose"] == "revocation"
    decoded = bitstring_decode(subject["encodedList"])
    assert len(decoded) * 8 >= 131_072
    assert not any(decoded)


def test_revoking_sets_the_certificates_bit_at_once(client, user, staff, course):
    certificate = issued_certificate(user=user, course=course)
    bystander = issued_certificate(user=user, course=course_page())
    assert not bit_is_set(bits(client), certificate.status_index)  # now cached

    certificate_revoke(certificate=certificate, reason="Fraud", by=staff)

    after = bits(client)
    assert bit_is_set(after, certificate.status_index)
    assert not bit_is_set(after, bystander.status_index)
    assert sum(bin(byte).count("1") for byte in after) == 1
    # The credential itself says where to look, and nothing else changed in it.
    credential = json.loads(client.get(f"/credentials/{certificate.code}.json").content)
    entry = credential["credentialStatus"]
    assert urlsplit(entry["statusListCredential"]).path == "/credentials/status/1.jwt"
    assert bit_is_set(after, int(entry["statusListIndex"]))
    assert "revoked" not in credential


def test_a_second_request_comes_from_the_cache_until_a_change(
    client, certificate, django_assert_num_queries
):
    status_list(client)

    with django_assert_num_queries(0):
        client.get("/credentials/status/1.jwt")


@pytest.mark.django_db
@pytest.mark.parametrize("number", [0, 2, 999_999])
def test_a_status_list_out_of_range_gets_a_clear_404(client, number):
    response = client.get(f"/credentials/status/{number}.jwt")

    assert response.status_code == 404
    assert json.loads(response.content) == {
        "error": f"No existe la lista de estado {number}."
    }


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["-1.jwt", "one.jwt", "1.json", "1%00.jwt"])
def test_malformed_status_list_urls_are_refused(client, path):
    # NUL bytes are refused before routing (400), the rest do not match (404).
    assert client.get(f"/credentials/status/{path}").status_code in (400, 404)


def test_status_indexes_are_random_and_distinct(user):
    indexes = [issued_certificate(user=user).status_index for _ in range(6)]

    assert len(set(indexes)) == 6
    assert all(0 <= index < LIST_BITS for index in indexes)


def test_a_taken_index_is_drawn_again(user, certificate, monkeypatch):
    draws = iter([certificate.status_index, certificate.status_index, 4242])
    # As if concurrent issues took the first two draws after they were checked.
    monkeypatch.setattr(services, "new_status_index", lambda: next(draws))

    other = issued_certificate(user=user)

    assert other.status_index == 4242
    assert Certificate.objects.count() == 2


def test_status_index_is_unique_in_the_database(certificate):
    other = issued_certificate()

    with pytest.raises(IntegrityError), transaction.atomic():
        Certificate.objects.filter(pk=other.pk).update(
            status_index=certificate.status_index
        )
