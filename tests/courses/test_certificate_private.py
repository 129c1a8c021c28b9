"""Certificate PDFs are private: only the view that checks them hands them out.

They used to sit under /media/certificates/, where a revoked certificate's PDF
stayed downloadable by anyone who had its address. Now they live in private
storage (a folder outside MEDIA_ROOT; on S3 a private prefix read through
signed URLs that expire in a minute), and /media/ never serves them.
"""

import importlib
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.urls import reverse

from courses.certificates import storage as certificate_storage
from courses.certificates.models import Certificate
from courses.certificates.services import certificate_revoke
from tests.courses.certificates.factories import issued_certificate

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(user):
    return issued_certificate(user=user)


def _pdf_url(certificate):
    return reverse("certificates:pdf", kwargs={"code": certificate.code})


def test_the_pdf_is_stored_outside_the_public_media_folder(certificate):
    path = Path(certificate.pdf.path).resolve()

    assert path.is_file()
    assert Path(settings.PRIVATE_MEDIA_ROOT).resolve() in path.parents
    assert Path(settings.MEDIA_ROOT).resolve() not in path.parents
    assert not default_storage.exists(certificate.pdf.name)


def test_media_urls_never_serve_it(client, user, certificate):
    client.force_login(user)

    response = client.get(f"{settings.MEDIA_URL}{certificate.pdf.name}")

    assert response.status_code == 404


def test_a_revoked_certificates_pdf_is_refused_to_its_owner(
    client, user, staff, certificate
):
    client.force_login(user)
    assert client.get(_pdf_url(certificate)).status_code == 200

    certificate_revoke(certificate=certificate, reason="Exam fraud", by=staff)

    assert client.get(_pdf_url(certificate)).status_code == 404
    assert client.get(f"/media/{certificate.pdf.name}").status_code == 404


def test_anyone_else_gets_a_404(client, other_user, certificate):
    assert client.get(_pdf_url(certificate)).status_code == 404
    client.force_login(other_user)
    assert client.get(_pdf_url(certificate)).status_code == 404


def test_a_lost_file_is_rendered_again_rather_than_failing(client, user, certificate):
    certificate.pdf.storage.delete(certificate.pdf.name)
    client.force_login(user)

    response = client.get(_pdf_url(certificate))

    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")


class _SigningStorage:
    """What S3 with query-string auth looks like to the view."""

    querystring_auth = True

    def __init__(self, inner):
        self.inner = inner
        self.asked = []

    def exists(self, name):
        return self.inner.exists(name)

    def url(self, name, parameters=None, expire=None):
        self.asked.append((name, parameters))
        return (
            f"https://bucket.example/private/{name}?X-Amz-Expires=60&X-Amz-Signature=s"
        )


def test_on_s3_the_view_redirects_to_a_signed_expiring_url(
    client, user, certificate, monkeypatch
):
    field = Certificate._meta.get_field("pdf")
    signing = _SigningStorage(field.storage)
    monkeypatch.setattr(field, "storage", signing)
    client.force_login(user)

    response = client.get(_pdf_url(certificate))

    assert response.status_code == 302
    assert "X-Amz-Signature" in response["Location"]
    assert response["Cache-Control"] == "private, no-store"
    name, parameters = signing.asked[0]
    assert name == certificate.pdf.name
    assert "attachment" in parameters["ResponseContentDisposition"]


def test_on_s3_a_revoked_certificate_gets_no_signed_url(
    client, user, staff, certificate, monkeypatch
):
    field = Certificate._meta.get_field("pdf")
    signing = _SigningStorage(field.storage)
    monkeypatch.setattr(field, "storage", signing)
    certificate_revoke(certificate=certificate, reason="Exam fraud", by=staff)
    client.force_login(user)

    assert client.get(_pdf_url(certificate)).status_code == 404
    assert signing.asked == []


def test_with_a_bucket_the_pdfs_go_to_a_private_prefix_with_signed_urls():
    import json
    import os
    import subprocess
    import sys

    repo = Path(__file__).resolve().parents[2]
    code = (
        "import json; from django.conf import settings as s; "
        "print(json.dumps([s.STORAGES['private'], s.STORAGES['default']]))"
    )
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/tmp"),
        "AWS_STORAGE_BUCKET_NAME": "rumbo-media",
        "AWS_S3_CUSTOM_DOMAIN": "cdn.rumbo.example",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    private, public = json.loads(result.stdout.strip().splitlines()[-1])

    assert private["BACKEND"] == "storages.backends.s3.S3Storage"
    assert private["OPTIONS"]["bucket_name"] == "rumbo-media"
    assert private["OPTIONS"]["location"] == "private"
    assert private["OPTIONS"]["default_acl"] == "private"
    assert private["OPTIONS"]["querystring_auth"] is True
    assert private["OPTIONS"]["querystring_expire"] <= 300
    assert private["OPTIONS"]["custom_domain"] is None
    assert public["OPTIONS"]["querystring_auth"] is False
    assert certificate_storage.signs_urls(type("S3", (), {"querystring_auth": True}))


def test_the_migration_moves_existing_public_pdfs_into_private_storage(user):
    certificate = issued_certificate(user=user)
    private = certificate.pdf.storage
    name = certificate.pdf.name
    content = private.open(name).read()
    private.delete(name)
    public_name = default_storage.save(name, ContentFile(content))
    Certificate.objects.filter(pk=certificate.pk).update(pdf=public_name)
    missing = issued_certificate()
    missing.pdf.storage.delete(missing.pdf.name)

    migration = importlib.import_module(
        "courses.certificates.migrations.0003_private_pdf_storage"
    )
    migration.pdfs_to_private_storage(apps, None)

    certificate.refresh_from_db()
    missing.refresh_from_db()
    assert private.exists(certificate.pdf.name)
    assert private.open(certificate.pdf.name).read() == content
    assert not default_storage.exists(public_name)
    assert not private.exists(missing.pdf.name)  # rendered again when asked
