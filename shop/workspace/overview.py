"""The workspace's overview: what needs doing now and the shop's own figures."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from shop.marketplace.sellers import shop_of
from shop.sellers import figures
from shop.sellers.forms import PeriodForm


def _url(name: str, query: str = "") -> str | None:
    """The URL of a workspace page, or None while that page is not built."""
    try:
        url = reverse(name)
    except NoReverseMatch:
        return None
    return f"{url}?{query}" if query else url


def todo_items(todo: figures.ToDo, *, trader_status: str) -> list[dict]:
    """The to-do list as the page shows it: a sentence, a link, a tone."""
    items = []

    def add(count, text, url, tone="warn"):
        if count:
            items.append({"count": count, "text": text, "url": url, "tone": tone})

    add(
        todo.to_mark_paid,
        ngettext(
            "%(count)d order waits for you to mark it paid",
            "%(count)d orders wait for you to mark them paid",
            todo.to_mark_paid,
        )
        % {"count": todo.to_mark_paid},
        _url("shop:ws-orders", "status=awaiting"),
    )
    add(
        todo.to_ship,
        ngettext(
            "%(count)d paid order to ship or complete",
            "%(count)d paid orders to ship or complete",
            todo.to_ship,
        )
        % {"count": todo.to_ship},
        _url("shop:ws-orders", "status=paid"),
    )
    add(
        todo.inquiries_waiting,
        ngettext(
            "%(count)d question from a buyer waits for your answer",
            "%(count)d questions from buyers wait for your answer",
            todo.inquiries_waiting,
        )
        % {"count": todo.inquiries_waiting},
        _url("shop:ws-inquiries", "waiting=on"),
    )
    add(
        todo.products_pending,
        ngettext(
            "%(count)d product waits for staff approval",
            "%(count)d products wait for staff approval",
            todo.products_pending,
        )
        % {"count": todo.products_pending},
        _url("shop:ws-products", "status=pending"),
        tone="muted",
    )
    add(
        todo.out_of_stock,
        ngettext(
            "%(count)d product is out of stock",
            "%(count)d products are out of stock",
            todo.out_of_stock,
        )
        % {"count": todo.out_of_stock},
        _url("shop:ws-products", "stock=out"),
        tone="danger",
    )
    add(
        todo.low_stock,
        ngettext(
            "%(count)d product is running low on stock",
            "%(count)d products are running low on stock",
            todo.low_stock,
        )
        % {"count": todo.low_stock},
        _url("shop:ws-products", "stock=low"),
    )
    if todo.trader_to_fix:
        add(
            1,
            _("Your trader details need changes before your shop can sell")
            if trader_status == "rejected"
            else _("Give your trader details so that your shop can sell"),
            _url("shop:trader"),
            tone="danger",
        )
    return items


@login_required
def overview(request):
    """The shop's home in the workspace; people without a shop are invited to
    open one."""
    partner = shop_of(request.user)
    if partner is None:
        return render(request, "shop/sellers/no_shop.html")
    request.shop = partner
    form = PeriodForm(request.GET or None, initial={"period": figures.DEFAULT_PERIOD})
    data = form.cleaned_data if form.is_bound and form.is_valid() else {}
    period = figures.period_for(
        data.get("period"), date_from=data.get("date_from"), date_to=data.get("date_to")
    )
    todo = figures.seller_todo(partner=partner)
    return render(
        request,
        "shop/workspace/overview/overview.html",
        {
            "ws_section": "overview",
            "shop": partner,
            "todo": todo,
            "todo_items": todo_items(todo, trader_status=partner.trader_status),
            "form": form,
            "period": period,
            "figures": figures.seller_figures(partner=partner, period=period),
            "chart": figures.seller_chart(partner=partner),
        },
    )
