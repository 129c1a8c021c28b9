"""Cleaning the free text people post (questions, answers, messages, notes)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _


def text_clean(
    value: str | None,
    *,
    field: str,
    max_length: int,
    required: bool = False,
    required_message: str | None = None,
) -> str:
    """``value`` stripped of surrounding white space, or a ValidationError
    naming ``field`` (so a form shows it beside that field).

    Refuses an empty value when ``required`` (with ``required_message`` if
    given, else "This field is required.") and one longer than
    ``max_length``, which services check themselves because they are also
    called without a form (tasks, the admin, other apps).
    """
    value = (value or "").strip()
    if required and not value:
        raise ValidationError({field: required_message or _("This field is required.")})
    if len(value) > max_length:
        raise ValidationError(
            {field: _("Keep it to %(max)d characters or fewer.") % {"max": max_length}}
        )
    return value
