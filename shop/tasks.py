"""Background work for the marketplace: order emails (routed to `mail`)."""

from celery import shared_task

from rumbo.retry import RetryingTask


@shared_task(bind=True, base=RetryingTask)
def notify_order_placed_task(self, order_id: int, language: str | None = None) -> None:
    """Email the buyer their order confirmation (once)."""
    from shop.order.notifications import order_placed_email_send

    order_placed_email_send(order_id=order_id, language=language)


@shared_task(bind=True, base=RetryingTask)
def notify_seller_order_task(self, order_id: int, partner_id: int) -> None:
    """Email one seller about a new order with only their lines (once)."""
    from shop.order.notifications import seller_order_email_send

    seller_order_email_send(order_id=order_id, partner_id=partner_id)


@shared_task(bind=True, base=RetryingTask)
def notify_lines_shipped_task(self, order_id: int, line_ids: list[int]) -> None:
    """Email the buyer that a seller shipped some of their lines (once)."""
    from shop.order.notifications import lines_shipped_email_send

    lines_shipped_email_send(order_id=order_id, line_ids=line_ids)


@shared_task(bind=True, base=RetryingTask)
def notify_trader_submitted_task(self, partner_id: int) -> None:
    """Email the staff who review trader details that a shop is waiting."""
    from shop.sellers.notifications import trader_submitted_notify

    trader_submitted_notify(partner_id=partner_id)


@shared_task(bind=True, base=RetryingTask)
def notify_products_pending_task(self, partner_id: int) -> None:
    """Email product reviewers that a shop has products waiting (once a window)."""
    from shop.sellers.notifications import products_pending_notify

    products_pending_notify(partner_id=partner_id)
