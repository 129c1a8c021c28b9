"""allauth's pages and emails speak to the user as "tú" in Spanish, like ours.

allauth's own Spanish catalogue says "usted"; locale_overrides/es replaces
those strings (see README, "Decisions worth knowing").
"""

import re
from html import unescape
from pathlib import Path

import allauth
import polib
import pytest
from django.conf import settings
from django.contrib.auth import password_validation
from django.core import mail
from django.utils import translation

OVERRIDES = Path(settings.BASE_DIR) / "locale_overrides" / "es" / "LC_MESSAGES"
OURS = Path(settings.BASE_DIR) / "locale" / "es" / "LC_MESSAGES" / "django.po"
UPSTREAM = [
    Path(allauth.__file__).parent / "locale" / "es" / "LC_MESSAGES" / "django.po",
    Path(password_validation.__file__).parent
    / "locale"
    / "es"
    / "LC_MESSAGES"
    / "django.po",
]

# Words and phrases that give the formal register away in these texts.
USTED = re.compile(
    r"\b(su|sus|usted|ustedes|le|inicie|olvidó|ha olvidado|introduzca|introdúzcalo"
    r"|confirme|haga|ha iniciado|ha cerrado|(?<!se )ha confirmado|ha indicado"
    r"|ha creado|verifique|regístrese|desea|inténtelo|póngase|contáctenos"
    r"|recibirá|ingrese|está recibiendo|debe escribir|tiene una cuenta|utilice"
    r"|siga|compruebe|solicite|emita|vuelva|puede añadir|puede eliminar"
    r"|puede ignorar|puede registrarse)\b",
    re.IGNORECASE,
)


def visible_text(html: str) -> str:
    """The title, the flash messages and <main> of a page, as plain text."""
    parts = re.findall(r"<title>(.*?)</title>", html, re.S)
    parts += re.findall(r'class="message message[^"]*"[^>]*>(.*?)</', html, re.S)
    parts += re.findall(r"<main\b.*?</main>", html, re.S)
    text = re.sub(r"<[^>]+>", " ", " ".join(parts))
    # Placeholders and labels live in attributes, which the user sees too.
    attrs = re.findall(r'(?:placeholder|aria-label|title)="([^"]*)"', html)
    return unescape(re.sub(r"\s+", " ", " ".join([text, *attrs])))


def assert_tu(text: str) -> None:
    found = sorted({m.group(0) for m in USTED.finditer(text)})
    assert not found, f"usted forms {found} in: {text}"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (
            "/es/accounts/login/",
            [
                "Si todavía no tienes una cuenta, regístrate primero.",
                "¿Has olvidado tu contraseña?",
            ],
        ),
        (
            "/es/accounts/signup/",
            [
                "¿Ya tienes una cuenta? Inicia sesión .",
                "Tu contraseña debe tener al menos 8 caracteres.",
            ],
        ),
        (
            "/es/accounts/password/reset/",
            [
                "¿Has olvidado tu contraseña? Introduce tu dirección de correo",
                "Si tienes algún problema para restablecer tu contraseña",
            ],
        ),
    ],
)
def test_account_pages_speak_tu_in_spanish(client, path, expected):
    response = client.get(path)

    text = visible_text(response.content.decode())
    assert response.status_code == 200
    for phrase in expected:
        assert phrase in text
    assert_tu(text)


@pytest.mark.django_db
def test_wrong_password_error_speaks_tu(client, user):
    response = client.post(
        "/es/accounts/login/", {"login": user.email, "password": "not-it"}
    )

    text = visible_text(response.content.decode())
    assert "la contraseña que has introducido no son correctas" in text
    assert_tu(text)


@pytest.mark.django_db
def test_signed_in_and_signed_out_messages_speak_tu(client, user, password):
    response = client.post(
        "/es/accounts/login/",
        {"login": user.email, "password": password},
        follow=True,
    )
    signed_in = visible_text(response.content.decode())
    response = client.post("/es/accounts/logout/", follow=True)
    signed_out = visible_text(response.content.decode())

    assert f"Has iniciado sesión como {user.display_name}" in unescape(signed_in)
    assert "Has cerrado sesión." in signed_out
    assert_tu(signed_in)
    assert_tu(signed_out)


@pytest.mark.django_db
def test_password_reset_email_speaks_tu(
    client, user, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/es/accounts/password/reset/", {"email": user.email}, follow=True
        )

    (message,) = mail.outbox
    assert "Haz clic en el siguiente enlace para restablecer tu contraseña" in (
        message.body
    )
    assert_tu(message.subject + " " + message.body)
    done = visible_text(response.content.decode())
    assert "Te hemos enviado un correo electrónico." in done
    assert_tu(done)


@pytest.mark.django_db
def test_signup_pages_and_emails_speak_tu(
    client, user, django_capture_on_commit_callbacks
):
    form = {
        "display_name": "Lucía Martín",
        "password1": "a-Long-pass-phrase-42",
        "password2": "a-Long-pass-phrase-42",
    }
    with django_capture_on_commit_callbacks(execute=True):
        fresh = client.post(
            "/es/accounts/signup/", {**form, "email": "lucia@example.org"}, follow=True
        )
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/es/accounts/signup/", {**form, "email": user.email})

    confirmation, already_exists = mail.outbox
    assert confirmation.subject.endswith("Confirma tu dirección de correo electrónico")
    assert "Para confirmarla, entra en http" in confirmation.body
    assert "Si no lo recordabas, puedes" in already_exists.body
    for message in mail.outbox:
        assert_tu(message.subject + " " + message.body)
    page = visible_text(fresh.content.decode())
    assert "Verifica tu dirección de correo electrónico" in page
    assert_tu(page)


@pytest.mark.django_db
def test_unknown_account_email_speaks_tu(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/es/accounts/password/reset/", {"email": "nadie@example.org"})

    (message,) = mail.outbox
    assert "Si has sido tú, puedes crear una cuenta" in message.body
    assert_tu(message.subject + " " + message.body)


def test_no_allauth_account_string_says_usted():
    """Guards allauth upgrades: a new or reworded string shows up here."""
    upstream = polib.pofile(str(UPSTREAM[0]))
    scope = ("account/", "templates/account/", "templates/allauth/")
    formal = {}
    with translation.override("es"):
        for entry in upstream.translated_entries():
            if entry.msgid_plural or not any(
                path.startswith(scope) for path, _ in entry.occurrences
            ):
                continue
            text = (
                translation.pgettext(entry.msgctxt, entry.msgid)
                if entry.msgctxt
                else translation.gettext(entry.msgid)
            )
            if USTED.search(text):
                formal[entry.msgid] = text

    assert not formal, f"add to {OVERRIDES / 'django.po'}: {formal}"


def test_overrides_still_match_upstream_strings():
    """An override whose msgid upstream dropped or reworded does nothing."""
    upstream = {
        (entry.msgctxt, entry.msgid)
        for path in UPSTREAM
        for entry in polib.pofile(str(path))
    }
    ours = {(entry.msgctxt, entry.msgid) for entry in polib.pofile(str(OURS))}
    overrides = polib.pofile(str(OVERRIDES / "django.po"))

    keys = [(entry.msgctxt, entry.msgid) for entry in overrides]
    # Entries for Oscar: its catalogue, or (Oscar 4.2's new strings are in no
    # catalogue yet) the Oscar file the entry names, still has the string.
    site = Path(allauth.__file__).parents[1]
    oscar = {
        (entry.msgctxt, entry.msgid)
        for entry in polib.pofile(str(site / "oscar/locale/es/LC_MESSAGES/django.po"))
    }
    oscar |= {
        (entry.msgctxt, entry.msgid)
        for entry in overrides
        for path, _line in entry.occurrences
        if path.startswith("oscar/")
        and (site / path).is_file()
        and entry.msgid[:40] in (site / path).read_text(encoding="utf-8")
    }
    assert [key for key in keys if key not in upstream | oscar] == []
    # locale/ comes first in LOCALE_PATHS, so a shared msgid here is dead.
    assert [key for key in keys if key in ours] == []


@pytest.mark.parametrize("language", ["es", "pt"])
def test_override_catalogue_is_complete_and_compiled(language):
    folder = OVERRIDES.parents[1] / language / "LC_MESSAGES"
    po = polib.pofile(str(folder / "django.po"))
    assert not po.untranslated_entries()
    assert not po.fuzzy_entries()

    mo = polib.mofile(str(folder / "django.mo"))
    compiled = {(e.msgctxt, e.msgid): (e.msgstr, e.msgstr_plural) for e in mo}
    for entry in po.translated_entries():
        assert compiled.get((entry.msgctxt, entry.msgid)) == (
            entry.msgstr,
            entry.msgstr_plural,
        ), f"django.mo is stale for {entry.msgid!r}; run make messages"
    assert len(compiled) == len(po.translated_entries())


def test_overrides_win_over_allauth_but_not_over_our_catalogue():
    paths = [Path(p) for p in settings.LOCALE_PATHS]
    assert paths.index(OVERRIDES.parents[1]) == paths.index(OURS.parents[2]) + 1

    with translation.override("es"):
        assert translation.gettext("Forgot your password?") == (
            "¿Has olvidado tu contraseña?"
        )
        assert translation.gettext("My account") == "Mi cuenta"


def test_portuguese_override_fixes_allauths_brazilian_slip():
    with translation.override("pt"):
        text = translation.gettext(
            "You are receiving this email because you, or someone else, tried to "
            "access an account with email %(email)s. However, we do not have any "
            "record of such an account in our database."
        )
    assert "base de dados" in text and "banco" not in text


def test_docker_image_gets_the_overrides():
    dockerfile = (Path(settings.BASE_DIR) / "Dockerfile").read_text()

    assert "COPY locale_overrides/ locale_overrides/" in dockerfile
