"""Order and line statuses, and how an order's status follows its lines.

Each seller's status on an order is the marketplace's: shop.marketplace.status.
"""

from collections.abc import Iterable

from django.utils.translation import gettext_lazy as _

AWAITING_PAYMENT = "Awaiting payment"
PAID = "Paid"
SHIPPED = "Shipped"
COMPLETED = "Completed"
CANCELLED = "Cancelled"
IN_PROGRESS = "In progress"

# Statuses are stored in English (Oscar's pipeline keys); these are shown.
LABELS = {
    AWAITING_PAYMENT: _("Awaiting payment"),
    PAID: _("Paid"),
    SHIPPED: _("Shipped"),
    COMPLETED: _("Completed"),
    CANCELLED: _("Cancelled"),
    IN_PROGRESS: _("In progress"),
}


def status_label(status: str) -> str:
    return LABELS.get(status, status)


def overall_status(statuses: Iterable[str]) -> str:
    """The status of a set of lines as a whole.

    All cancelled: Cancelled. All finished with at least one completed:
    Completed. Nothing moved yet: Awaiting payment. Anything else: In progress.
    """
    found = set(statuses)
    if not found or found == {AWAITING_PAYMENT}:
        return AWAITING_PAYMENT
    if found == {CANCELLED}:
        return CANCELLED
    if found <= {COMPLETED, CANCELLED}:
        return COMPLETED
    return IN_PROGRESS
