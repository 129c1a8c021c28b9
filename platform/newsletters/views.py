"""Public pages: subscribe, confirm, unsubscribe, account preferences, archive."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.http import (
    Http404,
    HttpResponse,
    HttpResponseNotAllowed,
    HttpResponseRedirect,
)
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from newsletters import selectors, services
from newsletters.forms import (
    ACCOUNT_CONSENT_TEXT,
    CONSENT_TEXT,
    PreferencesForm,
    SubscribeForm,
)
from newsletters.rendering import unsubscribe_token_read
from rumbo import page_cache
from rumbo.client_ip import client_ip

SUBSCRIBE_LIMIT = 10  # per address of the visitor, per 10 minutes


def _safe_next(request, value: str) -> str:
    """A local path to go back to, or "".

    Only paths on this site count: Django's safe-URL check refuses other hosts,
    and a value without a leading slash (``next=b``) is refused too, because
    ``redirect()`` would take it for a view name.
    """
    if (
        value
        and value.startswith("/")
        and url_has_allowed_host_and_scheme(
            value,
            allowed_hosts={request.get_host()},
            require_https=request.is_secure(),
        )
    ):
        return value
    return ""


def _rate_limited(request) -> bool:
    key = f"newsletters:subscribe:{client_ip(request)}"
    cache.add(key, 0, timeout=600)
    try:
        count = cache.incr(key)
    except ValueError:
        count = 1
    return count > SUBSCRIBE_LIMIT


@csrf_exempt
@require_http_methods(["GET", "POST"])
def subscribe(request):
    """The footer form posts here; GET shows the same form on its own page.

    Exempt from CSRF: a forged post can only ask for a confirmation email to
    an address, which anyone may do; nothing is subscribed until the link in
    it is followed. So the footer form carries no per-visitor token and the
    pages around it can be cached whole.
    """
    if request.method == "GET":
        return render(request, "newsletters/subscribe.html", {"form": SubscribeForm()})
    form = SubscribeForm(request.POST)
    back = _safe_next(request, request.POST.get("next", ""))
    if not form.is_valid():
        if back:
            messages.error(request, _("Enter a valid email address."))
            return HttpResponseRedirect(back.split("#")[0] + "#newsletter-signup")
        return render(request, "newsletters/subscribe.html", {"form": form}, status=400)
    if _rate_limited(request):
        messages.error(request, _("Too many attempts. Try again in a few minutes."))
        return HttpResponseRedirect(back or reverse("newsletters:subscribe"))
    try:
        services.subscriber_subscribe(
            email=form.cleaned_data["email"],
            language=get_language(),
            consent_text=str(CONSENT_TEXT),
        )
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return HttpResponseRedirect(back or reverse("newsletters:subscribe"))
    return redirect("newsletters:subscribe_sent")


def subscribe_sent(request):
    return render(request, "newsletters/subscribe_sent.html")


@require_http_methods(["GET", "POST"])
def confirm(request, token: str):
    """GET shows a button (link scanners must not subscribe anyone); POST confirms."""
    subscriber = selectors.subscriber_by_token(token)
    if subscriber is None:
        return render(
            request, "newsletters/confirm.html", {"state": "invalid"}, status=404
        )
    if request.method == "GET":
        state = "ask" if subscriber.status == "pending" else "already"
        return render(request, "newsletters/confirm.html", {"state": state})
    subscriber, changed = services.subscriber_confirm(token=token)
    state = "confirmed" if changed else "already"
    return render(request, "newsletters/confirm.html", {"state": state})


def _unsubscribe_target(token: str):
    subscriber_id = unsubscribe_token_read(token)
    if subscriber_id is None:
        return None
    return selectors.subscriber_by_id(subscriber_id)


@require_http_methods(["GET", "POST"])
def unsubscribe(request, token: str):
    """GET only asks (mail scanners follow links); the button POSTs."""
    subscriber = _unsubscribe_target(token)
    if subscriber is None:
        return render(
            request, "newsletters/unsubscribe.html", {"state": "invalid"}, status=400
        )
    if request.method == "GET":
        state = "ask" if subscriber.status in ("subscribed", "pending") else "already"
        return render(
            request,
            "newsletters/unsubscribe.html",
            {"state": state, "email": _masked(subscriber.email)},
        )
    _subscriber, changed = services.subscriber_unsubscribe(subscriber_id=subscriber.pk)
    return render(
        request,
        "newsletters/unsubscribe.html",
        {"state": "done" if changed else "already", "email": _masked(subscriber.email)},
    )


@csrf_exempt
def unsubscribe_one_click(request, token: str):
    """RFC 8058: the mail app POSTs List-Unsubscribe=One-Click, no cookies, no page."""
    if request.method == "GET":
        return redirect("newsletters:unsubscribe", token=token)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    subscriber = _unsubscribe_target(token)
    if subscriber is None:
        return HttpResponse(
            _("This unsubscribe link is not valid."),
            status=400,
            content_type="text/plain; charset=utf-8",
        )
    services.subscriber_unsubscribe(subscriber_id=subscriber.pk)
    return HttpResponse(
        _("You are unsubscribed."), content_type="text/plain; charset=utf-8"
    )


def _masked(email: str) -> str:
    name, _sep, domain = email.partition("@")
    return f"{name[:2]}{'•' * max(1, len(name) - 2)}@{domain}"


@login_required
@require_POST
def preferences(request):
    form = PreferencesForm(request.POST)
    target = reverse("account_home") + "#newsletter"
    if not form.is_valid():
        messages.error(request, _("Choose a language from the list."))
        return redirect(target)
    try:
        services.preferences_update(
            user=request.user,
            subscribed=form.cleaned_data["subscribed"],
            language=form.cleaned_data["language"],
            consent_text=str(ACCOUNT_CONSENT_TEXT),
        )
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return redirect(target)
    if form.cleaned_data["subscribed"]:
        messages.success(request, _("Your newsletter preferences are saved."))
    else:
        messages.success(request, _("You will not receive the newsletter."))
    return redirect(target)


def archive(request):
    campaigns = selectors.archive_campaigns(language=get_language())
    page_cache.public(request, "newsletters")
    return render(request, "newsletters/archive.html", {"campaigns": campaigns})


def archive_detail(request, pk: int):
    campaign = selectors.archive_campaign(pk=pk)
    if campaign is None:
        raise Http404
    from newsletters.rendering import blocks_prepare

    items = blocks_prepare(campaign, campaign.locale.language_code)
    page_cache.public(request, "newsletters")
    return render(
        request,
        "newsletters/archive_detail.html",
        {"campaign": campaign, "items": items},
    )
