"""Oscar's product search page (``search:search``), answered by Wagtail's search."""

from oscar.apps.search.signals import user_search

from shop.search.forms import SearchForm
from shop.search.views.base import ProductListView


class FacetedSearchView(ProductListView):
    """Oscar's name kept so its URL and ``get_class`` find this view."""

    form_class = SearchForm
    template_name = "oscar/search/results.html"

    def dispatch(self, request, *args, **kwargs):
        # Oscar's analytics app listens to this signal.
        user_search.send(
            sender=self,
            session=request.session,
            user=request.user,
            query=request.GET.get("q", "")[:100],
        )
        return super().dispatch(request, *args, **kwargs)
