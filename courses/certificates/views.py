"""Public verification, the learner's PDF download and name correction."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from courses.certificates.forms import RenameForm
from courses.certificates.links import (
    credential_url,
    issuer_name,
    share_image_url,
    signed_credential_url,
    verify_url,
)
from courses.certificates.qr import qr_svg
from courses.certificates.selectors import certificate_by_code
from courses.certificates.services import certificate_pdf_ensure, certificate_rename
from courses.certificates.share import HEIGHT, WIDTH, linkedin_add_url
from courses.certificates.storage import signs_urls
from rumbo import page_cache


def _certificate_or_404(code: str):
    certificate = certificate_by_code(code)
    if certificate is None:
        raise Http404
    return certificate


@require_GET
def verify(request, code: str):
    """Anyone can check a certificate: valid or revoked, and the facts on it.

    It is also the page a learner shares: Open Graph tags and a picture of the
    certificate for link previews; its owner gets the sharing buttons.
    """
    certificate = _certificate_or_404(code)
    if certificate.code != code:
        return redirect("certificates:verify", code=certificate.code)
    link = verify_url(certificate.code)
    page_cache.public(request, f"certificate:{certificate.code}")
    user = request.user
    is_owner = user.is_authenticated and user.pk == certificate.user_id
    return render(
        request,
        "certificates/verify.html",
        {
            "certificate": certificate,
            "verify_link": link,
            "credential_link": credential_url(certificate.code),
            "signed_credential_link": signed_credential_url(certificate.code),
            "share_image": share_image_url(certificate.code),
            "share_image_path": reverse("credentials:image", args=[certificate.code]),
            "share_image_size": (WIDTH, HEIGHT),
            "issuer": issuer_name(),
            "qr": qr_svg(link, title=_("QR code of this page")),
            "is_owner": is_owner,
            "linkedin_url": (
                linkedin_add_url(certificate)
                if is_owner and certificate.is_valid
                else ""
            ),
        },
    )


@require_GET
def pdf(request, code: str):
    """The stored PDF, for its owner (while valid) or staff; 404 for anyone else.

    This view is the only way to the file: it lives in private storage. On S3
    the answer is a redirect to a signed URL that expires within a minute.
    """
    certificate = _certificate_or_404(code)
    user = request.user
    is_owner = user.is_authenticated and certificate.user_id == user.pk
    if not (user.is_staff or (is_owner and certificate.is_valid)):
        raise Http404
    certificate_pdf_ensure(certificate=certificate)
    filename = f"certificate-{certificate.code}.pdf"
    storage = certificate.pdf.storage
    if signs_urls(storage):
        response = HttpResponseRedirect(
            storage.url(
                certificate.pdf.name,
                parameters={
                    "ResponseContentDisposition": f'attachment; filename="{filename}"',
                    "ResponseContentType": "application/pdf",
                },
            )
        )
    else:
        response = FileResponse(
            certificate.pdf.open("rb"),
            as_attachment=True,
            filename=filename,
            content_type="application/pdf",
        )
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_http_methods(["GET", "POST"])
def rename(request, code: str):
    """The learner corrects the name on their certificate, once."""
    certificate = _certificate_or_404(code)
    if certificate.user_id != request.user.pk:
        raise Http404
    used = certificate.name_corrected or not certificate.is_valid
    form = RenameForm(
        request.POST if request.method == "POST" and not used else None,
        initial={"name": certificate.learner_name},
    )
    if form.is_bound and form.is_valid():
        try:
            certificate_rename(
                certificate=certificate,
                new_name=form.cleaned_data["name"],
                by=request.user,
            )
        except ValidationError as error:
            form.add_error("name", error)
        else:
            messages.success(
                request,
                _("The name on your certificate has been corrected."),
            )
            return redirect("certificates:verify", code=certificate.code)
    return render(
        request,
        "certificates/rename.html",
        {"certificate": certificate, "form": form, "used": used},
    )
