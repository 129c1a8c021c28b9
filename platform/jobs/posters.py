"""The organisations a person posts job offers for (registered as a
``JOB_POSTERS`` hook in jobs/wagtail_hooks.py); shops register theirs in
shop/wagtail_hooks.py."""

from django.utils.translation import gettext_lazy as _

from jobs.hooks import Poster
from organisations.selectors import organisations_edited_by


def organisation_posters(user) -> list[Poster]:
    """The live organisations ``user`` edits for, in the active language.

    Keyed by the page's translation key, so that an offer belongs to the
    organisation whichever language its editor works in.
    """
    return [
        Poster(
            key=f"organisation:{page.translation_key}",
            label=page.title,
            kind_label=_("Organisation"),
            public_url=page.url or "",
            town=page.town,
            region=page.region,
        )
        for page in organisations_edited_by(user)
    ]
