"""Wagtail chooser widgets that survive a tampered form.

Wagtail's choosers look the posted id up as it is when the form is shown again
with its errors, so a non-numeric id (a tampered request) raised a 500 instead
of "select a valid choice".
"""

from wagtail.admin.widgets import AdminPageChooser
from wagtail.admin.widgets.chooser import BaseChooser


class TamperProofMixin:
    def get_instance(self, value):
        try:
            return super().get_instance(value)
        except (ValueError, TypeError):
            return None


class TamperProofChooser(TamperProofMixin, BaseChooser):
    pass


class TamperProofPageChooser(TamperProofMixin, AdminPageChooser):
    pass
