"""outbox.notify: once, in the recipient's language, after the commit."""

import pytest
from django.conf import settings
from django.core import mail
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _

from outbox.services import Notice, TemplatedEmail, notify
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _notice() -> Notice:
    # gettext and reverse run inside notify, in the recipient's language.
    return Notice(
        subject=_("Your mentoring request expired"),
        lines=["Primera línea", "Segunda línea"],
        path=reverse("mentoring:recommended"),
    )


def test_a_user_gets_the_notice_in_their_language(django_capture_on_commit_callbacks):
    ana = UserFactory(
        display_name="Ana Souza", email="ana@example.org", preferred_language="pt"
    )

    with django_capture_on_commit_callbacks(execute=True):
        sent = notify(to=ana, build=_notice)

    assert sent == 1
    (message,) = mail.outbox
    assert message.to == ["ana@example.org"]
    assert message.from_email == settings.DEFAULT_FROM_EMAIL
    assert message.reply_to == []
    assert message.subject == "O seu pedido de mentoria expirou"
    assert message.body == (
        "Olá, Ana Souza,\n\nPrimera línea\n\nSegunda línea\n\n"
        f"{settings.SITE_URL}/pt/mentors/recommended/\n\n— Rumbo\n\n"
    )


def test_an_address_gets_it_in_the_given_language_and_name(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        notify(to="guest@example.org", language="en", name="Guest", build=_notice)

    (message,) = mail.outbox
    assert message.subject == "Your mentoring request expired"
    assert message.body.startswith("Hello Guest,\n")
    assert f"{settings.SITE_URL}/en/mentors/recommended/" in message.body


@pytest.mark.parametrize(
    ("language", "greeting"), [("pt", "Olá,\n"), ("es", "Hola:\n")]
)
def test_an_address_without_a_name_is_greeted_without_one(
    django_capture_on_commit_callbacks, language, greeting
):
    with django_capture_on_commit_callbacks(execute=True):
        notify(to="invited@example.org", language=language, build=_notice)

    assert mail.outbox[0].body.startswith(greeting)


def test_without_a_language_the_site_default_is_used(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        notify(to="guest@example.org", name="Guest", build=_notice)

    assert f"/{settings.LANGUAGE_CODE}/mentors/" in mail.outbox[0].body


def test_a_key_sends_once_however_often_it_runs(django_capture_on_commit_callbacks):
    ana = UserFactory()

    with django_capture_on_commit_callbacks(execute=True):
        first = notify(to=ana, key="test:once:1", build=_notice)
        again = notify(to=ana, key="test:once:1", build=_notice)
        other = notify(to=ana, key="test:once:2", build=_notice)

    assert (first, again, other) == (1, 0, 1)
    assert len(mail.outbox) == 2


def test_a_key_with_no_ttl_left_can_be_claimed_again(
    django_capture_on_commit_callbacks,
):
    ana = UserFactory()

    with django_capture_on_commit_callbacks(execute=True):
        notify(to=ana, key="test:window", ttl=-1, build=_notice)
        notify(to=ana, key="test:window", ttl=-1, build=_notice)

    assert len(mail.outbox) == 2


def test_inactive_or_addressless_people_get_nothing_and_claim_nothing(
    django_capture_on_commit_callbacks,
):
    gone = UserFactory(is_active=False)
    blank = UserFactory(email="")

    with django_capture_on_commit_callbacks(execute=True):
        assert notify(to=gone, key="test:skip", build=_notice) == 0
        assert notify(to=[blank, ""], key="test:skip", build=_notice) == 0
        # The key is still free for someone who can receive it.
        assert notify(to=UserFactory(), key="test:skip", build=_notice) == 1

    assert len(mail.outbox) == 1


def test_a_list_claims_the_key_once_and_speaks_each_language(
    django_capture_on_commit_callbacks,
):
    people = [
        UserFactory(preferred_language="es"),
        UserFactory(preferred_language="en"),
        "shop@example.org",
    ]

    with django_capture_on_commit_callbacks(execute=True):
        sent = notify(to=people, key="test:team", language="pt", build=_notice)
        again = notify(to=people, key="test:team", build=_notice)

    assert (sent, again) == (3, 0)
    subjects = [m.subject for m in mail.outbox]
    assert subjects == [
        "Tu solicitud de mentoría ha caducado",
        "Your mentoring request expired",
        "O seu pedido de mentoria expirou",
    ]


def test_a_rolled_back_change_tells_nobody(django_capture_on_commit_callbacks):
    ana = UserFactory()

    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RuntimeError):
            with transaction.atomic():
                notify(to=ana, build=_notice)
                raise RuntimeError

    assert mail.outbox == []


def test_a_templated_email_renders_its_own_subject_and_body(
    tmp_path, settings, django_capture_on_commit_callbacks
):
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "hi_subject.txt").write_text(
        "{% load i18n %}{% autoescape off %}\n{{ who }} &\n{% endautoescape %}"
    )
    (tmp_path / "t" / "hi_message.txt").write_text(
        "{% autoescape off %}{{ who }} &{% endautoescape %}"
    )
    settings.TEMPLATES = [
        {**settings.TEMPLATES[0], "DIRS": [tmp_path], "APP_DIRS": True}
    ]

    with django_capture_on_commit_callbacks(execute=True):
        notify(
            to="x@example.org",
            build=lambda: TemplatedEmail("t/hi", {"who": "Ana <3"}),
        )

    (message,) = mail.outbox
    # The subject is one line, whatever the template's line breaks.
    assert message.subject == "Ana <3 &"
    assert message.body == "Ana <3 &"
