"""Keep the packed offers of recommendations current: any change to a mentor
profile, its areas or a mentorship bumps the shared version stamp."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from mentoring.models import MentorProfile, Mentorship


@receiver(post_save, sender=MentorProfile)
@receiver(post_delete, sender=MentorProfile)
@receiver(post_save, sender=Mentorship)
@receiver(post_delete, sender=Mentorship)
@receiver(m2m_changed, sender=MentorProfile.areas.through)
def offers_changed_receiver(**kwargs) -> None:
    from mentoring.selectors import offers_changed

    offers_changed()
