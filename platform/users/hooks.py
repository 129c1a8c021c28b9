"""What feature apps add to the account area, through Wagtail hooks.

The core knows no feature app: each app registers its part in its own
``wagtail_hooks.py`` with ``@hooks.register(<name>)``. Hooks run in Wagtail's
order (the ``order=`` argument, then ``INSTALLED_APPS``).

ACCOUNT_PANELS
    A function receiving the account page's request and returning an
    ``AccountPanel`` (or None to show nothing). Panels sit between the profile
    and the newsletter sections, in hook order.

DATA_EXPORT_SECTIONS
    A function receiving nothing and returning ``{key: section}``, where a
    section receives a user and returns JSON-safe data. Each key becomes a key
    of the person's data download: never rename one.

ACCOUNT_DELETION_STEPS
    A function receiving the user about to be deleted and returning nothing.
    Steps run in hook order inside the deletion's transaction, before the user
    row and its cascades go: keep what must outlive the account (an order for
    the sellers' books), without the person in it.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.http import HttpRequest
from django.utils.functional import Promise
from wagtail import hooks

ACCOUNT_PANELS = "register_account_panel"
DATA_EXPORT_SECTIONS = "register_data_export_sections"
ACCOUNT_DELETION_STEPS = "register_account_deletion_step"


@dataclass(frozen=True)
class AccountPanel:
    """One section of the account page.

    ``template_name`` is rendered inside ``<section id="{key}">`` with the
    page's context plus ``context``; ``stylesheets`` are static paths the page
    links in its head.
    """

    key: str
    title: str | Promise
    template_name: str
    context: dict = field(default_factory=dict)
    stylesheets: tuple[str, ...] = ()


def account_panels(request: HttpRequest) -> list[AccountPanel]:
    panels = (fn(request) for fn in hooks.get_hooks(ACCOUNT_PANELS))
    return [panel for panel in panels if panel is not None]


def data_export_sections() -> dict[str, Callable]:
    sections: dict[str, Callable] = {}
    for fn in hooks.get_hooks(DATA_EXPORT_SECTIONS):
        sections.update(fn())
    return sections


def account_deletion_steps() -> list[Callable]:
    return list(hooks.get_hooks(ACCOUNT_DELETION_STEPS))
