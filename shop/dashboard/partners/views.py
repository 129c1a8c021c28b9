"""Oscar's partner dashboard: linking a user to a shop grants no dashboard
permission (see forms.py)."""

from oscar.apps.dashboard.partners import views as oscar_views

from shop.dashboard.partners.forms import dashboard_access_revoke


class PartnerUserLinkView(oscar_views.PartnerUserLinkView):
    def link_user(self, user, partner):
        linked = super().link_user(user, partner)
        dashboard_access_revoke(user)
        return linked
