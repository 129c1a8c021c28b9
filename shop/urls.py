"""The marketplace's own pages under /<lang>/shop/ (Oscar's come after them)."""

from shop.urls_orders import urlpatterns as orders_urlpatterns
from shop.urls_sellers import urlpatterns as sellers_urlpatterns

app_name = "shop"
urlpatterns = [*sellers_urlpatterns, *orders_urlpatterns]
