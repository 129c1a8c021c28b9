"""Oscar's catalogue formsets, refusing a tampered management form.

Their forms come from our forms.py through get_class. A browser always posts
0 <= INITIAL_FORMS <= TOTAL_FORMS, with INITIAL_FORMS the rows that exist;
anything else was changed by hand and is refused with a message on the form
(Django itself already refuses missing or non-numeric counts). At most
`absolute_max` forms are built, whatever TOTAL_FORMS says: Django's default of
2,000 made one tampered post take seconds.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from oscar.apps.dashboard.catalogue import formsets as oscar_formsets

TAMPERED = _("This form was changed outside the page. Reload the page and try again.")


class ManagementFormChecked:
    max_num = absolute_max = 100

    def clean(self):
        if self.is_bound and self.management_form.is_valid():
            counts = self.management_form.cleaned_data
            total, initial = counts["TOTAL_FORMS"], counts["INITIAL_FORMS"]
            existing = self.get_queryset().count() if self.instance.pk else 0
            if initial < 0 or total < initial or initial > existing:
                raise ValidationError(TAMPERED, code="tampered")
        return super().clean()


class StockRecordFormSet(ManagementFormChecked, oscar_formsets.StockRecordFormSet):
    pass


class ProductCategoryFormSet(
    ManagementFormChecked, oscar_formsets.ProductCategoryFormSet
):
    pass


class ProductImageFormSet(ManagementFormChecked, oscar_formsets.ProductImageFormSet):
    pass


class ProductRecommendationFormSet(
    ManagementFormChecked, oscar_formsets.ProductRecommendationFormSet
):
    pass


class ProductAttributesFormSet(
    ManagementFormChecked, oscar_formsets.ProductAttributesFormSet
):
    pass


class AttributeOptionFormSet(
    ManagementFormChecked, oscar_formsets.AttributeOptionFormSet
):
    # Option groups (sizes, colours) may be long lists.
    max_num = absolute_max = 500
