"""Oscar's catalogue and category pages, listed from the database."""

from urllib.parse import unquote

from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from shop.search.forms import BrowseCategoryForm, CategoryForm
from shop.search.views.base import ProductListView

Category = get_model("catalogue", "Category")


class CatalogueView(ProductListView):
    """Every product and service on sale (``catalogue:index``)."""

    form_class = BrowseCategoryForm
    template_name = "oscar/catalogue/browse.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["summary"] = _("All products and services")
        return context


class ProductCategoryView(ProductListView):
    """One category and its subcategories (``catalogue:category``)."""

    form_class = CategoryForm
    template_name = "oscar/catalogue/category.html"
    enforce_paths = True

    def get(self, request, *args, **kwargs):
        self.category = get_object_or_404(Category, pk=kwargs["pk"])
        if not (self.category.is_public or request.user.is_staff):
            raise Http404
        expected = self.category.get_absolute_url()
        if self.enforce_paths and unquote(expected) != unquote(request.path):
            return HttpResponsePermanentRedirect(expected)
        return super().get(request, *args, **kwargs)

    def get_form(self, categories):
        return self.form_class(self.request.GET or None)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        category = self.category
        tree = context["categories"]
        context.update(
            category=category,
            summary=category.name,
            ancestors=[
                c
                for c in tree
                if c.depth < category.depth and category.path.startswith(c.path)
            ],
            subcategories=[
                c
                for c in tree
                if c.depth == category.depth + 1 and c.path.startswith(category.path)
            ],
        )
        return context
