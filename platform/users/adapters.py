from allauth.account.adapter import DefaultAccountAdapter

from outbox.services import email_queue


class AccountAdapter(DefaultAccountAdapter):
    """allauth, with its email (confirmation, password reset) sent by Celery."""

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        from allauth.core import context as allauth_context
        from django.contrib.sites.shortcuts import get_current_site

        request = allauth_context.request
        ctx = {
            "request": request,
            "email": email,
            "current_site": get_current_site(request),
        }
        ctx.update(context)
        email_queue(message=self.render_mail(template_prefix, email, ctx))
