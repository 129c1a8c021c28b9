"""An email backend for tests that records messages and fails on demand."""

import smtplib

from django.core.mail.backends.base import BaseEmailBackend

SENT: list = []
FAIL: dict[str, Exception] = {}  # address -> exception raised once per send
OPENED: list = []
AFTER_SEND: list = []  # callables run after each accepted message


def reset() -> None:
    SENT.clear()
    FAIL.clear()
    OPENED.clear()
    AFTER_SEND.clear()


class ScriptedBackend(BaseEmailBackend):
    def open(self):
        OPENED.append(self)
        return True

    def close(self):
        pass

    def send_messages(self, messages):
        for message in messages:
            address = message.to[0]
            if address in FAIL:
                raise FAIL.pop(address)
            SENT.append(message)
            for hook in AFTER_SEND:
                hook(message)
        return len(messages)


def permanent(address: str) -> None:
    FAIL[address] = smtplib.SMTPRecipientsRefused(
        {address: (550, b"5.1.1 User unknown")}
    )


def transient(address: str) -> None:
    FAIL[address] = smtplib.SMTPRecipientsRefused(
        {address: (451, b"4.3.0 Try again later")}
    )
