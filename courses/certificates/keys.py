"""The issuer's keys: the one that signs credentials and those published to verify them.

Keys are P-256 (ES256) private keys in PEM, from settings: the current one
signs, earlier ones (CERTIFICATE_PREVIOUS_KEYS) are only published, so that
credentials they signed keep verifying after a rotation. Each key is named by
its RFC 7638 thumbprint, which is the `kid` of what it signs.

The issuer is `did:web:<host of SITE_URL>`; its DID document and a JWKS with
every published key are served under /.well-known/ (well_known_urls.py).
"""

import os
import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote, urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from joserfc.jwk import ECKey

ALGORITHM = "ES256"
CURVE = "P-256"
_PEM_BLOCK = re.compile(r"-----BEGIN [A-Z ]+-----.+?-----END [A-Z ]+-----", re.S)


def _pem_blocks(text: str) -> list[str]:
    # An env var may carry the line breaks as literal "\n".
    return _PEM_BLOCK.findall(text.replace("\\n", "\n"))


def _import(pem: str, *, source: str) -> ECKey:
    try:
        key = ECKey.import_key(pem)
    except Exception as error:  # noqa: BLE001  (joserfc raises several kinds)
        raise ImproperlyConfigured(f"{source} is not a PEM EC key: {error}") from None
    if key.curve_name != CURVE:
        raise ImproperlyConfigured(f"{source} must be a {CURVE} key")
    return key


def _read(path: str, *, source: str) -> str:
    try:
        return Path(path).read_text()
    except OSError as error:
        raise ImproperlyConfigured(f"{source}: cannot read {path}: {error}") from None


def _generated(path: Path) -> str:
    """The development key at `path`, made on first use; never in production.

    O_EXCL, so two processes starting at once end up with the same key.
    """
    try:
        return path.read_text()
    except FileNotFoundError:
        pass
    pem = ECKey.generate_key(CURVE, private=True).as_pem(private=True).decode()
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text()
    with os.fdopen(fd, "w") as file:
        file.write(pem)
    return pem


@lru_cache(maxsize=4)
def _keys(
    inline: str, file: str, generate: bool, previous: str, previous_file: str
) -> tuple[ECKey, tuple[ECKey, ...]]:
    if inline.strip():
        pem, source = inline, "CERTIFICATE_SIGNING_KEY"
    elif file and Path(file).is_file():
        pem, source = _read(file, source="CERTIFICATE_SIGNING_KEY_FILE"), file
    elif file and generate:
        pem, source = _generated(Path(file)), file
    else:
        raise ImproperlyConfigured(
            "Set CERTIFICATE_SIGNING_KEY or CERTIFICATE_SIGNING_KEY_FILE: "
            "certificates cannot be signed without a key."
        )
    blocks = _pem_blocks(pem)
    if len(blocks) != 1:
        raise ImproperlyConfigured(f"{source} must hold exactly one PEM key")
    current = _import(blocks[0], source=source)
    if not current.is_private:
        raise ImproperlyConfigured(f"{source} must be a private key")

    older = previous
    if previous_file:
        older += "\n" + _read(previous_file, source="CERTIFICATE_PREVIOUS_KEYS_FILE")
    published = {current.thumbprint(): current}
    for block in _pem_blocks(older):
        key = _import(block, source="CERTIFICATE_PREVIOUS_KEYS")
        published.setdefault(key.thumbprint(), key)
    return current, tuple(published.values())


def _configured() -> tuple[ECKey, tuple[ECKey, ...]]:
    return _keys(
        settings.CERTIFICATE_SIGNING_KEY,
        str(settings.CERTIFICATE_SIGNING_KEY_FILE or ""),
        not settings.PRODUCTION,
        settings.CERTIFICATE_PREVIOUS_KEYS,
        str(settings.CERTIFICATE_PREVIOUS_KEYS_FILE or ""),
    )


def signing_key() -> ECKey:
    """The private key that signs from now on."""
    return _configured()[0]


def published_keys() -> tuple[ECKey, ...]:
    """Every key a verifier may need, the signing one first."""
    return _configured()[1]


def kid(key: ECKey) -> str:
    return key.thumbprint()


def issuer_did() -> str:
    """did:web of the site's host (a port is written %3A, as did:web says)."""
    return "did:web:" + quote(urlsplit(settings.SITE_URL).netloc, safe="")


def verification_method(key: ECKey) -> str:
    return f"{issuer_did()}#{kid(key)}"


def public_jwk(key: ECKey) -> dict:
    return {
        **key.as_dict(private=False),
        "kid": kid(key),
        "alg": ALGORITHM,
        "use": "sig",
    }


def jwks() -> dict:
    """The JSON Web Key Set: for verifiers that take plain JOSE, not DIDs."""
    return {"keys": [public_jwk(key) for key in published_keys()]}


def did_document() -> dict:
    """The issuer's DID document (did:web), listing every published key."""
    did = issuer_did()
    methods = [
        {
            "id": verification_method(key),
            "type": "JsonWebKey2020",
            "controller": did,
            "publicKeyJwk": key.as_dict(private=False),
        }
        for key in published_keys()
    ]
    ids = [method["id"] for method in methods]
    return {
        "@context": [
            "https://www.w3.org/ns/did/v1",
            "https://w3id.org/security/suites/jws-2020/v1",
        ],
        "id": did,
        "verificationMethod": methods,
        "assertionMethod": ids,
        "authentication": ids,
    }
