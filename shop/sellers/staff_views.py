"""Staff review of sellers' trader details, inside Oscar's dashboard (staff only)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Case, IntegerField, Value, When
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from oscar.core.loading import get_model

from shop.sellers import services
from shop.sellers.forms import TraderReviewForm, language_names

Partner = get_model("partner", "Partner")


def seller_review_list(request):
    status = request.GET.get("status", Partner.TraderStatus.PENDING)
    shops = Partner.objects.annotate(
        waiting=Case(
            When(trader_status=Partner.TraderStatus.PENDING, then=Value(0)),
            default=Value(1),
            output_field=IntegerField(),
        )
    ).order_by("waiting", "trader_submitted_at", "name")
    if status in Partner.TraderStatus.values:
        shops = shops.filter(trader_status=status)
    page = Paginator(shops, 50).get_page(request.GET.get("page"))
    return render(
        request,
        "oscar/dashboard/sellers/review_list.html",
        {
            "page_obj": page,
            "shops": page.object_list,
            "statuses": Partner.TraderStatus.choices,
            "status": status,
        },
    )


def seller_review(request, pk):
    partner = get_object_or_404(Partner, pk=pk)
    form = TraderReviewForm(
        request.POST or None,
        initial={"products_need_approval": partner.products_need_approval},
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.trader_review(
                partner=partner,
                by=request.user,
                approve=form.cleaned_data["decision"] == "approve",
                note=form.cleaned_data["note"],
                products_need_approval=form.cleaned_data["products_need_approval"],
            )
        except ValidationError as exc:
            form.add_error(None, exc.messages[0])
        else:
            messages.success(request, _("Saved. The seller was emailed."))
            return redirect("dashboard:seller-review-list")
    return render(
        request,
        "oscar/dashboard/sellers/review.html",
        {
            "shop": partner,
            "form": form,
            "languages": language_names(partner.languages),
            "members": partner.users.order_by("email"),
        },
    )
