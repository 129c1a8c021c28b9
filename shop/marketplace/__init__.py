"""The marketplace's own rules: what Rumbo adds to Oscar so many sellers can
share one basket and one order. Read this package to learn how the shop works.

- sellers.py  who is a seller (one of the people of a shop) and which shop is theirs
- split.py    a basket and a placed order split by seller: each seller's lines,
              subtotal, shipping and parcel
- status.py   each seller's status on an order, from the statuses of their lines
- totals.py   what each seller charges and is owed: their flat shipping rate, free
              shipping over their threshold, no shipping owed once all is cancelled
- vat.py      each seller's VAT rates (from their region) and a price's net + VAT

The forked Oscar apps are thin adapters over these rules:
shop.shipping.methods.PerSellerShipping charges the shipping at checkout,
shop.order.utils.OrderCreator saves each seller's share, shop.order.selectors
reads placed orders back per seller, shop.basket.views and shop.checkout.views
show the split, and shop.workspace.access lets only sellers into their workspace.
"""
