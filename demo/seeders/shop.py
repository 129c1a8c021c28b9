"""Demo marketplace: shops across Spain and Portugal, their products and services,
orders from demo buyers in every state and questions waiting for an answer
(the content is in demo/data/shop.json).

Sellers go through the same services as people do (open a shop, give trader
details, staff approve them, answer questions, move order lines), so each demo
seller can run the README's whole seller journey. Orders are placed with
Oscar's basket, strategy, shipping and our OrderCreator, as the checkout does.

Idempotent: shops are found by owner (or code), products by UPC, questions by
product and buyer, orders by their DEMO- number; images and reviews are added
only once. Images are drawn locally with Pillow (no downloads).
"""

import io
import unicodedata
from decimal import Decimal

from django.core.files.base import ContentFile
from django.db import transaction
from oscar.core.loading import get_model

from demo.accounts import demo_user_ensure
from demo.content import load
from shop.models import Inquiry, InquiryReply
from shop.sellers import inquiries, services
from shop.services.catalogue import PHYSICAL, SERVICE, product_classes_ensure

Partner = get_model("partner", "Partner")
StockRecord = get_model("partner", "StockRecord")
Product = get_model("catalogue", "Product")
ProductImage = get_model("catalogue", "ProductImage")
Category = get_model("catalogue", "Category")
ProductCategory = get_model("catalogue", "ProductCategory")
ProductReview = get_model("reviews", "ProductReview")

_CONTENT = load("shop")

# code, name, owner email, owner name, language, country, city, region, offer
SHOPS = [tuple(row) for row in _CONTENT["shops"]]
# slug, name, parent slug
CATEGORIES = [tuple(row) for row in _CONTENT["categories"]]
# shop code, title, category slug, price, stock (None = service), description
PRODUCTS = [tuple(row) for row in _CONTENT["products"]]
# Products priced on request: buyers ask the seller instead of buying.
INQUIRY_ONLY = set(_CONTENT["inquiry_only"])
# Every physical product warns its seller at this many left; one product per
# shop is already there (the overview flags it).
LOW_STOCK_LEVEL = 3
LOW_STOCK = set(_CONTENT["low_stock"])
# Shipping each shop charges: flat rate, free from (None: never free).
SHIPPING = {code: tuple(rates) for code, rates in _CONTENT["shipping"].items()}

STAFF = ("staff@rumbo.example", "Lucía (programme staff)", "es", "ES")
# Demo buyers (seed_demo creates them first with their region; created here
# only when the shop seed runs alone).
BUYERS = [tuple(row) for row in _CONTENT["buyers"]]
# Questions about products offered on request: title, buyer, question and the
# seller's answer (None: it waits for one, as each shop has at least one).
INQUIRIES = [tuple(row) for row in _CONTENT["inquiries"]]

# Demo orders: shop lines move to these states, round by round (see _orders).
ORDER_STATES = ["awaiting", "paid", "shipped", "completed", "cancelled"]
ORDER_GROUPS = [3, 3, 2, 2]  # shops per order in each round: 10 shops
ORDER_DAYS_AGO = [1, 4, 9, 16, 25]  # when each round's orders were placed
CARRIERS = ["Correos", "SEUR", "CTT", "MRW", "GLS"]
# first name, last name, street, town, postcode, country, by buyer
ADDRESSES = {email: tuple(row) for email, row in _CONTENT["addresses"].items()}

# product title, reviewer, score, title, body
REVIEWS = [tuple(row) for row in _CONTENT["reviews"]]

# Picture gradients (top and bottom RGB) by root category.
PALETTES = {
    root: tuple(tuple(colour) for colour in colours)
    for root, colours in _CONTENT["palettes"].items()
}


def _user(email: str, name: str, language: str, country: str):
    return demo_user_ensure(
        email, display_name=name, preferred_language=language, country=country
    )


def _categories() -> dict:
    found = {}
    for slug, name, parent_slug in CATEGORIES:
        existing = Category.objects.filter(slug=slug).first()
        if existing is None:
            if parent_slug is None:
                existing = Category.add_root(name=name, slug=slug)
            else:
                parent = found[parent_slug]
                parent.refresh_from_db()
                existing = parent.add_child(name=name, slug=slug)
        found[slug] = existing
    return found


FONT_FILES = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "/Library/Fonts/Arial.ttf",
    "C:/Windows/Fonts/arialbd.ttf",
]


def _font(size: int):
    """A system TrueType font with accented letters, or None."""
    from PIL import ImageFont

    for path in FONT_FILES:
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    return None


def product_picture(title: str, root_slug: str, index: int) -> ContentFile:
    """An 800x600 JPEG: a gradient, a shape and the product's name."""
    from PIL import Image, ImageDraw, ImageFont

    top, bottom = PALETTES.get(root_slug, PALETTES["artesania"])
    width, height = 800, 600
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    for y in range(height):
        mix = y / height
        draw.line(
            [(0, y), (width, y)],
            fill=tuple(
                int(a + (b - a) * mix) for a, b in zip(top, bottom, strict=True)
            ),
        )
    shape = index % 3
    box = (250, 110, 550, 410)
    if shape == 0:
        draw.ellipse(box, fill=(255, 255, 255), outline=(29, 35, 39), width=6)
    elif shape == 1:
        draw.rounded_rectangle(
            box, radius=40, fill=(255, 255, 255), outline=(29, 35, 39), width=6
        )
    else:
        draw.polygon(
            [(400, 100), (560, 410), (240, 410)],
            fill=(255, 255, 255),
            outline=(29, 35, 39),
        )
    font = _font(38)
    if font is None:
        # Pillow's built-in font has no accented letters: draw them plain.
        title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
        try:
            font = ImageFont.load_default(size=38)
        except TypeError:  # older Pillow without a scalable default font
            font = ImageFont.load_default()
    words, lines, line = title.split(), [], ""
    for word in words:
        candidate = f"{line} {word}".strip()
        if draw.textlength(candidate, font=font) > width - 80 and line:
            lines.append(line)
            line = word
        else:
            line = candidate
    lines.append(line)
    for n, text in enumerate(lines[:2]):
        draw.text(
            (width / 2, 480 + n * 46),
            text,
            fill=(255, 255, 255),
            font=font,
            anchor="mm",
        )
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=82)
    return ContentFile(buffer.getvalue())


def _staff():
    """Someone who reviews sellers: the demo staff member (seed_demo made them)."""
    from users.models import User

    staff = User.objects.filter(is_staff=True, is_active=True).order_by("pk").first()
    if staff is None:
        staff = _user(*STAFF)
        staff.is_staff = staff.is_superuser = True
        staff.save(update_fields=["is_staff", "is_superuser"])
    return staff


def _shop_open(user, code, name, email, language, city, region, offer):
    """A new shop, as its owner opens it in three steps and sets shipping."""
    partner = services.shop_open(
        user=user,
        data={
            "code": code,
            "name": name,
            "offer": offer,
            "description": f"{offer}. {city}.",
        },
    )
    partner = services.shop_update(
        partner=partner,
        by=user,
        data={
            "city": city,
            "region": region,
            "languages": [language, "en"],
            "public_email": email,
        },
    )
    rate, free = SHIPPING.get(code, ("4.90", None))
    return services.shop_settings_update(
        partner=partner,
        by=user,
        data={
            "shipping_flat_rate": Decimal(rate),
            "free_shipping_over": Decimal(free) if free else None,
        },
    )


def _shops() -> dict:
    """Every demo shop, opened by its owner and approved by staff through the
    services people use (no permissions are granted: sellers need none)."""
    staff = _staff()
    shops = {}
    for code, name, email, owner, language, country, city, region, offer in SHOPS:
        user = _user(email, owner, language, country)
        partner = services.shop_of(user)
        if partner is None:
            partner = Partner.objects.filter(code=code).first()
            if partner is None:
                partner = _shop_open(
                    user, code, name, email, language, city, region, offer
                )
            elif not partner.users.exists():
                services.member_add_unchecked(partner=partner, user=user)
        if partner.trader_status in (
            Partner.TraderStatus.MISSING,
            Partner.TraderStatus.REJECTED,
        ):
            partner = services.trader_submit(
                partner=partner,
                by=user,
                data={
                    "trader_legal_name": f"{owner} ({name})",
                    "trader_address": f"{city}, "
                    f"{'España' if country == 'ES' else 'Portugal'}",
                    "trader_email": email,
                    "trader_phone": "+34 600 000 000"
                    if country == "ES"
                    else "+351 910 000 000",
                    "trader_registration": f"DEMO-{code.upper()[:12]}",
                    "trader_compliance": True,
                },
            )
        if partner.trader_status == Partner.TraderStatus.PENDING:
            partner = services.trader_review(
                partner=partner, by=staff, approve=True, products_need_approval=False
            )
        shops[code] = partner
    return shops


def _inquiries() -> int:
    """Buyers' questions through the form's service; some answered by the seller."""
    from users.models import User

    made = 0
    for title, email, message, answer in INQUIRIES:
        product = Product.objects.filter(title=title, upc__startswith="DEMO-").first()
        buyer = User.objects.filter(email=email).first()
        if product is None or buyer is None:
            continue
        if Inquiry.objects.filter(product=product, buyer_email=email).exists():
            continue
        inquiry, _created = inquiries.inquiry_create(
            product=product,
            buyer=buyer,
            buyer_name=buyer.public_name,
            buyer_email=email,
            message=message,
        )
        made += 1
        if answer:
            inquiries.inquiry_reply(
                inquiry=inquiry,
                author=InquiryReply.Author.SELLER,
                message=answer,
                sent_by=inquiry.partner.users.order_by("pk").first(),
            )
    return made


def _address(email: str):
    Country = get_model("address", "Country")
    ShippingAddress = get_model("order", "ShippingAddress")
    first, last, line1, town, postcode, country = ADDRESSES[email]
    address = ShippingAddress(
        first_name=first,
        last_name=last,
        line1=line1,
        line4=town,
        postcode=postcode,
        country=Country.objects.get(iso_3166_1_a2=country),
    )
    address.save()
    return address


def order_place(*, buyer, items, number: str):
    """Place an order for `buyer` as the checkout does: a basket priced by the
    marketplace's strategy, each seller's shipping, our OrderCreator (stock
    locked and allocated) and pay on delivery. `items` is [(product, qty)]."""
    from oscar.core.loading import get_class

    from shop.checkout.payment import PayOnDelivery

    Basket = get_model("basket", "Basket")
    Source = get_model("payment", "Source")
    Selector = get_class("partner.strategy", "Selector")
    Repository = get_class("shipping.repository", "Repository")
    OrderTotalCalculator = get_class("checkout.calculators", "OrderTotalCalculator")
    OrderCreator = get_class("order.utils", "OrderCreator")

    basket = Basket.objects.create(owner=buyer)
    basket.strategy = Selector().strategy(user=buyer)
    for product, quantity in items:
        basket.add_product(product, quantity)
    address = _address(buyer.email) if basket.is_shipping_required() else None
    method = Repository().get_default_shipping_method(
        basket=basket, shipping_addr=address
    )
    charge = method.calculate(basket)
    total = OrderTotalCalculator().calculate(basket, charge)
    order = OrderCreator().place_order(
        basket=basket,
        total=total,
        shipping_method=method,
        shipping_charge=charge,
        user=buyer,
        shipping_address=address,
        order_number=number,
    )
    basket.submit()
    payment = PayOnDelivery()
    Source.objects.create(
        order=order,
        source_type=payment.source_type(),
        currency=total.currency,
        amount_allocated=total.incl_tax,
        reference=number,
    )
    return order


def _seller_moves(order, partner, state: str, n: int) -> None:
    """Move a seller's lines of `order` to `state` as they would in the workspace."""
    from shop.order import status as st
    from shop.order.services import lines_status_change

    ids = list(order.lines.filter(partner=partner).values_list("pk", flat=True))
    steps = {
        "awaiting": [],
        "paid": [st.PAID],
        "shipped": [st.PAID, st.SHIPPED],
        "completed": [st.PAID, st.SHIPPED, st.COMPLETED],
        "cancelled": [st.CANCELLED],
    }[state]
    for step in steps:
        extra = {}
        if step == st.SHIPPED:
            extra = {
                "carrier": CARRIERS[n % len(CARRIERS)],
                "tracking_reference": f"DEMO{order.pk:05d}{partner.pk:03d}ES",
            }
        lines_status_change(order=order, line_ids=ids, new_status=step, **extra)


def _orders(shops: dict) -> int:
    """Orders from the demo buyers, once: five rounds in which every shop sells
    once, in groups of three or two shops per order, so each seller has
    lines awaiting payment, paid, shipped (with a tracking reference),
    completed and cancelled, and several orders hold items of three sellers."""
    import datetime

    from django.utils import timezone

    from users.models import User

    Order = get_model("order", "Order")
    if Order.objects.filter(number__startswith="DEMO-").exists():
        return 0
    buyers = [
        buyer
        for email, *_rest in BUYERS
        if (buyer := User.objects.filter(email=email).first()) is not None
    ]
    codes = [code for code, *_rest in SHOPS]
    for_sale = {code: [] for code in codes}
    upcs = {
        title: f"DEMO-{index:03d}" for index, (_c, title, *_r) in enumerate(PRODUCTS, 1)
    }
    products = Product.objects.in_bulk(list(upcs.values()), field_name="upc")
    for code, title, _cat, _price, stock, _desc in PRODUCTS:
        product = products.get(upcs[title])
        if stock and title not in LOW_STOCK and product is not None:
            for_sale[code].append(product)
    now = timezone.now()
    placed = 0
    for round_ in range(len(ORDER_STATES)):
        ring = codes[3 * round_ :] + codes[: 3 * round_]
        start = 0
        for group, size in enumerate(ORDER_GROUPS):
            members = [code for code in ring[start : start + size] if for_sale[code]]
            start += size
            if not members or not buyers:
                continue
            items = [
                (
                    for_sale[code][round_ % len(for_sale[code])],
                    1 + (round_ + position) % 2,
                )
                for position, code in enumerate(members)
            ]
            placed += 1
            order = order_place(
                buyer=buyers[placed % len(buyers)],
                items=items,
                number=f"DEMO-{placed:04d}",
            )
            when = now - datetime.timedelta(
                days=ORDER_DAYS_AGO[round_], hours=3 * group + 1
            )
            Order.objects.filter(pk=order.pk).update(date_placed=when)
            for code in members:
                state = ORDER_STATES[(round_ + codes.index(code)) % len(ORDER_STATES)]
                _seller_moves(order, shops[code], state, placed)
    return placed


@transaction.atomic
def shop_seed(*, images: bool = True) -> dict:
    """Create the demo shops, categories, products, reviews, questions and
    orders; safe to run twice."""
    classes = product_classes_ensure()
    for buyer in BUYERS:
        _user(*buyer)
    shops = _shops()
    categories = _categories()
    created = 0
    for index, (code, title, category_slug, price, stock, description) in enumerate(
        PRODUCTS, 1
    ):
        upc = f"DEMO-{index:03d}"
        service = stock is None
        product, was_created = Product.objects.get_or_create(
            upc=upc,
            defaults={
                "title": title,
                "description": description,
                "product_class": classes[SERVICE if service else PHYSICAL],
                "is_public": True,
                "review_status": Product.Review.APPROVED,
                "inquiry_only": title in INQUIRY_ONLY,
            },
        )
        created += was_created
        StockRecord.objects.get_or_create(
            product=product,
            partner=shops[code],
            defaults={
                "partner_sku": upc,
                "price": None if title in INQUIRY_ONLY else Decimal(price),
                "num_in_stock": stock,
                # The level below which the overview warns the seller.
                "low_stock_threshold": None if service else LOW_STOCK_LEVEL,
            },
        )
        category = categories[category_slug]
        ProductCategory.objects.get_or_create(product=product, category=category)
        if images and not product.images.exists():
            root = category.path[: Category.steplen]
            root_slug = next(slug for slug, c in categories.items() if c.path == root)
            picture = product_picture(title, root_slug, index)
            picture.name = f"{upc.lower()}.jpg"
            ProductImage.objects.create(
                product=product,
                original=picture,
                caption=title,
                display_order=0,
            )
    from users.models import User

    reviews = 0
    for title, email, score, review_title, body in REVIEWS:
        product = Product.objects.filter(title=title, upc__startswith="DEMO-").first()
        reviewer = User.objects.filter(email=email).first()
        if product is None or reviewer is None:
            continue
        _review, made = ProductReview.objects.get_or_create(
            product=product,
            user=reviewer,
            defaults={"score": score, "title": review_title, "body": body},
        )
        reviews += made
    return {
        "shops": len(shops),
        "products": len(PRODUCTS),
        "created": created,
        "reviews": reviews,
        "inquiries": _inquiries(),
        "orders": _orders(shops),
    }


def seed() -> str:
    return (
        "Marketplace ready: {shops} shops, {products} products, "
        "{orders} new orders, {inquiries} new questions.".format(**shop_seed())
    )
