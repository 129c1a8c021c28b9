"""Demo page content in the three languages, drawn from the Ruta CECE documents."""

HOME = {
    "es": {
        "title": "Aprende, vende y encuentra mentoría",
        "intro": "Rumbo es la plataforma abierta para personas emprendedoras en España y Portugal: "
        "cursos a tu ritmo con certificado, una tienda para vender sin coste y mentores que eliges tú.",
        "areas": [
            (
                "courses",
                "Cursos",
                "Más de 60 cursos de gestión, marketing, financiación, comercio "
                "electrónico e idiomas. Empieza cuando quieras y consigue tu certificado.",
                "Ver cursos",
            ),
            (
                "shop",
                "Tienda",
                "Abre tu tienda gratis y vende tus productos y servicios a toda la "
                "comunidad, sin pagar por una web propia.",
                "Ir a la tienda",
            ),
            (
                "mentors",
                "Mentores",
                "Personas expertas en fiscalidad, financiación, marketing y "
                "comercio transfronterizo. Elige a quien mejor encaje con tu proyecto.",
                "Buscar mentor",
            ),
        ],
        "figures_heading": "Lo que ya ha conseguido este modelo",
        "figures": [
            ("1.200", "participantes en los cursos"),
            ("300", "certificados obtenidos"),
            ("69", "empresas creadas"),
        ],
    },
    "pt": {
        "title": "Aprenda, venda e encontre mentoria",
        "intro": "O Rumbo é a plataforma aberta para empreendedores em Espanha e Portugal: cursos ao "
        "seu ritmo com certificado, uma loja para vender sem custos e mentores escolhidos por si.",
        "areas": [
            (
                "courses",
                "Cursos",
                "Mais de 60 cursos de gestão, marketing, financiamento, comércio "
                "eletrónico e línguas. Comece quando quiser e obtenha o seu certificado.",
                "Ver cursos",
            ),
            (
                "shop",
                "Loja",
                "Abra a sua loja gratuitamente e venda os seus produtos e serviços a toda "
                "a comunidade, sem pagar por um site próprio.",
                "Ir para a loja",
            ),
            (
                "mentors",
                "Mentores",
                "Especialistas em fiscalidade, financiamento, marketing e comércio "
                "transfronteiriço. Escolha quem melhor se adapta ao seu projeto.",
                "Procurar mentor",
            ),
        ],
        "figures_heading": "O que este modelo já alcançou",
        "figures": [
            ("1.200", "participantes nos cursos"),
            ("300", "certificados obtidos"),
            ("69", "empresas criadas"),
        ],
    },
    "en": {
        "title": "Learn, sell and get mentored",
        "intro": "Rumbo is the open platform for entrepreneurs in Spain and Portugal: self-paced "
        "courses with a certificate, a shop to sell in at no cost, and mentors you choose yourself.",
        "areas": [
            (
                "courses",
                "Courses",
                "60+ courses on business management, marketing, financing, "
                "e-commerce and languages. Start whenever you like and earn a certificate.",
                "See courses",
            ),
            (
                "shop",
                "Shop",
                "Open your shop for free and sell your products and services to the "
                "whole community, without paying for a website of your own.",
                "Go to the shop",
            ),
            (
                "mentors",
                "Mentors",
                "Experts in tax, financing, marketing and cross-border trade. "
                "Choose the one who best fits your project.",
                "Find a mentor",
            ),
        ],
        "figures_heading": "What this model has already achieved",
        "figures": [
            ("1,200", "course participants"),
            ("300", "certificates earned"),
            ("69", "businesses created"),
        ],
    },
}

# slug -> language -> (title, intro, paragraphs)
PAGES = {
    "about": {
        "es": (
            "Sobre Rumbo",
            "Una plataforma abierta, inspirada en la Ruta CECE.",
            [
                "La Ruta CECE (Ruta hacia la Cooperación Empresarial y Comercio Electrónico) unió a "
                "ayuntamientos de Huelva y del Algarve, ONG y asociaciones de autónomos entre 2013 y 2015. "
                "Su plataforma ofrecía formación en línea, una tienda y mentoría a personas emprendedoras, "
                "muchas de ellas recién llegadas a España y Portugal.",
                "Rumbo recoge esa experiencia en un software libre que cualquier ayuntamiento u ONG puede "
                "poner en marcha mañana.",
            ],
        ),
        "pt": (
            "Sobre o Rumbo",
            "Uma plataforma aberta, inspirada na Rota CECE.",
            [
                "A Rota CECE juntou municípios de Huelva e do Algarve, ONG e associações de trabalhadores "
                "independentes entre 2013 e 2015. A sua plataforma oferecia formação online, uma loja e "
                "mentoria a empreendedores, muitos deles recém-chegados a Espanha e Portugal.",
                "O Rumbo reúne essa experiência num software livre que qualquer município ou ONG pode pôr "
                "a funcionar amanhã.",
            ],
        ),
        "en": (
            "About Rumbo",
            "An open platform, modelled on Ruta CECE.",
            [
                "Ruta CECE (Route towards business cooperation and e-commerce) brought together city "
                "councils in Huelva and the Algarve, NGOs and associations of the self-employed from 2013 "
                "to 2015. Its platform offered online training, a shop and mentoring to entrepreneurs, many "
                "of them newcomers to Spain and Portugal.",
                "Rumbo turns that experience into free software that any city council or NGO can deploy "
                "tomorrow.",
            ],
        ),
    },
    "privacy": {
        "es": (
            "Privacidad",
            "Cómo tratamos tus datos.",
            [
                "Solo guardamos los datos que necesitas para aprender, vender y recibir mentoría. Desde tu "
                "cuenta puedes descargar todos tus datos o eliminar tu cuenta en cualquier momento."
            ],
        ),
        "pt": (
            "Privacidade",
            "Como tratamos os seus dados.",
            [
                "Guardamos apenas os dados necessários para aprender, vender e receber mentoria. Na sua "
                "conta pode descarregar todos os seus dados ou eliminar a conta a qualquer momento."
            ],
        ),
        "en": (
            "Privacy",
            "How we handle your data.",
            [
                "We keep only the data you need to learn, sell and be mentored. From your account you can "
                "download all your data or delete your account at any time."
            ],
        ),
    },
}


# The course catalogue page of each locale: slug, title, introduction.
CATALOGUE = {
    "es": (
        "cursos",
        "Cursos",
        "Cursos a tu ritmo sobre gestión, marketing, financiación, comercio "
        "electrónico, idiomas y turismo, con examen y certificado.",
    ),
    "pt": (
        "cursos",
        "Cursos",
        "Cursos ao seu ritmo sobre gestão, marketing, financiamento, comércio "
        "eletrónico, línguas e turismo, com exame e certificado.",
    ),
    "en": (
        "courses",
        "Courses",
        "Self-paced courses on management, marketing, financing, e-commerce, "
        "languages and tourism, each with an exam and a certificate.",
    ),
}
