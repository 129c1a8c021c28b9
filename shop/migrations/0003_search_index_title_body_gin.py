"""A GIN index on the tsvector that Wagtail's PostgreSQL search actually matches.

modelsearch's PostgreSQL backend filters with ``(title || body) @@ query``; its
own GIN indexes are on ``title`` and on ``body`` separately, which PostgreSQL
cannot use for the concatenation, so every search read the whole index table
(every page, course and product). An index on the same expression turns that
into an index scan for words found in few items, and gives the planner
statistics on the expression instead of a guess of 100 matches. It lives here,
as raw SQL, because the table belongs to ``wagtailsearch`` (we cannot add a
model index to it) and the shop's search is what needed it; the course
catalogue shares it. SQLite (FTS5) needs nothing. Built concurrently so a deploy
does not block writes to the search index.
"""

from django.db import migrations

INDEX = "shop_search_title_body_gin"


def _table(apps) -> str:
    return apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    table = schema_editor.quote_name(_table(apps))
    schema_editor.execute(
        f"CREATE INDEX CONCURRENTLY IF NOT EXISTS {INDEX}"
        f" ON {table} USING gin ((title || body))"
    )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX CONCURRENTLY IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    atomic = False  # CREATE INDEX CONCURRENTLY cannot run in a transaction

    dependencies = [
        ("shop", "0002_product_classes"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
