"""Demo catalogue content in Spanish, European Portuguese and English.

Data only: `courses.demo` turns it into topics, instructors, course pages,
lessons and exams. Modelled on the training of Ruta CECE (business management,
marketing, financing, e-commerce, languages, tourism) for entrepreneurs in
Huelva and the Algarve.
"""

LANGS = ("es", "pt", "en")

# key: names per language, and the two colours of its cover gradient.
TOPICS = {
    "gestion": (
        {
            "es": "Gestión empresarial",
            "pt": "Gestão empresarial",
            "en": "Business management",
        },
        ("#0b5d63", "#2a9d8f"),
    ),
    "marketing": (
        {"es": "Marketing y ventas", "pt": "Marketing e vendas", "en": "Marketing"},
        ("#9c2f55", "#f4a261"),
    ),
    "financiacion": (
        {"es": "Financiación", "pt": "Financiamento", "en": "Financing"},
        ("#264653", "#e9c46a"),
    ),
    "ecommerce": (
        {
            "es": "Comercio electrónico",
            "pt": "Comércio eletrónico",
            "en": "E-commerce",
        },
        ("#3a0ca3", "#4cc9f0"),
    ),
    "idiomas": (
        {
            "es": "Idiomas para emprender",
            "pt": "Línguas para empreender",
            "en": "Languages for business",
        },
        ("#6a4c93", "#ff924c"),
    ),
    "turismo": (
        {
            "es": "Turismo y hostelería",
            "pt": "Turismo e hotelaria",
            "en": "Tourism and hospitality",
        },
        ("#005f73", "#ee9b00"),
    ),
    "legal": (
        {
            "es": "Trámites y fiscalidad",
            "pt": "Burocracia e fiscalidade",
            "en": "Legal and tax",
        },
        ("#343a40", "#8d99ae"),
    ),
    "digital": (
        {
            "es": "Competencias digitales",
            "pt": "Competências digitais",
            "en": "Digital skills",
        },
        ("#1b4332", "#95d5b2"),
    ),
}

INSTRUCTORS = [
    {
        "key": "marta",
        "name": "Marta Ruiz Domínguez",
        "colour": "#0b5d63",
        "role": {
            "es": "Consultora de empresas, La Palma del Condado",
            "pt": "Consultora de empresas, La Palma del Condado",
            "en": "Business consultant, La Palma del Condado",
        },
        "bio": {
            "es": "Marta lleva quince años ayudando a pequeños negocios del Condado "
            "de Huelva a ordenar sus cuentas y su plan de empresa. Ha acompañado a "
            "más de doscientas personas emprendedoras, muchas de ellas recién "
            "llegadas a España.",
            "pt": "A Marta ajuda há quinze anos pequenos negócios do Condado de "
            "Huelva a organizar as contas e o plano de negócio. Já acompanhou mais "
            "de duzentos empreendedores, muitos deles recém-chegados a Espanha.",
            "en": "Marta has spent fifteen years helping small businesses in the "
            "Condado de Huelva put their accounts and business plans in order. She "
            "has mentored more than two hundred entrepreneurs, many of them "
            "newcomers to Spain.",
        },
    },
    {
        "key": "rui",
        "name": "Rui Cavaco",
        "colour": "#9c2f55",
        "role": {
            "es": "Especialista en comercio electrónico, Faro",
            "pt": "Especialista em comércio eletrónico, Faro",
            "en": "E-commerce specialist, Faro",
        },
        "bio": {
            "es": "Rui fundó en Faro una tienda online de productos del Algarve y hoy "
            "forma a comercios locales en venta por internet, pagos y logística "
            "transfronteriza entre Portugal y España.",
            "pt": "O Rui fundou em Faro uma loja online de produtos do Algarve e hoje "
            "forma comerciantes locais em vendas pela internet, pagamentos e "
            "logística transfronteiriça entre Portugal e Espanha.",
            "en": "Rui founded an online shop for Algarve products in Faro and now "
            "trains local retailers in selling online, payments and cross-border "
            "logistics between Portugal and Spain.",
        },
    },
    {
        "key": "amina",
        "name": "Amina Diallo",
        "colour": "#6a4c93",
        "role": {
            "es": "Mentora y técnica de microfinanzas, Lepe",
            "pt": "Mentora e técnica de microfinanças, Lepe",
            "en": "Mentor and microfinance officer, Lepe",
        },
        "bio": {
            "es": "Amina llegó a Lepe desde Senegal en 2009 y abrió su propio taller "
            "de costura. Ahora asesora en microcréditos, ayudas públicas y "
            "presupuestos a quienes empiezan con poco capital.",
            "pt": "A Amina chegou a Lepe vinda do Senegal em 2009 e abriu a sua "
            "própria oficina de costura. Hoje aconselha sobre microcrédito, apoios "
            "públicos e orçamentos quem começa com pouco capital.",
            "en": "Amina came to Lepe from Senegal in 2009 and opened her own "
            "sewing workshop. She now advises people starting with little capital "
            "on microcredit, public grants and budgeting.",
        },
    },
    {
        "key": "daniel",
        "name": "Daniel Ortega Lima",
        "colour": "#264653",
        "role": {
            "es": "Profesor de marketing digital, Palos de la Frontera",
            "pt": "Professor de marketing digital, Palos de la Frontera",
            "en": "Digital marketing lecturer, Palos de la Frontera",
        },
        "bio": {
            "es": "Daniel enseña marketing digital y comunicación a pymes y "
            "asociaciones. Antes dirigió la comunicación de una cooperativa "
            "agrícola que exporta fresas a toda Europa.",
            "pt": "O Daniel ensina marketing digital e comunicação a PME e "
            "associações. Antes dirigiu a comunicação de uma cooperativa agrícola "
            "que exporta morangos para toda a Europa.",
            "en": "Daniel teaches digital marketing and communication to small "
            "businesses and associations. He previously ran communications for a "
            "farming cooperative that exports strawberries across Europe.",
        },
    },
    {
        "key": "helena",
        "name": "Helena Sousa",
        "colour": "#005f73",
        "role": {
            "es": "Formadora de idiomas y turismo, Algarve",
            "pt": "Formadora de línguas e turismo, Algarve",
            "en": "Languages and tourism trainer, Algarve",
        },
        "bio": {
            "es": "Helena es profesora de español y portugués para los negocios y "
            "trabajó diez años en hoteles del Algarve. Prepara a emprendedores para "
            "atender a clientes de ambos lados de la frontera.",
            "pt": "A Helena é professora de espanhol e português para negócios e "
            "trabalhou dez anos em hotéis do Algarve. Prepara empreendedores para "
            "atender clientes dos dois lados da fronteira.",
            "en": "Helena teaches business Spanish and Portuguese and worked for ten "
            "years in Algarve hotels. She prepares entrepreneurs to serve customers "
            "from both sides of the border.",
        },
    },
]

# The catalogue. Each course: key, topic, level, language of instruction, hours,
# instructors, and per language: title, summary, learning outcomes, modules.
# Courses with lessons and an exam are in COMPLETE_COURSES below.
COURSES = [
    # --- Gestión empresarial ---
    {
        "key": "plan-negocio",
        "topic": "gestion",
        "level": "beginner",
        "language": "es",
        "hours": 20,
        "instructors": ["marta"],
        "es": (
            "Tu plan de negocio paso a paso",
            "De la idea al documento que convence a un banco o a un ayuntamiento: "
            "cliente, propuesta de valor, costes, precios y previsión de ventas.",
            [
                "Describir tu cliente y tu propuesta de valor",
                "Calcular tu punto de equilibrio",
                "Redactar un plan de negocio de diez páginas",
            ],
            ["La idea y el cliente", "Números básicos", "El documento final"],
        ),
        "pt": (
            "O seu plano de negócio passo a passo",
            "Da ideia ao documento que convence um banco ou uma câmara municipal: "
            "cliente, proposta de valor, custos, preços e previsão de vendas.",
            [
                "Descrever o seu cliente e a sua proposta de valor",
                "Calcular o seu ponto de equilíbrio",
                "Redigir um plano de negócio de dez páginas",
            ],
            ["A ideia e o cliente", "Números básicos", "O documento final"],
        ),
        "en": (
            "Your business plan, step by step",
            "From the idea to a document that convinces a bank or a city council: "
            "customer, value proposition, costs, prices and sales forecast.",
            [
                "Describe your customer and your value proposition",
                "Work out your break-even point",
                "Write a ten-page business plan",
            ],
            ["The idea and the customer", "Basic numbers", "The final document"],
        ),
    },
    {
        "key": "gestion-diaria",
        "topic": "gestion",
        "level": "intermediate",
        "language": "es",
        "hours": 25,
        "instructors": ["marta"],
        "es": (
            "Gestión diaria de un pequeño negocio",
            "Inventario, proveedores, horarios y tesorería: las rutinas que "
            "mantienen vivo un comercio o un taller.",
            [
                "Organizar compras y stock",
                "Planificar turnos y horarios",
                "Controlar la tesorería semanal",
            ],
            ["Compras y proveedores", "Personas y horarios", "Tesorería"],
        ),
        "pt": (
            "Gestão diária de um pequeno negócio",
            "Inventário, fornecedores, horários e tesouraria: as rotinas que "
            "mantêm vivo um comércio ou uma oficina.",
            [
                "Organizar compras e stock",
                "Planear turnos e horários",
                "Controlar a tesouraria semanal",
            ],
            ["Compras e fornecedores", "Pessoas e horários", "Tesouraria"],
        ),
        "en": (
            "Running a small business day to day",
            "Stock, suppliers, rotas and cash flow: the routines that keep a shop "
            "or a workshop alive.",
            ["Organise purchasing and stock", "Plan shifts", "Track weekly cash"],
            ["Purchasing and suppliers", "People and rotas", "Cash flow"],
        ),
    },
    {
        "key": "cooperativas",
        "topic": "gestion",
        "level": "advanced",
        "language": "pt",
        "hours": 30,
        "instructors": ["marta", "amina"],
        "es": (
            "Cooperativas y economía social",
            "Cómo emprender en grupo: formas jurídicas, reparto de decisiones y "
            "casos de cooperativas de Huelva y el Algarve.",
            [
                "Comparar cooperativa, asociación y sociedad limitada",
                "Redactar unos estatutos básicos",
                "Organizar una asamblea eficaz",
            ],
            ["Formas de emprender en grupo", "Estatutos", "Gobierno y asambleas"],
        ),
        "pt": (
            "Cooperativas e economia social",
            "Como empreender em grupo: formas jurídicas, partilha de decisões e "
            "casos de cooperativas de Huelva e do Algarve.",
            [
                "Comparar cooperativa, associação e sociedade por quotas",
                "Redigir estatutos básicos",
                "Organizar uma assembleia eficaz",
            ],
            ["Formas de empreender em grupo", "Estatutos", "Governo e assembleias"],
        ),
        "en": (
            "Cooperatives and the social economy",
            "Starting a business together: legal forms, shared decisions and "
            "cooperatives from Huelva and the Algarve.",
            [
                "Compare cooperatives, associations and limited companies",
                "Draft basic articles of association",
                "Run an effective general meeting",
            ],
            ["Ways to start together", "Articles of association", "Governance"],
        ),
    },
    # --- Marketing ---
    {
        "key": "marketing-digital",
        "topic": "marketing",
        "level": "beginner",
        "language": "es",
        "hours": 18,
        "instructors": ["daniel"],
        "es": (
            "Marketing digital con poco presupuesto",
            "Redes sociales, ficha de Google y boca a boca: cómo darte a conocer "
            "en tu barrio y en internet sin gastar lo que no tienes.",
            [
                "Definir a quién te diriges",
                "Crear un calendario de publicaciones",
                "Medir qué funciona",
            ],
            ["Tu público", "Canales gratuitos", "Medir y mejorar"],
        ),
        "pt": (
            "Marketing digital com pouco orçamento",
            "Redes sociais, perfil no Google e passa-palavra: como se dar a "
            "conhecer no bairro e na internet sem gastar o que não tem.",
            [
                "Definir a quem se dirige",
                "Criar um calendário de publicações",
                "Medir o que funciona",
            ],
            ["O seu público", "Canais gratuitos", "Medir e melhorar"],
        ),
        "en": (
            "Digital marketing on a shoestring",
            "Social media, your Google profile and word of mouth: how to get known "
            "in your neighbourhood and online without spending what you do not "
            "have.",
            [
                "Define who you are talking to",
                "Build a posting calendar",
                "Measure what works",
            ],
            ["Your audience", "Free channels", "Measure and improve"],
        ),
    },
    {
        "key": "marca",
        "topic": "marketing",
        "level": "intermediate",
        "language": "pt",
        "hours": 15,
        "instructors": ["daniel"],
        "es": (
            "Marca y comunicación para tu proyecto",
            "Nombre, logotipo, tono y relato: una identidad coherente que la gente "
            "recuerde.",
            [
                "Elegir un nombre registrable",
                "Definir el tono de tu marca",
                "Contar tu historia en un minuto",
            ],
            ["Nombre y registro", "Identidad visual", "Relato y pitch"],
        ),
        "pt": (
            "Marca e comunicação para o seu projeto",
            "Nome, logótipo, tom e narrativa: uma identidade coerente de que as "
            "pessoas se lembrem.",
            [
                "Escolher um nome registável",
                "Definir o tom da sua marca",
                "Contar a sua história num minuto",
            ],
            ["Nome e registo", "Identidade visual", "Narrativa e pitch"],
        ),
        "en": (
            "Branding and communication for your project",
            "Name, logo, tone and story: a consistent identity people remember.",
            [
                "Choose a name you can register",
                "Define your brand's tone",
                "Tell your story in one minute",
            ],
            ["Name and registration", "Visual identity", "Story and pitch"],
        ),
    },
    {
        "key": "ventas",
        "topic": "marketing",
        "level": "beginner",
        "language": "es",
        "hours": 12,
        "instructors": ["daniel", "helena"],
        "es": (
            "Técnicas de venta y atención al cliente",
            "Escuchar, proponer y cerrar: la venta cara a cara en el mercado, la "
            "tienda o la feria.",
            [
                "Preguntar antes de ofrecer",
                "Responder a objeciones",
                "Fidelizar a quien ya compró",
            ],
            ["Escuchar", "Proponer", "Cerrar y fidelizar"],
        ),
        "pt": (
            "Técnicas de venda e atendimento ao cliente",
            "Ouvir, propor e fechar: a venda presencial no mercado, na loja ou na "
            "feira.",
            [
                "Perguntar antes de oferecer",
                "Responder a objeções",
                "Fidelizar quem já comprou",
            ],
            ["Ouvir", "Propor", "Fechar e fidelizar"],
        ),
        "en": (
            "Selling and customer service",
            "Listen, propose and close: face-to-face selling at the market, in the "
            "shop or at a fair.",
            [
                "Ask before you offer",
                "Handle objections",
                "Keep the customers you have",
            ],
            ["Listening", "Proposing", "Closing and loyalty"],
        ),
    },
    # --- Financiación ---
    {
        "key": "microcreditos",
        "topic": "financiacion",
        "level": "beginner",
        "language": "pt",
        "hours": 16,
        "instructors": ["amina"],
        "es": (
            "Financiación para emprender: microcréditos y ayudas",
            "Qué dinero existe para empezar con poco capital, quién lo concede y "
            "cómo preparar una solicitud sólida.",
            [
                "Distinguir préstamo, microcrédito y subvención",
                "Calcular cuánto necesitas",
                "Preparar la documentación de una solicitud",
            ],
            ["Tipos de financiación", "Cuánto necesitas", "La solicitud"],
        ),
        "pt": (
            "Financiamento para empreender: microcrédito e apoios",
            "Que dinheiro existe para começar com pouco capital, quem o concede e "
            "como preparar uma candidatura sólida.",
            [
                "Distinguir empréstimo, microcrédito e subsídio",
                "Calcular quanto precisa",
                "Preparar os documentos de uma candidatura",
            ],
            ["Tipos de financiamento", "Quanto precisa", "A candidatura"],
        ),
        "en": (
            "Funding your start-up: microcredit and grants",
            "What money exists for starting with little capital, who grants it and "
            "how to prepare a strong application.",
            [
                "Tell loans, microcredit and grants apart",
                "Work out how much you need",
                "Prepare the documents for an application",
            ],
            ["Kinds of funding", "How much you need", "The application"],
        ),
    },
    {
        "key": "contabilidad",
        "topic": "financiacion",
        "level": "intermediate",
        "language": "es",
        "hours": 28,
        "instructors": ["marta"],
        "es": (
            "Contabilidad básica para autónomos",
            "Ingresos, gastos deducibles, facturas y libros registro explicados "
            "con ejemplos de negocios reales.",
            [
                "Emitir facturas correctas",
                "Llevar el libro de ingresos y gastos",
                "Leer una cuenta de resultados",
            ],
            ["Facturas", "Libros registro", "Resultados del trimestre"],
        ),
        "pt": (
            "Contabilidade básica para trabalhadores independentes",
            "Receitas, despesas dedutíveis, faturas e registos explicados com "
            "exemplos de negócios reais.",
            [
                "Emitir faturas corretas",
                "Manter o registo de receitas e despesas",
                "Ler uma demonstração de resultados",
            ],
            ["Faturas", "Registos", "Resultados do trimestre"],
        ),
        "en": (
            "Bookkeeping basics for the self-employed",
            "Income, deductible expenses, invoices and ledgers explained with "
            "examples from real businesses.",
            [
                "Issue correct invoices",
                "Keep an income and expenses ledger",
                "Read a profit and loss statement",
            ],
            ["Invoices", "Ledgers", "Quarterly results"],
        ),
    },
    {
        "key": "inversores",
        "topic": "financiacion",
        "level": "advanced",
        "language": "en",
        "hours": 22,
        "instructors": ["amina", "daniel"],
        "es": (
            "Presenta tu proyecto a inversores",
            "Crowdfunding, business angels y programas de aceleración: qué buscan "
            "y cómo preparar un pitch de cinco minutos.",
            [
                "Elegir la fuente de capital adecuada",
                "Construir un pitch deck",
                "Negociar sin perder el control",
            ],
            ["Fuentes de capital", "El pitch", "Negociación"],
        ),
        "pt": (
            "Apresente o seu projeto a investidores",
            "Crowdfunding, business angels e programas de aceleração: o que "
            "procuram e como preparar um pitch de cinco minutos.",
            [
                "Escolher a fonte de capital certa",
                "Construir um pitch deck",
                "Negociar sem perder o controlo",
            ],
            ["Fontes de capital", "O pitch", "Negociação"],
        ),
        "en": (
            "Pitching your project to investors",
            "Crowdfunding, business angels and accelerators: what they look for and "
            "how to prepare a five-minute pitch.",
            [
                "Choose the right source of capital",
                "Build a pitch deck",
                "Negotiate without losing control",
            ],
            ["Sources of capital", "The pitch", "Negotiation"],
        ),
    },
    # --- Comercio electrónico ---
    {
        "key": "tienda-online",
        "topic": "ecommerce",
        "level": "beginner",
        "language": "es",
        "hours": 24,
        "instructors": ["rui"],
        "es": (
            "Vender online: abre tu tienda",
            "Abre tu tienda en el mercado de Rumbo sin coste: fichas de producto, "
            "fotos, precios con envío y tus primeros pedidos.",
            [
                "Publicar fichas de producto que venden",
                "Fijar precios que cubren el envío",
                "Gestionar pedidos y devoluciones",
            ],
            ["Tu catálogo", "Precios y envíos", "Pedidos"],
        ),
        "pt": (
            "Vender online: abra a sua loja",
            "Abra a sua loja no mercado do Rumbo sem custos: fichas de produto, "
            "fotografias, preços com envio e as primeiras encomendas.",
            [
                "Publicar fichas de produto que vendem",
                "Definir preços que cobrem o envio",
                "Gerir encomendas e devoluções",
            ],
            ["O seu catálogo", "Preços e envios", "Encomendas"],
        ),
        "en": (
            "Selling online: open your shop",
            "Open your shop on the Rumbo marketplace at no cost: product pages, "
            "photos, prices that include shipping and your first orders.",
            [
                "Publish product pages that sell",
                "Set prices that cover shipping",
                "Handle orders and returns",
            ],
            ["Your catalogue", "Prices and shipping", "Orders"],
        ),
    },
    {
        "key": "fotografia-producto",
        "topic": "ecommerce",
        "level": "beginner",
        "language": "pt",
        "hours": 10,
        "instructors": ["rui"],
        "es": (
            "Fotografía de producto con el móvil",
            "Luz natural, fondos sencillos y edición básica para que tus productos "
            "luzcan en la tienda online.",
            [
                "Montar un estudio casero",
                "Encuadrar y iluminar",
                "Editar y exportar para la web",
            ],
            ["Luz y fondo", "Encuadre", "Edición"],
        ),
        "pt": (
            "Fotografia de produto com o telemóvel",
            "Luz natural, fundos simples e edição básica para que os seus produtos "
            "brilhem na loja online.",
            [
                "Montar um estúdio caseiro",
                "Enquadrar e iluminar",
                "Editar e exportar para a web",
            ],
            ["Luz e fundo", "Enquadramento", "Edição"],
        ),
        "en": (
            "Product photography with your phone",
            "Daylight, simple backgrounds and basic editing so your products shine "
            "in your online shop.",
            ["Set up a home studio", "Frame and light", "Edit and export for the web"],
            ["Light and background", "Framing", "Editing"],
        ),
    },
    {
        "key": "logistica",
        "topic": "ecommerce",
        "level": "intermediate",
        "language": "es",
        "hours": 14,
        "instructors": ["rui"],
        "es": (
            "Envíos y logística entre España y Portugal",
            "Transportistas, embalaje, IVA en ventas a distancia y devoluciones "
            "al otro lado de la frontera.",
            [
                "Comparar tarifas de transportistas",
                "Aplicar el IVA correcto en ventas a la UE",
                "Diseñar una política de devoluciones",
            ],
            ["Transporte y embalaje", "IVA en ventas a distancia", "Devoluciones"],
        ),
        "pt": (
            "Envios e logística entre Espanha e Portugal",
            "Transportadoras, embalagem, IVA nas vendas à distância e devoluções "
            "do outro lado da fronteira.",
            [
                "Comparar tarifas de transportadoras",
                "Aplicar o IVA correto nas vendas na UE",
                "Desenhar uma política de devoluções",
            ],
            ["Transporte e embalagem", "IVA nas vendas à distância", "Devoluções"],
        ),
        "en": (
            "Shipping and logistics between Spain and Portugal",
            "Carriers, packaging, VAT on distance sales and returns across the border.",
            [
                "Compare carrier rates",
                "Apply the right VAT on EU sales",
                "Design a returns policy",
            ],
            ["Carriers and packaging", "VAT on distance sales", "Returns"],
        ),
    },
    # --- Idiomas ---
    {
        "key": "espanol-negocios",
        "topic": "idiomas",
        "level": "beginner",
        "language": "es",
        "hours": 40,
        "instructors": ["helena"],
        "es": (
            "Español para los negocios (A2–B1)",
            "El español que necesitas para tratar con clientes, proveedores y la "
            "administración: llamadas, correos y reuniones.",
            [
                "Presentar tu negocio por teléfono",
                "Escribir correos profesionales",
                "Entender una factura y un contrato sencillo",
            ],
            ["Presentarse", "Correos y llamadas", "Documentos"],
        ),
        "pt": (
            "Espanhol para negócios (A2–B1)",
            "O espanhol de que precisa para lidar com clientes, fornecedores e a "
            "administração: chamadas, emails e reuniões.",
            [
                "Apresentar o seu negócio ao telefone",
                "Escrever emails profissionais",
                "Compreender uma fatura e um contrato simples",
            ],
            ["Apresentar-se", "Emails e chamadas", "Documentos"],
        ),
        "en": (
            "Spanish for business (A2–B1)",
            "The Spanish you need with customers, suppliers and public offices: "
            "phone calls, emails and meetings.",
            [
                "Introduce your business on the phone",
                "Write professional emails",
                "Understand an invoice and a simple contract",
            ],
            ["Introductions", "Emails and calls", "Documents"],
        ),
    },
    {
        "key": "portugues-negocios",
        "topic": "idiomas",
        "level": "beginner",
        "language": "pt",
        "hours": 40,
        "instructors": ["helena"],
        "es": (
            "Portugués para los negocios (A1–A2)",
            "Primeros pasos en portugués europeo para vender y comprar en el "
            "Algarve: saludos, números, precios y pedidos.",
            [
                "Saludar y presentarte",
                "Dar precios y cantidades",
                "Tomar un pedido",
            ],
            ["Saludos", "Números y precios", "Pedidos"],
        ),
        "pt": (
            "Português para negócios (A1–A2)",
            "Primeiros passos em português europeu para vender e comprar no "
            "Algarve: cumprimentos, números, preços e encomendas.",
            [
                "Cumprimentar e apresentar-se",
                "Dizer preços e quantidades",
                "Registar uma encomenda",
            ],
            ["Cumprimentos", "Números e preços", "Encomendas"],
        ),
        "en": (
            "Portuguese for business (A1–A2)",
            "First steps in European Portuguese for buying and selling in the "
            "Algarve: greetings, numbers, prices and orders.",
            [
                "Greet and introduce yourself",
                "Give prices and quantities",
                "Take an order",
            ],
            ["Greetings", "Numbers and prices", "Orders"],
        ),
    },
    {
        "key": "ingles-turismo",
        "topic": "idiomas",
        "level": "intermediate",
        "language": "en",
        "hours": 30,
        "instructors": ["helena"],
        "es": (
            "Inglés para atender a turistas",
            "Recibir, informar y resolver quejas en inglés en bares, alojamientos "
            "y comercios de la costa.",
            [
                "Dar la bienvenida y recomendar",
                "Explicar precios y condiciones",
                "Resolver una queja con calma",
            ],
            ["Bienvenida", "Información", "Quejas"],
        ),
        "pt": (
            "Inglês para atender turistas",
            "Receber, informar e resolver reclamações em inglês em cafés, "
            "alojamentos e lojas do litoral.",
            [
                "Dar as boas-vindas e recomendar",
                "Explicar preços e condições",
                "Resolver uma reclamação com calma",
            ],
            ["Boas-vindas", "Informação", "Reclamações"],
        ),
        "en": (
            "English for serving tourists",
            "Welcoming, informing and handling complaints in English in bars, "
            "guesthouses and shops on the coast.",
            [
                "Welcome guests and recommend",
                "Explain prices and conditions",
                "Handle a complaint calmly",
            ],
            ["Welcome", "Information", "Complaints"],
        ),
    },
    # --- Turismo ---
    {
        "key": "turismo-rural",
        "topic": "turismo",
        "level": "beginner",
        "language": "es",
        "hours": 20,
        "instructors": ["helena"],
        "es": (
            "Emprender en turismo rural",
            "Alojamientos, rutas y experiencias en Doñana, la Sierra y el interior "
            "del Algarve: de la idea a la primera reserva.",
            [
                "Diseñar una experiencia turística",
                "Conocer los requisitos de un alojamiento rural",
                "Publicar en plataformas de reservas",
            ],
            ["La experiencia", "Requisitos", "Reservas"],
        ),
        "pt": (
            "Empreender em turismo rural",
            "Alojamentos, percursos e experiências em Doñana, na Serra e no "
            "interior algarvio: da ideia à primeira reserva.",
            [
                "Desenhar uma experiência turística",
                "Conhecer os requisitos do alojamento local",
                "Publicar em plataformas de reservas",
            ],
            ["A experiência", "Requisitos", "Reservas"],
        ),
        "en": (
            "Starting out in rural tourism",
            "Stays, routes and experiences in Doñana, the Sierra and inland Algarve: "
            "from the idea to the first booking.",
            [
                "Design a tourist experience",
                "Know the rules for rural accommodation",
                "List on booking platforms",
            ],
            ["The experience", "Requirements", "Bookings"],
        ),
    },
    {
        "key": "hosteleria",
        "topic": "turismo",
        "level": "intermediate",
        "language": "pt",
        "hours": 26,
        "instructors": ["helena", "marta"],
        "es": (
            "Gestión de un pequeño restaurante",
            "Carta, escandallos, compras y equipo: cómo hacer rentable un bar o "
            "restaurante familiar.",
            [
                "Calcular el coste de cada plato",
                "Diseñar una carta rentable",
                "Organizar el equipo en temporada alta",
            ],
            ["Escandallos", "La carta", "Temporada alta"],
        ),
        "pt": (
            "Gestão de um pequeno restaurante",
            "Ementa, fichas técnicas, compras e equipa: como tornar rentável um café "
            "ou restaurante familiar.",
            [
                "Calcular o custo de cada prato",
                "Desenhar uma ementa rentável",
                "Organizar a equipa na época alta",
            ],
            ["Fichas técnicas", "A ementa", "Época alta"],
        ),
        "en": (
            "Running a small restaurant",
            "Menu, dish costing, purchasing and staff: making a family bar or "
            "restaurant profitable.",
            [
                "Cost every dish",
                "Design a profitable menu",
                "Organise staff in high season",
            ],
            ["Dish costing", "The menu", "High season"],
        ),
    },
    {
        "key": "turismo-sostenible",
        "topic": "turismo",
        "level": "advanced",
        "language": "en",
        "hours": 18,
        "instructors": ["helena"],
        "es": (
            "Turismo sostenible y de proximidad",
            "Productos turísticos que cuidan el entorno y benefician a la comunidad "
            "local, con certificaciones y casos reales.",
            [
                "Medir el impacto de tu actividad",
                "Trabajar con productores locales",
                "Comunicar la sostenibilidad sin exagerar",
            ],
            ["Impacto", "Cadena local", "Comunicación"],
        ),
        "pt": (
            "Turismo sustentável e de proximidade",
            "Produtos turísticos que cuidam do ambiente e beneficiam a comunidade "
            "local, com certificações e casos reais.",
            [
                "Medir o impacto da sua atividade",
                "Trabalhar com produtores locais",
                "Comunicar a sustentabilidade sem exageros",
            ],
            ["Impacto", "Cadeia local", "Comunicação"],
        ),
        "en": (
            "Sustainable and local tourism",
            "Tourism products that care for the environment and benefit the local "
            "community, with certifications and real cases.",
            [
                "Measure your activity's impact",
                "Work with local producers",
                "Communicate sustainability without greenwashing",
            ],
            ["Impact", "Local supply chain", "Communication"],
        ),
    },
    # --- Trámites y fiscalidad ---
    {
        "key": "alta-autonomo",
        "topic": "legal",
        "level": "beginner",
        "language": "es",
        "hours": 12,
        "instructors": ["marta"],
        "es": (
            "Darte de alta como autónomo en España",
            "Hacienda, Seguridad Social, tarifa plana y licencia de apertura, en "
            "orden y sin sorpresas.",
            [
                "Completar el alta en Hacienda",
                "Elegir la base de cotización",
                "Saber qué licencias pide tu ayuntamiento",
            ],
            ["Hacienda", "Seguridad Social", "Licencias municipales"],
        ),
        "pt": (
            "Registar-se como trabalhador independente em Espanha",
            "Finanças, Segurança Social, tarifa reduzida e licença de abertura, por "
            "ordem e sem surpresas.",
            [
                "Concluir o registo nas Finanças espanholas",
                "Escolher a base de contribuição",
                "Saber que licenças pede a câmara",
            ],
            ["Finanças", "Segurança Social", "Licenças municipais"],
        ),
        "en": (
            "Registering as self-employed in Spain",
            "Tax office, Social Security, the flat-rate fee and the opening licence, "
            "in order and without surprises.",
            [
                "Register with the tax office",
                "Choose your contribution base",
                "Know which licences your council requires",
            ],
            ["Tax office", "Social Security", "Council licences"],
        ),
    },
    {
        "key": "atividade-portugal",
        "topic": "legal",
        "level": "beginner",
        "language": "pt",
        "hours": 12,
        "instructors": ["rui"],
        "es": (
            "Abrir actividad en Portugal",
            "NIF, inicio de actividad en Finanças, recibos verdes y Segurança "
            "Social para quien emprende en el Algarve.",
            [
                "Obtener el NIF portugués",
                "Declarar el inicio de actividad",
                "Emitir recibos verdes",
            ],
            ["NIF", "Inicio de actividad", "Recibos verdes"],
        ),
        "pt": (
            "Abrir atividade em Portugal",
            "NIF, início de atividade nas Finanças, recibos verdes e Segurança "
            "Social para quem empreende no Algarve.",
            [
                "Obter o NIF",
                "Declarar o início de atividade",
                "Emitir recibos verdes",
            ],
            ["NIF", "Início de atividade", "Recibos verdes"],
        ),
        "en": (
            "Starting a business activity in Portugal",
            "Tax number, registering your activity, green receipts and Social "
            "Security for entrepreneurs in the Algarve.",
            [
                "Get a Portuguese tax number",
                "Register the start of your activity",
                "Issue green receipts",
            ],
            ["Tax number", "Registering", "Green receipts"],
        ),
    },
    {
        "key": "impuestos",
        "topic": "legal",
        "level": "intermediate",
        "language": "es",
        "hours": 20,
        "instructors": ["marta"],
        "es": (
            "IVA e IRPF para autónomos",
            "Los modelos trimestrales, qué gastos deducir y cómo evitar recargos.",
            [
                "Presentar el modelo 303",
                "Calcular el pago fraccionado",
                "Guardar justificantes correctamente",
            ],
            ["IVA trimestral", "IRPF", "Justificantes"],
        ),
        "pt": (
            "IVA e IRS para trabalhadores independentes",
            "As declarações trimestrais, que despesas deduzir e como evitar coimas.",
            [
                "Entregar a declaração periódica de IVA",
                "Calcular os pagamentos por conta",
                "Guardar comprovativos corretamente",
            ],
            ["IVA trimestral", "IRS", "Comprovativos"],
        ),
        "en": (
            "VAT and income tax for the self-employed",
            "Quarterly returns, which expenses to deduct and how to avoid surcharges.",
            [
                "File the quarterly VAT return",
                "Work out advance tax payments",
                "Keep receipts properly",
            ],
            ["Quarterly VAT", "Income tax", "Receipts"],
        ),
    },
    # --- Competencias digitales ---
    {
        "key": "herramientas-digitales",
        "topic": "digital",
        "level": "beginner",
        "language": "es",
        "hours": 10,
        "instructors": ["daniel"],
        "es": (
            "Herramientas digitales para tu negocio",
            "Correo profesional, agenda compartida, hojas de cálculo y "
            "certificado digital para hacer trámites en línea.",
            [
                "Configurar un correo profesional",
                "Usar una hoja de cálculo para tus cuentas",
                "Instalar tu certificado digital",
            ],
            ["Correo y agenda", "Hojas de cálculo", "Certificado digital"],
        ),
        "pt": (
            "Ferramentas digitais para o seu negócio",
            "Email profissional, agenda partilhada, folhas de cálculo e "
            "autenticação digital para tratar de assuntos online.",
            [
                "Configurar um email profissional",
                "Usar uma folha de cálculo para as contas",
                "Ativar a Chave Móvel Digital",
            ],
            ["Email e agenda", "Folhas de cálculo", "Autenticação digital"],
        ),
        "en": (
            "Digital tools for your business",
            "Professional email, shared calendars, spreadsheets and a digital "
            "certificate for dealing with public offices online.",
            [
                "Set up professional email",
                "Use a spreadsheet for your accounts",
                "Install your digital certificate",
            ],
            ["Email and calendar", "Spreadsheets", "Digital certificate"],
        ),
    },
    {
        "key": "web-propia",
        "topic": "digital",
        "level": "intermediate",
        "language": "pt",
        "hours": 20,
        "instructors": ["rui", "daniel"],
        "es": (
            "Crea la web de tu negocio",
            "Dominio, plantilla, textos y aviso legal: una web sencilla que "
            "aparece en los buscadores.",
            [
                "Registrar un dominio",
                "Escribir textos que se encuentran en buscadores",
                "Cumplir la normativa de privacidad",
            ],
            ["Dominio y plantilla", "Textos y buscadores", "Aviso legal"],
        ),
        "pt": (
            "Crie o site do seu negócio",
            "Domínio, modelo, textos e aviso legal: um site simples que aparece nos "
            "motores de busca.",
            [
                "Registar um domínio",
                "Escrever textos que se encontram nos motores de busca",
                "Cumprir as regras de privacidade",
            ],
            ["Domínio e modelo", "Textos e pesquisa", "Aviso legal"],
        ),
        "en": (
            "Build your business website",
            "Domain, template, copy and legal notice: a simple website that search "
            "engines find.",
            [
                "Register a domain",
                "Write copy that search engines find",
                "Comply with privacy rules",
            ],
            ["Domain and template", "Copy and search", "Legal notice"],
        ),
    },
    {
        "key": "ciberseguridad",
        "topic": "digital",
        "level": "advanced",
        "language": "en",
        "hours": 15,
        "instructors": ["daniel"],
        "es": (
            "Ciberseguridad para pequeños negocios",
            "Contraseñas, copias de seguridad, fraudes por correo y protección de "
            "los datos de tus clientes.",
            [
                "Reconocer un correo fraudulento",
                "Planificar copias de seguridad",
                "Proteger los datos de clientes",
            ],
            ["Contraseñas", "Copias de seguridad", "Datos de clientes"],
        ),
        "pt": (
            "Cibersegurança para pequenos negócios",
            "Palavras-passe, cópias de segurança, fraudes por email e proteção dos "
            "dados dos seus clientes.",
            [
                "Reconhecer um email fraudulento",
                "Planear cópias de segurança",
                "Proteger os dados dos clientes",
            ],
            ["Palavras-passe", "Cópias de segurança", "Dados de clientes"],
        ),
        "en": (
            "Cyber security for small businesses",
            "Passwords, backups, email scams and protecting your customers' data.",
            [
                "Spot a phishing email",
                "Plan your backups",
                "Protect customer data",
            ],
            ["Passwords", "Backups", "Customer data"],
        ),
    },
]

# The four courses that are complete: lessons and an exam. Per lesson: minutes,
# the index of the correct answer of its check question, and per language
# (title, paragraphs, (check question, answers, explanation)). Per exam question:
# its type, its answer (indexes of correct choices, a boolean or a number) and
# per language (text, choices, explanation) -- no choices for true/false and
# numeric questions.
COMPLETE_COURSES = {
    "plan-negocio": {
        "exam": {"pass_mark": 60, "time_limit": None, "feedback": "explanation"},
        "worksheet": {
            "lesson": 1,
            "es": (
                "Plantilla de plan de negocio",
                "Una plantilla de una página para rellenar mientras avanzas.",
                [
                    "1. Problema: ¿qué necesidad resuelves y para quién?",
                    "2. Cliente: edad, lugar, hábitos, cuánto gasta hoy.",
                    "3. Propuesta de valor: por qué te elegirán a ti.",
                    "4. Costes fijos mensuales: alquiler, cuota, seguros.",
                    "5. Coste variable por unidad vendida.",
                    "6. Precio de venta y margen por unidad.",
                    "7. Punto de equilibrio = costes fijos / margen.",
                    "8. Previsión de ventas de los primeros seis meses.",
                ],
            ),
            "pt": (
                "Modelo de plano de negócio",
                "Um modelo de uma página para preencher à medida que avança.",
                [
                    "1. Problema: que necessidade resolve e para quem?",
                    "2. Cliente: idade, local, hábitos, quanto gasta hoje.",
                    "3. Proposta de valor: porque é que o vão escolher.",
                    "4. Custos fixos mensais: renda, contribuições, seguros.",
                    "5. Custo variável por unidade vendida.",
                    "6. Preço de venda e margem por unidade.",
                    "7. Ponto de equilíbrio = custos fixos / margem.",
                    "8. Previsão de vendas dos primeiros seis meses.",
                ],
            ),
            "en": (
                "Business plan template",
                "A one-page template to fill in as you go.",
                [
                    "1. Problem: which need do you meet, and for whom?",
                    "2. Customer: age, place, habits, what they spend today.",
                    "3. Value proposition: why they will choose you.",
                    "4. Monthly fixed costs: rent, contributions, insurance.",
                    "5. Variable cost per unit sold.",
                    "6. Selling price and margin per unit.",
                    "7. Break-even point = fixed costs / margin.",
                    "8. Sales forecast for the first six months.",
                ],
            ),
        },
        "lessons": [
            {
                "minutes": 25,
                "check": 1,
                "es": (
                    "De la idea al problema",
                    [
                        "Un negocio no empieza por un producto, sino por un problema "
                        "que alguien está dispuesto a pagar por resolver. Antes de "
                        "invertir, escribe en una frase qué necesidad cubres.",
                        "Habla con al menos diez posibles clientes. No les vendas: "
                        "pregúntales cómo resuelven hoy ese problema y cuánto les "
                        "cuesta. Sus respuestas valen más que cualquier estudio.",
                    ],
                    (
                        "¿Qué deberías hacer antes de fabricar tu producto?",
                        [
                            "Imprimir tarjetas de visita",
                            "Hablar con posibles clientes sobre su problema",
                            "Alquilar un local",
                        ],
                        "Validar el problema con clientes reales es lo más barato "
                        "y lo que más riesgo elimina.",
                    ),
                ),
                "pt": (
                    "Da ideia ao problema",
                    [
                        "Um negócio não começa por um produto, mas por um problema "
                        "que alguém está disposto a pagar para resolver. Antes de "
                        "investir, escreva numa frase que necessidade satisfaz.",
                        "Fale com pelo menos dez potenciais clientes. Não lhes "
                        "venda nada: pergunte-lhes como resolvem hoje esse problema "
                        "e quanto lhes custa. As respostas valem mais do que "
                        "qualquer estudo.",
                    ],
                    (
                        "O que deve fazer antes de fabricar o seu produto?",
                        [
                            "Imprimir cartões de visita",
                            "Falar com potenciais clientes sobre o problema deles",
                            "Arrendar uma loja",
                        ],
                        "Validar o problema com clientes reais é o mais barato e o "
                        "que mais risco elimina.",
                    ),
                ),
                "en": (
                    "From the idea to the problem",
                    [
                        "A business does not start with a product but with a "
                        "problem someone is willing to pay to solve. Before you "
                        "invest, write down in one sentence which need you meet.",
                        "Talk to at least ten potential customers. Do not sell to "
                        "them: ask how they solve the problem today and what it "
                        "costs them. Their answers are worth more than any survey.",
                    ],
                    (
                        "What should you do before making your product?",
                        [
                            "Print business cards",
                            "Talk to potential customers about their problem",
                            "Rent premises",
                        ],
                        "Checking the problem with real customers is the cheapest "
                        "step and removes the most risk.",
                    ),
                ),
            },
            {
                "minutes": 30,
                "check": 0,
                "es": (
                    "Tu cliente y tu propuesta de valor",
                    [
                        "Describe a tu cliente ideal con detalle: dónde vive, qué "
                        "hace un día normal, qué le frustra. Si tu cliente es "
                        "«todo el mundo», todavía no lo conoces.",
                        "La propuesta de valor explica por qué te elegirán a ti y no "
                        "a la competencia: más cerca, más rápido, en su idioma, más "
                        "barato o de mejor calidad. Elige una ventaja y sé el mejor "
                        "en ella.",
                    ],
                    (
                        "¿Cuál es una buena descripción de cliente?",
                        [
                            "Familias de Lepe con hijos pequeños que trabajan en el "
                            "campo y compran el fin de semana",
                            "Todo el mundo",
                            "Gente joven",
                        ],
                        "Cuanto más concreta, más fácil es decidir precio, canal y "
                        "mensaje.",
                    ),
                ),
                "pt": (
                    "O seu cliente e a sua proposta de valor",
                    [
                        "Descreva o seu cliente ideal com pormenor: onde vive, o que "
                        "faz num dia normal, o que o frustra. Se o seu cliente é "
                        "«toda a gente», ainda não o conhece.",
                        "A proposta de valor explica porque é que o vão escolher a "
                        "si e não à concorrência: mais perto, mais rápido, na língua "
                        "dele, mais barato ou com melhor qualidade. Escolha uma "
                        "vantagem e seja o melhor nela.",
                    ],
                    (
                        "Qual é uma boa descrição de cliente?",
                        [
                            "Famílias de Lepe com filhos pequenos que trabalham na "
                            "agricultura e fazem compras ao fim de semana",
                            "Toda a gente",
                            "Pessoas jovens",
                        ],
                        "Quanto mais concreta, mais fácil é decidir preço, canal e "
                        "mensagem.",
                    ),
                ),
                "en": (
                    "Your customer and your value proposition",
                    [
                        "Describe your ideal customer in detail: where they live, "
                        "what a normal day looks like, what frustrates them. If "
                        "your customer is 'everyone', you do not know them yet.",
                        "The value proposition says why people will choose you over "
                        "the competition: closer, faster, in their language, "
                        "cheaper or better made. Pick one advantage and be the best "
                        "at it.",
                    ],
                    (
                        "Which is a good customer description?",
                        [
                            "Families in Lepe with young children who work on the "
                            "farms and shop at weekends",
                            "Everyone",
                            "Young people",
                        ],
                        "The more concrete it is, the easier it is to decide price, "
                        "channel and message.",
                    ),
                ),
            },
            {
                "minutes": 35,
                "check": 2,
                "es": (
                    "Costes, precio y punto de equilibrio",
                    [
                        "Separa los costes fijos (alquiler, cuota de autónomo, "
                        "seguros), que pagas vendas o no, de los variables "
                        "(materiales, envío), que crecen con cada venta.",
                        "El margen por unidad es el precio menos el coste variable. "
                        "Divide los costes fijos mensuales entre ese margen y "
                        "obtendrás cuántas unidades necesitas vender al mes para no "
                        "perder dinero: tu punto de equilibrio.",
                    ],
                    (
                        "Costes fijos de 900 € al mes y margen de 15 € por unidad. "
                        "¿Cuál es el punto de equilibrio?",
                        ["15 unidades", "900 unidades", "60 unidades"],
                        "900 / 15 = 60 unidades al mes.",
                    ),
                ),
                "pt": (
                    "Custos, preço e ponto de equilíbrio",
                    [
                        "Separe os custos fixos (renda, contribuições, seguros), que "
                        "paga quer venda quer não, dos variáveis (materiais, envio), "
                        "que crescem com cada venda.",
                        "A margem por unidade é o preço menos o custo variável. "
                        "Divida os custos fixos mensais por essa margem e obtém "
                        "quantas unidades precisa de vender por mês para não perder "
                        "dinheiro: o seu ponto de equilíbrio.",
                    ],
                    (
                        "Custos fixos de 900 € por mês e margem de 15 € por "
                        "unidade. Qual é o ponto de equilíbrio?",
                        ["15 unidades", "900 unidades", "60 unidades"],
                        "900 / 15 = 60 unidades por mês.",
                    ),
                ),
                "en": (
                    "Costs, price and break-even",
                    [
                        "Separate fixed costs (rent, social security contributions, "
                        "insurance), which you pay whether you sell or not, from "
                        "variable costs (materials, shipping), which grow with "
                        "every sale.",
                        "The margin per unit is the price minus the variable cost. "
                        "Divide monthly fixed costs by that margin to find how many "
                        "units you must sell each month not to lose money: your "
                        "break-even point.",
                    ],
                    (
                        "Fixed costs of €900 a month and a margin of €15 per unit. "
                        "What is the break-even point?",
                        ["15 units", "900 units", "60 units"],
                        "900 / 15 = 60 units a month.",
                    ),
                ),
            },
            {
                "minutes": 30,
                "check": 0,
                "es": (
                    "Redactar y presentar el plan",
                    [
                        "Un buen plan cabe en diez páginas: resumen, problema y "
                        "cliente, solución, mercado y competencia, plan comercial, "
                        "equipo, números y necesidades de financiación.",
                        "Empieza por los números y escribe el resumen al final. "
                        "Quien lo lea —un banco, el ayuntamiento, un socio— debe "
                        "entender en dos minutos qué haces, para quién y cuánto "
                        "necesitas.",
                    ],
                    (
                        "¿Qué parte del plan conviene escribir al final?",
                        ["El resumen", "Los costes", "La descripción del cliente"],
                        "El resumen recoge todo lo demás, así que se escribe cuando "
                        "el resto está terminado.",
                    ),
                ),
                "pt": (
                    "Redigir e apresentar o plano",
                    [
                        "Um bom plano cabe em dez páginas: sumário, problema e "
                        "cliente, solução, mercado e concorrência, plano comercial, "
                        "equipa, números e necessidades de financiamento.",
                        "Comece pelos números e escreva o sumário no fim. Quem o "
                        "ler — um banco, a câmara, um sócio — deve perceber em dois "
                        "minutos o que faz, para quem e de quanto precisa.",
                    ],
                    (
                        "Que parte do plano convém escrever no fim?",
                        ["O sumário", "Os custos", "A descrição do cliente"],
                        "O sumário reúne tudo o resto, por isso escreve-se quando o "
                        "resto está pronto.",
                    ),
                ),
                "en": (
                    "Writing and presenting the plan",
                    [
                        "A good plan fits in ten pages: summary, problem and "
                        "customer, solution, market and competition, sales plan, "
                        "team, numbers and funding needs.",
                        "Start with the numbers and write the summary last. Whoever "
                        "reads it — a bank, the council, a partner — should "
                        "understand in two minutes what you do, for whom and how "
                        "much you need.",
                    ],
                    (
                        "Which part of the plan is best written last?",
                        ["The summary", "The costs", "The customer description"],
                        "The summary gathers everything else, so write it when the "
                        "rest is done.",
                    ),
                ),
            },
        ],
        "questions": [
            {
                "type": "single",
                "correct": [1],
                "es": (
                    "¿Por dónde empieza un negocio viable?",
                    [
                        "Por el logotipo",
                        "Por un problema real de clientes",
                        "Por el local",
                    ],
                    "Sin un problema que alguien pague por resolver no hay negocio.",
                ),
                "pt": (
                    "Por onde começa um negócio viável?",
                    ["Pelo logótipo", "Por um problema real de clientes", "Pela loja"],
                    "Sem um problema que alguém pague para resolver não há negócio.",
                ),
                "en": (
                    "Where does a viable business start?",
                    ["With the logo", "With customers' real problem", "With premises"],
                    "Without a problem someone pays to solve there is no business.",
                ),
            },
            {
                "type": "single",
                "correct": [2],
                "es": (
                    "¿Cuál de estos es un coste variable?",
                    ["El alquiler", "El seguro", "Los materiales de cada pedido"],
                    "Los materiales crecen con cada unidad vendida.",
                ),
                "pt": (
                    "Qual destes é um custo variável?",
                    ["A renda", "O seguro", "Os materiais de cada encomenda"],
                    "Os materiais crescem com cada unidade vendida.",
                ),
                "en": (
                    "Which of these is a variable cost?",
                    ["Rent", "Insurance", "Materials for each order"],
                    "Materials grow with every unit sold.",
                ),
            },
            {
                "type": "single",
                "correct": [0],
                "es": (
                    "¿Qué es el margen por unidad?",
                    [
                        "Precio menos coste variable",
                        "Precio menos costes fijos",
                        "Ventas del mes",
                    ],
                    "",
                ),
                "pt": (
                    "O que é a margem por unidade?",
                    [
                        "Preço menos custo variável",
                        "Preço menos custos fixos",
                        "Vendas do mês",
                    ],
                    "",
                ),
                "en": (
                    "What is the margin per unit?",
                    [
                        "Price minus variable cost",
                        "Price minus fixed costs",
                        "The month's sales",
                    ],
                    "",
                ),
            },
            {
                "type": "multiple",
                "correct": [0, 2],
                "es": (
                    "¿Qué debe incluir un plan de negocio? (varias respuestas)",
                    [
                        "Previsión de ventas",
                        "Tus películas favoritas",
                        "Necesidades de financiación",
                    ],
                    "Números y financiación son lo primero que mira un banco.",
                ),
                "pt": (
                    "O que deve incluir um plano de negócio? (várias respostas)",
                    [
                        "Previsão de vendas",
                        "Os seus filmes preferidos",
                        "Necessidades de financiamento",
                    ],
                    "Números e financiamento são o primeiro que um banco vê.",
                ),
                "en": (
                    "What should a business plan include? (several answers)",
                    ["A sales forecast", "Your favourite films", "Funding needs"],
                    "Numbers and funding are the first things a bank looks at.",
                ),
            },
            {
                "type": "multiple",
                "correct": [1, 2],
                "es": (
                    "¿Qué ventajas pueden formar una propuesta de valor?",
                    [
                        "Ser «para todo el mundo»",
                        "Atender en el idioma del cliente",
                        "Entregar más rápido",
                    ],
                    "Una ventaja concreta y verificable convence; «para todos», no.",
                ),
                "pt": (
                    "Que vantagens podem formar uma proposta de valor?",
                    [
                        "Ser «para toda a gente»",
                        "Atender na língua do cliente",
                        "Entregar mais depressa",
                    ],
                    "Uma vantagem concreta e verificável convence; «para todos», não.",
                ),
                "en": (
                    "Which advantages can make a value proposition?",
                    [
                        "Being 'for everyone'",
                        "Serving in the customer's language",
                        "Delivering faster",
                    ],
                    "A concrete, checkable advantage convinces; 'for everyone' does not.",
                ),
            },
            {
                "type": "true_false",
                "answer": False,
                "es": (
                    "El resumen del plan se escribe antes que ninguna otra parte.",
                    "Se escribe al final, cuando el resto está terminado.",
                ),
                "pt": (
                    "O sumário do plano escreve-se antes de qualquer outra parte.",
                    "Escreve-se no fim, quando o resto está pronto.",
                ),
                "en": (
                    "The plan's summary is written before any other part.",
                    "It is written last, once the rest is done.",
                ),
            },
            {
                "type": "true_false",
                "answer": True,
                "es": (
                    "Los costes fijos se pagan aunque no vendas nada ese mes.",
                    "Por eso el punto de equilibrio parte de ellos.",
                ),
                "pt": (
                    "Os custos fixos pagam-se mesmo sem vender nada nesse mês.",
                    "Por isso o ponto de equilíbrio parte deles.",
                ),
                "en": (
                    "Fixed costs must be paid even if you sell nothing that month.",
                    "That is why break-even starts from them.",
                ),
            },
            {
                "type": "numeric",
                "answer": "50",
                "tolerance": "0",
                "es": (
                    "Costes fijos: 1.000 € al mes. Margen: 20 € por unidad. ¿Cuántas "
                    "unidades al mes necesitas vender para el punto de equilibrio?",
                    "1.000 / 20 = 50 unidades.",
                ),
                "pt": (
                    "Custos fixos: 1000 € por mês. Margem: 20 € por unidade. Quantas "
                    "unidades por mês precisa de vender para o ponto de equilíbrio?",
                    "1000 / 20 = 50 unidades.",
                ),
                "en": (
                    "Fixed costs: €1,000 a month. Margin: €20 per unit. How many "
                    "units a month must you sell to break even?",
                    "1,000 / 20 = 50 units.",
                ),
            },
        ],
    },
    "tienda-online": {
        "exam": {"pass_mark": 70, "time_limit": None, "feedback": "correctness"},
        "worksheet": {
            "lesson": 0,
            "es": (
                "Lista de comprobación de una ficha de producto",
                "Repasa cada ficha antes de publicarla.",
                [
                    "Título con lo que el cliente busca (material, tamaño, uso).",
                    "Tres a cinco fotos con luz natural y fondo neutro.",
                    "Descripción: para quién es, medidas, cuidados.",
                    "Precio final con IVA y coste de envío visible.",
                    "Plazo de entrega realista.",
                    "Política de devolución en una frase.",
                ],
            ),
            "pt": (
                "Lista de verificação de uma ficha de produto",
                "Reveja cada ficha antes de a publicar.",
                [
                    "Título com o que o cliente procura (material, tamanho, uso).",
                    "Três a cinco fotografias com luz natural e fundo neutro.",
                    "Descrição: para quem é, medidas, cuidados.",
                    "Preço final com IVA e custo de envio visível.",
                    "Prazo de entrega realista.",
                    "Política de devolução numa frase.",
                ],
            ),
            "en": (
                "Product page checklist",
                "Go through every product page before publishing it.",
                [
                    "A title with what customers search for (material, size, use).",
                    "Three to five photos in daylight on a plain background.",
                    "Description: who it is for, dimensions, care.",
                    "Final price including VAT, with shipping cost visible.",
                    "A realistic delivery time.",
                    "Your returns policy in one sentence.",
                ],
            ),
        },
        "lessons": [
            {
                "minutes": 30,
                "check": 1,
                "es": (
                    "Fichas de producto que venden",
                    [
                        "En internet el cliente no puede tocar el producto: la ficha "
                        "tiene que responder a todas sus dudas. Usa en el título las "
                        "palabras con las que te buscaría.",
                        "Las fotos deciden la compra. Tres o cuatro imágenes con luz "
                        "natural, fondo neutro y una foto del producto en uso valen "
                        "más que cualquier descripción larga.",
                    ],
                    (
                        "¿Qué título funciona mejor en una tienda online?",
                        [
                            "Producto nuevo",
                            "Bolso de esparto hecho a mano, 30 cm",
                            "¡¡Oferta!!",
                        ],
                        "Describe material, uso y tamaño: lo que el cliente escribe "
                        "en el buscador.",
                    ),
                ),
                "pt": (
                    "Fichas de produto que vendem",
                    [
                        "Na internet o cliente não pode tocar no produto: a ficha "
                        "tem de responder a todas as dúvidas. Use no título as "
                        "palavras com que ele o procuraria.",
                        "As fotografias decidem a compra. Três ou quatro imagens com "
                        "luz natural, fundo neutro e uma do produto em uso valem "
                        "mais do que qualquer descrição longa.",
                    ],
                    (
                        "Que título funciona melhor numa loja online?",
                        [
                            "Produto novo",
                            "Mala de esparto feita à mão, 30 cm",
                            "Promoção!!",
                        ],
                        "Descreva material, uso e tamanho: o que o cliente escreve "
                        "na pesquisa.",
                    ),
                ),
                "en": (
                    "Product pages that sell",
                    [
                        "Online, customers cannot touch the product: the page has to "
                        "answer every question. Put in the title the words they "
                        "would search for.",
                        "Photos make the sale. Three or four pictures in daylight on "
                        "a plain background, plus one of the product in use, are "
                        "worth more than any long description.",
                    ],
                    (
                        "Which title works best in an online shop?",
                        ["New product", "Handmade esparto bag, 30 cm", "Sale!!"],
                        "Describe material, use and size: what customers type into "
                        "the search box.",
                    ),
                ),
            },
            {
                "minutes": 30,
                "check": 0,
                "es": (
                    "Precios que incluyen el envío",
                    [
                        "Calcula el precio sumando coste del producto, embalaje, "
                        "comisión de pago y tu margen. Decide después si el envío "
                        "lo paga el cliente o lo incluyes en el precio.",
                        "Los gastos de envío inesperados son la primera causa de "
                        "carritos abandonados. Muestra siempre el coste de envío "
                        "antes del último paso.",
                    ],
                    (
                        "¿Cuál es la primera causa de carritos abandonados?",
                        [
                            "Gastos de envío inesperados",
                            "Demasiadas fotos",
                            "Descripciones cortas",
                        ],
                        "El cliente acepta pagar el envío; lo que no acepta es "
                        "descubrirlo al final.",
                    ),
                ),
                "pt": (
                    "Preços que incluem o envio",
                    [
                        "Calcule o preço somando o custo do produto, a embalagem, a "
                        "comissão de pagamento e a sua margem. Decida depois se o "
                        "envio é pago pelo cliente ou incluído no preço.",
                        "Os portes inesperados são a primeira causa de carrinhos "
                        "abandonados. Mostre sempre o custo de envio antes do "
                        "último passo.",
                    ],
                    (
                        "Qual é a primeira causa de carrinhos abandonados?",
                        [
                            "Portes de envio inesperados",
                            "Demasiadas fotografias",
                            "Descrições curtas",
                        ],
                        "O cliente aceita pagar o envio; o que não aceita é "
                        "descobri-lo no fim.",
                    ),
                ),
                "en": (
                    "Prices that include shipping",
                    [
                        "Work out the price by adding the product's cost, packaging, "
                        "the payment fee and your margin. Then decide whether the "
                        "customer pays shipping or it is included in the price.",
                        "Unexpected shipping costs are the main reason for abandoned "
                        "baskets. Always show the shipping cost before the last "
                        "step.",
                    ],
                    (
                        "What is the main reason for abandoned baskets?",
                        [
                            "Unexpected shipping costs",
                            "Too many photos",
                            "Short descriptions",
                        ],
                        "Customers accept paying for shipping; they do not accept "
                        "finding out at the end.",
                    ),
                ),
            },
            {
                "minutes": 25,
                "check": 2,
                "es": (
                    "Pedidos, envíos y devoluciones",
                    [
                        "Confirma cada pedido el mismo día y envía el número de "
                        "seguimiento en cuanto lo tengas. Un cliente informado casi "
                        "nunca reclama.",
                        "En la Unión Europea el comprador online tiene catorce días "
                        "para desistir de la compra sin dar explicaciones. Explica "
                        "en tu tienda cómo devolver un producto.",
                    ],
                    (
                        "¿Cuántos días tiene un comprador online de la UE para "
                        "desistir?",
                        ["3 días", "7 días", "14 días"],
                        "El derecho de desistimiento es de catorce días naturales.",
                    ),
                ),
                "pt": (
                    "Encomendas, envios e devoluções",
                    [
                        "Confirme cada encomenda no próprio dia e envie o número de "
                        "seguimento assim que o tiver. Um cliente informado quase "
                        "nunca reclama.",
                        "Na União Europeia o comprador online tem catorze dias para "
                        "desistir da compra sem dar explicações. Explique na sua "
                        "loja como devolver um produto.",
                    ],
                    (
                        "Quantos dias tem um comprador online da UE para desistir?",
                        ["3 dias", "7 dias", "14 dias"],
                        "O direito de livre resolução é de catorze dias.",
                    ),
                ),
                "en": (
                    "Orders, shipping and returns",
                    [
                        "Confirm every order the same day and send the tracking "
                        "number as soon as you have it. Informed customers hardly "
                        "ever complain.",
                        "In the European Union online buyers have fourteen days to "
                        "withdraw from a purchase without giving a reason. Explain "
                        "in your shop how to return a product.",
                    ],
                    (
                        "How many days does an EU online buyer have to withdraw?",
                        ["3 days", "7 days", "14 days"],
                        "The right of withdrawal lasts fourteen days.",
                    ),
                ),
            },
            {
                "minutes": 20,
                "check": 1,
                "es": (
                    "Tus primeras ventas",
                    [
                        "Las primeras ventas casi siempre llegan de tu entorno: "
                        "comparte la tienda con clientes actuales, asociaciones y "
                        "grupos del barrio.",
                        "Pide una opinión a cada comprador. Las valoraciones dan "
                        "confianza a quien todavía no te conoce.",
                    ],
                    (
                        "¿De dónde suelen llegar las primeras ventas?",
                        [
                            "De anuncios caros",
                            "De tu entorno cercano",
                            "De la televisión",
                        ],
                        "Tu red —clientes, vecinos, asociaciones— es el primer canal.",
                    ),
                ),
                "pt": (
                    "As suas primeiras vendas",
                    [
                        "As primeiras vendas chegam quase sempre de quem o conhece: "
                        "partilhe a loja com clientes atuais, associações e grupos "
                        "do bairro.",
                        "Peça uma opinião a cada comprador. As avaliações dão "
                        "confiança a quem ainda não o conhece.",
                    ],
                    (
                        "De onde costumam chegar as primeiras vendas?",
                        ["De anúncios caros", "Da sua rede próxima", "Da televisão"],
                        "A sua rede — clientes, vizinhos, associações — é o primeiro "
                        "canal.",
                    ),
                ),
                "en": (
                    "Your first sales",
                    [
                        "First sales nearly always come from people who know you: "
                        "share the shop with current customers, associations and "
                        "neighbourhood groups.",
                        "Ask every buyer for a review. Reviews give confidence to "
                        "people who do not know you yet.",
                    ],
                    (
                        "Where do first sales usually come from?",
                        ["Expensive ads", "Your own network", "Television"],
                        "Your network — customers, neighbours, associations — is the "
                        "first channel.",
                    ),
                ),
            },
        ],
        "questions": [
            {
                "type": "single",
                "correct": [0],
                "es": (
                    "¿Qué decide con más frecuencia una compra online?",
                    ["Las fotos", "El color de la web", "La tipografía"],
                    "",
                ),
                "pt": (
                    "O que decide mais vezes uma compra online?",
                    ["As fotografias", "A cor do site", "O tipo de letra"],
                    "",
                ),
                "en": (
                    "What most often decides an online purchase?",
                    ["The photos", "The website's colour", "The font"],
                    "",
                ),
            },
            {
                "type": "single",
                "correct": [1],
                "es": (
                    "¿Cuándo debe ver el cliente el coste de envío?",
                    ["Después de pagar", "Antes del último paso", "Nunca"],
                    "",
                ),
                "pt": (
                    "Quando deve o cliente ver o custo de envio?",
                    ["Depois de pagar", "Antes do último passo", "Nunca"],
                    "",
                ),
                "en": (
                    "When should customers see the shipping cost?",
                    ["After paying", "Before the last step", "Never"],
                    "",
                ),
            },
            {
                "type": "single",
                "correct": [2],
                "es": (
                    "Un cliente recibe el pedido y quiere devolverlo a los diez días "
                    "sin motivo. ¿Puede?",
                    ["No, nunca", "Solo si está roto", "Sí, tiene catorce días"],
                    "",
                ),
                "pt": (
                    "Um cliente recebe a encomenda e quer devolvê-la ao fim de dez "
                    "dias sem motivo. Pode?",
                    ["Não, nunca", "Só se estiver partida", "Sim, tem catorze dias"],
                    "",
                ),
                "en": (
                    "A customer receives an order and wants to return it after ten "
                    "days without a reason. Can they?",
                    ["No, never", "Only if it is broken", "Yes, they have 14 days"],
                    "",
                ),
            },
            {
                "type": "multiple",
                "correct": [0, 1, 3],
                "es": (
                    "¿Qué entra en el cálculo del precio? (varias respuestas)",
                    [
                        "Coste del producto",
                        "Embalaje",
                        "El precio del vecino",
                        "Comisión de pago",
                    ],
                    "",
                ),
                "pt": (
                    "O que entra no cálculo do preço? (várias respostas)",
                    [
                        "Custo do produto",
                        "Embalagem",
                        "O preço do vizinho",
                        "Comissão de pagamento",
                    ],
                    "",
                ),
                "en": (
                    "What goes into the price? (several answers)",
                    [
                        "Product cost",
                        "Packaging",
                        "Your neighbour's price",
                        "Payment fee",
                    ],
                    "",
                ),
            },
            {
                "type": "multiple",
                "correct": [0, 2],
                "es": (
                    "¿Qué da confianza a un comprador nuevo?",
                    [
                        "Valoraciones de otros clientes",
                        "Textos en mayúsculas",
                        "Una política de devoluciones clara",
                    ],
                    "",
                ),
                "pt": (
                    "O que dá confiança a um comprador novo?",
                    [
                        "Avaliações de outros clientes",
                        "Textos em maiúsculas",
                        "Uma política de devoluções clara",
                    ],
                    "",
                ),
                "en": (
                    "What gives a new buyer confidence?",
                    [
                        "Other customers' reviews",
                        "Text in capitals",
                        "A clear returns policy",
                    ],
                    "",
                ),
            },
            {
                "type": "true_false",
                "answer": True,
                "es": ("Abrir una tienda en el mercado de Rumbo no tiene coste.", ""),
                "pt": ("Abrir uma loja no mercado do Rumbo não tem custos.", ""),
                "en": ("Opening a shop on the Rumbo marketplace costs nothing.", ""),
            },
            {
                "type": "true_false",
                "answer": False,
                "es": (
                    "Conviene esperar una semana para enviar el número de seguimiento.",
                    "",
                ),
                "pt": (
                    "Convém esperar uma semana para enviar o número de seguimento.",
                    "",
                ),
                "en": (
                    "It is best to wait a week before sending the tracking number.",
                    "",
                ),
            },
            {
                "type": "numeric",
                "answer": "25",
                "tolerance": "0",
                "es": (
                    "Producto 12 €, embalaje 1 €, envío 4 € y quieres ganar 8 €. ¿A "
                    "qué precio (en euros) lo vendes con envío incluido?",
                    "12 + 1 + 4 + 8 = 25 €.",
                ),
                "pt": (
                    "Produto 12 €, embalagem 1 €, envio 4 € e quer ganhar 8 €. A que "
                    "preço (em euros) o vende com envio incluído?",
                    "12 + 1 + 4 + 8 = 25 €.",
                ),
                "en": (
                    "Product €12, packaging €1, shipping €4 and you want to earn €8. "
                    "At what price (in euros) do you sell it, shipping included?",
                    "12 + 1 + 4 + 8 = €25.",
                ),
            },
        ],
    },
}

COMPLETE_COURSES["microcreditos"] = {
    "exam": {"pass_mark": 65, "time_limit": 30, "feedback": "explanation"},
    "worksheet": {
        "lesson": 2,
        "es": (
            "Documentos para pedir un microcrédito",
            "Reúnelos antes de la primera cita.",
            [
                "Documento de identidad o permiso de residencia.",
                "Plan de negocio con previsión de doce meses.",
                "Presupuesto de la inversión (facturas proforma).",
                "Extractos bancarios de los últimos tres meses.",
                "Carta de apoyo de una entidad social, si la tienes.",
            ],
        ),
        "pt": (
            "Documentos para pedir um microcrédito",
            "Reúna-os antes da primeira reunião.",
            [
                "Documento de identificação ou autorização de residência.",
                "Plano de negócio com previsão a doze meses.",
                "Orçamento do investimento (faturas pró-forma).",
                "Extratos bancários dos últimos três meses.",
                "Carta de apoio de uma entidade social, se a tiver.",
            ],
        ),
        "en": (
            "Documents for a microcredit application",
            "Gather them before the first meeting.",
            [
                "Identity document or residence permit.",
                "Business plan with a twelve-month forecast.",
                "Investment budget (pro-forma invoices).",
                "Bank statements for the last three months.",
                "A letter of support from a social organisation, if you have one.",
            ],
        ),
    },
    "lessons": [
        {
            "minutes": 25,
            "check": 0,
            "es": (
                "Préstamo, microcrédito y subvención",
                [
                    "Un préstamo se devuelve con intereses; una subvención no se "
                    "devuelve si cumples sus condiciones. El microcrédito es un "
                    "préstamo pequeño, normalmente sin aval, pensado para quien no "
                    "accede a la banca tradicional.",
                    "Muchas entidades sociales acompañan la solicitud de "
                    "microcrédito y hacen seguimiento del negocio durante el primer "
                    "año.",
                ],
                (
                    "¿Qué financiación no se devuelve si cumples las condiciones?",
                    ["La subvención", "El microcrédito", "El préstamo bancario"],
                    "La subvención es a fondo perdido, aunque exige justificar el gasto.",
                ),
            ),
            "pt": (
                "Empréstimo, microcrédito e subsídio",
                [
                    "Um empréstimo devolve-se com juros; um subsídio não se devolve "
                    "se cumprir as condições. O microcrédito é um empréstimo "
                    "pequeno, normalmente sem fiador, pensado para quem não tem "
                    "acesso à banca tradicional.",
                    "Muitas entidades sociais acompanham a candidatura ao "
                    "microcrédito e seguem o negócio durante o primeiro ano.",
                ],
                (
                    "Que financiamento não se devolve se cumprir as condições?",
                    ["O subsídio", "O microcrédito", "O empréstimo bancário"],
                    "O subsídio é a fundo perdido, embora exija justificar a despesa.",
                ),
            ),
            "en": (
                "Loans, microcredit and grants",
                [
                    "A loan is repaid with interest; a grant is not repaid if you "
                    "meet its conditions. Microcredit is a small loan, usually "
                    "without a guarantor, for people who cannot get ordinary bank "
                    "credit.",
                    "Many social organisations help with microcredit applications "
                    "and follow the business through its first year.",
                ],
                (
                    "Which funding is not repaid if you meet the conditions?",
                    ["A grant", "Microcredit", "A bank loan"],
                    "A grant is non-repayable, though you must account for the spending.",
                ),
            ),
        },
        {
            "minutes": 30,
            "check": 1,
            "es": (
                "¿Cuánto dinero necesitas?",
                [
                    "Suma la inversión inicial (equipos, reformas, primer stock) y "
                    "añade los gastos de los primeros meses, cuando todavía vendes "
                    "poco. Pedir de menos es tan peligroso como pedir de más.",
                    "Una regla prudente: ten cubiertos al menos tres meses de costes "
                    "fijos además de la inversión.",
                ],
                (
                    "Inversión de 4.000 € y costes fijos de 800 € al mes. ¿Cuánto "
                    "pedirías siguiendo la regla de los tres meses?",
                    ["4.000 €", "6.400 €", "4.800 €"],
                    "4.000 + 3 × 800 = 6.400 €.",
                ),
            ),
            "pt": (
                "De quanto dinheiro precisa?",
                [
                    "Some o investimento inicial (equipamento, obras, primeiro "
                    "stock) e acrescente as despesas dos primeiros meses, quando "
                    "ainda vende pouco. Pedir de menos é tão perigoso como pedir de "
                    "mais.",
                    "Uma regra prudente: tenha cobertos pelo menos três meses de "
                    "custos fixos além do investimento.",
                ],
                (
                    "Investimento de 4000 € e custos fixos de 800 € por mês. Quanto "
                    "pediria seguindo a regra dos três meses?",
                    ["4000 €", "6400 €", "4800 €"],
                    "4000 + 3 × 800 = 6400 €.",
                ),
            ),
            "en": (
                "How much money do you need?",
                [
                    "Add up the initial investment (equipment, refurbishment, first "
                    "stock) and the costs of the first months, while sales are "
                    "still low. Asking for too little is as dangerous as asking for "
                    "too much.",
                    "A prudent rule: cover at least three months of fixed costs on "
                    "top of the investment.",
                ],
                (
                    "Investment of €4,000 and fixed costs of €800 a month. How much "
                    "would you ask for under the three-month rule?",
                    ["€4,000", "€6,400", "€4,800"],
                    "4,000 + 3 × 800 = €6,400.",
                ),
            ),
        },
        {
            "minutes": 30,
            "check": 2,
            "es": (
                "Preparar la solicitud",
                [
                    "Quien concede un microcrédito valora sobre todo a la persona: "
                    "su experiencia, su compromiso y la coherencia de su plan. Lleva "
                    "el plan de negocio, presupuestos reales y tus extractos.",
                    "Prepara una explicación de dos minutos de tu proyecto y de cómo "
                    "vas a devolver el dinero mes a mes.",
                ],
                (
                    "¿Qué valora más quien concede un microcrédito?",
                    [
                        "El coche que tienes",
                        "Tu número de seguidores",
                        "La persona y la coherencia del plan",
                    ],
                    "El microcrédito se basa en la confianza en quien emprende.",
                ),
            ),
            "pt": (
                "Preparar a candidatura",
                [
                    "Quem concede um microcrédito valoriza sobretudo a pessoa: a "
                    "experiência, o compromisso e a coerência do plano. Leve o "
                    "plano de negócio, orçamentos reais e os seus extratos.",
                    "Prepare uma explicação de dois minutos do seu projeto e de "
                    "como vai devolver o dinheiro mês a mês.",
                ],
                (
                    "O que valoriza mais quem concede um microcrédito?",
                    [
                        "O carro que tem",
                        "O número de seguidores",
                        "A pessoa e a coerência do plano",
                    ],
                    "O microcrédito assenta na confiança em quem empreende.",
                ),
            ),
            "en": (
                "Preparing the application",
                [
                    "Microcredit lenders look above all at the person: experience, "
                    "commitment and a coherent plan. Bring your business plan, real "
                    "quotes and your bank statements.",
                    "Prepare a two-minute explanation of your project and of how you "
                    "will repay the money month by month.",
                ],
                (
                    "What do microcredit lenders value most?",
                    [
                        "Your car",
                        "Your follower count",
                        "The person and a coherent plan",
                    ],
                    "Microcredit rests on trust in the entrepreneur.",
                ),
            ),
        },
        {
            "minutes": 20,
            "check": 0,
            "es": (
                "Ayudas públicas en España y Portugal",
                [
                    "Ayuntamientos, comunidades autónomas y el IEFP en Portugal "
                    "publican ayudas para el autoempleo. Muchas se cofinancian con "
                    "fondos europeos y exigen solicitarlas antes de empezar la "
                    "actividad.",
                    "Lee las bases completas: plazos, gastos que cubren y cómo se "
                    "justifican. Guarda todas las facturas y pagos por banco.",
                ],
                (
                    "¿Cuándo conviene solicitar muchas ayudas al autoempleo?",
                    [
                        "Antes de iniciar la actividad",
                        "Tras cinco años",
                        "Cuando cierras",
                    ],
                    "Muchas bases exigen no haber iniciado la actividad.",
                ),
            ),
            "pt": (
                "Apoios públicos em Espanha e Portugal",
                [
                    "Câmaras municipais, regiões e o IEFP em Portugal publicam "
                    "apoios à criação do próprio emprego. Muitos são cofinanciados "
                    "por fundos europeus e exigem candidatura antes de iniciar a "
                    "atividade.",
                    "Leia o regulamento completo: prazos, despesas elegíveis e como "
                    "se justificam. Guarde todas as faturas e pagamentos por banco.",
                ],
                (
                    "Quando convém candidatar-se a muitos apoios ao autoemprego?",
                    ["Antes de iniciar a atividade", "Após cinco anos", "Ao fechar"],
                    "Muitos regulamentos exigem não ter iniciado a atividade.",
                ),
            ),
            "en": (
                "Public support in Spain and Portugal",
                [
                    "Councils, regions and the IEFP in Portugal publish grants for "
                    "self-employment. Many are co-funded by EU funds and require you "
                    "to apply before starting your activity.",
                    "Read the full rules: deadlines, eligible costs and how to "
                    "account for them. Keep every invoice and pay by bank transfer.",
                ],
                (
                    "When should you apply for many self-employment grants?",
                    [
                        "Before starting your activity",
                        "After five years",
                        "When closing",
                    ],
                    "Many schemes require that you have not started yet.",
                ),
            ),
        },
    ],
    "questions": [
        {
            "type": "single",
            "correct": [1],
            "es": (
                "¿Qué es un microcrédito?",
                [
                    "Una ayuda que no se devuelve",
                    "Un préstamo pequeño, a menudo sin aval",
                    "Una tarjeta de crédito",
                ],
                "Es un préstamo: se devuelve, pero sin las garantías de la banca clásica.",
            ),
            "pt": (
                "O que é um microcrédito?",
                [
                    "Um apoio que não se devolve",
                    "Um empréstimo pequeno, muitas vezes sem fiador",
                    "Um cartão de crédito",
                ],
                "É um empréstimo: devolve-se, mas sem as garantias da banca clássica.",
            ),
            "en": (
                "What is microcredit?",
                [
                    "A grant you never repay",
                    "A small loan, often without a guarantor",
                    "A credit card",
                ],
                "It is a loan: repaid, but without the guarantees of ordinary banks.",
            ),
        },
        {
            "type": "single",
            "correct": [0],
            "es": (
                "¿Qué organismo gestiona en Portugal apoyos al autoempleo?",
                ["El IEFP", "La DGT", "El INE"],
                "El Instituto do Emprego e Formação Profissional.",
            ),
            "pt": (
                "Que organismo gere em Portugal apoios ao autoemprego?",
                ["O IEFP", "A DGT", "O INE"],
                "O Instituto do Emprego e Formação Profissional.",
            ),
            "en": (
                "Which body runs self-employment support in Portugal?",
                ["The IEFP", "The DGT", "The INE"],
                "The Instituto do Emprego e Formação Profissional.",
            ),
        },
        {
            "type": "single",
            "correct": [2],
            "es": (
                "¿Qué documento muestra el coste de una inversión antes de comprar?",
                ["Un recibo", "Un contrato de alquiler", "Una factura proforma"],
                "La proforma es un presupuesto formal del proveedor.",
            ),
            "pt": (
                "Que documento mostra o custo de um investimento antes de comprar?",
                ["Um recibo", "Um contrato de arrendamento", "Uma fatura pró-forma"],
                "A pró-forma é um orçamento formal do fornecedor.",
            ),
            "en": (
                "Which document shows an investment's cost before you buy?",
                ["A receipt", "A lease", "A pro-forma invoice"],
                "A pro-forma is the supplier's formal quote.",
            ),
        },
        {
            "type": "multiple",
            "correct": [0, 1],
            "es": (
                "¿Qué suma el dinero que necesitas? (varias respuestas)",
                [
                    "La inversión inicial",
                    "Los costes de los primeros meses",
                    "Las vacaciones del año",
                ],
                "Inversión más colchón para los meses de pocas ventas.",
            ),
            "pt": (
                "O que soma o dinheiro de que precisa? (várias respostas)",
                [
                    "O investimento inicial",
                    "Os custos dos primeiros meses",
                    "As férias do ano",
                ],
                "Investimento mais almofada para os meses de poucas vendas.",
            ),
            "en": (
                "What adds up to the money you need? (several answers)",
                [
                    "The initial investment",
                    "The first months' costs",
                    "This year's holiday",
                ],
                "Investment plus a cushion for the low-sales months.",
            ),
        },
        {
            "type": "multiple",
            "correct": [0, 2],
            "es": (
                "¿Qué debes guardar para justificar una ayuda?",
                [
                    "Las facturas",
                    "Las conversaciones de WhatsApp",
                    "Los justificantes de pago por banco",
                ],
                "Factura y pago bancario prueban el gasto.",
            ),
            "pt": (
                "O que deve guardar para justificar um apoio?",
                [
                    "As faturas",
                    "As conversas de WhatsApp",
                    "Os comprovativos de pagamento por banco",
                ],
                "Fatura e pagamento bancário provam a despesa.",
            ),
            "en": (
                "What must you keep to account for a grant?",
                ["Invoices", "WhatsApp chats", "Proof of bank payments"],
                "An invoice and a bank payment prove the spending.",
            ),
        },
        {
            "type": "true_false",
            "answer": True,
            "es": (
                "Pedir menos dinero del necesario puede poner en riesgo el negocio.",
                "Sin colchón, un mes flojo obliga a cerrar.",
            ),
            "pt": (
                "Pedir menos dinheiro do que o necessário pode pôr o negócio em risco.",
                "Sem almofada, um mês fraco obriga a fechar.",
            ),
            "en": (
                "Asking for less money than you need can put the business at risk.",
                "Without a cushion, one slow month can force you to close.",
            ),
        },
        {
            "type": "true_false",
            "answer": False,
            "es": (
                "Una subvención nunca exige justificar en qué se gastó.",
                "Toda subvención exige justificar el gasto.",
            ),
            "pt": (
                "Um subsídio nunca exige justificar em que foi gasto.",
                "Todo o subsídio exige justificar a despesa.",
            ),
            "en": (
                "A grant never requires you to show what it was spent on.",
                "Every grant requires you to account for the spending.",
            ),
        },
        {
            "type": "numeric",
            "answer": "7500",
            "tolerance": "0",
            "es": (
                "Inversión 6.000 € y costes fijos de 500 € al mes. Con la regla de "
                "los tres meses, ¿cuántos euros necesitas?",
                "6.000 + 3 × 500 = 7.500 €.",
            ),
            "pt": (
                "Investimento 6000 € e custos fixos de 500 € por mês. Com a regra "
                "dos três meses, de quantos euros precisa?",
                "6000 + 3 × 500 = 7500 €.",
            ),
            "en": (
                "Investment €6,000 and fixed costs of €500 a month. Under the "
                "three-month rule, how many euros do you need?",
                "6,000 + 3 × 500 = €7,500.",
            ),
        },
    ],
}

COMPLETE_COURSES["marketing-digital"] = {
    "exam": {"pass_mark": 60, "time_limit": None, "feedback": "correctness"},
    "worksheet": {
        "lesson": 1,
        "es": (
            "Calendario de publicaciones de un mes",
            "Rellena una línea por semana.",
            [
                "Semana 1: presenta a la persona detrás del negocio.",
                "Semana 2: enseña cómo se hace tu producto o servicio.",
                "Semana 3: comparte la opinión de un cliente.",
                "Semana 4: una oferta o novedad con fecha límite.",
                "Cada viernes: revisa qué publicación tuvo más respuestas.",
            ],
        ),
        "pt": (
            "Calendário de publicações de um mês",
            "Preencha uma linha por semana.",
            [
                "Semana 1: apresente a pessoa por trás do negócio.",
                "Semana 2: mostre como se faz o seu produto ou serviço.",
                "Semana 3: partilhe a opinião de um cliente.",
                "Semana 4: uma oferta ou novidade com data limite.",
                "Todas as sextas: veja que publicação teve mais respostas.",
            ],
        ),
        "en": (
            "One-month posting calendar",
            "Fill in one line per week.",
            [
                "Week 1: introduce the person behind the business.",
                "Week 2: show how your product or service is made.",
                "Week 3: share a customer's review.",
                "Week 4: an offer or news item with a deadline.",
                "Every Friday: check which post got the most replies.",
            ],
        ),
    },
    "lessons": [
        {
            "minutes": 20,
            "check": 0,
            "es": (
                "A quién le hablas",
                [
                    "El marketing con poco presupuesto empieza por elegir bien: un "
                    "público pequeño y concreto al que puedas llegar con tus medios.",
                    "Averigua dónde pasa su tiempo ese público —grupos de vecinos, "
                    "Instagram, el mercado del sábado— y empieza solo por ahí.",
                ],
                (
                    "¿Por dónde empieza el marketing con poco presupuesto?",
                    [
                        "Por elegir un público concreto",
                        "Por anunciarse en televisión",
                        "Por estar en todas las redes",
                    ],
                    "Sin público definido, cualquier gasto se dispersa.",
                ),
            ),
            "pt": (
                "Com quem está a falar",
                [
                    "O marketing com pouco orçamento começa por escolher bem: um "
                    "público pequeno e concreto a que consiga chegar com os seus "
                    "meios.",
                    "Descubra onde esse público passa o tempo — grupos de vizinhos, "
                    "Instagram, o mercado de sábado — e comece só por aí.",
                ],
                (
                    "Por onde começa o marketing com pouco orçamento?",
                    [
                        "Por escolher um público concreto",
                        "Por anunciar na televisão",
                        "Por estar em todas as redes",
                    ],
                    "Sem público definido, qualquer gasto se dispersa.",
                ),
            ),
            "en": (
                "Who you are talking to",
                [
                    "Marketing on a shoestring starts with choosing well: a small, "
                    "concrete audience you can reach with what you have.",
                    "Find out where that audience spends its time — neighbourhood "
                    "groups, Instagram, the Saturday market — and start there only.",
                ],
                (
                    "Where does low-budget marketing start?",
                    [
                        "Choosing a concrete audience",
                        "TV advertising",
                        "Being on every network",
                    ],
                    "Without a defined audience any spending is scattered.",
                ),
            ),
        },
        {
            "minutes": 30,
            "check": 2,
            "es": (
                "Canales gratuitos que funcionan",
                [
                    "Una ficha de empresa en Google Maps con fotos, horario y "
                    "reseñas trae clientes de tu zona sin coste.",
                    "En redes sociales publica con regularidad contenido útil o "
                    "cercano: cómo trabajas, quién eres, qué dicen tus clientes. La "
                    "constancia pesa más que la cantidad.",
                ],
                (
                    "¿Qué pesa más en redes sociales?",
                    [
                        "Publicar diez veces un día",
                        "Comprar seguidores",
                        "La constancia",
                    ],
                    "Publicar de forma regular crea hábito en tu público.",
                ),
            ),
            "pt": (
                "Canais gratuitos que funcionam",
                [
                    "Um perfil de empresa no Google Maps com fotografias, horário e "
                    "avaliações traz clientes da sua zona sem custos.",
                    "Nas redes sociais publique com regularidade conteúdo útil ou "
                    "próximo: como trabalha, quem é, o que dizem os clientes. A "
                    "constância pesa mais do que a quantidade.",
                ],
                (
                    "O que pesa mais nas redes sociais?",
                    [
                        "Publicar dez vezes num dia",
                        "Comprar seguidores",
                        "A constância",
                    ],
                    "Publicar com regularidade cria hábito no seu público.",
                ),
            ),
            "en": (
                "Free channels that work",
                [
                    "A Google Maps business profile with photos, opening hours and "
                    "reviews brings local customers at no cost.",
                    "On social media, post useful or personal content regularly: how "
                    "you work, who you are, what customers say. Consistency matters "
                    "more than volume.",
                ],
                (
                    "What matters most on social media?",
                    ["Posting ten times in one day", "Buying followers", "Consistency"],
                    "Posting regularly builds a habit in your audience.",
                ),
            ),
        },
        {
            "minutes": 25,
            "check": 1,
            "es": (
                "El boca a boca y las alianzas",
                [
                    "Un cliente satisfecho que te recomienda vale más que cualquier "
                    "anuncio. Pídele que lo haga y ponle fácil: una tarjeta, un "
                    "enlace, un pequeño descuento para el amigo.",
                    "Alíate con negocios vecinos que tengan tu mismo cliente pero no "
                    "compitan contigo: una panadería y una tienda de café, un "
                    "alojamiento rural y una guía de rutas.",
                ],
                (
                    "¿Qué negocio es un buen aliado para un alojamiento rural?",
                    [
                        "Otro alojamiento rural",
                        "Una guía de rutas a caballo",
                        "Una gran cadena hotelera",
                    ],
                    "Comparten cliente sin competir.",
                ),
            ),
            "pt": (
                "O passa-palavra e as parcerias",
                [
                    "Um cliente satisfeito que o recomenda vale mais do que qualquer "
                    "anúncio. Peça-lhe que o faça e facilite: um cartão, uma "
                    "ligação, um pequeno desconto para o amigo.",
                    "Junte-se a negócios vizinhos com o mesmo cliente mas que não "
                    "concorram consigo: uma padaria e uma loja de café, um "
                    "alojamento rural e um guia de percursos.",
                ],
                (
                    "Que negócio é um bom parceiro para um alojamento rural?",
                    [
                        "Outro alojamento rural",
                        "Um guia de passeios a cavalo",
                        "Uma grande cadeia hoteleira",
                    ],
                    "Partilham cliente sem concorrer.",
                ),
            ),
            "en": (
                "Word of mouth and partnerships",
                [
                    "A happy customer who recommends you is worth more than any ad. "
                    "Ask them to, and make it easy: a card, a link, a small "
                    "discount for their friend.",
                    "Team up with nearby businesses that share your customer but do "
                    "not compete with you: a bakery and a coffee shop, a rural "
                    "guesthouse and a trail guide.",
                ],
                (
                    "Which business is a good partner for a rural guesthouse?",
                    [
                        "Another rural guesthouse",
                        "A horse-riding trail guide",
                        "A big hotel chain",
                    ],
                    "They share a customer without competing.",
                ),
            ),
        },
        {
            "minutes": 20,
            "check": 0,
            "es": (
                "Medir y mejorar",
                [
                    "Pregunta a cada cliente nuevo cómo te conoció y apúntalo. En "
                    "un mes sabrás qué canal funciona.",
                    "Deja lo que no trae clientes y dedica ese tiempo a lo que sí. "
                    "Medir es lo que convierte el marketing en una inversión.",
                ],
                (
                    "¿Cuál es la forma más sencilla de saber qué canal funciona?",
                    [
                        "Preguntar a cada cliente cómo te conoció",
                        "Adivinar",
                        "Copiar a la competencia",
                    ],
                    "Un simple registro basta para decidir.",
                ),
            ),
            "pt": (
                "Medir e melhorar",
                [
                    "Pergunte a cada cliente novo como o conheceu e registe. Num mês "
                    "saberá que canal funciona.",
                    "Deixe o que não traz clientes e dedique esse tempo ao que traz. "
                    "Medir é o que transforma o marketing num investimento.",
                ],
                (
                    "Qual é a forma mais simples de saber que canal funciona?",
                    [
                        "Perguntar a cada cliente como o conheceu",
                        "Adivinhar",
                        "Copiar a concorrência",
                    ],
                    "Um simples registo basta para decidir.",
                ),
            ),
            "en": (
                "Measure and improve",
                [
                    "Ask every new customer how they found you and write it down. "
                    "Within a month you will know which channel works.",
                    "Drop what brings no customers and spend that time on what does. "
                    "Measuring is what turns marketing into an investment.",
                ],
                (
                    "What is the simplest way to know which channel works?",
                    [
                        "Ask every customer how they found you",
                        "Guess",
                        "Copy competitors",
                    ],
                    "A simple log is enough to decide.",
                ),
            ),
        },
    ],
    "questions": [
        {
            "type": "single",
            "correct": [0],
            "es": (
                "¿Qué herramienta gratuita trae clientes de tu zona?",
                [
                    "La ficha de empresa en Google Maps",
                    "Un anuncio en prensa",
                    "Un cartel luminoso",
                ],
                "",
            ),
            "pt": (
                "Que ferramenta gratuita traz clientes da sua zona?",
                [
                    "O perfil de empresa no Google Maps",
                    "Um anúncio no jornal",
                    "Um reclamo luminoso",
                ],
                "",
            ),
            "en": (
                "Which free tool brings local customers?",
                ["A Google Maps business profile", "A newspaper ad", "A neon sign"],
                "",
            ),
        },
        {
            "type": "single",
            "correct": [2],
            "es": (
                "¿Qué público es más fácil de alcanzar con poco dinero?",
                ["Toda España", "Todos los jóvenes", "Las familias de tu barrio"],
                "",
            ),
            "pt": (
                "Que público é mais fácil de alcançar com pouco dinheiro?",
                ["Todo o país", "Todos os jovens", "As famílias do seu bairro"],
                "",
            ),
            "en": (
                "Which audience is easiest to reach with little money?",
                [
                    "The whole country",
                    "All young people",
                    "Families in your neighbourhood",
                ],
                "",
            ),
        },
        {
            "type": "single",
            "correct": [1],
            "es": (
                "¿Qué hace más fácil que un cliente te recomiende?",
                [
                    "Pedírselo por carta certificada",
                    "Darle una tarjeta o un enlace",
                    "No decirle nada",
                ],
                "",
            ),
            "pt": (
                "O que facilita que um cliente o recomende?",
                [
                    "Pedir-lhe por carta registada",
                    "Dar-lhe um cartão ou uma ligação",
                    "Não lhe dizer nada",
                ],
                "",
            ),
            "en": (
                "What makes it easier for a customer to recommend you?",
                [
                    "Asking by registered letter",
                    "Giving them a card or a link",
                    "Saying nothing",
                ],
                "",
            ),
        },
        {
            "type": "multiple",
            "correct": [0, 2],
            "es": (
                "¿Qué contenido funciona en redes? (varias respuestas)",
                [
                    "Cómo se hace tu producto",
                    "Solo precios en mayúsculas",
                    "Opiniones de clientes",
                ],
                "",
            ),
            "pt": (
                "Que conteúdo funciona nas redes? (várias respostas)",
                [
                    "Como se faz o seu produto",
                    "Só preços em maiúsculas",
                    "Opiniões de clientes",
                ],
                "",
            ),
            "en": (
                "Which content works on social media? (several answers)",
                [
                    "How your product is made",
                    "Prices in capitals only",
                    "Customer reviews",
                ],
                "",
            ),
        },
        {
            "type": "multiple",
            "correct": [1, 2],
            "es": (
                "¿Qué parejas de negocios son buenas alianzas?",
                [
                    "Dos panaderías de la misma calle",
                    "Panadería y tienda de café",
                    "Alojamiento rural y guía de rutas",
                ],
                "",
            ),
            "pt": (
                "Que pares de negócios são boas parcerias?",
                [
                    "Duas padarias da mesma rua",
                    "Padaria e loja de café",
                    "Alojamento rural e guia de percursos",
                ],
                "",
            ),
            "en": (
                "Which pairs of businesses make good partners?",
                [
                    "Two bakeries on the same street",
                    "A bakery and a coffee shop",
                    "A rural guesthouse and a trail guide",
                ],
                "",
            ),
        },
        {
            "type": "true_false",
            "answer": False,
            "es": (
                "Conviene estar en todas las redes sociales desde el primer día.",
                "",
            ),
            "pt": ("Convém estar em todas as redes sociais desde o primeiro dia.", ""),
            "en": ("You should be on every social network from day one.", ""),
        },
        {
            "type": "true_false",
            "answer": True,
            "es": (
                "Medir de dónde llegan los clientes ayuda a decidir dónde invertir.",
                "",
            ),
            "pt": (
                "Medir de onde chegam os clientes ajuda a decidir onde investir.",
                "",
            ),
            "en": (
                "Measuring where customers come from helps decide where to invest.",
                "",
            ),
        },
        {
            "type": "numeric",
            "answer": "12",
            "tolerance": "0",
            "es": (
                "Publicas tres veces por semana durante cuatro semanas. ¿Cuántas "
                "publicaciones son?",
                "3 × 4 = 12.",
            ),
            "pt": (
                "Publica três vezes por semana durante quatro semanas. Quantas "
                "publicações são?",
                "3 × 4 = 12.",
            ),
            "en": (
                "You post three times a week for four weeks. How many posts is that?",
                "3 × 4 = 12.",
            ),
        },
    ],
}
