"""Writes and exports for accounts."""

from django.db import transaction
from django.utils import timezone

from users.data_export import SECTIONS
from users.hooks import account_deletion_steps
from users.models import User


def user_data_export(*, user: User) -> dict:
    """Everything Rumbo holds about `user`, as JSON-safe data."""
    return {
        "exported_at": timezone.now().isoformat(),
        **{name: section(user) for name, section in SECTIONS.items()},
    }


@transaction.atomic
def user_delete(*, user: User) -> None:
    """Delete the account and everything it owns (cascades).

    What must outlive the account (orders, for the sellers' books) is kept,
    without the person in it, by the apps' deletion steps (users.hooks).
    """
    for step in account_deletion_steps():
        step(user)
    user.delete()
