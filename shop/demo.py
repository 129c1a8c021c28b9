"""Demo marketplace: shops across Spain and Portugal, their products and services.

Idempotent: shops are found by code, products by UPC, images and reviews are
added only once. Images are drawn locally with Pillow (no downloads).
"""

import io
import unicodedata
from decimal import Decimal

from allauth.account.models import EmailAddress
from django.core.files.base import ContentFile
from django.db import transaction
from oscar.core.loading import get_model

from shop.services.catalogue import PHYSICAL, SERVICE, product_classes_ensure

DEMO_PASSWORD = "rumbo-demo-2026"

Partner = get_model("partner", "Partner")
StockRecord = get_model("partner", "StockRecord")
Product = get_model("catalogue", "Product")
ProductImage = get_model("catalogue", "ProductImage")
Category = get_model("catalogue", "Category")
ProductCategory = get_model("catalogue", "ProductCategory")
ProductReview = get_model("reviews", "ProductReview")

# code, name, owner email, owner name, language, country, city, region, offer
SHOPS = [
    (
        "ceramica-aljaraque",
        "Cerámica Aljaraque",
        "seller01@rumbo.example",
        "Lola Márquez",
        "es",
        "ES",
        "Aljaraque",
        "es-an",
        "Cerámica y azulejo pintado a mano",
    ),
    (
        "sabores-de-la-sierra",
        "Sabores de la Sierra",
        "seller02@rumbo.example",
        "Manuel Ortega",
        "es",
        "ES",
        "Aracena",
        "es-an",
        "Jamón, quesos y miel de la sierra",
    ),
    (
        "dehesa-viva",
        "Dehesa Viva",
        "seller03@rumbo.example",
        "Inés Gallardo",
        "es",
        "ES",
        "Cáceres",
        "es-ex",
        "Productos de la dehesa y turismo rural",
    ),
    (
        "taller-lavapies",
        "Taller Lavapiés",
        "seller04@rumbo.example",
        "Amina Diallo",
        "es",
        "ES",
        "Madrid",
        "es-md",
        "Textil africano y costura a medida",
    ),
    (
        "ria-de-vigo",
        "Conservas Ría de Vigo",
        "seller05@rumbo.example",
        "Xoán Pereira",
        "es",
        "ES",
        "Vigo",
        "es-ga",
        "Conservas del mar y rutas por la ría",
    ),
    (
        "horta-valenciana",
        "Horta Valenciana",
        "seller06@rumbo.example",
        "Carmen Llorens",
        "es",
        "ES",
        "Valencia",
        "es-vc",
        "Cítricos, arroz y asesoría agrícola",
    ),
    (
        "cortica-do-alentejo",
        "Cortiça do Alentejo",
        "seller07@rumbo.example",
        "Rui Fonseca",
        "pt",
        "PT",
        "Évora",
        "pt-al",
        "Artesanato em cortiça e azeite",
    ),
    (
        "lisboa-criativa",
        "Lisboa Criativa",
        "seller08@rumbo.example",
        "Beatriz Santos",
        "pt",
        "PT",
        "Lisboa",
        "pt-li",
        "Design, consultoria e passeios pela cidade",
    ),
    (
        "porto-sabores",
        "Porto Sabores",
        "seller09@rumbo.example",
        "Tiago Moreira",
        "pt",
        "PT",
        "Porto",
        "pt-no",
        "Vinhos, doces conventuais e provas",
    ),
    (
        "algarve-mar",
        "Algarve Mar e Sal",
        "ana@rumbo.example",
        "Ana Martins",
        "pt",
        "PT",
        "Faro",
        "pt-fa",
        "Flor de sal, algas e passeios na Ria Formosa",
    ),
]

# slug, name, parent slug
CATEGORIES = [
    ("alimentacion", "Alimentación", None),
    ("dulces-y-miel", "Dulces y miel", "alimentacion"),
    ("conservas-y-aceite", "Conservas y aceite", "alimentacion"),
    ("bebidas", "Vinos y bebidas", "alimentacion"),
    ("artesania", "Artesanía", None),
    ("ceramica", "Cerámica", "artesania"),
    ("textil", "Textil y moda", "artesania"),
    ("servicios", "Servicios", None),
    ("turismo", "Turismo y experiencias", "servicios"),
    ("asesoria", "Asesoría y formación", "servicios"),
]

# shop code, title, category slug, price, stock (None = service), description
PRODUCTS = [
    (
        "ceramica-aljaraque",
        "Jarra de cerámica pintada a mano",
        "ceramica",
        "32.00",
        8,
        "Jarra de barro de un litro, pintada con motivos marineros de la costa de Huelva. Apta para lavavajillas.",
    ),
    (
        "ceramica-aljaraque",
        "Juego de 4 cuencos de barro",
        "ceramica",
        "28.50",
        12,
        "Cuencos torneados en nuestro taller de Aljaraque, esmaltados en azul cobalto.",
    ),
    (
        "ceramica-aljaraque",
        "Azulejo personalizado con nombre",
        "ceramica",
        "18.00",
        30,
        "Azulejo de 15x15 cm con el nombre o la frase que elijas, cocido a 1000 grados.",
    ),
    (
        "ceramica-aljaraque",
        "Plato decorativo de Huelva",
        "ceramica",
        "24.00",
        10,
        "Plato de 30 cm con la ría y las marismas del Odiel pintadas a pincel.",
    ),
    (
        "ceramica-aljaraque",
        "Taller de cerámica para principiantes",
        "asesoria",
        "45.00",
        None,
        "Tres horas de torno y modelado en nuestro taller; te llevas tu pieza cocida una semana después.",
    ),
    (
        "ceramica-aljaraque",
        "Portavelas de barro calado",
        "ceramica",
        "15.00",
        20,
        "Portavelas calado a mano que proyecta estrellas en la pared.",
    ),
    (
        "sabores-de-la-sierra",
        "Miel de castaño de Aracena",
        "dulces-y-miel",
        "9.50",
        40,
        "Miel cruda de castaño, oscura y de sabor intenso, recogida en la Sierra de Aracena. Tarro de 500 g.",
    ),
    (
        "sabores-de-la-sierra",
        "Queso de cabra curado",
        "conservas-y-aceite",
        "14.00",
        25,
        "Queso de leche cruda de cabra payoya, curado seis meses en cueva. Pieza de 800 g.",
    ),
    (
        "sabores-de-la-sierra",
        "Paleta ibérica de bellota loncheada",
        "conservas-y-aceite",
        "39.00",
        15,
        "Sobres de 100 g loncheados a cuchillo, de cerdos criados en montanera.",
    ),
    (
        "sabores-de-la-sierra",
        "Mermelada de higo y canela",
        "dulces-y-miel",
        "5.80",
        50,
        "Mermelada artesana con higos de la sierra, sin conservantes. Tarro de 250 g.",
    ),
    (
        "sabores-de-la-sierra",
        "Ruta de setas por la sierra",
        "turismo",
        "30.00",
        None,
        "Paseo guiado de cuatro horas para reconocer setas de otoño, con degustación final.",
    ),
    (
        "sabores-de-la-sierra",
        "Polen de abeja ecológico",
        "dulces-y-miel",
        "8.00",
        30,
        "Polen seco de nuestras colmenas en flor de jara y romero. Bote de 200 g.",
    ),
    (
        "dehesa-viva",
        "Aceite de oliva virgen extra de la dehesa",
        "conservas-y-aceite",
        "12.90",
        60,
        "Aceite de la variedad manzanilla cacereña, prensado en frío. Botella de 750 ml.",
    ),
    (
        "dehesa-viva",
        "Torta del Casar artesana",
        "conservas-y-aceite",
        "16.50",
        18,
        "Queso de oveja de pasta blanda, para tomar con cuchara. Pieza de 500 g.",
    ),
    (
        "dehesa-viva",
        "Pimentón de la Vera dulce",
        "conservas-y-aceite",
        "4.50",
        80,
        "Pimentón ahumado con leña de encina, en lata de 75 g.",
    ),
    (
        "dehesa-viva",
        "Fin de semana en casa rural",
        "turismo",
        "180.00",
        None,
        "Dos noches para dos personas en una casa de piedra en plena dehesa, con desayuno.",
    ),
    (
        "dehesa-viva",
        "Observación de aves en Monfragüe",
        "turismo",
        "35.00",
        None,
        "Salida de media jornada con guía ornitólogo y prismáticos incluidos.",
    ),
    (
        "dehesa-viva",
        "Cesta de productos extremeños",
        "conservas-y-aceite",
        "55.00",
        10,
        "Aceite, pimentón, torta, chorizo y dulces de convento en cesta de mimbre.",
    ),
    (
        "taller-lavapies",
        "Bolso de tela wax",
        "textil",
        "35.00",
        14,
        "Bolso cosido en Madrid con tela wax de Senegal, forrado y con bolsillo interior.",
    ),
    (
        "taller-lavapies",
        "Turbante estampado",
        "textil",
        "18.00",
        25,
        "Turbante de algodón con estampado africano, talla única.",
    ),
    (
        "taller-lavapies",
        "Arreglos de ropa a domicilio",
        "asesoria",
        "15.00",
        None,
        "Recogemos y devolvemos tu ropa en Madrid centro. Precio por prenda sencilla.",
    ),
    (
        "taller-lavapies",
        "Camisa de lino a medida",
        "textil",
        "65.00",
        6,
        "Camisa de lino cortada a tus medidas, con botones de coco.",
    ),
    (
        "taller-lavapies",
        "Curso de costura básica",
        "asesoria",
        "90.00",
        None,
        "Cuatro sesiones de dos horas para aprender a usar la máquina de coser.",
    ),
    (
        "taller-lavapies",
        "Cojín de tela kente",
        "textil",
        "22.00",
        20,
        "Funda de cojín de 45x45 cm con relleno, tejido kente de Ghana.",
    ),
    (
        "ria-de-vigo",
        "Mejillones en escabeche",
        "conservas-y-aceite",
        "6.90",
        70,
        "Mejillones de batea de la ría de Vigo en escabeche gallego. Lata de 115 g.",
    ),
    (
        "ria-de-vigo",
        "Ventresca de bonito del norte",
        "conservas-y-aceite",
        "11.50",
        40,
        "Ventresca en aceite de oliva, elaborada a mano. Lata de 110 g.",
    ),
    (
        "ria-de-vigo",
        "Pulpo a la gallega en lata",
        "conservas-y-aceite",
        "8.40",
        35,
        "Pulpo cocido con pimentón y aceite, listo para servir.",
    ),
    (
        "ria-de-vigo",
        "Paseo en velero por la ría",
        "turismo",
        "60.00",
        None,
        "Dos horas a vela entre bateas hasta las islas Cíes, con degustación de mejillón.",
    ),
    (
        "ria-de-vigo",
        "Albariño Rías Baixas",
        "bebidas",
        "13.00",
        30,
        "Vino blanco de uva albariño, afrutado y fresco. Botella de 75 cl.",
    ),
    (
        "ria-de-vigo",
        "Lote de conservas gallegas",
        "conservas-y-aceite",
        "34.00",
        15,
        "Seis latas variadas: mejillón, berberecho, sardinilla, pulpo, bonito y zamburiña.",
    ),
    (
        "horta-valenciana",
        "Caja de naranjas de Valencia 10 kg",
        "alimentacion",
        "19.90",
        50,
        "Naranjas navel recién recogidas del árbol, sin tratamientos poscosecha.",
    ),
    (
        "horta-valenciana",
        "Arroz bomba de la Albufera",
        "alimentacion",
        "5.20",
        90,
        "Arroz bomba con denominación de origen, ideal para paella. Saco de 1 kg.",
    ),
    (
        "horta-valenciana",
        "Horchata de chufa artesana",
        "bebidas",
        "4.00",
        40,
        "Horchata natural de chufa de Alboraya, botella de 1 litro.",
    ),
    (
        "horta-valenciana",
        "Asesoría para huertos ecológicos",
        "asesoria",
        "50.00",
        None,
        "Visita a tu terreno y plan de cultivo ecológico por temporadas.",
    ),
    (
        "horta-valenciana",
        "Visita guiada a la huerta",
        "turismo",
        "20.00",
        None,
        "Recorrido en bicicleta por la huerta de Valencia con almuerzo valenciano.",
    ),
    (
        "horta-valenciana",
        "Mermelada de naranja amarga",
        "dulces-y-miel",
        "5.50",
        45,
        "Confitura de naranja amarga de la huerta, receta de la abuela.",
    ),
    (
        "cortica-do-alentejo",
        "Carteira em cortiça",
        "textil",
        "29.00",
        20,
        "Carteira feita à mão com cortiça do Alentejo, leve e resistente à água.",
    ),
    (
        "cortica-do-alentejo",
        "Base para tachos em cortiça",
        "artesania",
        "9.00",
        40,
        "Conjunto de duas bases redondas de cortiça natural, 20 cm.",
    ),
    (
        "cortica-do-alentejo",
        "Azeite Alentejano DOP",
        "conservas-y-aceite",
        "11.00",
        50,
        "Azeite virgem extra de Moura, frutado e suave. Garrafa de 500 ml.",
    ),
    (
        "cortica-do-alentejo",
        "Visita a um montado de sobro",
        "turismo",
        "25.00",
        None,
        "Passeio de duas horas para conhecer a extração da cortiça e o montado.",
    ),
    (
        "cortica-do-alentejo",
        "Chapéu de cortiça",
        "textil",
        "38.00",
        8,
        "Chapéu de verão forrado a cortiça, tamanho ajustável.",
    ),
    (
        "cortica-do-alentejo",
        "Queijo de Évora curado",
        "conservas-y-aceite",
        "13.50",
        16,
        "Queijo de ovelha curado, de sabor picante. Peça de 300 g.",
    ),
    (
        "lisboa-criativa",
        "Azulejo de Lisboa reproduzido",
        "ceramica",
        "16.00",
        30,
        "Réplica de azulejo pombalino, pintado à mão num atelier de Alfama.",
    ),
    (
        "lisboa-criativa",
        "Consultoria de marca para pequenos negócios",
        "asesoria",
        "120.00",
        None,
        "Sessão de três horas para definir o nome, o logótipo e a voz da tua marca.",
    ),
    (
        "lisboa-criativa",
        "Passeio fotográfico por Alfama",
        "turismo",
        "30.00",
        None,
        "Duas horas pelas ruas de Alfama com uma fotógrafa profissional.",
    ),
    (
        "lisboa-criativa",
        "Caderno com capa de azulejo",
        "artesania",
        "12.00",
        35,
        "Caderno A5 de papel reciclado com capa inspirada nos azulejos de Lisboa.",
    ),
    (
        "lisboa-criativa",
        "Gravura do elétrico 28",
        "artesania",
        "25.00",
        15,
        "Gravura numerada em papel de algodão, 30x40 cm.",
    ),
    (
        "lisboa-criativa",
        "Criação de loja online",
        "asesoria",
        "350.00",
        None,
        "Montamos a tua loja online com fotografias e textos em português e inglês.",
    ),
    (
        "porto-sabores",
        "Vinho do Porto Tawny 10 anos",
        "bebidas",
        "24.00",
        25,
        "Vinho do Porto envelhecido em casco, notas de frutos secos e caramelo.",
    ),
    (
        "porto-sabores",
        "Pastéis de nata congelados (12)",
        "dulces-y-miel",
        "14.00",
        20,
        "Doze pastéis de nata prontos a ir ao forno, massa folhada artesanal.",
    ),
    (
        "porto-sabores",
        "Prova de vinhos em Vila Nova de Gaia",
        "turismo",
        "40.00",
        None,
        "Visita a uma cave e prova de quatro vinhos do Porto com petiscos.",
    ),
    (
        "porto-sabores",
        "Doce de ovos moles",
        "dulces-y-miel",
        "9.00",
        30,
        "Ovos moles de Aveiro em barrica de madeira pintada.",
    ),
    (
        "porto-sabores",
        "Vinho Verde Alvarinho",
        "bebidas",
        "11.00",
        30,
        "Vinho branco fresco de Monção e Melgaço, garrafa de 75 cl.",
    ),
    (
        "porto-sabores",
        "Curso de cozinha do norte",
        "asesoria",
        "55.00",
        None,
        "Aprende a fazer francesinha e caldo verde numa tarde.",
    ),
    (
        "algarve-mar",
        "Flor de sal da Ria Formosa",
        "conservas-y-aceite",
        "6.50",
        60,
        "Flor de sal colhida à mão nas salinas de Olhão. Frasco de 150 g.",
    ),
    (
        "algarve-mar",
        "Sal com ervas aromáticas",
        "conservas-y-aceite",
        "7.50",
        45,
        "Flor de sal com alecrim, orégãos e piri-piri.",
    ),
    (
        "algarve-mar",
        "Passeio de barco na Ria Formosa",
        "turismo",
        "28.00",
        None,
        "Três horas pelas ilhas da Ria Formosa com observação de aves e banho na Ilha Deserta.",
    ),
    (
        "algarve-mar",
        "Algas desidratadas para cozinha",
        "conservas-y-aceite",
        "8.90",
        30,
        "Mistura de algas atlânticas para sopas e saladas, saco de 50 g.",
    ),
    (
        "algarve-mar",
        "Doce de alfarroba e amêndoa",
        "dulces-y-miel",
        "7.00",
        25,
        "Doces tradicionais do Algarve feitos com alfarroba e amêndoa.",
    ),
    (
        "algarve-mar",
        "Mentoria para vender online",
        "asesoria",
        "0.00",
        None,
        "Uma sessão gratuita de uma hora para quem está a começar a vender na Rumbo.",
    ),
    (
        "algarve-mar",
        "Cesto de produtos do Algarve",
        "alimentacion",
        "42.00",
        10,
        "Flor de sal, medronho, figos secos, doces de amêndoa e azeite.",
    ),
    (
        "dehesa-viva",
        "Consultoría para turismo rural",
        "asesoria",
        "0.00",
        None,
        "Precio según proyecto: pide presupuesto para abrir tu casa rural.",
    ),
    (
        "ceramica-aljaraque",
        "Encargo de mural cerámico",
        "ceramica",
        "0.00",
        None,
        "Murales de azulejo para fachadas y comercios. Precio según medidas.",
    ),
]

# Products priced on request: buyers ask the seller instead of buying.
INQUIRY_ONLY = {"Consultoría para turismo rural", "Encargo de mural cerámico"}

REVIEWS = [
    (
        "Miel de castaño de Aracena",
        "karim@rumbo.example",
        5,
        "Buenísima",
        "Sabor intenso, llegó muy bien embalada.",
    ),
    (
        "Miel de castaño de Aracena",
        "grace@rumbo.example",
        4,
        "Very good honey",
        "Dark and rich. Shipping took a few days.",
    ),
    (
        "Jarra de cerámica pintada a mano",
        "joao@rumbo.example",
        5,
        "Linda",
        "Ainda mais bonita ao vivo.",
    ),
    (
        "Passeio de barco na Ria Formosa",
        "karim@rumbo.example",
        5,
        "Experiencia preciosa",
        "Ana conoce cada rincón de la ría.",
    ),
    (
        "Bolso de tela wax",
        "ana@rumbo.example",
        4,
        "Muito prático",
        "Tecido lindo e boas costuras.",
    ),
    (
        "Vinho do Porto Tawny 10 anos",
        "grace@rumbo.example",
        5,
        "Perfect gift",
        "Lovely tawny, well packed.",
    ),
]

PALETTES = {
    "alimentacion": ((244, 162, 97), (231, 111, 81)),
    "artesania": ((11, 93, 99), (42, 157, 143)),
    "servicios": ((91, 106, 191), (142, 202, 230)),
}


def _user(email: str, name: str, language: str, country: str):
    from users.models import User

    user, created = User.objects.get_or_create(
        email=email,
        defaults={
            "display_name": name,
            "preferred_language": language,
            "country": country,
        },
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save()
    EmailAddress.objects.get_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    return user


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


def _shops() -> dict:
    shops = {}
    for code, name, email, owner, language, country, city, region, offer in SHOPS:
        user = _user(email, owner, language, country)
        partner, _created = Partner.objects.update_or_create(
            code=code,
            defaults={
                "name": name,
                "city": city,
                "region": region,
                "offer": offer,
                "languages": [language, "en"],
                "description": f"{offer}. {city}.",
                "public_email": email,
                "trader_legal_name": f"{owner} ({name})",
                "trader_address": f"{city}, {'España' if country == 'ES' else 'Portugal'}",
                "trader_email": email,
                "trader_phone": "+34 600 000 000"
                if country == "ES"
                else "+351 910 000 000",
                "trader_registration": f"DEMO-{code.upper()[:12]}",
                "trader_compliance": True,
                "trader_status": Partner.TraderStatus.APPROVED,
                "products_need_approval": False,
                "created_by": user,
            },
        )
        partner.users.add(user)
        shops[code] = partner
    return shops


@transaction.atomic
def shop_seed(*, images: bool = True) -> dict:
    """Create the demo shops, categories, products and reviews; safe to run twice."""
    classes = product_classes_ensure()
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
    }
