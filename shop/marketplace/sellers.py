"""Who is a seller: one of the people of a shop (Oscar's Partner.users).

A person runs at most one shop (shop.sellers.services refuses a second one).
Being staff does not make anyone a seller.
"""

from __future__ import annotations


def shop_of(user):
    """The one shop `user` is one of the people of, or None."""
    if not getattr(user, "is_authenticated", False):
        return None
    return user.partners.first()


def is_seller(user, partner=None) -> bool:
    """Whether `user` is one of the people of `partner`, or of any shop when
    no partner is given."""
    if not getattr(user, "is_authenticated", False):
        return False
    if partner is None:
        return user.partners.exists()
    return partner.users.filter(pk=user.pk).exists()
