"""The footer sign-up form and the account panel, as inclusion tags."""

from django import template
from django.conf import settings

from newsletters.services import subscriber_for_user

register = template.Library()


@register.inclusion_tag("newsletters/includes/footer_signup.html", takes_context=True)
def newsletter_signup(context) -> dict:
    request = context.get("request")
    return {
        "csrf_token": context.get("csrf_token"),
        "next": request.get_full_path() if request is not None else "",
    }


@register.inclusion_tag("newsletters/includes/account_panel.html", takes_context=True)
def newsletter_account_panel(context) -> dict:
    user = context["user"]
    subscriber = subscriber_for_user(user)
    language = subscriber.language if subscriber else user.preferred_language
    names = dict(settings.LANGUAGES)
    return {
        "csrf_token": context.get("csrf_token"),
        "subscribed": bool(subscriber and subscriber.status == "subscribed"),
        "status": subscriber.status if subscriber else "",
        "language": language,
        "language_name": names.get(language, language),
        "languages": settings.LANGUAGES,
    }
