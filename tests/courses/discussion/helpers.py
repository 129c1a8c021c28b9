from django.urls import reverse
from django.utils import translation


def url(name: str, lang: str = "es", **kwargs) -> str:
    """A discussion URL in `lang` (tests run outside any request)."""
    with translation.override(lang):
        return reverse(f"discussion:{name}", kwargs=kwargs)
