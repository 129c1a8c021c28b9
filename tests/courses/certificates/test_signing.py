"""Signed credentials (VC-JOSE, ES256) verify with another library, tampering
breaks them, and a key rotation keeps old ones verifiable."""

import base64
import json
import os
import stat

import jwt
import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from joserfc.jwk import ECKey

from tests.courses.certificates.conftest import new_pem
from tests.courses.certificates.verifying import fetch_json, public_keys, verify


def token_of(client, certificate) -> str:
    response = client.get(f"/credentials/{certificate.code}.jwt")
    assert response.status_code == 200
    return response.content.decode()


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def test_a_signed_credential_verifies_with_pyjwt_and_the_did_document(
    client, certificate
):
    token = token_of(client, certificate)

    header = jwt.get_unverified_header(token)
    payload = verify(client, token)

    did = fetch_json(client, "/.well-known/did.json")["id"]
    assert header["alg"] == "ES256"
    assert header["typ"] == "vc+jwt"
    assert header["cty"] == "vc"
    assert header["kid"].startswith(f"{did}#")
    assert payload["issuer"]["id"] == did
    assert payload["id"].endswith(f"/credentials/{certificate.code}.json")
    assert payload["credentialSubject"]["name"] == certificate.learner_name


def test_the_jwks_verifies_it_too(client, certificate):
    token = token_of(client, certificate)
    jwks = jwt.PyJWKSet.from_dict(fetch_json(client, "/.well-known/jwks.json"))
    kid = jwt.get_unverified_header(token)["kid"].split("#")[1]

    payload = jwt.decode(token, key=jwks[kid], algorithms=["ES256"])

    assert payload["type"] == ["VerifiableCredential", "OpenBadgeCredential"]


def test_the_signature_checks_out_with_cryptography_directly(client, certificate):
    token = token_of(client, certificate)
    signing_input, signature = token.rsplit(".", 1)
    jwk = fetch_json(client, "/.well-known/jwks.json")["keys"][0]
    public_key = ec.EllipticCurvePublicNumbers(
        int.from_bytes(unb64(jwk["x"])), int.from_bytes(unb64(jwk["y"])), ec.SECP256R1()
    ).public_key()
    raw = unb64(signature)
    der = encode_dss_signature(int.from_bytes(raw[:32]), int.from_bytes(raw[32:]))

    public_key.verify(der, signing_input.encode(), ec.ECDSA(hashes.SHA256()))
    header, payload = signing_input.split(".")
    tampered = payload[:-2] + ("A" if payload[-2] != "A" else "B") + payload[-1]
    with pytest.raises(InvalidSignature):
        public_key.verify(
            der, f"{header}.{tampered}".encode(), ec.ECDSA(hashes.SHA256())
        )


def test_a_tampered_credential_fails(client, certificate):
    token = token_of(client, certificate)
    header, payload, signature = token.split(".")
    claims = json.loads(unb64(payload))
    claims["credentialSubject"]["name"] = "Mallory"
    forged = f"{header}.{b64(json.dumps(claims).encode())}.{signature}"
    key = public_keys(client)[jwt.get_unverified_header(token)["kid"]]

    with pytest.raises(jwt.InvalidSignatureError):
        jwt.decode(forged, key=key, algorithms=["ES256"])


def test_a_credential_signed_by_another_key_fails(client, certificate, settings):
    genuine_keys = public_keys(client)
    settings.CERTIFICATE_SIGNING_KEY = new_pem()  # a key we never published
    token = token_of(client, certificate)
    # An attacker's token claiming our key id:
    kid = next(iter(genuine_keys))

    with pytest.raises(jwt.InvalidSignatureError):
        jwt.decode(token, key=genuine_keys[kid], algorithms=["ES256"])


def test_after_a_rotation_old_credentials_still_verify(
    client, certificate, settings, signing_key
):
    old_token = token_of(client, certificate)
    old_kid = jwt.get_unverified_header(old_token)["kid"]
    new_key = new_pem()
    # Rotation as the README says: new key current, the old one only published
    # (its public half is enough).
    settings.CERTIFICATE_SIGNING_KEY = new_key
    old_public = ECKey.import_key(signing_key).as_pem(private=False).decode()
    settings.CERTIFICATE_PREVIOUS_KEYS = old_public.replace("\n", "\\n")

    new_token = token_of(client, certificate)
    published = list(public_keys(client))

    new_kid = jwt.get_unverified_header(new_token)["kid"]
    assert new_kid != old_kid
    assert published == [new_kid, old_kid]  # the signing one first
    assert verify(client, old_token)["id"] == verify(client, new_token)["id"]
    assert len(fetch_json(client, "/.well-known/jwks.json")["keys"]) == 2


def test_previous_keys_can_come_from_a_file(client, settings, tmp_path, db):
    older = tmp_path / "previous.pem"
    older.write_text(new_pem() + new_pem())
    settings.CERTIFICATE_PREVIOUS_KEYS_FILE = str(older)

    assert len(fetch_json(client, "/.well-known/jwks.json")["keys"]) == 3


def test_without_a_key_development_makes_one_and_keeps_it(
    client, certificate, settings, tmp_path
):
    path = tmp_path / "keys" / "signing.pem"
    settings.CERTIFICATE_SIGNING_KEY = ""
    settings.CERTIFICATE_SIGNING_KEY_FILE = str(path)

    first = token_of(client, certificate)
    second = token_of(client, certificate)

    assert path.read_text().startswith("-----BEGIN PRIVATE KEY-----")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert (
        jwt.get_unverified_header(first)["kid"]
        == jwt.get_unverified_header(second)["kid"]
    )
    verify(client, first)


@pytest.mark.parametrize(
    "key",
    ["", "not a key", new_pem().replace("PRIVATE", "PUBLIC")],
    # Named, not shown: a new key each run would give each xdist worker
    # another test id.
    ids=["none", "garbage", "mislabelled"],
)
def test_production_without_a_usable_key_answers_clearly(
    client, certificate, settings, tmp_path, key
):
    settings.PRODUCTION = True
    settings.CERTIFICATE_SIGNING_KEY = key
    settings.CERTIFICATE_SIGNING_KEY_FILE = str(tmp_path / "missing.pem")

    for url in (
        f"/credentials/{certificate.code}.jwt",
        "/credentials/status/1.jwt",
        "/.well-known/did.json",
    ):
        response = client.get(url)
        assert response.status_code == 503, url
        assert json.loads(response.content) == {
            "error": "Ahora mismo no se pueden firmar las credenciales. Inténtalo más tarde."
        }
    assert not (tmp_path / "missing.pem").exists()
    # What needs no signature still works.
    assert client.get(f"/credentials/{certificate.code}.json").status_code == 200


def test_a_key_on_another_curve_is_refused(client, certificate, settings):
    settings.CERTIFICATE_SIGNING_KEY = (
        ECKey.generate_key("P-384", private=True).as_pem(private=True).decode()
    )

    assert client.get(f"/credentials/{certificate.code}.jwt").status_code == 503
