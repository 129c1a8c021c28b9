"""What other apps ask about organisations."""

from django.db.models import QuerySet
from django.utils.translation import get_language

from organisations.models import OrganisationPage


def organisations_edited_by(user, *, locale_code: str | None = None) -> QuerySet:
    """The live organisations ``user`` edits for (through their editors'
    group), in the given language (the active one by default)."""
    if not user.is_authenticated:
        return OrganisationPage.objects.none()
    return (
        OrganisationPage.objects.live()
        .filter(
            editors__user=user,
            locale__language_code=locale_code or get_language(),
        )
        .order_by("title")
    )
