"""What the news wall adds to the core's hooks and to the Wagtail admin."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from home.hooks import NAVIGATION_AREAS, NavigationArea
from news.data_export import news_wall_section
from news.models import NewsIndexPage, WallItem
from users.hooks import DATA_EXPORT_SECTIONS


# After the platform's own areas (courses, shop, mentors), with the network.
@hooks.register(NAVIGATION_AREAS, order=40)
def news_area():
    return NavigationArea(key="news", label=_("News"), page_type=NewsIndexPage)


@hooks.register(DATA_EXPORT_SECTIONS)
def news_data_export_sections():
    return {"news_wall": news_wall_section}


class WrittenByThePlatform(ModelPermissionPolicy):
    """Wall items are written by the platform only: staff may look at them
    and delete one, never add or edit."""

    def user_has_permission(self, user, action):
        if action in ("add", "change"):
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(WallItem, WrittenByThePlatform(WallItem))


class WallItemViewSet(ModelViewSet):
    """Staff see what the wall recorded and remove an item if need be; items
    are written only by the platform itself."""

    model = WallItem
    menu_label = _("Wall items")
    icon = "list-ul"
    add_to_settings_menu = True
    list_display = ["__str__", "kind", "person", "created_at"]
    list_filter = ["kind"]
    form_fields = ["titles", "urls"]
    inspect_view_enabled = True
    copy_view_enabled = False


wall_item_viewset = WallItemViewSet("wall_items")


@hooks.register("register_admin_viewset")
def register_wall_item_viewset():
    return wall_item_viewset
