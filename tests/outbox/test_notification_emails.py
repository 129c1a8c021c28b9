"""The notifications of mentoring and the shop, to the byte, in es, pt and en.

They were pinned from the emails the apps' own copies of "send a notification"
sent before outbox.notify replaced them: the layout (outbox/email/
notification.txt), the translations and the links must not move.
"""

import pytest
from django.conf import settings
from django.core import mail

from mentoring.services.notifications import request_received_notify
from shop.sellers.notifications import trader_reviewed_notify
from tests.factories import UserFactory
from tests.factories.mentoring import MentorFactory, RequestFactory
from tests.factories.shop import seller

pytestmark = pytest.mark.django_db

SITE = settings.SITE_URL

MENTORING = {
    "es": (
        "Ana Souza te pide que seas su mentor(a)",
        f"Hola, Rui Almeida:\n\nA Ana Souza le gustaría que fueras su mentor(a). Su mensaje:\n\n¿Me ayudas con el IVA?\n\nAcepta o rechaza la solicitud desde tu página de mentoría.\n\n{SITE}/es/mentors/my/\n\n— Rumbo\n\n",
    ),
    "pt": (
        "Ana Souza pede-lhe que seja o seu mentor",
        f"Olá, Rui Almeida,\n\nAna Souza gostaria que fosse o seu mentor. A mensagem:\n\n¿Me ayudas con el IVA?\n\nAceite ou recuse o pedido na sua página de mentoria.\n\n{SITE}/pt/mentors/my/\n\n— Rumbo\n\n",
    ),
    "en": (
        "Ana Souza asks you to be their mentor",
        f"Hello Rui Almeida,\n\nAna Souza would like you to mentor them. Their message:\n\n¿Me ayudas con el IVA?\n\nAccept or decline from your mentoring page.\n\n{SITE}/en/mentors/my/\n\n— Rumbo\n\n",
    ),
}

SHOP = {
    "es": (
        "Tu tienda Cerámica Lucía ya puede vender",
        f"Hola, Lucía Pérez:\n\nTus datos de comerciante de Cerámica Lucía están aprobados: tu tienda ya puede vender.\n\nNota del equipo: Falta el NIF.\n\n{SITE}/es/shop/my-shop/\n\n— Rumbo\n\n",
    ),
    "pt": (
        "A sua loja Cerámica Lucía já pode vender",
        f"Olá, Lucía Pérez,\n\nOs seus dados de comerciante de Cerámica Lucía foram aprovados: a sua loja já pode vender.\n\nNota da equipa: Falta el NIF.\n\n{SITE}/pt/shop/my-shop/\n\n— Rumbo\n\n",
    ),
    "en": (
        "Your shop Cerámica Lucía can now sell",
        f"Hello Lucía Pérez,\n\nYour trader details for Cerámica Lucía are approved: your shop can sell.\n\nNote from the staff: Falta el NIF.\n\n{SITE}/en/shop/my-shop/\n\n— Rumbo\n\n",
    ),
}


@pytest.mark.parametrize("language", sorted(MENTORING))
def test_a_mentoring_notification_is_unchanged(
    language, django_capture_on_commit_callbacks
):
    mentee = UserFactory(display_name="Ana Souza", email="ana@example.org")
    rui = UserFactory(
        display_name="Rui Almeida", email="rui@example.org", preferred_language=language
    )
    request = RequestFactory(
        mentee=mentee, mentor=MentorFactory(user=rui), message="¿Me ayudas con el IVA?"
    )

    with django_capture_on_commit_callbacks(execute=True):
        request_received_notify(request_id=request.pk)

    (message,) = mail.outbox
    assert message.to == ["rui@example.org"]
    assert (message.subject, message.body) == MENTORING[language]


@pytest.mark.parametrize("language", sorted(SHOP))
def test_a_shop_notification_is_unchanged(language, django_capture_on_commit_callbacks):
    owner = UserFactory(
        display_name="Lucía Pérez",
        email="lucia@example.org",
        preferred_language=language,
    )
    shop = seller(user=owner, name="Cerámica Lucía")
    shop.trader_review_note = "Falta el NIF."
    shop.save()

    with django_capture_on_commit_callbacks(execute=True):
        trader_reviewed_notify(partner_id=shop.pk)

    (message,) = mail.outbox
    assert message.to == ["lucia@example.org"]
    assert message.from_email == settings.DEFAULT_FROM_EMAIL
    assert message.reply_to == []
    assert (message.subject, message.body) == SHOP[language]
