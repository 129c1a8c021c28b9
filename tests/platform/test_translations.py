"""Every string we wrote is translated into es, pt and en, and compiled."""

from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation

LOCALE = Path(settings.BASE_DIR) / "locale"


@pytest.mark.parametrize("lang", ["es", "pt", "en"])
def test_catalogue_is_complete_and_compiled(lang):
    po = polib.pofile(str(LOCALE / lang / "LC_MESSAGES" / "django.po"))
    untranslated = [e.msgid for e in po.untranslated_entries()]
    fuzzy = [e.msgid for e in po.fuzzy_entries()]
    assert not untranslated, f"{lang}: untranslated {untranslated}"
    assert not fuzzy, f"{lang}: fuzzy {fuzzy}"

    mo = polib.mofile(str(LOCALE / lang / "LC_MESSAGES" / "django.mo"))
    compiled = {(e.msgctxt, e.msgid): (e.msgstr, e.msgstr_plural) for e in mo}
    for entry in po.translated_entries():
        assert compiled.get((entry.msgctxt, entry.msgid)) == (
            entry.msgstr,
            entry.msgstr_plural,
        ), f"{lang}: django.mo is stale for {entry.msgid!r}; run make messages"


@pytest.mark.parametrize(
    ("lang", "expected"), [("es", "Mi cuenta"), ("pt", "A minha conta")]
)
def test_django_picks_up_our_catalogue(lang, expected):
    with translation.override(lang):
        assert translation.gettext("My account") == expected
