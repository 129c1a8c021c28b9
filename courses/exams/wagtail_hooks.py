"""Staff grant one learner extra exam attempts or extra time, in the Wagtail admin."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.viewsets.model import ModelViewSet

from courses.exams.choosers import learner_chooser_viewset
from courses.exams.models import ExamGrant
from courses.models import CoursePage
from rumbo.choosers import TamperProofPageChooser


class ExamGrantViewSet(ModelViewSet):
    model = ExamGrant
    icon = "time"
    menu_label = _("Exam grants")
    add_to_admin_menu = True
    menu_order = 320
    copy_view_enabled = False
    panels = [
        FieldPanel("user", widget=learner_chooser_viewset.widget_class()),
        FieldPanel("course", widget=TamperProofPageChooser(target_models=[CoursePage])),
        FieldPanel("extra_attempts"),
        FieldPanel("extra_minutes"),
        FieldPanel("reason"),
    ]
    list_display = ["user", "course", "extra_attempts", "extra_minutes", "reason"]
    search_fields = ["user__email", "course__title", "reason"]
    search_backend_name = None
    ordering = ["-created_at"]


@hooks.register("register_admin_viewset")
def register_exam_grant_viewset():
    return [ExamGrantViewSet("exam_grants"), learner_chooser_viewset]
