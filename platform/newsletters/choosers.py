"""Admin choosers for the featured product and mentor blocks."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.chooser import ChooserViewSet


class ProductChooserViewSet(ChooserViewSet):
    model = "catalogue.Product"
    icon = "tag"
    choose_one_text = _("Choose a product")
    choose_another_text = _("Choose another product")
    edit_item_text = _("Edit this product")
    url_filter_parameters = []
    register_widget = False


class MentorChooserViewSet(ChooserViewSet):
    model = "mentoring.MentorProfile"
    icon = "user"
    choose_one_text = _("Choose a mentor")
    choose_another_text = _("Choose another mentor")
    register_widget = False


product_chooser_viewset = ProductChooserViewSet("newsletter_product_chooser")
mentor_chooser_viewset = MentorChooserViewSet("newsletter_mentor_chooser")
