"""A page's live translations, read once per page however many parts show them
(the language switcher, a course's "other languages")."""


def live_translations(page) -> list:
    """The page in each language it is live in, itself included, with locales."""
    found = getattr(page, "_live_translations", None)
    if found is None:
        found = list(
            page.get_translations(inclusive=True)
            .live()
            .select_related("locale")
            .order_by("locale__language_code")
        )
        page._live_translations = found
    return found
