"""The victim's data, to prove that nobody else's requests changed it.

Found generically, so new models are covered without editing this: every row
with a foreign key (or a many-to-many link) to the victim, then every row
pointing at one of those (an order's lines, a shop's stock records, a
mentorship's goals), and the rows those point at (a stock record's product). Rows others may legitimately add next
to the victim's (a review of the victim's product, an order from the victim's
shop) are not compared; rows that existed must still exist, unchanged, except
for the counters and timestamps that the public's actions move.
"""

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import models

# Models that record activity rather than anyone's data.
SKIPPED_APPS = {
    "admin",
    "sessions",
    "contenttypes",
    "wagtailsearch",
    "modelsearch",
    "wagtailcore",
    "taggit",
    "analytics",
}
# Fields that others' legitimate actions move (a purchase allocates stock, a
# review changes a rating, viewing a product counts it).
MOVING_FIELDS = {
    "num_allocated",
    "num_in_stock",
    "rating",
    "num_approved_reviews",
    "date_updated",
    "updated_at",
    "modified",
    "last_login",
    "last_modified",
    "total_score",
    "num_votes",
    "num_up_votes",
    "num_down_votes",
    "search_vector",
}


def _user_links(model, user_model):
    for f in model._meta.get_fields():
        if f.is_relation and f.concrete and f.related_model is user_model:
            yield f


def _row(obj) -> dict:
    values = {}
    for f in obj._meta.concrete_fields:
        if f.name in MOVING_FIELDS or f.attname in MOVING_FIELDS:
            continue
        value = getattr(obj, f.attname)
        if isinstance(f, models.FileField):
            value = getattr(value, "name", value)
        values[f.attname] = value
    return values


def _models():
    return [
        m
        for m in apps.get_models()
        if m._meta.app_label not in SKIPPED_APPS
        and m._meta.managed
        and not m._meta.proxy
    ]


def snapshot(user) -> dict[tuple[str, object], dict]:
    """{(model label, pk): field values} for the user's rows, two levels deep."""
    user_model = get_user_model()
    rows: dict[tuple[str, object], dict] = {
        (user_model._meta.label, user.pk): _row(user_model.objects.get(pk=user.pk))
    }
    level: dict[type, set] = {}
    for model in _models():
        for f in _user_links(model, user_model):
            if f.many_to_many:
                found = model.objects.filter(**{f.name: user})
            else:
                found = model._default_manager.filter(**{f.attname: user.pk})
            for obj in found[:500]:
                rows[(model._meta.label, obj.pk)] = _row(obj)
                level.setdefault(model, set()).add(obj.pk)
    second: dict[type, set] = {}
    for model, pks in list(level.items()):
        for other in _models():
            for f in other._meta.concrete_fields:
                if f.is_relation and f.related_model is model:
                    for obj in other._default_manager.filter(
                        **{f.attname + "__in": pks}
                    )[:500]:
                        rows[(other._meta.label, obj.pk)] = _row(obj)
                        second.setdefault(other, set()).add(obj.pk)
    # And what those rows point at (a stock record's product, an order's
    # address), other users excepted.
    skipped = {user_model} | {m for m in apps.get_models() if m not in _models()}
    for model, pks in [*level.items(), *second.items()]:
        for f in model._meta.concrete_fields:
            target = f.related_model if f.is_relation else None
            if target is None or target in skipped:
                continue
            ids = set(
                model._default_manager.filter(pk__in=pks)
                .exclude(**{f.attname: None})
                .values_list(f.attname, flat=True)
            )
            for obj in target._default_manager.filter(pk__in=ids)[:500]:
                rows.setdefault((target._meta.label, obj.pk), _row(obj))
    return rows


def changes(before: dict, after: dict) -> list[str]:
    """What changed or went missing since ``before``."""
    found = []
    for key, values in before.items():
        now = after.get(key)
        if now is None:
            found.append(f"{key[0]} #{key[1]} was deleted")
            continue
        for name, value in values.items():
            if now.get(name) != value:
                found.append(f"{key[0]} #{key[1]} {name}: {value!r} -> {now[name]!r}")
    return found
