from smtplib import SMTPException, SMTPRecipientsRefused

from celery import shared_task


@shared_task(
    bind=True,
    autoretry_for=(SMTPException, ConnectionError, TimeoutError),
    dont_autoretry_for=(SMTPRecipientsRefused,),
    retry_backoff=30,
    retry_backoff_max=600,
    retry_jitter=True,
    max_retries=6,
)
def send_email_task(self, payload: dict) -> None:
    """Hand one rendered message to the mail server, retrying transient errors.

    A retry happens only when the server did not take the message, so a retry
    never sends it twice; a worker killed after the hand-off may (acks_late).
    """
    from outbox.services import payload_to_message

    payload_to_message(payload).send()
