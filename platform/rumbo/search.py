"""Helpers shared by the site's searches (courses, shop, mentors)."""

import re

_NOT_WORD = re.compile(r"[^\w]+")


def search_words(text: str) -> str:
    """The words of a visitor's query, lower-cased, without punctuation.

    Quotes, brackets and upper-case AND/OR/NOT are syntax to SQLite FTS5 and
    PostgreSQL's tsquery; people type them by accident, and a stray quote must
    not become an error page.
    """
    return " ".join(_NOT_WORD.sub(" ", text or "").lower().split())[:100]
