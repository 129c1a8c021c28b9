"""The large data set the benchmarks share: courses, mentors."""

import random
import time

from courses.models import CoursePage
from tests.factories.courses import topic_for

TARGET_COURSES = 5000
FALLBACK_COURSES = 1000
# Wagtail pages need treebeard's add_child, one at a time; fall back to fewer
# courses if 5,000 would take longer than this to build.
BUDGET_SECONDS = 180
WORDS = ["negocio", "marketing", "tienda", "turismo", "ventas", "idiomas", "ayudas"]
LANGUAGES = ["es", "pt", "en", "fr", "ar", "wo", "ro"]
REGIONS = ["es-an", "pt-fa", "es-md", "pt-li", "es-ct", "pt-no", "es-ex"]
FORMATS = ["online", "in_person", "both"]
SECTORS = ["retail", "food", "tech", "crafts", "services", "tourism"]


def courses_seed_timed(index) -> tuple[int, float]:
    topics = [topic_for(index.locale, name) for name in ("Marketing", "Finanzas")]
    rng = random.Random(7)

    def add(number):
        index.add_child(
            instance=CoursePage(
                title=f"Curso {number:05d} de {rng.choice(WORDS)}",
                slug=f"bench-{number}",
                summary=f"Aprende {rng.choice(WORDS)} y {rng.choice(WORDS)}.",
                locale=index.locale,
                language="es",
                topic=topics[number % 2],
                level=("beginner", "intermediate", "advanced")[number % 3],
                hours=10 + number % 30,
            )
        )

    start = time.perf_counter()
    for number in range(100):
        add(number)
    estimate = (time.perf_counter() - start) / 100 * TARGET_COURSES
    total = TARGET_COURSES if estimate <= BUDGET_SECONDS else FALLBACK_COURSES
    for number in range(100, total):
        add(number)
    return total, time.perf_counter() - start


def courses_seed(index) -> list:
    """5,000 live courses under ``index`` (fewer on a slow machine)."""
    courses_seed_timed(index)
    return list(CoursePage.objects.child_of(index).live().order_by("pk"))


def mentors_seed(n: int) -> None:
    """``n`` approved mentors with their users, in bulk."""
    from mentoring.models import ExpertiseArea, MentorProfile, codes_join
    from tests.factories.mentoring import area
    from users.models import User

    area("tax")
    rng = random.Random(3)
    area_ids = list(ExpertiseArea.objects.values_list("pk", flat=True))
    users = User.objects.bulk_create(
        [
            User(email=f"mentor-bench{i}@example.org", display_name=f"Mentor {i}")
            for i in range(n)
        ],
        batch_size=1000,
    )
    profiles = MentorProfile.objects.bulk_create(
        [
            MentorProfile(
                user=user,
                status="approved",
                headline="Adviser",
                capacity=rng.randint(1, 5),
                languages=codes_join(rng.sample(LANGUAGES, 2)),
                region=rng.choice(REGIONS),
                format=rng.choice(FORMATS),
                sectors=codes_join(rng.sample(SECTORS, 1)),
            )
            for user in users
        ],
        batch_size=1000,
    )
    through = MentorProfile.areas.through
    through.objects.bulk_create(
        [
            through(mentorprofile_id=p.pk, expertisearea_id=a)
            for p in profiles
            for a in rng.sample(area_ids, 2)
        ],
        batch_size=1000,
    )
