"""The certificate as an Open Badges 3.0 credential (a W3C Verifiable Credential 2.0).

Served as JSON-LD at its id and, signed (signing.py), as application/vc+jwt.
It is written in the course's language. The course's other language versions
are listed as `related` achievements (OB 3.0's place for "alternate language
editions"), their names and descriptions as language-tagged values: the
official JSON Schema wants plain strings in `name` and `description`.

Revocation is not in the document: `credentialStatus` points at the bit of a
Bitstring Status List (status_list.py), so a credential already handed out
shows as revoked the moment the bit is set.
"""

import hashlib
from datetime import UTC

from django.utils import translation
from django.utils.translation import gettext as _

from courses.certificates.keys import issuer_did
from courses.certificates.links import (
    absolute,
    credential_url,
    issuer_name,
    share_image_url,
    verify_url,
)
from courses.certificates.models import Certificate
from courses.certificates.status_list import status_entry

CONTEXT = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]
SCHEMA = {
    "id": "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/"
    "ob_v3p0_achievementcredential_schema.json",
    "type": "1EdTechJsonSchemaValidator2019",
}


def _iso(moment) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _page_url(page) -> str | None:
    url = page.get_url()
    if not url:
        return None
    return absolute(url) if url.startswith("/") else url


def identity_hash(email: str, salt: str) -> str:
    """OB 3.0's IdentityHash: "sha256$" and the hex SHA-256 of email + salt.

    The email is lower-cased first, so an employer who types it with capitals
    still gets the same hash.
    """
    digest = hashlib.sha256((email.strip().lower() + salt).encode()).hexdigest()
    return f"sha256${digest}"


def _identifier(certificate: Certificate) -> dict:
    """The learner, known by a salted hash of their email: whoever knows the
    email can check it, the credential does not reveal it."""
    user = certificate.user
    if user.email:
        value, kind = user.email, "emailAddress"
    else:  # accounts always have one; this keeps the credential valid regardless
        value, kind = f"{certificate.code}:{user.pk}", "systemId"
    return {
        "type": "IdentityObject",
        "identityHash": identity_hash(value, certificate.identity_salt),
        "identityType": kind,
        "hashed": True,
        "salt": certificate.identity_salt,
    }


def _related(translations) -> list[dict]:
    related = []
    for page in translations:
        url = _page_url(page)
        if not url:
            continue
        language = page.locale.language_code
        related.append(
            {
                "id": url,
                "type": ["Related"],
                "inLanguage": language,
                "name": {"@value": page.title, "@language": language},
                "description": {"@value": page.summary, "@language": language},
            }
        )
    return related


def certificate_credential(certificate: Certificate, translations=()) -> dict:
    """The credential of `certificate`, in its course's language.

    `translations`: the course's live versions in other languages
    (selectors.course_translations).
    """
    credential_id = credential_url(certificate.code)
    course = certificate.course
    with translation.override(certificate.language):
        pass_mark = certificate.attempt.pass_mark if certificate.attempt else None
        if pass_mark:
            narrative = _(
                "Complete the course's lessons and pass its final exam with at "
                "least %(mark)s%% of the answers right."
            ) % {"mark": pass_mark}
        else:
            narrative = _("Complete the course's lessons and pass its final exam.")
        description = _(
            "Completed the course “%(course)s” (%(hours)s hours) and passed its exam."
        ) % {"course": certificate.course_title, "hours": certificate.hours}
        achievement = {
            "id": (course and _page_url(course)) or f"{credential_id}#achievement",
            "type": ["Achievement"],
            "achievementType": "Course",
            "name": certificate.course_title,
            "description": (course and course.summary) or description,
            "criteria": {"narrative": narrative},
            "inLanguage": certificate.language,
        }
        related = _related(translations)
        if related:
            achievement["related"] = related
        return {
            "@context": CONTEXT,
            "id": credential_id,
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "name": certificate.course_title,
            "description": description,
            "image": {
                "id": share_image_url(certificate.code),
                "type": "Image",
                "caption": _("Certificate of completion"),
            },
            "issuer": {
                "id": issuer_did(),
                "type": ["Profile"],
                "name": issuer_name(),
                "url": absolute("/"),
            },
            "validFrom": _iso(certificate.issued_at),
            "credentialSubject": {
                "type": ["AchievementSubject"],
                "name": certificate.learner_name,
                "identifier": [_identifier(certificate)],
                "achievement": achievement,
            },
            "credentialStatus": status_entry(certificate.status_index),
            "credentialSchema": [SCHEMA],
            "evidence": [
                {
                    "id": verify_url(certificate.code, language=certificate.language),
                    "type": ["Evidence"],
                    "name": _("Verification page"),
                }
            ],
        }
