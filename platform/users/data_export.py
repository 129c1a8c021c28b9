"""What a person gets when they download their data (GDPR Article 20).

Each section is a function of the user returning JSON-safe data. The core
keeps the account and newsletter sections; feature apps register theirs
(users.hooks.DATA_EXPORT_SECTIONS), between those two.
"""

from collections.abc import Callable, Iterator, Mapping

from newsletters.selectors import newsletter_data_for_user

from users.hooks import data_export_sections
from users.models import User


def account_section(user: User) -> dict:
    from allauth.account.models import EmailAddress

    return {
        "email": user.email,
        "display_name": user.display_name,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "preferred_language": user.preferred_language,
        "country": str(user.country),
        "region": user.region,
        "date_joined": user.date_joined.isoformat(),
        "last_login": user.last_login.isoformat() if user.last_login else None,
        "email_addresses": [
            {"email": e.email, "verified": e.verified, "primary": e.primary}
            for e in EmailAddress.objects.filter(user=user)
        ],
    }


class _Sections(Mapping):
    """The sections in download order, read from the hooks when first used
    (apps register theirs when Wagtail loads the hooks, after start-up)."""

    def _all(self) -> dict[str, Callable[[User], object]]:
        return {
            "account": account_section,
            **data_export_sections(),
            "newsletter": newsletter_data_for_user,
        }

    def __getitem__(self, key: str) -> Callable[[User], object]:
        return self._all()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())


SECTIONS: Mapping[str, Callable[[User], object]] = _Sections()
