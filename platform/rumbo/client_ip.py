"""The visitor's IP address, the same way allauth's rate limits see it.

Behind a load balancer ``REMOTE_ADDR`` is the balancer's address, shared by
every visitor. allauth reads the trusted proxy settings
(``ALLAUTH_TRUSTED_PROXY_COUNT``, ``ALLAUTH_TRUSTED_CLIENT_IP_HEADER``, set from
the environment in settings.py); our own per-visitor limits use this so they
agree with allauth's.
"""

from allauth.account.adapter import get_adapter
from django.core.exceptions import ImproperlyConfigured, PermissionDenied


def client_ip(request) -> str:
    """The client's address, or "" when it cannot be told (no header, bad value)."""
    try:
        return get_adapter(request).get_client_ip(request)
    except (PermissionDenied, ImproperlyConfigured):
        return ""
