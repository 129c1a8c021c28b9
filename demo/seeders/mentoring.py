"""Demo mentoring data for `seed_demo`: 32 approved mentors across Huelva, the
Algarve and beyond, mentees with needs, and one active mentorship.

Idempotent: running it again creates nothing twice. Photos are initials drawn
with Pillow and stored locally (no network).
"""

from __future__ import annotations

import io
from datetime import timedelta

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from demo.accounts import demo_user_ensure
from demo.content import load
from mentoring.models import (
    ExpertiseArea,
    Goal,
    MenteeProfile,
    MentorProfile,
    Mentorship,
    Message,
    Session,
    codes_join,
)


def _content() -> dict:
    """Names, places, languages, areas, sectors and headlines the mentors cycle
    through (demo/data/mentoring.json)."""
    return load("mentoring")


def _cycle(values: list, i: int):
    return values[i % len(values)]


def initials_photo(name: str, colour_index: int) -> ContentFile | None:
    """A 256-pixel PNG with the person's initials, drawn locally."""
    try:
        from PIL import Image, ImageDraw, ImageFont
    except ImportError:  # pragma: no cover - Pillow is a dependency
        return None
    colours = ["#0b5d63", "#5b6abf", "#b5562b", "#1e6b35", "#7d3c98", "#a4262c"]
    image = Image.new("RGB", (256, 256), colours[colour_index % len(colours)])
    draw = ImageDraw.Draw(image)
    initials = "".join(part[0] for part in name.split()[:2]).upper()
    try:
        font = ImageFont.load_default(size=110)
    except TypeError:  # older Pillow
        font = ImageFont.load_default()
    draw.text((128, 128), initials, fill="white", font=font, anchor="mm")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return ContentFile(buffer.getvalue())


@transaction.atomic
def mentoring_seed(*, mentors: int = 32, photos: bool = True) -> dict:
    """Create the demo mentors, mentees and mentorship; returns counts."""
    from mentoring.taxonomy import areas_ensure
    from users.models import User

    content = _content()
    areas_ensure()
    areas = {a.slug: a for a in ExpertiseArea.objects.all()}
    now = timezone.now()
    created_mentors = []
    for i in range(mentors):
        first = _cycle(content["first_names"], i)
        last = _cycle(content["last_names"], i)
        name = f"{first} {last}"
        city, region, country = _cycle(content["places"], i)
        languages = _cycle(content["language_sets"], i)
        user = demo_user_ensure(
            f"mentor{i + 1:02d}@rumbo.example",
            display_name=name,
            preferred_language="pt" if languages[0] == "pt" else "es",
            country=country,
            region=city,
        )
        profile, created = MentorProfile.objects.get_or_create(
            user=user,
            defaults={
                "status": MentorProfile.Status.APPROVED,
                "approved_at": now,
                "headline": _cycle(content["headlines"], i),
                "background": "Ruta CECE mentor since 2014. "
                "Works with city councils and NGOs in Huelva and the Algarve.",
                "bio": "I help people who are new to Spain or Portugal turn a "
                "business idea into a company that lasts.",
                "languages": codes_join(languages),
                "sectors": codes_join(_cycle(content["sector_sets"], i)),
                "city": city,
                "region": region,
                "format": _cycle(content["formats"], i),
                "capacity": 1 + i % 4,
                "availability": "Tuesday and Thursday evenings",
                "accepting": i % 11 != 10,
            },
        )
        if created:
            profile.areas.set(
                [areas[s] for s in _cycle(content["area_sets"], i) if s in areas]
            )
            if photos and i % 3 != 2:
                photo = initials_photo(name, i)
                if photo is not None:
                    profile.photo.save(f"mentor{i + 1:02d}.png", photo, save=True)
        created_mentors.append(profile)

    needs = [
        # email, areas, sector, stage, languages, region, format
        (
            "karim@rumbo.example",
            ["tax", "ecommerce", "marketing", "legal"],
            "retail",
            "starting",
            ["es", "ar", "fr"],
            "es-an",
            "both",
        ),
        (
            "ana@rumbo.example",
            ["financing", "marketing"],
            "food",
            "idea",
            ["pt", "en"],
            "pt-fa",
            "in_person",
        ),
        (
            "joao@rumbo.example",
            ["cross-border", "ecommerce"],
            "trade",
            "running",
            ["pt", "es"],
            "pt-fa",
            "online",
        ),
        (
            "grace@rumbo.example",
            ["business-plan", "financing"],
            "crafts",
            "starting",
            ["en", "es"],
            "es-an",
            "both",
        ),
    ]
    mentees = 0
    for email, slugs, sector, stage, languages, region, format_ in needs:
        user = User.objects.filter(email=email).first()
        if user is None:
            continue
        profile, created = MenteeProfile.objects.get_or_create(
            user=user,
            defaults={
                "sector": sector,
                "stage": stage,
                "languages": codes_join(languages),
                "region": region,
                "format": format_,
                "description": "Demo entrepreneur from the Ruta CECE programme.",
            },
        )
        if created:
            profile.areas.set([areas[s] for s in slugs if s in areas])
        mentees += 1

    grace = User.objects.filter(email="grace@rumbo.example").first()
    if grace is not None and created_mentors:
        mentor = created_mentors[12 % len(created_mentors)]
        mentorship = Mentorship.objects.filter(mentor=mentor, mentee=grace).first()
        if mentorship is None:
            mentorship = Mentorship.objects.create(mentor=mentor, mentee=grace)
            Goal.objects.create(
                mentorship=mentorship,
                title="Write a one-page business plan",
                status=Goal.Status.ACHIEVED,
                achieved_at=now,
                created_by=grace,
            )
            Goal.objects.create(
                mentorship=mentorship,
                title="Apply for a microcredit",
                target_date=(now + timedelta(days=45)).date(),
                status=Goal.Status.IN_PROGRESS,
                created_by=mentor.user,
            )
            for weeks, notes in (
                (3, "Reviewed the idea and the market."),
                (1, "Worked on costs and prices."),
            ):
                Session.objects.create(
                    mentorship=mentorship,
                    date=(now - timedelta(weeks=weeks)).date(),
                    minutes=60,
                    format="online",
                    notes=notes,
                    next_steps="Bring the numbers next time.",
                    created_by=mentor.user,
                )
            Message.objects.create(
                mentorship=mentorship,
                author=mentor.user,
                body="Great work on the plan! Next: the microcredit forms.",
            )
    return {"mentors": len(created_mentors), "mentees": mentees}


def seed() -> str:
    mentoring = mentoring_seed()
    return (
        f"Mentoring ready: {mentoring['mentors']} mentors (mentor01@rumbo.example ...)."
    )
