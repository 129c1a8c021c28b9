"""What other apps ask about organisations, and what their pages show."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db.models import Prefetch, Q, QuerySet
from django.db.models.functions import Substr
from django.utils import timezone
from django.utils.translation import get_language
from wagtail.images import get_image_model

from events.models import EventPage
from news.models import NewsPostPage
from organisations.models import Invitation, OrganisationPage

# The logo as the directory and the profile show it (a square, letterboxed).
LOGO_CARD = "max-160x160"
LOGO_PROFILE = "max-320x320"
LATEST_COUNT = 5


def organisations_edited_by(user, *, locale_code: str | None = None) -> QuerySet:
    """The live organisations ``user`` edits for (through their editors'
    group), in the given language (the active one by default)."""
    if not user.is_authenticated:
        return OrganisationPage.objects.none()
    return (
        OrganisationPage.objects.live()
        .filter(
            editors__user=user,
            locale__language_code=locale_code or get_language(),
        )
        .order_by("title")
    )


def organisations_all_edited_by(user) -> QuerySet:
    """Every organisation page (all languages, live or not) ``user`` edits."""
    if not user.is_authenticated:
        return OrganisationPage.objects.none()
    return (
        OrganisationPage.objects.filter(editors__user=user)
        .select_related("locale")
        .order_by("title", "locale__language_code")
    )


def _with_logo(queryset: QuerySet, spec: str) -> QuerySet:
    # The logo and its rendition are read with the list: a card costs nothing.
    renditions = (
        get_image_model().get_rendition_model().objects.filter(filter_spec=spec)
    )
    return queryset.select_related("logo").prefetch_related(
        Prefetch("logo__renditions", queryset=renditions)
    )


@dataclass(frozen=True)
class DirectoryFilters:
    region: str = ""
    kind: str = ""


def directory_organisations(index, filters: DirectoryFilters) -> QuerySet:
    """The live organisations listed by the directory ``index``, by name."""
    organisations = OrganisationPage.objects.child_of(index).live()
    if filters.region:
        organisations = organisations.filter(region=filters.region)
    if filters.kind:
        organisations = organisations.filter(kind=filters.kind)
    return _with_logo(
        organisations.defer("description"),
        LOGO_CARD,
    ).order_by("title", "pk")


def organisation_latest(page: OrganisationPage) -> dict:
    """What an organisation's profile shows besides its own fields: its
    latest live news posts and its upcoming events (one query each)."""
    return {
        "news_posts": list(
            NewsPostPage.objects.child_of(page)
            .live()
            .order_by("-date", "-pk")[:LATEST_COUNT]
        ),
        "events": list(
            EventPage.objects.child_of(page)
            .live()
            .filter(end__gte=timezone.now())
            .order_by("start", "pk")[:LATEST_COUNT]
        ),
        "logo_spec": LOGO_PROFILE,
    }


def organisation_editors(group_ids: list[int]) -> dict[int, list]:
    """The active editors of each group id, by name."""
    User = get_user_model()
    editors: dict[int, list] = {group_id: [] for group_id in group_ids}
    people = (
        User.objects.filter(groups__in=group_ids)
        .order_by("display_name", "email")
        .distinct()
        .prefetch_related("groups")
    )
    for person in people:
        for group in person.groups.all():
            if group.pk in editors:
                editors[group.pk].append(person)
    return editors


def invitations_pending(group_ids: list[int]) -> dict[int, list[Invitation]]:
    """Invitations not yet accepted nor expired, per editors' group id."""
    from organisations.models import INVITATION_VALID_FOR

    pending: dict[int, list[Invitation]] = {group_id: [] for group_id in group_ids}
    invitations = Invitation.objects.filter(
        organisation__editors__in=group_ids,
        accepted_at__isnull=True,
        created__gt=timezone.now() - INVITATION_VALID_FOR,
    ).select_related("organisation")
    for invitation in invitations:
        pending[invitation.organisation.editors_id].append(invitation)
    return pending


def organisations_for_staff(language: str) -> list[OrganisationPage]:
    """One page per organisation (its translation in ``language`` when it has
    one, else its first), by title: the staff's list of organisations."""
    chosen: dict = {}
    pages = OrganisationPage.objects.select_related("locale", "editors").order_by(
        "title", "pk"
    )
    for page in pages:
        current = chosen.get(page.translation_key)
        if current is None or (
            page.locale.language_code == language
            and current.locale.language_code != language
        ):
            chosen[page.translation_key] = page
    return sorted(chosen.values(), key=lambda page: page.title.casefold())


def organisation_pages_hidden_from(user) -> Q:
    """The pages under organisations ``user`` does not edit (their news,
    events and drafts), as a filter: one subquery per depth organisations
    sit at (one, in the site's tree)."""
    from wagtail.models import Page

    others = OrganisationPage.objects.exclude(editors__user=user)
    hidden = Q(pk__in=[])
    for depth in others.values_list("depth", flat=True).distinct():
        length = depth * Page.steplen
        prefixes = others.filter(depth=depth).values("path")
        hidden |= Q(depth__gt=depth) & Q(
            pk__in=Page.objects.annotate(org_path=Substr("path", 1, length))
            .filter(depth__gt=depth, org_path__in=prefixes)
            .values("pk")
        )
    return hidden
