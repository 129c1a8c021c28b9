"""An editor's part of their data download (GDPR Article 20)."""

from allauth.account.models import EmailAddress
from django.db.models import Q

from organisations.models import Invitation
from organisations.selectors import organisations_all_edited_by


def organisations_section(user) -> dict:
    addresses = [
        user.email,
        *EmailAddress.objects.filter(user=user).values_list("email", flat=True),
    ]
    received = Q(accepted_by=user)
    for address in filter(None, addresses):
        received |= Q(email__iexact=address)
    invitations = Invitation.objects.filter(received).select_related("organisation")
    return {
        "edited": [
            {"organisation": page.title, "language": page.locale.language_code}
            for page in organisations_all_edited_by(user)
        ],
        "invitations_received": [
            {
                "organisation": invitation.organisation.title,
                "email": invitation.email,
                "created": invitation.created.isoformat(),
                "accepted": (
                    invitation.accepted_at.isoformat()
                    if invitation.accepted_at
                    else None
                ),
            }
            for invitation in invitations
        ],
    }
