"""Helpers shared by the site's searches (courses, shop, mentors): the words of
a query, and the stems that text is indexed and searched by.

Full-text search matches word forms through stems computed here, in Python,
the same way on PostgreSQL and SQLite (rumbo.search_backends): SQLite's FTS5
has no Spanish or Portuguese stemmer, and PostgreSQL's Snowball dictionaries
alone do not match "emprendedor" with "emprendimiento" (see AGENT_SUFFIXES).
"""

import re
import threading
import unicodedata
from functools import lru_cache

import snowballstemmer

_NOT_WORD = re.compile(r"[^\w]+")
# Letters and digits: "_" is a word character to Python but a separator to
# PostgreSQL's parser and FTS5's tokenizer.
_WORD = re.compile(r"[^\W_]+")

# Language code -> Snowball algorithm; a language without one is searched by
# its accent-folded words.
SNOWBALL = {
    "ar": "arabic",
    "ca": "catalan",
    "de": "german",
    "en": "english",
    "es": "spanish",
    "fr": "french",
    "it": "italian",
    "pt": "portuguese",
    "ro": "romanian",
}

# Snowball strips the verb's and the action noun's endings ("emprender",
# "emprendimiento" -> "emprend") but keeps the agent noun's ("emprendedor"):
# stripped here too, when a stem of four letters or more remains, so a learner
# who types the person finds the activity.
AGENT_SUFFIXES = {"es": ("edor", "idor"), "pt": ("edor", "idor")}
MIN_STEM = 4

_stemmers = threading.local()  # Snowball stemmers keep state while they work


def search_words(text: str) -> str:
    """The words of a visitor's query, lower-cased, without punctuation.

    Quotes, brackets and upper-case AND/OR/NOT are syntax to SQLite FTS5 and
    PostgreSQL's tsquery; people type them by accident, and a stray quote must
    not become an error page.
    """
    return " ".join(_NOT_WORD.sub(" ", text or "").lower().split())[:100]


def fold(text: str) -> str:
    """Lower case without accents: "Gestión" and "gestion" are one word."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _stemmer(language: str):
    algorithm = SNOWBALL.get(language)
    if algorithm is None:
        return None
    cache = _stemmers.__dict__
    if algorithm not in cache:
        cache[algorithm] = snowballstemmer.stemmer(algorithm)
    return cache[algorithm]


@lru_cache(maxsize=100_000)
def stem(word: str, language: str) -> str:
    """The stem of one folded word in a language."""
    stemmer = _stemmer(language)
    if stemmer is None:
        return word
    result = stemmer.stemWord(word)
    for suffix in AGENT_SUFFIXES.get(language, ()):
        if result.endswith(suffix) and len(result) - len(suffix) >= MIN_STEM:
            return result[: -len(suffix)]
    return result


def words(text: str) -> list[str]:
    """The folded words of a text."""
    return _WORD.findall(fold(text))


def stemmed_text(text: str, language: str) -> str:
    """What the index holds for a text written in ``language``: its stems."""
    return " ".join(stem(word, language) for word in words(text))


def query_stems(word: str, languages) -> list[str]:
    """The stems a folded query word may be indexed under in any of the site's
    languages (a query does not say its language), and the word itself."""
    return sorted({word, *(stem(word, language) for language in languages)})
