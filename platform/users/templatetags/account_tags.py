"""Rendering the panels feature apps add to the account page (users.hooks)."""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def account_panel(context, panel) -> str:
    """The panel's template, with the page's context (request, user, site
    links) and the panel's own on top."""
    panel_template = context.template.engine.get_template(panel.template_name)
    with context.push(panel.context):
        return panel_template.render(context)
