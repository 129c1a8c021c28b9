"""What keeps the wall current: events announced, organisations renamed,
wall items gone, people opting in or out. Connected in NewsConfig.ready."""

from django.contrib.auth import get_user_model
from django.db.models.signals import post_delete, post_init, post_save
from wagtail.signals import page_published, page_unpublished

from news.models import WALL_ITEMS_TAG, WallItem, posts_tag
from rumbo import page_cache

EVENT_PAGE = "events.EventPage"
ORGANISATION_PAGE = "organisations.OrganisationPage"


def _page_published(sender, instance, **kwargs):
    label = sender._meta.label
    if label == ORGANISATION_PAGE:
        # Its name shows on its posts' cards, on the wall and in the feeds.
        page_cache.purge(posts_tag(instance.locale_id))
    elif label == EVENT_PAGE:
        # The events app is checked by label, lazily: the wall needs nothing
        # else from it. An event published after it ended (an archive) is
        # not news.
        from django.utils import timezone

        from news.services import Kind, wall_forget, wall_record_page

        if getattr(instance, "cancelled", False):
            # Called off: no longer news to come to.
            wall_forget(Kind.EVENT_ANNOUNCED, key=f"page:{instance.translation_key}")
            return
        end = getattr(instance, "end", None)
        if end is None or end > timezone.now():
            wall_record_page(Kind.EVENT_ANNOUNCED, page=instance)


def _page_unpublished(sender, instance, **kwargs):
    if sender._meta.label == ORGANISATION_PAGE:
        page_cache.purge(posts_tag(instance.locale_id))


def _wall_item_gone(sender, instance, **kwargs):
    # Also when an account is deleted and its items go with it.
    page_cache.purge(WALL_ITEMS_TAG)


def _user_loaded(sender, instance, **kwargs):
    instance._show_on_wall_loaded = instance.__dict__.get("show_on_wall")


def _user_saved(sender, instance, created, raw=False, **kwargs):
    loaded = getattr(instance, "_show_on_wall_loaded", None)
    if not created and loaded is not None and loaded != instance.show_on_wall:
        # The wall reads the setting when it renders: a cached wall must go.
        page_cache.purge(WALL_ITEMS_TAG)
    instance._show_on_wall_loaded = instance.show_on_wall


def connect() -> None:
    User = get_user_model()
    page_published.connect(_page_published, dispatch_uid="news_page_published")
    page_unpublished.connect(_page_unpublished, dispatch_uid="news_page_unpublished")
    post_delete.connect(_wall_item_gone, sender=WallItem, dispatch_uid="news_item_gone")
    post_init.connect(_user_loaded, sender=User, dispatch_uid="news_user_loaded")
    post_save.connect(_user_saved, sender=User, dispatch_uid="news_user_saved")
