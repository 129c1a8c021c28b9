"""Keep the packed offers of recommendations current: any change to a mentor
profile, its areas or a mentorship bumps the shared version stamp."""

from django.conf import settings
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from mentoring.models import ExpertiseArea, MentorProfile, Mentorship
from rumbo import page_cache


@receiver(post_save, sender=MentorProfile)
@receiver(post_delete, sender=MentorProfile)
@receiver(post_save, sender=Mentorship)
@receiver(post_delete, sender=Mentorship)
@receiver(m2m_changed, sender=MentorProfile.areas.through)
def offers_changed_receiver(**kwargs) -> None:
    from mentoring.selectors import offers_changed

    offers_changed()


@receiver(post_save, sender=MentorProfile)
@receiver(post_delete, sender=MentorProfile)
def mentor_page_purge(sender, instance, **kwargs) -> None:
    """The public page cache: the directory and this mentor's profile."""
    page_cache.purge("mentors", f"mentor:{instance.pk}")


@receiver(post_save, sender=Mentorship)
@receiver(post_delete, sender=Mentorship)
def mentorship_page_purge(sender, instance, **kwargs) -> None:
    # Places left show in the directory and on the profile.
    page_cache.purge("mentors", f"mentor:{instance.mentor_id}")


@receiver(m2m_changed, sender=MentorProfile.areas.through)
@receiver(post_save, sender=ExpertiseArea)
@receiver(post_delete, sender=ExpertiseArea)
def areas_page_purge(**kwargs) -> None:
    page_cache.purge("mentors")


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
def mentor_name_purge(sender, instance, update_fields=None, **kwargs) -> None:
    """A mentor's name is on the pages too (not at each log-in's last_login)."""
    shown = {"display_name", "first_name", "last_name", "email", "is_active"}
    if update_fields is not None and not shown & set(update_fields):
        return
    profile_id = getattr(getattr(instance, "mentor_profile", None), "pk", None)
    if profile_id:
        page_cache.purge("mentors", f"mentor:{profile_id}")


@receiver(post_save, sender=Mentorship)
def mentorship_wall(sender, instance, raw=False, **kwargs) -> None:
    """The news wall: each side's completed mentorship, shown only while that
    person lets the wall show their achievements."""
    if raw or instance.status != Mentorship.Status.ENDED:
        return
    from django.urls import reverse
    from django.utils import translation
    from django.utils.translation import gettext

    from news.services import Kind, wall_record

    titles, urls = {}, {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            # An existing msgid: the link leads to the mentor directory.
            titles[code] = gettext("Find a mentor")
            urls[code] = reverse("mentoring:directory")
    for person_id in (instance.mentee_id, instance.mentor.user_id):
        wall_record(
            Kind.MENTORSHIP_COMPLETED,
            key=f"mentorship:{instance.pk}:{person_id}",
            person=person_id,
            titles=titles,
            urls=urls,
            when=instance.ended_at,
        )
