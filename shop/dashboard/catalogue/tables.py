"""Oscar's product table, with product types named in the reader's language."""

from oscar.apps.dashboard.catalogue import tables as oscar_tables

from shop.dashboard.labels import product_class_label


class ProductTable(oscar_tables.ProductTable):
    def render_product_class(self, value):
        return product_class_label(value)

    class Meta(oscar_tables.ProductTable.Meta):
        pass
