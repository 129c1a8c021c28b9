"""Demo data for `make run` and the tests: pages, people, courses, shops,
mentors and newsletters, seeded through the apps' own services.

Never installed in production (see INSTALLED_APPS in rumbo.settings) and never
copied into the image; no product app imports it.
"""
