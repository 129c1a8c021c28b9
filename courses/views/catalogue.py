"""The catalogue page's context: filters, search, pagination and a count."""

from django.core.paginator import Paginator

from courses.forms.catalogue import CatalogueFilterForm
from courses.selectors import (
    CatalogueFilters,
    catalogue_cards,
    catalogue_courses,
    topics_for_locale,
)
from rumbo.search import search_words

PER_PAGE = 12


def catalogue_context(request, page) -> dict:
    form = CatalogueFilterForm(
        request.GET or None, topics=topics_for_locale(page.locale_id)
    )
    values = form.cleaned_or_empty() if form.is_bound else {}
    filters = CatalogueFilters(
        query=search_words(values.get("q") or ""),
        topic=values.get("topic") or "",
        level=values.get("level") or "",
        language=values.get("language") or "",
        length=values.get("length") or "",
    )
    courses = catalogue_courses(locale=page.locale_id, filters=filters)
    paginator = Paginator(courses, PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return {
        "filter_form": form,
        "courses": catalogue_cards(page_obj.object_list),
        "page_obj": page_obj,
        "count": paginator.count,
        "filtered": any(vars(filters).values()),
        "querystring": query.urlencode(),
    }
