"""django-csp's middleware, with the site's own policy built once.

django-csp builds the header from the settings for every response (dataclass
copies, sorting, joins): a tenth of the work of serving a page from the page
cache. A response that neither changes the policy (django-csp's decorators)
nor uses a nonce gets the header built once per process; any other is built
by django-csp as before.
"""

from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.middleware import CheckableLazyObject
from csp.middleware import CSPMiddleware as BaseCSPMiddleware
from csp.utils import build_policy
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver

_PER_RESPONSE = (
    "_csp_config",
    "_csp_update",
    "_csp_replace",
    "_csp_exempt",
    "_csp_config_ro",
    "_csp_update_ro",
    "_csp_replace_ro",
    "_csp_exempt_ro",
)
_built: dict[str, tuple[str, str]] = {}


@receiver(setting_changed)
def _forget(setting, **kwargs):
    if setting.startswith("CONTENT_SECURITY_POLICY"):
        _built.clear()


def _site_policy() -> tuple[str, str]:
    if "policy" not in _built:
        _built["policy"] = (build_policy(), build_policy(report_only=True))
    return _built["policy"]


def _excluded(request, setting: str) -> bool:
    prefixes = (getattr(settings, setting, None) or {}).get("EXCLUDE_URL_PREFIXES")
    return bool(prefixes) and request.path_info.startswith(tuple(prefixes))


class CSPMiddleware(BaseCSPMiddleware):
    def process_response(self, request, response):
        if (
            getattr(request, "_csp_nonce", None) is not None
            or any(hasattr(response, name) for name in _PER_RESPONSE)
            or HEADER in response
            or HEADER_REPORT_ONLY in response
            or settings.DEBUG
        ):
            return super().process_response(request, response)
        policy, report_only = _site_policy()
        if policy and not _excluded(request, "CONTENT_SECURITY_POLICY"):
            response[HEADER] = policy
        if report_only and not _excluded(
            request, "CONTENT_SECURITY_POLICY_REPORT_ONLY"
        ):
            response[HEADER_REPORT_ONLY] = report_only
        # As django-csp does: a nonce asked for after this would not be in
        # the header.
        request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
        return response
