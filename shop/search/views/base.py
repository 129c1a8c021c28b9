"""The product list behind browse, category and search pages (no Haystack)."""

from django.core.paginator import Paginator
from django.views.generic import TemplateView

from rumbo import page_cache
from rumbo.search import search_words
from shop.search.forms import SORT_CHOICES, SearchForm
from shop.search.selectors import (
    BrowseFilters,
    category_tree,
    product_cards,
    products_browse,
    seller_named,
)

PER_PAGE = 24


class ProductListView(TemplateView):
    """Filters from the query string, a page of product cards and a count.

    Queries per page stay fixed whatever the number of products: categories,
    count, one page of ids, then the cards with their stock, sellers, images and
    categories prefetched (prices come from Oscar's strategy on that data).
    """

    form_class = SearchForm
    paginate_by = PER_PAGE
    category = None

    def get_form(self, categories):
        return self.form_class(self.request.GET or None, categories=categories)

    def get_filters(self, values: dict, categories) -> BrowseFilters:
        category = self.category
        if category is None and values.get("category"):
            category = next((c for c in categories if c.pk == values["category"]), None)
        return BrowseFilters(
            query=search_words(values.get("q") or ""),
            category=category,
            seller=values.get("seller") or "",
            region=values.get("region") or "",
            kind=values.get("kind") or "",
            price_min=values.get("price_min"),
            price_max=values.get("price_max"),
            sort=values.get("sort_by") or "",
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page_cache.public(self.request, "products")
        categories = category_tree()
        form = self.get_form(categories)
        values = form.cleaned_or_empty() if form.is_bound else {}
        filters = self.get_filters(values, categories)
        paginator = Paginator(products_browse(filters), self.paginate_by)
        page_obj = paginator.get_page(self.request.GET.get("page"))
        query = self.request.GET.copy()
        query.pop("page", None)
        context.update(
            form=form,
            filters=filters,
            products=product_cards(page_obj.object_list, self.request.strategy),
            page_obj=page_obj,
            paginator=paginator,
            count=paginator.count,
            query=filters.query,
            seller=seller_named(filters.seller) if filters.seller else None,
            categories=categories,
            root_categories=[c for c in categories if c.depth == 1],
            sort_choices=SORT_CHOICES,
            querystring=query.urlencode(),
        )
        return context
