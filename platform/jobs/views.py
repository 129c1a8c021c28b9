"""Pages of the jobs board. The list and an offer's page are public and cached
(nothing personal on them); everything else is for signed-in people."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import FormView, ListView, TemplateView

from jobs import selectors, services
from jobs.forms import ApplyForm, MessageForm, OfferFilterForm, OfferForm, StatusForm
from jobs.hooks import posters_for
from jobs.models import JobOffer
from jobs.storage import signs_urls
from rumbo import page_cache
from rumbo.forms import add_errors

PER_PAGE = 20


def _refusal(error: Exception) -> str:
    if isinstance(error, ValidationError):
        return " ".join(str(m) for m in error.messages)
    return str(error) or _("You are not allowed to do this.")


class OfferListView(ListView):
    template_name = "jobs/offer_list.html"
    context_object_name = "offers"

    def get_queryset(self):
        self.form = OfferFilterForm(self.request.GET or None)
        return selectors.offers_open(selectors.OfferFilters(**self.form.filters()))

    def get_context_data(self, **kwargs):
        # get_page, not ListView's paginate_by: a bad page number shows the
        # nearest page instead of a 404.
        page = Paginator(self.object_list, PER_PAGE).get_page(
            self.request.GET.get("page")
        )
        query = self.request.GET.copy()
        query.pop("page", None)
        page_cache.public(self.request, "jobs")
        return {
            "form": self.form,
            "page_obj": page,
            "offers": page.object_list,
            "query": query.urlencode(),
        }


class OfferDetailView(TemplateView):
    template_name = "jobs/offer_detail.html"

    def get(self, request, pk: int, slug: str = ""):
        offer = selectors.offer_public(pk)
        managing = False
        if offer is None:
            offer = selectors.offer_for_manager(request.user, pk)
            managing = offer is not None
            if offer is None:
                raise Http404
        elif slug != offer.slug:
            return redirect(offer.get_absolute_url(), permanent=True)
        poster = selectors.poster_shown(offer)
        if not managing:
            tags = ["jobs", f"job:{offer.pk}"]
            if poster.page_id:  # renaming the organisation purges it
                tags.append(f"page:{poster.page_id}")
            page_cache.public(request, *tags)
        return self.render_to_response(
            {"offer": offer, "managing": managing, "poster": poster}
        )


class ApplyView(LoginRequiredMixin, FormView):
    template_name = "jobs/apply.html"
    form_class = ApplyForm

    def dispatch(self, request, *args, **kwargs):
        self.offer = selectors.offer_public(kwargs["pk"])
        if self.offer is None:
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            existing = selectors.offer_applied_by(self.offer, request.user)
            if existing is not None:
                messages.info(request, _("You have already applied to this offer."))
                return redirect(existing.get_absolute_url())
        if not self.offer.is_open:
            messages.info(request, _("This offer is not open for applications."))
            return redirect(self.offer.get_absolute_url())
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(offer=self.offer, **kwargs)

    def form_valid(self, form):
        try:
            application = services.application_create(
                user=self.request.user,
                offer=self.offer,
                message=form.cleaned_data["message"],
                cv=form.cleaned_data.get("cv"),
            )
        except ValidationError as error:
            add_errors(form, error)
            return self.render_to_response(self.get_context_data(form=form), status=400)
        except PermissionDenied as error:
            form.add_error(None, _refusal(error))
            return self.render_to_response(self.get_context_data(form=form), status=403)
        messages.success(
            self.request,
            _(
                "Your application was sent. You will get an email when the poster answers."
            ),
        )
        return redirect(application.get_absolute_url())

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)


class OfferCreateView(LoginRequiredMixin, FormView):
    template_name = "jobs/offer_form.html"
    form_class = OfferForm

    def dispatch(self, request, *args, **kwargs):
        self.posters = posters_for(request.user)
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "posters": self.posters}

    def get_context_data(self, **kwargs):
        return super().get_context_data(posters=self.posters, **kwargs)

    def form_valid(self, form):
        try:
            offer = services.offer_create(
                user=self.request.user,
                poster_key=form.cleaned_data["poster"],
                data=form.offer_data(),
            )
        except ValidationError as error:
            add_errors(form, error)
            return self.form_invalid(form)
        if offer.status == JobOffer.Status.PUBLISHED:
            messages.success(self.request, _("Your job offer is published."))
        else:
            messages.success(
                self.request,
                _(
                    "Thank you. Staff check a first offer before it is published; you will get an email."
                ),
            )
        return redirect("jobs:mine")

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)


class ManagedOfferMixin(LoginRequiredMixin):
    """An offer of a poster the signed-in person posts for; 404 otherwise."""

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            self.offer = selectors.offer_for_manager(request.user, kwargs["pk"])
            if self.offer is None:
                raise Http404
        return super().dispatch(request, *args, **kwargs)


class OfferEditView(ManagedOfferMixin, FormView):
    template_name = "jobs/offer_form.html"
    form_class = OfferForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.offer}

    def get_context_data(self, **kwargs):
        return super().get_context_data(offer=self.offer, **kwargs)

    def form_valid(self, form):
        try:
            services.offer_update(
                user=self.request.user, offer=self.offer, data=form.offer_data()
            )
        except ValidationError as error:
            add_errors(form, error)
            return self.form_invalid(form)
        except PermissionDenied as error:
            form.add_error(None, _refusal(error))
            return self.form_invalid(form)
        messages.success(self.request, _("Your job offer was saved."))
        return redirect("jobs:mine")

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)


class OfferWithdrawView(ManagedOfferMixin, View):
    http_method_names = ["post"]

    def post(self, request, pk: int):
        try:
            services.offer_withdraw(user=request.user, offer=self.offer)
        except (ValidationError, PermissionDenied) as error:
            messages.error(request, _refusal(error))
        else:
            messages.success(request, _("The offer is closed. Its applications stay."))
        return redirect("jobs:mine")


class MyOffersView(LoginRequiredMixin, TemplateView):
    template_name = "jobs/mine.html"

    def get_context_data(self, **kwargs):
        posters = posters_for(self.request.user)
        offers = selectors.offers_managed(self.request.user) if posters else []
        return super().get_context_data(posters=posters, offers=offers, **kwargs)


class OfferApplicantsView(ManagedOfferMixin, TemplateView):
    template_name = "jobs/applicants.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            offer=self.offer,
            applications=selectors.applications_for_offer(self.offer),
            **kwargs,
        )


class MyApplicationsView(LoginRequiredMixin, TemplateView):
    template_name = "jobs/my_applications.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            applications=selectors.applications_for_user(self.request.user), **kwargs
        )


class ApplicationMixin(LoginRequiredMixin):
    """An application seen by its applicant or its offer's poster; 404 for
    anyone else, so ids reveal nothing."""

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            self.application = selectors.application_with_offer(kwargs["pk"])
            self.side = (
                services.application_side(request.user, self.application)
                if self.application
                else None
            )
            if self.side is None:
                raise Http404
        return super().dispatch(request, *args, **kwargs)


class ApplicationView(ApplicationMixin, TemplateView):
    template_name = "jobs/application.html"

    def get_context_data(self, **kwargs):
        context = {
            "application": self.application,
            "offer": self.application.offer,
            "side": self.side,
            "thread": selectors.application_messages(self.application),
            "form": MessageForm(),
            "status_form": StatusForm(initial={"status": self.application.status}),
        }
        context.update(kwargs)
        return super().get_context_data(**context)


class ApplicationMessageView(ApplicationMixin, View):
    http_method_names = ["post"]

    def post(self, request, pk: int):
        form = MessageForm(request.POST)
        if form.is_valid():
            try:
                services.application_message_post(
                    user=request.user,
                    application=self.application,
                    body=form.cleaned_data["body"],
                )
            except ValidationError as error:
                add_errors(form, error)
            except PermissionDenied as error:
                form.add_error(None, _refusal(error))
            else:
                messages.success(request, _("Your message was sent."))
                return redirect(self.application.get_absolute_url())
        view = ApplicationView(request=request, application=self.application)
        view.side = self.side
        return view.render_to_response(view.get_context_data(form=form), status=400)


class ApplicationStatusView(ApplicationMixin, View):
    http_method_names = ["post"]

    def post(self, request, pk: int):
        form = StatusForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Choose a status from the list."))
            return redirect(self.application.get_absolute_url())
        try:
            services.application_status_set(
                user=request.user,
                application=self.application,
                status=form.cleaned_data["status"],
            )
        except (ValidationError, PermissionDenied) as error:
            messages.error(request, _refusal(error))
        else:
            messages.success(
                request, _("The status was changed; the applicant is told.")
            )
        return redirect(self.application.get_absolute_url())


class CvDownloadView(ApplicationMixin, View):
    """The CV, for the applicant and the offer's poster only: it is kept in
    private storage, and this view is the only way to it."""

    http_method_names = ["get"]

    def get(self, request, pk: int):
        application = self.application
        if not application.cv:
            raise Http404
        filename = f"cv-{application.pk}.pdf"
        storage = application.cv.storage
        if signs_urls(storage):
            response = HttpResponseRedirect(
                storage.url(
                    application.cv.name,
                    parameters={
                        "ResponseContentDisposition": f'attachment; filename="{filename}"',
                        "ResponseContentType": "application/pdf",
                    },
                )
            )
        else:
            try:
                handle = application.cv.open("rb")
            except FileNotFoundError as error:
                raise Http404 from error
            response = FileResponse(
                handle,
                as_attachment=True,
                filename=filename,
                content_type="application/pdf",
            )
        response["Cache-Control"] = "private, no-store"
        response["X-Content-Type-Options"] = "nosniff"
        return response


def offer_redirect(request, pk: int):
    offer = selectors.offer_public(pk)
    if offer is None:
        raise Http404
    return redirect(offer.get_absolute_url(), permanent=True)
