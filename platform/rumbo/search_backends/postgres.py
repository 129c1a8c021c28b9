"""PostgreSQL full-text search over stems (see rumbo.search_backends)."""

from functools import reduce

from django.contrib.postgres.search import SearchQuery
from django.db.models.sql.subqueries import InsertQuery
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    ObjectIndexer,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.query import Phrase, PlainText
from modelsearch.utils import get_content_type_pk

from rumbo.search import stemmed_text
from rumbo.search_backends import language_indexers, phrases, query_groups

# Stems are made in Python: PostgreSQL only lower-cases them.
SEARCH_CONFIG = "simple"


def _and(a, b):
    return a & b


def _or(a, b):
    return a | b


class StemmingIndexer(ObjectIndexer):
    def __init__(self, obj, backend, language: str):
        super().__init__(obj, backend)
        self.language = language

    def as_vector(self, texts, for_autocomplete=False):
        # Autocomplete matches the beginnings of words as typed: not stemmed.
        if not for_autocomplete:
            texts = [(stemmed_text(text, self.language), w) for text, w in texts]
        return super().as_vector(texts, for_autocomplete)


class StemmingPostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        """modelsearch's add_items, with each object's language."""
        indexers = language_indexers(model, objs, StemmingIndexer, self.backend)
        if not indexers:
            return
        content_type_pk = get_content_type_pk(model)
        compiler = InsertQuery(IndexEntry).get_compiler(
            connection=self.write_connection
        )
        rows = []
        params = []
        for indexer in indexers:
            params.extend((content_type_pk, indexer.id))
            vectors = []
            for name in ("title", "autocomplete", "body"):
                value = compiler.prepare_value(
                    IndexEntry._meta.get_field(name), getattr(indexer, name)
                )
                sql, value_params = value.as_sql(compiler, self.write_connection)
                vectors.append(sql)
                params.extend(value_params)
            params.extend((indexer.title_text, indexer.body_text))
            rows.append(f"(%s, %s, {', '.join(vectors)}, 1.0, %s, %s)")
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"""
                INSERT INTO {IndexEntry._meta.db_table} (content_type_id, object_id,
                    title, autocomplete, body, title_norm, title_text, body_text)
                (VALUES {", ".join(rows)})
                ON CONFLICT (content_type_id, object_id)
                DO UPDATE SET title = EXCLUDED.title,
                              title_norm = 1.0,
                              autocomplete = EXCLUDED.autocomplete,
                              body = EXCLUDED.body,
                              title_text = EXCLUDED.title_text,
                              body_text = EXCLUDED.body_text
                """,
                params,
            )
        self._refresh_title_norms()


class StemmingPostgresQueryCompiler(PostgresSearchQueryCompiler):
    def build_tsquery_content(self, query, config=None, invert=False):
        if isinstance(query, PlainText):
            groups = query_groups(query.query_string)
            if not groups:
                return None
            # A word matches any of its stems; negated, none of them.
            within = _and if invert else _or
            between = _and if query.operator == "and" else _or
            lexemes = reduce(
                between,
                (
                    reduce(within, (Lexeme(s, invert=invert) for s in group))
                    for group in groups
                ),
            )
            return SearchQuery(lexemes, search_type="raw", config=config)
        if isinstance(query, Phrase):
            found = phrases(query.query_string)
            if not found:
                return None
            return reduce(
                _or,
                (SearchQuery(p, search_type="phrase", config=config) for p in found),
            )
        return super().build_tsquery_content(query, config=config, invert=invert)


class StemmingPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = StemmingPostgresQueryCompiler
    index_class = StemmingPostgresIndex

    def __init__(self, params):
        super().__init__(params)
        self.config = SEARCH_CONFIG
