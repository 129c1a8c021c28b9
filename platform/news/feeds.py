"""A locale's news as RSS 2.0 and Atom 1.0 (django.contrib.syndication),
served by the wall's routes: /<lang>/news/feed/rss/ and /feed/atom/."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from news import selectors

FEED_ITEMS = 20


class NewsRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index):
        super().__init__()
        self.index = index

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def _absolute(self, url: str) -> str:
        return self.request.build_absolute_uri(url)

    def title(self):
        return _("%(title)s · Rumbo") % {"title": self.index.title}

    def link(self):
        return self._absolute(self.index.get_url(self.request))

    def description(self):
        return self.index.intro or _(
            "News from the Rumbo programme and its partner organisations."
        )

    @property
    def language(self):
        # Read as an attribute by Feed.get_feed, not called.
        return get_language()

    def feed_url(self):
        return self._absolute(self.request.path)

    def items(self):
        posts = selectors.wall_posts(locale=self.index.locale_id)[:FEED_ITEMS]
        return selectors.post_cards(posts)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return self._absolute(item.get_url(self.request))

    def item_guid(self, item):
        return self.item_link(item)

    def item_pubdate(self, item):
        return item.date

    def item_updateddate(self, item):
        return item.last_published_at or item.date

    def item_author_name(self, item):
        return item.organisation.title if item.organisation else "Rumbo"

    def item_categories(self, item):
        return [tag.name for tag in selectors.post_tags(item)]


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed
    subtitle = NewsRssFeed.description
