"""A demo-like marketplace and the public shop pages a buyer walks through.

Shared by the language check (tests/shop/test_shop_spanish.py, through the
test client) and the accessibility journey (tests/e2e/test_shop_a11y.py, in a
browser): two sellers, one in Huelva with a free-shipping threshold and one in
the Algarve without, products with photos, a service, reviews and a
certificate earned on Rumbo.
"""

import io
from dataclasses import dataclass
from decimal import Decimal

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from oscar.core.loading import get_model
from PIL import Image

from tests.factories import UserFactory
from tests.factories import shop as shop_factories

Partner = get_model("partner", "Partner")
ProductImage = get_model("catalogue", "ProductImage")
ProductReview = get_model("reviews", "ProductReview")

BUYER_EMAIL = "lucia.gomez@example.org"
# A guest's shipping address in Spain, and one in Portugal.
ADDRESS_ES = {
    "first_name": "Lucía",
    "last_name": "Gómez",
    "line1": "Calle Real 5",
    "line4": "Huelva",
    "postcode": "21001",
    "country": "ES",
    "phone_number": "",
}
ADDRESS_PT = {
    "first_name": "João",
    "last_name": "Silva",
    "line1": "Rua do Sol 12",
    "line4": "Faro",
    "postcode": "8000-123",
    "country": "PT",
    "phone_number": "",
}


@dataclass
class Market:
    lola: object  # Cerámica Lola, Huelva: 4,90 € shipping, free from 50 €
    mel: object  # Mel da Serra, Algarve: 3,50 € shipping, never free
    category: object
    subcategory: object
    mug: object
    jug: object
    honey: object
    workshop: object  # a service: never pays shipping
    reviewer: object


def _png(colour, name="photo.png") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (320, 240), colour).save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def marketplace() -> Market:
    from courses.certificates.models import Certificate

    crafts = shop_factories.category("Artesanía")
    ceramics = shop_factories.category("Cerámica", parent=crafts)
    lola_owner = UserFactory(display_name="Lola Márquez")
    lola = shop_factories.seller(
        user=lola_owner, name="Cerámica Lola", city="Aljaraque", code="ceramica-lola"
    )
    lola.offer = "Cerámica hecha a mano en Huelva"
    lola.description = "Tazas, jarras y platos torneados a mano en nuestro taller."
    lola.languages = ["es", "pt"]
    lola.public_email = "hola@ceramica-lola.example"
    lola.shipping_flat_rate = Decimal("4.90")
    lola.free_shipping_over = Decimal("50.00")
    lola.save()
    mel = shop_factories.seller(
        name="Mel da Serra",
        city="Loulé",
        region=Partner.Region.ALGARVE,
        code="mel-da-serra",
    )
    mel.offer = "Mel de rosmaninho do Algarve"
    mel.shipping_flat_rate = Decimal("3.50")
    mel.free_shipping_over = None
    mel.save()
    # A long course title: the storefront's badges must wrap on phones.
    Certificate.objects.create(
        user=lola_owner,
        learner_name="Lola Márquez",
        course_title="Comercialización digital para emprendedoras y emprendedores",
        hours=20,
        language="es",
    )

    mug = shop_factories.product(
        lola,
        title="Taza de barro",
        price="12.50",
        stock=8,
        category=ceramics,
        description="<p>Taza de barro esmaltada, 300 ml.</p>",
    )
    jug = shop_factories.product(lola, title="Jarra azul", price="30.00", stock=3)
    honey = shop_factories.product(
        mel, title="Mel de rosmaninho", price="8.00", stock=20, category=crafts
    )
    workshop = shop_factories.product(
        lola, title="Taller de torno", price="40.00", service=True, category=crafts
    )
    for item, colour in (
        (mug, (180, 90, 60)),
        (jug, (40, 90, 160)),
        (honey, (220, 170, 40)),
    ):
        ProductImage.objects.create(
            product=item, original=_png(colour), display_order=0
        )

    reviewer = UserFactory(display_name="Marta Ruiz")
    for n, (score, title) in enumerate(
        ((5, "Preciosa y resistente"), (4, "Muy bonita"))
    ):
        ProductReview.objects.create(
            product=mug,
            user=reviewer if n == 0 else UserFactory(),
            score=score,
            title=title,
            body="La uso cada mañana y sigue como el primer día.",
            status=ProductReview.APPROVED,
        )
    mug.refresh_from_db()
    return Market(
        lola=lola,
        mel=mel,
        category=crafts,
        subcategory=ceramics,
        mug=mug,
        jug=jug,
        honey=honey,
        workshop=workshop,
        reviewer=reviewer,
    )


def catalogue_pages(market: Market) -> list[tuple[str, str]]:
    """(name, path) of the pages anyone sees, in the active language."""
    review = market.mug.reviews.order_by("pk").first()
    product_kwargs = {"product_slug": market.mug.slug, "product_pk": market.mug.pk}
    return [
        ("catalogue", reverse("catalogue:index")),
        ("category", market.subcategory.get_absolute_url()),
        ("search", reverse("search:search") + "?q=taza"),
        ("product", market.mug.get_absolute_url()),
        ("service", market.workshop.get_absolute_url()),
        ("reviews", reverse("catalogue:reviews-list", kwargs=product_kwargs)),
        (
            "review",
            reverse(
                "catalogue:reviews-detail", kwargs={**product_kwargs, "pk": review.pk}
            ),
        ),
        ("review-form", reverse("catalogue:reviews-add", kwargs=product_kwargs)),
        ("basket-empty", reverse("basket:summary")),
        ("sellers", reverse("shop:sellers")),
        ("storefront", reverse("shop:storefront", kwargs={"slug": market.lola.code})),
    ]
