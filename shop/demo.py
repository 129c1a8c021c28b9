"""Demo marketplace: shops across Spain and Portugal, their products and services,
orders from demo buyers in every state and questions waiting for an answer.

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

from allauth.account.models import EmailAddress
from django.core.files.base import ContentFile
from django.db import transaction
from oscar.core.loading import get_model

from shop.models import Inquiry, InquiryReply
from shop.sellers import inquiries, services
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
        2,
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
        2,
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
        2,
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
        2,
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
        2,
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
        2,
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
        2,
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
        2,
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
        2,
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
        2,
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
    # Added later (new UPCs at the end, so earlier ones keep theirs): every
    # shop offers something on request, so every demo seller gets questions.
    (
        "sabores-de-la-sierra",
        "Cestas de regalo para empresas",
        "dulces-y-miel",
        "0.00",
        None,
        "Cestas con nuestros productos y tu tarjeta, para clientes y equipos. Precio según cantidad.",
    ),
    (
        "taller-lavapies",
        "Uniformes para tu negocio",
        "textil",
        "0.00",
        None,
        "Delantales, camisas y batas con tela africana para bares, tiendas y talleres.",
    ),
    (
        "ria-de-vigo",
        "Conservas con tu marca",
        "conservas-y-aceite",
        "0.00",
        None,
        "Latas con etiqueta personalizada para bodas, eventos y empresas, desde 50 unidades.",
    ),
    (
        "horta-valenciana",
        "Paella para grupos",
        "turismo",
        "0.00",
        None,
        "Cocinamos paella de leña en tu evento, de 20 a 200 personas.",
    ),
    (
        "cortica-do-alentejo",
        "Brindes em cortiça para empresas",
        "artesania",
        "0.00",
        None,
        "Porta-chaves, bases e cadernos em cortiça com o teu logótipo.",
    ),
    (
        "lisboa-criativa",
        "Identidade visual completa",
        "asesoria",
        "0.00",
        None,
        "Nome, logótipo, cores e modelos para redes sociais. Orçamento à medida.",
    ),
    (
        "porto-sabores",
        "Provas de vinho para empresas",
        "turismo",
        "0.00",
        None,
        "Provas privadas na tua empresa ou na nossa cave, para grupos de 8 a 40.",
    ),
    (
        "algarve-mar",
        "Passeio privado de barco para grupos",
        "turismo",
        "0.00",
        None,
        "O barco só para o teu grupo, com o percurso que escolheres pela Ria Formosa.",
    ),
]

# Products priced on request: buyers ask the seller instead of buying.
INQUIRY_ONLY = {
    "Consultoría para turismo rural",
    "Encargo de mural cerámico",
    "Cestas de regalo para empresas",
    "Uniformes para tu negocio",
    "Conservas con tu marca",
    "Paella para grupos",
    "Brindes em cortiça para empresas",
    "Identidade visual completa",
    "Provas de vinho para empresas",
    "Passeio privado de barco para grupos",
}
# Every physical product warns its seller at this many left; one product per
# shop is already there (the overview flags it).
LOW_STOCK_LEVEL = 3
LOW_STOCK = {
    "Plato decorativo de Huelva",
    "Paleta ibérica de bellota loncheada",
    "Cesta de productos extremeños",
    "Camisa de lino a medida",
    "Lote de conservas gallegas",
    "Mermelada de naranja amarga",
    "Chapéu de cortiça",
    "Gravura do elétrico 28",
    "Pastéis de nata congelados (12)",
    "Cesto de produtos do Algarve",
}

# Shipping each shop charges: flat rate, free from (None: never free).
SHIPPING = {
    "ceramica-aljaraque": ("5.90", "60.00"),
    "sabores-de-la-sierra": ("4.90", "45.00"),
    "dehesa-viva": ("4.50", None),
    "taller-lavapies": ("3.90", "50.00"),
    "ria-de-vigo": ("4.90", "40.00"),
    "horta-valenciana": ("6.50", "50.00"),
    "cortica-do-alentejo": ("4.00", None),
    "lisboa-criativa": ("3.50", "35.00"),
    "porto-sabores": ("5.00", "60.00"),
    "algarve-mar": ("4.50", "40.00"),
}

STAFF = ("staff@rumbo.example", "Lucía (programme staff)", "es", "ES")
# Demo buyers (seed_demo creates them first with their region; created here
# only when the shop seed runs alone).
BUYERS = [
    ("karim@rumbo.example", "Karim Benali", "es", "ES"),
    ("grace@rumbo.example", "Grace Okafor", "en", "ES"),
    ("joao@rumbo.example", "João Silva", "pt", "PT"),
]

# Questions about products offered on request: title, buyer, question and the
# seller's answer (None: it waits for one, as each shop has at least one).
INQUIRIES = [
    (
        "Encargo de mural cerámico",
        "karim@rumbo.example",
        "¿Hacéis murales de 2 × 1 m para la fachada de un bar en Lepe? ¿Qué plazo tenéis?",
        "Sí, en unas cuatro semanas. Mándanos una foto de la pared y te damos precio.",
    ),
    (
        "Encargo de mural cerámico",
        "grace@rumbo.example",
        "Could you make a small tiled sign with our house name?",
        None,
    ),
    (
        "Cestas de regalo para empresas",
        "karim@rumbo.example",
        "Necesito 25 cestas para Navidad, ¿qué incluiríais por unos 40 € cada una?",
        None,
    ),
    (
        "Consultoría para turismo rural",
        "joao@rumbo.example",
        "Quero abrir uma casa rural perto de Marvão. Fazem consultoria em Portugal?",
        None,
    ),
    (
        "Uniformes para tu negocio",
        "grace@rumbo.example",
        "We need 6 aprons for a café in Madrid. Can you send fabric samples?",
        None,
    ),
    (
        "Conservas con tu marca",
        "karim@rumbo.example",
        "¿Cuál es el mínimo para latas con etiqueta de boda? Somos 120 invitados.",
        "El mínimo son 50 latas; para 120 te preparamos un presupuesto hoy mismo.",
    ),
    (
        "Conservas con tu marca",
        "joao@rumbo.example",
        "Fazem latas com etiqueta para um evento de empresa em Vigo?",
        None,
    ),
    (
        "Paella para grupos",
        "grace@rumbo.example",
        "Paella for 40 people in Alboraya in June: is it possible?",
        None,
    ),
    (
        "Brindes em cortiça para empresas",
        "joao@rumbo.example",
        "Preciso de 100 porta-chaves com o logótipo da minha associação.",
        None,
    ),
    (
        "Identidade visual completa",
        "karim@rumbo.example",
        "Estoy abriendo una tienda de bicis en Faro. ¿Hacéis el logo y la web?",
        None,
    ),
    (
        "Provas de vinho para empresas",
        "grace@rumbo.example",
        "A tasting for 12 colleagues in Porto next month?",
        "Of course: Thursday or Friday evenings work best. How many will drive?",
    ),
    (
        "Provas de vinho para empresas",
        "karim@rumbo.example",
        "¿Hacéis la cata en español?",
        None,
    ),
    (
        "Passeio privado de barco para grupos",
        "joao@rumbo.example",
        "Um passeio para 10 pessoas no dia 20, de manhã?",
        None,
    ),
]

# Demo orders: shop lines move to these states, round by round (see _orders).
ORDER_STATES = ["awaiting", "paid", "shipped", "completed", "cancelled"]
ORDER_GROUPS = [3, 3, 2, 2]  # shops per order in each round: 10 shops
ORDER_DAYS_AGO = [1, 4, 9, 16, 25]  # when each round's orders were placed
CARRIERS = ["Correos", "SEUR", "CTT", "MRW", "GLS"]
ADDRESSES = {
    "karim@rumbo.example": ("Karim", "Benali", "Calle Real 12", "Lepe", "21440", "ES"),
    "grace@rumbo.example": (
        "Grace",
        "Okafor",
        "Avenida de la Playa 3",
        "Palos de la Frontera",
        "21810",
        "ES",
    ),
    "joao@rumbo.example": (
        "João",
        "Silva",
        "Rua do Comércio 8",
        "Faro",
        "8000-250",
        "PT",
    ),
}

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
