"""The demo's seeders, in the order `seed_demo` runs them: the site tree and the
logins first, as courses, mentors and shops are made for those people."""

from wagtail import hooks

from demo.hooks import DEMO_SEEDERS
from demo.seeders import (
    courses,
    event_registrations,
    events,
    jobs,
    mentoring,
    news,
    newsletters,
    organisations,
    shop,
    site,
)

hooks.register(DEMO_SEEDERS, site.seed, order=0)
hooks.register(DEMO_SEEDERS, courses.seed, order=10)
hooks.register(DEMO_SEEDERS, mentoring.seed, order=20)
hooks.register(DEMO_SEEDERS, shop.seed, order=30)
# The network: organisations, then what they publish; jobs come from shops too.
hooks.register(DEMO_SEEDERS, organisations.seed, order=32)
hooks.register(DEMO_SEEDERS, news.seed, order=34)
hooks.register(DEMO_SEEDERS, events.seed, order=36)
hooks.register(DEMO_SEEDERS, event_registrations.seed, order=37)
hooks.register(DEMO_SEEDERS, jobs.seed, order=38)
# Subscribes the demo's people, so it runs after everyone exists.
hooks.register(DEMO_SEEDERS, newsletters.seed, order=40)
