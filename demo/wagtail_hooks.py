"""The demo's seeders, in the order `seed_demo` runs them: the site tree and the
logins first, as courses, mentors and shops are made for those people."""

from wagtail import hooks

from demo.hooks import DEMO_SEEDERS
from demo.seeders import courses, mentoring, newsletters, shop, site

hooks.register(DEMO_SEEDERS, site.seed, order=0)
hooks.register(DEMO_SEEDERS, courses.seed, order=10)
hooks.register(DEMO_SEEDERS, mentoring.seed, order=20)
hooks.register(DEMO_SEEDERS, shop.seed, order=30)
# Subscribes the demo's people, so it runs after everyone exists.
hooks.register(DEMO_SEEDERS, newsletters.seed, order=40)
