"""Jobs background work: notifications (on the `mail` queue) and closing
offers past their date."""

from celery import shared_task

from rumbo.retry import RetryingTask


@shared_task(bind=True, base=RetryingTask)
def notify_offer_pending_task(self, offer_id: int) -> int:
    from jobs.notifications import offer_pending_notify

    return offer_pending_notify(offer_id=offer_id)


@shared_task(bind=True, base=RetryingTask)
def notify_offer_reviewed_task(self, offer_id: int, status: str) -> int:
    from jobs.notifications import offer_reviewed_notify

    return offer_reviewed_notify(offer_id=offer_id, status=status)


@shared_task(bind=True, base=RetryingTask)
def notify_application_received_task(self, application_id: int) -> int:
    from jobs.notifications import application_received_notify

    return application_received_notify(application_id=application_id)


@shared_task(bind=True, base=RetryingTask)
def notify_message_posted_task(self, message_id: int) -> int:
    from jobs.notifications import message_posted_notify

    return message_posted_notify(message_id=message_id)


@shared_task(bind=True, base=RetryingTask)
def notify_application_status_task(self, application_id: int, status: str) -> int:
    from jobs.notifications import application_status_notify

    return application_status_notify(application_id=application_id, status=status)


@shared_task(bind=True, base=RetryingTask)
def offers_close_past_task(self) -> int:
    """Hourly: mark offers past their closing date closed and purge the pages
    that listed them."""
    from jobs.services import offers_close_past

    return offers_close_past()
