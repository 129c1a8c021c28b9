"""Telling a double submit (a double tap, a reload, a replayed request) from a
real second post: the same thing by the same person moments ago is the first
one again, not a new one."""

from datetime import datetime, timedelta

from django.db.models import Model, QuerySet
from django.utils import timezone

# Long enough for a slow double tap or a reload after a timeout, short enough
# that posting the same words again later on purpose still works.
REPLAY_WINDOW = timedelta(seconds=60)


def replay_cutoff(window: timedelta = REPLAY_WINDOW) -> datetime:
    """The moment after which an identical post counts as a double submit."""
    return timezone.now() - window


def replay_of(
    queryset: QuerySet,
    *,
    window: timedelta = REPLAY_WINDOW,
    created: str = "created_at",
    **same,
) -> Model | None:
    """The row of ``queryset`` with the values ``same`` made within ``window``
    (by its ``created`` timestamp), which a service returns instead of
    storing, and notifying, the same thing twice. None for a new post.

    Call it inside the write's transaction after locking a row that every
    submit of this person (or thing) locks too, so that two racing requests
    see each other: the second waits, then finds the first.
    """
    return queryset.filter(**same, **{f"{created}__gte": replay_cutoff(window)}).first()
