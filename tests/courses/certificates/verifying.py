"""What an outside verifier does, with libraries other than the signer's (joserfc):
PyJWT for the signature, jsonschema for the OB 3.0 schema."""

import json

import jwt
from jsonschema import Draft201909Validator


def fetch_json(client, url: str) -> dict:
    response = client.get(url)
    assert response.status_code == 200, response.content
    return json.loads(response.content)


def public_keys(client) -> dict:
    """The issuer's keys by kid, as a verifier gets them: from the DID document."""
    document = fetch_json(client, "/.well-known/did.json")
    return {
        method["id"]: jwt.PyJWK(method["publicKeyJwk"], algorithm="ES256")
        for method in document["verificationMethod"]
    }


def verify(client, token: str) -> dict:
    """The payload of `token` if its signature holds, else PyJWT's error."""
    header = jwt.get_unverified_header(token)
    assert header["typ"] == "vc+jwt"
    key = public_keys(client)[header["kid"]]
    return jwt.decode(token, key=key, algorithms=["ES256"])


def schema_errors(schema: dict, document: dict) -> list[str]:
    validator = Draft201909Validator(schema)
    return [
        f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
        for error in validator.iter_errors(document)
    ]
