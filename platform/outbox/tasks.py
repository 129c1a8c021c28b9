from smtplib import SMTPException, SMTPRecipientsRefused

from celery import shared_task

from rumbo.retry import RetryingTask


class MailTask(RetryingTask):
    """Rumbo's retry policy for talking to the mail server: retries what the
    server did not take (its errors, a lost connection), never an address it
    refused, which no retry will change."""

    autoretry_for = (SMTPException, ConnectionError, TimeoutError)
    dont_autoretry_for = (SMTPRecipientsRefused,)


@shared_task(bind=True, base=MailTask)
def send_email_task(self, payload: dict) -> None:
    """Hand one rendered message to the mail server, retrying transient errors.

    A retry happens only when the server did not take the message, so a retry
    never sends it twice; a worker killed after the hand-off may (acks_late).
    """
    from outbox.services import payload_to_message

    payload_to_message(payload).send()
