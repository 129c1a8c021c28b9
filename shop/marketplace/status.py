"""Each seller's status on an order, from the statuses of their lines.

Every line of an order belongs to one seller, who moves it along Oscar's line
pipeline (shop.order.services.lines_status_change refuses another seller's
lines); the order's own status follows all its lines (shop.order.status).
"""

from collections.abc import Iterable

from shop.order.status import CANCELLED, PAID, SHIPPED, overall_status


def seller_status(statuses: Iterable[str]) -> str:
    """One seller's part of an order, as the buyer sees it: like the order's
    status, but "Paid" or "Shipped" when all their live lines are."""
    found = set(statuses)
    live = found - {CANCELLED}
    if live in ({PAID}, {SHIPPED}):
        return live.pop()
    return overall_status(found)


def lines_movable(lines: Iterable) -> list:
    """The lines a seller can still move to another status."""
    return [line for line in lines if line.available_statuses()]


def statuses_next(lines: Iterable, pipeline: Iterable[str]) -> list[str]:
    """Statuses some of the lines can move to, in `pipeline` order."""
    found = {status for line in lines for status in line.available_statuses()}
    return [status for status in pipeline if status in found]
