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


def areas_ensure() -> None:
    """Create any missing default area (the data migration does it on install;
    tests that flush the database call this)."""
    from mentoring.models import ExpertiseArea

    existing = set(ExpertiseArea.objects.values_list("slug", flat=True))
    ExpertiseArea.objects.bulk_create(
        [
            ExpertiseArea(
                slug=slug, name_es=es, name_pt=pt, name_en=en, sort_order=order
            )
            for order, (slug, es, pt, en) in enumerate(DEFAULT_AREAS)
            if slug not in existing
        ]
    )
