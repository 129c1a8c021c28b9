"""A notice may carry files (an event's .ics): through the JSON payload of the
mail task and to a real SMTP server, bytes as base64."""

import json

import pytest
from django.core.mail import EmailMessage
from django.test import override_settings

from outbox.services import Notice, message_to_payload, notify, payload_to_message

pytestmark = pytest.mark.django_db

ICS = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"


def test_bytes_and_text_attachments_survive_the_json_payload():
    message = EmailMessage("Hola", "Cuerpo", "a@example.org", ["b@example.org"])
    message.attach("event.ics", ICS, "text/calendar")
    message.attach("notes.txt", "Notas ñ", "text/plain")
    message.attach("logo.bin", b"\x00\xff\x10", "application/octet-stream")
    payload = json.loads(json.dumps(message_to_payload(message)))
    again = payload_to_message(payload)
    names = [(a[0], a[2]) for a in again.attachments]
    assert names == [
        ("event.ics", "text/calendar"),
        ("notes.txt", "text/plain"),
        ("logo.bin", "application/octet-stream"),
    ]
    assert again.attachments[2][1] == b"\x00\xff\x10"
    assert "VCALENDAR" in str(again.attachments[0][1])


def test_a_payload_queued_before_attachments_existed_still_sends():
    message = EmailMessage("Hola", "Cuerpo", "a@example.org", ["b@example.org"])
    payload = message_to_payload(message)
    del payload["attachments"]
    assert payload_to_message(payload).attachments == []


def test_a_notice_with_an_attachment_reaches_a_real_smtp_server(
    smtp, django_capture_on_commit_callbacks
):
    port, inbox = smtp
    with override_settings(
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=port,
        EMAIL_USE_TLS=False,
        EMAIL_HOST_USER="",
        EMAIL_HOST_PASSWORD="",
    ):
        with django_capture_on_commit_callbacks(execute=True):
            notify(
                to="ana@example.org",
                build=lambda: Notice(
                    subject="Evento",
                    lines=["Te esperamos."],
                    attachments=[("event.ics", ICS, "text/calendar")],
                ),
            )
        received = inbox.wait_for(1, timeout=10)
    assert len(received) == 1
    parts = [p for p in received[0].walk() if p.get_filename() == "event.ics"]
    assert parts and parts[0].get_content_type() == "text/calendar"
    assert b"VCALENDAR" in parts[0].get_payload(decode=True)
