"""Oscar's product page, with its seller, price and reviews loaded up front."""

from django.db.models import Count, Prefetch, Window
from oscar.apps.catalogue import views
from oscar.core.loading import get_class, get_model

from rumbo import page_cache
from shop.marketplace.sellers import is_seller
from shop.page_cache import product_tags
from shop.search.selectors import annotate_card

Category = get_model("catalogue", "Category")
ProductImage = get_model("catalogue", "ProductImage")
ProductReview = get_model("reviews", "ProductReview")
StockRecord = get_model("partner", "StockRecord")
Partner = get_model("partner", "Partner")
ProductReviewForm = get_class("catalogue.reviews.forms", "ProductReviewForm")

REVIEWS_SHOWN = 10


class ProductDetailView(views.ProductDetailView):
    """Visible when it is on sale (public, approved, approved seller).

    Staff and the product's own seller also see it, to check how it looks.
    """

    def get_queryset(self):
        return self.model.objects.select_related(
            "product_class", "parent"
        ).prefetch_related(
            Prefetch(
                "stockrecords", queryset=StockRecord.objects.select_related("partner")
            ),
            Prefetch(
                "images", queryset=ProductImage.objects.order_by("display_order", "pk")
            ),
            Prefetch("categories", queryset=Category.objects.order_by("path")),
        )

    def is_viewable(self, product, request):
        if request.user.is_staff:
            return True
        owner = product if not product.is_child else product.parent
        partners = [record.partner for record in product.stockrecords.all()]
        if any(is_seller(request.user, partner) for partner in partners):
            return True
        return (
            product.is_public
            and owner.is_public
            and owner.review_status == self.model.Review.APPROVED
            and any(partner.can_sell for partner in partners)
        )

    def get_alert_status(self):
        # Stock alerts are switched off (shop.config): no query for them.
        return False

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        product = self.object
        annotate_card(product, self.request.strategy)
        page_cache.public(
            self.request,
            *product_tags(product),
            *(f"shop:{record.partner_id}" for record in product.stockrecords.all()),
        )
        user = self.request.user
        # The latest reviews and how many there are in all, in one query.
        reviews = list(
            ProductReview.objects.approved()
            .filter(product=product)
            .select_related("user")
            .annotate(total=Window(Count("pk")))
            .order_by("-date_created")[:REVIEWS_SHOWN]
        )
        context.update(
            info=product.info,
            seller=product.seller,
            images=list(product.images.all()),
            reviews=reviews,
            review_count=reviews[0].total if reviews else 0,
            may_review=user.is_authenticated and product.is_review_permitted(user),
        )
        if context["may_review"]:
            context["review_form"] = ProductReviewForm(product, user=user)
        return context
