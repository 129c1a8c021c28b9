"""`manage.py link_locales`: third-party pt_PT catalogues become plain `pt`
when an app has no `pt` of its own, or an empty one (Oscar's)."""

import io
from pathlib import Path

import polib
import pytest
from django.core.management import call_command

from home.management.commands.link_locales import message_count, needs_link


def write_mo(path: Path, messages: int) -> Path:
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    for n in range(messages):
        po.append(polib.POEntry(msgid=f"m{n}", msgstr=f"t{n}"))
    path.parent.mkdir(parents=True, exist_ok=True)
    po.save_as_mofile(str(path))
    return path


def catalogue(root: Path, lang: str) -> Path:
    return root / lang / "LC_MESSAGES" / "django.mo"


def test_message_count_reads_the_header(tmp_path):
    assert message_count(write_mo(tmp_path / "a.mo", 7)) == 7 + 1  # + metadata
    (tmp_path / "junk.mo").write_bytes(b"not a catalogue")
    assert message_count(tmp_path / "junk.mo") == 0
    assert message_count(tmp_path / "missing.mo") == 0


@pytest.mark.parametrize(
    ("own", "expected"), [(None, True), (0, True), (10, True), (60, False)]
)
def test_a_missing_or_much_smaller_pt_is_replaced(tmp_path, own, expected):
    source = write_mo(catalogue(tmp_path, "pt_PT"), 100)
    if own is not None:
        write_mo(catalogue(tmp_path, "pt"), own)
    assert needs_link(tmp_path, source) is expected


def test_the_command_links_oscar_and_allauth_but_not_django(tmp_path, settings):
    settings.VAR_DIR = tmp_path
    call_command("link_locales", stdout=io.StringIO())
    linked = {p.name for p in (tmp_path / "locale").iterdir()}
    # Oscar ships an empty `pt` and a complete pt_PT; allauth only pt_PT.
    assert {"oscar", "allauth"} <= linked
    oscar_pt = catalogue(tmp_path / "locale" / "oscar", "pt")
    assert message_count(oscar_pt) > 1000
    # Django's own apps have a complete `pt`: left alone.
    assert "auth" not in linked and "admin" not in linked


def test_a_link_no_longer_needed_is_removed(tmp_path, settings):
    settings.VAR_DIR = tmp_path
    stale = write_mo(catalogue(tmp_path / "locale" / "auth", "pt"), 3)
    call_command("link_locales", stdout=io.StringIO())
    assert not stale.exists()
