"""Seeding is slow (a catalogue in three languages, a marketplace with orders):
each module seeds once and its tests share the result."""

import sys
from contextlib import contextmanager

from django.db import transaction


@contextmanager
def seeded_for_module(django_db_blocker, seed):
    """`seed()`'s result, made in a transaction that outlives the module's tests
    and is rolled back after them. Each test still runs in its own savepoint
    (the `db` fixture), so what one test changes, the next does not see."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            result = seed()
        except BaseException:
            atomic.__exit__(*sys.exc_info())
            raise
    try:
        yield result
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
