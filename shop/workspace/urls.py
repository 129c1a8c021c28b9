"""The workspace's URLs under /<lang>/shop/my-shop/, in the "shop" namespace."""

from shop.workspace import urls_inquiries, urls_orders, urls_overview, urls_products

urlpatterns = [
    *urls_overview.urlpatterns,
    *urls_products.urlpatterns,
    *urls_orders.urlpatterns,
    *urls_inquiries.urlpatterns,
]
