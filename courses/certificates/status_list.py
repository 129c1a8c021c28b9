"""W3C Bitstring Status List: one bit per certificate, set when it is revoked.

Each certificate holds a random, never shared `status_index`; list n (from 1)
covers indexes (n - 1) * LIST_BITS to n * LIST_BITS - 1. A list is published as
a signed BitstringStatusListCredential whose `encodedList` is the bitstring,
gzipped, in multibase base64url ("u" prefix, no padding); bit 0 is the most
significant bit of the first byte.
"""

import base64
import gzip
from datetime import UTC, datetime

from django.urls import reverse

from courses.certificates.keys import issuer_did
from courses.certificates.links import absolute

# 16 KiB, the least the specification allows: with few certificates revoked,
# a list this long tells nobody which learner a verifier is checking.
LIST_BITS = 131_072
PURPOSE = "revocation"


def list_number(index: int) -> int:
    return index // LIST_BITS + 1


def list_position(index: int) -> int:
    return index % LIST_BITS


def list_url(number: int) -> str:
    return absolute(reverse("credentials:status", args=[number]))


def bitstring_encode(positions) -> str:
    bits = bytearray(LIST_BITS // 8)
    for position in positions:
        bits[position // 8] |= 0x80 >> (position % 8)
    compressed = gzip.compress(bytes(bits), mtime=0)
    return "u" + base64.urlsafe_b64encode(compressed).decode().rstrip("=")


def bitstring_decode(encoded: str) -> bytes:
    if not encoded.startswith("u"):
        raise ValueError("not multibase base64url")
    data = encoded[1:]
    return gzip.decompress(base64.urlsafe_b64decode(data + "=" * (-len(data) % 4)))


def bit_is_set(bitstring: bytes, position: int) -> bool:
    return bool(bitstring[position // 8] & (0x80 >> (position % 8)))


def status_entry(index: int) -> dict:
    """The credentialStatus of the certificate with this index."""
    url = list_url(list_number(index))
    position = list_position(index)
    return {
        "id": f"{url}#{position}",
        "type": "BitstringStatusListEntry",
        "statusPurpose": PURPOSE,
        "statusListIndex": str(position),
        "statusListCredential": url,
    }


def status_list_credential(number: int, revoked_positions) -> dict:
    """The (unsigned) status list credential of list `number`."""
    url = list_url(number)
    now = datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    return {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer_did(),
        "validFrom": now,
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": PURPOSE,
            "encodedList": bitstring_encode(revoked_positions),
        },
    }
