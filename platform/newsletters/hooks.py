"""What feature apps add to newsletters, through Wagtail hooks.

Each app registers its part in its own ``wagtail_hooks.py`` with
``@hooks.register(<name>)``; hooks run in Wagtail's order (the ``order=``
argument, then ``INSTALLED_APPS``), which is the order of the groups on the
send form and of the featured blocks in the editor.

SEGMENTS
    A function receiving nothing and returning a list of ``Segment``: the
    groups of subscribers the app knows (learners, sellers, ...).

FEATURED_BLOCKS
    A function receiving nothing and returning a ``FeaturedBlock``: a block
    editors put in a campaign to feature something live (a course, a product).
"""

from collections.abc import Callable
from dataclasses import dataclass

from django import forms
from django.db.models import Q
from django.db.models.expressions import OuterRef
from django.utils.functional import Promise
from wagtail import blocks, hooks

SEGMENTS = "register_newsletter_segments"
FEATURED_BLOCKS = "register_newsletter_featured_block"


class Segment:
    """A group of subscribers with an account, ticked on the send form.

    A send stores its definition as JSON: ``{"roles": [key, ...], ...}`` plus
    the keys of each segment's refinements. ``key`` and the refinement names
    are in stored sends: never rename them.
    """

    key: str = ""
    label: str | Promise = ""  # the checkbox on the send form: "Sellers"
    name: str | Promise = ""  # in the description of a send: "sellers"

    def condition(self, definition: dict, user: OuterRef) -> Q:
        """Holds for subscribers in the group; `user` is their account."""
        raise NotImplementedError

    def in_regions(self, codes: list[str], user: OuterRef) -> Q | None:
        """Holds for subscribers this app places in one of these regions
        (rumbo.regions codes): a shop's or a profile's region."""
        return None

    def form_fields(self) -> dict[str, forms.Field]:
        """Fields refining the group on the send form, built for each form."""
        return {}

    def clean(self, raw: dict) -> dict:
        """This segment's refinements read from a raw definition, normalised;
        ValidationError on anything unknown."""
        return {}

    def narrows(self, refinements: dict) -> bool:
        """Whether the refinements pick people of this group (then it is
        ticked for the staff member who only chose a course)."""
        return False

    def describe(self, definition: dict) -> list[str]:
        """Words added to the description of a send, after the groups."""
        return []


@dataclass(frozen=True)
class FeaturedBlock:
    """A StreamField block of a campaign and how it becomes an email card.

    ``name`` is stored in every campaign's body, and the block's definition is
    in the newsletters migrations: change neither. ``card`` receives the
    block's value and the language of the copy being rendered and returns the
    card as a dict (kind, title, text, note, url, image, cta, price), or None
    to leave it out (a product no longer public).
    """

    name: str
    block: blocks.Block
    card: Callable[[object, str], dict | None]


def newsletter_segments() -> dict[str, Segment]:
    return {
        segment.key: segment for fn in hooks.get_hooks(SEGMENTS) for segment in fn()
    }


def featured_blocks() -> list[FeaturedBlock]:
    return [fn() for fn in hooks.get_hooks(FEATURED_BLOCKS)]
