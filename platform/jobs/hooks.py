"""Who may post a job offer, through Wagtail hooks.

JOB_POSTERS
    A function, registered in an app's ``wagtail_hooks.py`` with
    ``@hooks.register(JOB_POSTERS)``, receiving a user and returning the list
    of ``Poster`` they may post offers for now (the organisations they edit,
    the shops they run). Asked again on every save, so someone who left an
    organisation or a shop can no longer post or answer for it.

A poster's ``key`` ("shop:12") is stored on its offers: never change how an
app builds its keys.
"""

from dataclasses import dataclass

from django.utils.functional import Promise
from wagtail import hooks

JOB_POSTERS = "register_job_posters"


@dataclass(frozen=True)
class Poster:
    """An organisation or a shop that posts job offers."""

    key: str
    label: str
    kind_label: str | Promise = ""
    public_url: str = ""
    town: str = ""
    region: str = ""


def posters_for(user) -> list[Poster]:
    """Every poster ``user`` may post for, in hook order (none when signed out)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return []
    found: dict[str, Poster] = {}
    for fn in hooks.get_hooks(JOB_POSTERS):
        for poster in fn(user) or ():
            found.setdefault(poster.key, poster)
    return list(found.values())


def poster_for(user, key: str) -> Poster | None:
    """The poster ``key`` if ``user`` may post for it now, else None."""
    return next((p for p in posters_for(user) if p.key == key), None)
