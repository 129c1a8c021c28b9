"""The newsletter menu in the Wagtail admin: compose, send, follow, import."""

from django.urls import include, path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem as AdminMenuItem
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, IndexView, SnippetViewSet

from newsletters import admin_views
from newsletters.models import Campaign, Subscriber


class CampaignIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = list(super().get_list_more_buttons(instance))
        buttons.append(
            MenuItem(
                _("Send…"),
                url=reverse("newsletters_admin:send", args=[instance.pk]),
                icon_name="mail",
                priority=5,
            )
        )
        return buttons


class CampaignEditView(EditView):
    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        buttons.append(
            Button(
                _("Send…"),
                url=reverse("newsletters_admin:send", args=[self.object.pk]),
                icon_name="mail",
                priority=5,
            )
        )
        return buttons


class CampaignViewSet(SnippetViewSet):
    model = Campaign
    icon = "mail"
    menu_label = _("Newsletters")
    menu_name = "newsletters"
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["title", "subject", "updated_at"]
    search_fields = ["title", "subject"]
    index_view_class = CampaignIndexView
    edit_view_class = CampaignEditView


register_snippet(CampaignViewSet)


class SubscriberViewSet(ModelViewSet):
    model = Subscriber
    icon = "group"
    menu_label = _("Subscribers")
    name = "newsletter_subscribers"
    add_to_admin_menu = False
    list_display = ["email", "status", "language", "consent_source", "created_at"]
    list_filter = ["status", "language", "consent_source"]
    search_fields = ["email"]
    # Status changes only through consent (confirm, unsubscribe, bounces).
    form_fields = ["language"]
    inspect_view_enabled = True


subscriber_viewset = SubscriberViewSet()


@hooks.register("register_admin_viewset")
def register_viewsets():
    return [subscriber_viewset]


admin_urls = (
    [
        path("send/<int:pk>/", admin_views.send_campaign, name="send"),
        path("count/", admin_views.count, name="count"),
        path("sends/", admin_views.sends, name="sends"),
        path("sends/<int:pk>/", admin_views.send_detail, name="send_detail"),
        path("sends/<int:pk>/progress/", admin_views.progress, name="progress"),
        path(
            "sends/<int:pk>/<slug:action>/",
            admin_views.send_control,
            name="send_control",
        ),
        path("import/", admin_views.import_subscribers, name="import"),
    ],
    "newsletters_admin",
)


@hooks.register("register_admin_urls")
def register_urls():
    return [path("newsletters/", include(admin_urls))]


class PermissionMenuItem(AdminMenuItem):
    def __init__(self, *args, permission: str, **kwargs):
        self.permission = permission
        super().__init__(*args, **kwargs)

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


@hooks.register("register_admin_menu_item")
def sends_menu_item():
    return PermissionMenuItem(
        _("Newsletter sends"),
        reverse("newsletters_admin:sends"),
        icon_name="mail",
        order=251,
        name="newsletter-sends",
        permission="newsletters.add_send",
    )


@hooks.register("register_admin_menu_item")
def subscribers_menu_item():
    return PermissionMenuItem(
        _("Newsletter subscribers"),
        reverse("newsletter_subscribers:index"),
        icon_name="group",
        order=252,
        name="newsletter-subscribers",
        permission="newsletters.view_subscriber",
    )
