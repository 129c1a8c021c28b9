"""Organisations' background work: the invitation email (on the `mail` queue)."""

from celery import shared_task

from rumbo.retry import RetryingTask


@shared_task(bind=True, base=RetryingTask)
def notify_invitation_task(self, invitation_id: int) -> int:
    from organisations.services import invitation_notify

    return invitation_notify(invitation_id=invitation_id)
