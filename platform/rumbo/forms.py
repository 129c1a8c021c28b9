"""Helpers for the forms of every app."""

from django.core.exceptions import ValidationError


def add_errors(form, error: ValidationError) -> None:
    """Show a service's refusal on ``form``: beside the field it names when the
    form has that field, above the form otherwise.

    ``form.add_error(None, error)`` alone raises when the error names a field
    the form does not have (services validate more than any one form shows).
    """
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            for item in errors:
                form.add_error(field if field in form.fields else None, item)
    else:
        form.add_error(None, error)
