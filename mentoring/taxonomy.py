"""The expertise areas every install starts with (staff edit them in /cms/)."""

DEFAULT_AREAS = [
    # slug, Spanish, Portuguese, English
    ("legal", "Legal y normativa", "Jurídico e regulamentar", "Legal and regulatory"),
    ("tax", "Fiscalidad", "Fiscalidade", "Tax"),
    (
        "financing",
        "Financiación y crowdfunding",
        "Financiamento e crowdfunding",
        "Financing and crowdfunding",
    ),
    ("marketing", "Marketing", "Marketing", "Marketing"),
    ("ecommerce", "Comercio electrónico", "Comércio eletrónico", "E-commerce"),
    (
        "social-media",
        "Internet y redes sociales",
        "Internet e redes sociais",
        "Internet and social media",
    ),
    ("management", "Gestión", "Gestão", "Management"),
    (
        "cross-border",
        "Comercio transfronterizo",
        "Comércio transfronteiriço",
        "Cross-border trade",
    ),
    ("hr", "Recursos humanos", "Recursos humanos", "Human resources"),
    ("business-plan", "Plan de empresa", "Plano de negócios", "Business plan"),
    ("sales", "Ventas", "Vendas", "Sales"),
    (
        "languages-culture",
        "Idioma y cultura local",
        "Língua e cultura local",
        "Local language and culture",
    ),
]
