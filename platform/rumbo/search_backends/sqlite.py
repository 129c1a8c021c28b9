"""SQLite FTS5 search over stems (see rumbo.search_backends).

FTS5's own tokenizer (unicode61) folds case and accents, nothing more.
"""

from functools import reduce

from modelsearch.backends.database.sqlite.query import (
    CombinedLexeme,
    Lexeme,
    SearchQueryExpression,
)
from modelsearch.backends.database.sqlite.sqlite import (
    IndexEntry,
    ObjectIndexer,
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import Phrase, PlainText
from modelsearch.utils import get_content_type_pk

from rumbo.search import stemmed_text
from rumbo.search_backends import language_indexers, phrases, query_groups


class StemmingIndexer(ObjectIndexer):
    def __init__(self, obj, backend, language: str):
        super().__init__(obj, backend)
        self.language = language

    # Autocomplete stays as typed: it matches the beginnings of words.
    @property
    def title(self):
        return stemmed_text(super().title, self.language)

    @property
    def body(self):
        return stemmed_text(super().body, self.language)


class StemmingSQLiteIndex(SQLiteIndex):
    def add_items(self, model, objs):
        """modelsearch's add_items, with each object's language."""
        indexers = language_indexers(model, objs, StemmingIndexer, self.backend)
        if not indexers:
            return
        content_type_pk = get_content_type_pk(model)
        data = {}
        for indexer in indexers:
            data[indexer.id] = {
                "title": indexer.title,
                "autocomplete": indexer.autocomplete,
                "body": indexer.body,
            }
        entries = self.entries.filter(content_type_id=content_type_pk)
        indexed = set(
            entries.filter(object_id__in=data).values_list("object_id", flat=True)
        )
        for object_id in indexed:
            entries.filter(object_id=object_id).update(**data[object_id])
        self.entries.bulk_create(
            IndexEntry(content_type_id=content_type_pk, object_id=object_id, **values)
            for object_id, values in data.items()
            if object_id not in indexed
        )
        self._refresh_title_norms()


class Alternatives(CombinedLexeme):
    """Lexemes joined by OR, in brackets: in FTS5, AND binds tighter than OR."""

    def as_sql(self, compiler, connection):
        _sql, params = super().as_sql(compiler, connection)
        return "%s", [f"({params[0]})"]


def _any_of(stems: list[str]):
    return reduce(
        lambda a, b: Alternatives(a, "OR", b), (Lexeme(stem) for stem in stems)
    )


class StemmingSQLiteQueryCompiler(SQLiteSearchQueryCompiler):
    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText):
            groups = query_groups(query.query_string)
            if not groups:
                return None
            if query.operator.upper() == "AND":
                lexemes = reduce(lambda a, b: a & b, map(_any_of, groups))
            else:
                lexemes = reduce(lambda a, b: a | b, map(_any_of, groups))
            return SearchQueryExpression(lexemes, config=config)
        if isinstance(query, Phrase):
            found = phrases(query.query_string)
            if not found:
                return None
            return reduce(lambda a, b: a | b, map(SearchQueryExpression, found))
        return super().build_search_query_content(query, config=config)


class StemmingSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = StemmingSQLiteQueryCompiler
    index_class = StemmingSQLiteIndex
