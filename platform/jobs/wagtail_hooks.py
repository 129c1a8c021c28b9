"""What jobs add to the admin (staff moderate offers) and to the platform's
hooks: organisations as posters, the account panel, data export and
deletion, navigation and the featured job offer of newsletters."""

from django.core.exceptions import ValidationError
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from newsletters.hooks import FEATURED_BLOCKS
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic.models import EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from home.hooks import NAVIGATION_AREAS, NavigationArea
from jobs.data_export import jobs_section
from jobs.hooks import JOB_POSTERS, posters_for
from jobs.models import JobOffer
from jobs.newsletter import featured_job, job_offer_chooser_viewset
from jobs.posters import organisation_posters
from jobs.selectors import applications_for_user
from jobs.services import offer_review, person_jobs_delete
from rumbo.forms import add_errors
from users.hooks import (
    ACCOUNT_DELETION_STEPS,
    ACCOUNT_PANELS,
    DATA_EXPORT_SECTIONS,
    AccountPanel,
)


class JobOfferIndexView(IndexView):
    def get_base_queryset(self):
        # The list never shows the long text.
        return super().get_base_queryset().defer("description")


class JobOfferEditView(EditView):
    """Staff approve, refuse (with a note for the poster) or close an offer,
    through the same service the rules live in."""

    def form_valid(self, form):
        self.form = form
        data = form.cleaned_data
        try:
            self.object = offer_review(
                offer=self.object,
                by=self.request.user,
                status=data["status"],
                note=data.get("review_note", ""),
                changes={k: data[k] for k in ("title", "description") if k in data},
            )
        except ValidationError as error:
            add_errors(form, error)
            self.produced_error_message = self.get_error_message()
            return self.form_invalid(form)
        return self.save_action()


class JobOfferViewSet(ModelViewSet):
    model = JobOffer
    # The public pages own the "jobs" namespace; the admin gets its own.
    url_prefix = "jobs"
    url_namespace = "jobs_joboffer"
    icon = "user"
    menu_label = _("Job offers")
    add_to_admin_menu = True
    menu_order = 330
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = JobOfferIndexView
    edit_view_class = JobOfferEditView
    form_fields = ["status", "review_note", "title", "description"]
    list_display = [
        "title",
        "poster_name",
        "kind",
        "status",
        DateColumn("created_at", label=_("Posted"), sort_key="created_at"),
        # A date to come: DateColumn would say how long ago ("just now").
        Column(
            "closing_date",
            label=_("Closes"),
            sort_key="closing_date",
            accessor=lambda offer: date_format(offer.closing_date),
        ),
    ]
    list_filter = ["status", "kind", "language"]
    search_fields = ["title", "poster_name"]
    search_backend_name = None
    ordering = ["-created_at"]

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            add_url_name=None, delete_url_name=None, **kwargs
        )

    def get_urlpatterns(self):
        # Offers are posted on the site, and closed rather than deleted: their
        # applications belong to the people who sent them.
        gone = {"add", "copy", "delete"}
        return [p for p in super().get_urlpatterns() if p.name not in gone]


@hooks.register("register_admin_viewset")
def register_job_offer_viewset():
    return JobOfferViewSet("jobs_joboffer")


@hooks.register("register_admin_viewset")
def register_job_offer_chooser():
    return job_offer_chooser_viewset


# --- What jobs add to the platform's core ---------------------------------


hooks.register(JOB_POSTERS, organisation_posters)


@hooks.register(ACCOUNT_PANELS)
def jobs_panel(request):
    user = request.user
    posters = posters_for(user)
    applications = list(applications_for_user(user)[:5])
    if not posters and not applications:
        return AccountPanel(
            key="jobs",
            title=_("Jobs"),
            template_name="jobs/includes/account_panel.html",
            context={"job_posters": [], "job_applications": []},
            stylesheets=("jobs/jobs.css",),
        )
    return AccountPanel(
        key="jobs",
        title=_("Job offers and applications"),
        template_name="jobs/includes/account_panel.html",
        context={"job_posters": posters, "job_applications": applications},
        stylesheets=("jobs/jobs.css",),
    )


@hooks.register(DATA_EXPORT_SECTIONS)
def jobs_data_export():
    return {"jobs": jobs_section}


hooks.register(ACCOUNT_DELETION_STEPS, person_jobs_delete)


# After the platform's own areas (courses, shop, mentors), with the network.
@hooks.register(NAVIGATION_AREAS, order=50)
def jobs_area():
    return NavigationArea(key="jobs", label=_("Jobs"), url_name="jobs:list")


# After the course, product and mentor blocks, in the editor as in the
# stored block definitions.
@hooks.register(FEATURED_BLOCKS, order=50)
def featured_job_block():
    return featured_job()
