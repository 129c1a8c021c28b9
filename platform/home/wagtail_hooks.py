from wagtail import hooks

from home.page_cache import tag_served_page

# After Wagtail's check_view_restrictions (order 0).
hooks.register("before_serve_page", tag_served_page, order=100)
