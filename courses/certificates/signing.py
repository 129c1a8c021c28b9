"""Securing credentials with VC-JOSE (W3C VC-JOSE-COSE): a compact JWS whose
payload is the credential itself, media type application/vc+jwt.

Why not a Data Integrity proof (eddsa-rdfc-2022): it signs the RDF
canonicalisation of the JSON-LD, so signing and every verifier need a JSON-LD
processor and the remote contexts; a JWS signs the bytes, and any JOSE
library verifies it with the public key from our DID document or JWKS.
"""

import json

from joserfc import jws

from courses.certificates.keys import ALGORITHM, signing_key, verification_method

MEDIA_TYPE = "application/vc+jwt"


def credential_sign(document: dict) -> str:
    """`document` as a VC-JOSE compact JWS, signed with the current key."""
    key = signing_key()
    header = {
        "alg": ALGORITHM,
        "kid": verification_method(key),
        "typ": "vc+jwt",
        "cty": "vc",
    }
    payload = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    return jws.serialize_compact(header, payload.encode(), key, algorithms=[ALGORITHM])
