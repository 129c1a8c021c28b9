"""The certificate as an Open Badges 3.0 credential (a W3C Verifiable Credential).

Unsigned: it is served from the issuer's own domain at a stable URL, which is
how a verifier checks it, together with the public verification page.
"""

from datetime import UTC

from django.utils import translation
from django.utils.translation import gettext as _

from courses.certificates.links import absolute, credential_url, issuer_name, verify_url
from courses.certificates.models import Certificate

CONTEXT = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]


def _iso(moment) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _achievement_id(certificate: Certificate, credential_id: str) -> str:
    course = certificate.course
    if course is not None:
        url = course.get_url()
        if url:
            return absolute(url) if url.startswith("/") else url
    return f"{credential_id}#achievement"


def certificate_credential(certificate: Certificate) -> dict:
    """The JSON-LD document for `certificate`, written in its language."""
    credential_id = credential_url(certificate.code)
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
        document = {
            "@context": CONTEXT,
            "id": credential_id,
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "name": certificate.course_title,
            "description": description,
            "issuer": {
                "id": absolute("/"),
                "type": ["Profile"],
                "name": issuer_name(),
                "url": absolute("/"),
            },
            "validFrom": _iso(certificate.issued_at),
            "credentialSubject": {
                "type": ["AchievementSubject"],
                "name": certificate.learner_name,
                "achievement": {
                    "id": _achievement_id(certificate, credential_id),
                    "type": ["Achievement"],
                    "achievementType": "Course",
                    "name": certificate.course_title,
                    "description": description,
                    "criteria": {"narrative": narrative},
                    "inLanguage": certificate.language,
                },
            },
            "evidence": [
                {
                    "id": verify_url(certificate.code),
                    "type": ["Evidence"],
                    "name": _("Verification page"),
                }
            ],
        }
    if not certificate.is_valid:
        document["revoked"] = True
        document["revokedAt"] = _iso(certificate.revoked_at)
        document["revocationReason"] = certificate.revoked_reason
    return document
