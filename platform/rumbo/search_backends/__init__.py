"""Wagtail's database search backends, matching word forms in every language.

Each object is indexed by the Snowball stems of its own language (a page's
locale; the default language for what has none, such as products), computed in
Python (rumbo.search) so that PostgreSQL and SQLite find the same things. A
query does not say its language, so each of its words matches the word's stem
in any of the site's languages: "emprendedor" finds "emprendedores" and
"emprendimiento", "gestion" finds "gestión". PostgreSQL indexes and parses the
stems with its "simple" configuration (lower case, no stemming of its own).

modelsearch's indexes build their ObjectIndexer inside ``add_items``, so that
method is repeated in each backend with the stemming indexer; the rest is
modelsearch's.
"""

from django.conf import settings
from django.db import connection

from rumbo.search import query_stems, stemmed_text, words


def SearchBackend(params):
    """The backend for the default database, chosen as modelsearch does."""
    if connection.vendor == "postgresql":
        from rumbo.search_backends.postgres import StemmingPostgresSearchBackend

        return StemmingPostgresSearchBackend(params)
    from modelsearch.backends.database import SearchBackend as database_backend

    backend = database_backend(params)
    if type(backend).__name__ == "SQLiteSearchBackend":  # FTS5 is there
        from rumbo.search_backends.sqlite import StemmingSQLiteSearchBackend

        return StemmingSQLiteSearchBackend(params)
    return backend  # pragma: no cover - SQLite without FTS5: plain LIKE search


def languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def language_indexers(model, objs, indexer_class, backend) -> list:
    """What modelsearch's add_items starts with, each object's indexer made
    for its own language: none when the model or ``objs`` has nothing to index."""
    objs = list(objs)
    if not objs or not model.get_search_fields():
        return []
    languages = object_languages(objs)
    return [indexer_class(obj, backend, languages[id(obj)]) for obj in objs]


def object_languages(objs) -> dict[int, str]:
    """Language of each object, by id(): its locale's, or the default language."""
    locale_ids = {getattr(obj, "locale_id", None) for obj in objs} - {None}
    codes = {}
    if locale_ids:
        from wagtail.models import Locale

        codes = dict(
            Locale.objects.filter(pk__in=locale_ids).values_list("pk", "language_code")
        )
    return {
        id(obj): codes.get(getattr(obj, "locale_id", None), settings.LANGUAGE_CODE)
        for obj in objs
    }


def query_groups(query_string: str) -> list[list[str]]:
    """Per query word, the stems it may be indexed under."""
    site_languages = languages()
    return [query_stems(word, site_languages) for word in words(query_string)]


def phrases(query_string: str) -> list[str]:
    """A phrase as it would be indexed in each of the site's languages."""
    return sorted({stemmed_text(query_string, code) for code in languages()} - {""})
