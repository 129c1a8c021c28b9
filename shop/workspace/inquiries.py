"""Buyers' questions in the workspace: the list, and each conversation."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from shop.models import Inquiry, InquiryReply
from shop.sellers import inquiries
from shop.sellers.forms import InquiryFilterForm, ReplyForm
from shop.workspace.access import seller_required

PAGE_SIZE = 25


@seller_required
def inquiry_list(request):
    form = InquiryFilterForm(request.GET or None)
    waiting = bool(form.is_bound and form.is_valid() and form.cleaned_data["waiting"])
    found = inquiries.inquiries_for_shop(
        partner=request.shop, waiting_only=waiting
    ).select_related("product")
    page = Paginator(found, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "shop/workspace/inquiries/list.html",
        {
            "ws_section": "inquiries",
            "form": form,
            "waiting": waiting,
            "page_obj": page,
            "inquiries": page.object_list,
            "query": "waiting=on" if waiting else "",
        },
    )


@seller_required
def inquiry_detail(request, pk):
    """One conversation, answered from the workspace (the buyer gets it by
    email, as from the link in the seller's email)."""
    inquiry = get_object_or_404(
        Inquiry.objects.select_related("product", "partner"),
        pk=pk,
        partner=request.shop,
    )
    form = ReplyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            inquiries.inquiry_reply(
                inquiry=inquiry,
                author=InquiryReply.Author.SELLER,
                message=form.cleaned_data["message"],
                sent_by=request.user,
            )
        except ValidationError as exc:
            form.add_error("message", exc.messages[0])
        else:
            messages.success(request, _("Your reply was sent by email."))
            return redirect("shop:ws-inquiry", pk=inquiry.pk)
    replies = list(inquiry.replies.select_related("sent_by"))
    return render(
        request,
        "shop/workspace/inquiries/detail.html",
        {
            "ws_section": "inquiries",
            "inquiry": inquiry,
            "replies": replies,
            "waiting": not replies or replies[-1].author == InquiryReply.Author.BUYER,
            "form": form,
        },
    )
