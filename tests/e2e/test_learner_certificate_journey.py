"""A Portuguese learner's course to a shared, signed credential, in a real
browser, and its revocation: search by a word form, three lessons, the last
one leading to the exam, the exam passed, "Add to LinkedIn" (checked, never
opened), the signed credential downloaded and verified against our JWKS; staff
revoke it in the Wagtail admin and the verify page and status list say so."""

import base64
import gzip
import json
import re
from urllib.parse import parse_qs, urlsplit

import jwt
import pytest
from django.utils import timezone
from joserfc.jwk import ECKey
from playwright.sync_api import expect

from courses.certificates.models import Certificate
from courses.exams.models import Attempt
from tests.e2e.axe import assert_no_axe_violations
from tests.e2e.conftest import log_in, shot
from tests.e2e.layout import assert_no_horizontal_scroll
from tests.factories import UserFactory
from tests.factories.courses import (
    course_index,
    course_page,
    course_with_exam,
    lesson_page,
    right_answers,
    topic_for,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 360, "height": 740}
TITLE = "O seu plano de negócio"
REASON = "Identidade não confirmada"
SIGNING_PEM = ECKey.generate_key("P-256", private=True).as_pem(private=True).decode()


@pytest.fixture(autouse=True)
def signing_key(settings, site):
    """A key of this test's, never the developer's var/keys/ one; and links
    (verify page, credential, status list) that point at the live server."""
    settings.CERTIFICATE_SIGNING_KEY = SIGNING_PEM
    settings.CERTIFICATE_PREVIOUS_KEYS = ""
    settings.CERTIFICATE_PREVIOUS_KEYS_FILE = ""
    settings.SITE_URL = site


def portuguese_bank() -> list[dict]:
    """A question bank in Portuguese, one question of each kind."""
    return [
        {
            "type": "single",
            "value": {
                "text": "Um plano de negócio ajuda a pedir financiamento?",
                "choices": [
                    {"text": "Sim", "correct": True},
                    {"text": "Não", "correct": False},
                ],
                "explanation": "",
            },
        },
        {
            "type": "true_false",
            "value": {
                "text": "O IVA é um imposto.",
                "answer": True,
                "explanation": "",
            },
        },
        {
            "type": "multiple",
            "value": {
                "text": "Escolha os canais digitais",
                "choices": [
                    {"text": "Site", "correct": True},
                    {"text": "Correio eletrónico", "correct": True},
                    {"text": "Caixa do correio", "correct": False},
                ],
                "explanation": "",
            },
        },
        {
            "type": "numeric",
            "value": {
                "text": "Quanto é 10 % de 200?",
                "answer": "20",
                "tolerance": "0",
                "explanation": "",
            },
        },
    ]


def portuguese_course():
    index = course_index("pt")
    course = course_with_exam(
        index,
        lessons=0,
        title=TITLE,
        slug="o-seu-plano-de-negocio",
        summary="Empreendedorismo passo a passo: da ideia à primeira venda.",
        topic=topic_for(index.locale, "Empreender"),
        exam_questions=portuguese_bank(),
        exam_question_count=4,
        hours=12,
    )
    for n, title in enumerate(("A ideia", "O mercado", "As contas"), start=1):
        lesson_page(
            course,
            title=title,
            slug=f"licao-{n}",
            body=[
                {"type": "text", "value": f"<p>{title}: o que precisa de saber.</p>"}
            ],
        )
    course_page(
        index,
        title="Cozinha tradicional",
        summary="Receitas da região.",
        topic=topic_for(index.locale, "Turismo"),
    )
    return index, course


def answer_right(page, attempt: Attempt) -> None:
    """Click what the attempt's key says is right (choices are shuffled)."""
    for question_id, values in right_answers(attempt).items():
        inputs = page.locator(f"fieldset.question input[name$='{question_id}']")
        if inputs.first.get_attribute("inputmode") == "decimal":
            inputs.fill(values[0])
            continue
        for value in values:
            inputs.and_(page.locator(f"[value='{value}']")).check()


def jwt_payload(token: str) -> dict:
    """The middle part of a compact JWS, decoded without checking anything."""
    part = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))


def verified_payload(token: str, jwks: dict) -> dict:
    """The payload, once PyJWT (not the joserfc that signed it) has checked the
    signature with the published key its header names."""
    kid = jwt.get_unverified_header(token)["kid"].rpartition("#")[2]
    key = jwt.PyJWKSet.from_dict(jwks)[kid]
    return jwt.decode(token, key.key, algorithms=["ES256"])


def status_bit(encoded_list: str, index: int) -> bool:
    """Bit `index` of a Bitstring Status List: multibase base64url ("u"),
    gzip, then the most significant bit of each byte first."""
    assert encoded_list.startswith("u")
    data = encoded_list[1:]
    bits = gzip.decompress(base64.urlsafe_b64decode(data + "=" * (-len(data) % 4)))
    assert len(bits) >= 16 * 1024  # the spec's minimum, for herd privacy
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


def check_page(page) -> None:
    assert_no_axe_violations(page)
    assert_no_horizontal_scroll(page)


def test_portuguese_learner_earns_shares_and_loses_a_signed_certificate(
    site, page_factory, tmp_path
):
    index, course = portuguese_course()
    learner = UserFactory(display_name="Inês Carvalho")
    staff = UserFactory(is_staff=True, is_superuser=True)
    page = page_factory(locale="pt-PT", viewport=PHONE)

    # A word form finds the course: "empreendedor" matches "Empreendedorismo".
    page.goto(site + index.url)
    expect(page.locator(".course-card")).to_have_count(2)
    page.locator("#id_q").fill("empreendedor")
    page.locator("form.filters button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"[?&]q=empreendedor"))
    expect(page.locator(".course-card")).to_have_count(1)
    expect(page.locator(".course-card")).to_contain_text(TITLE)
    check_page(page)
    shot(page, tmp_path, "01-search-empreendedor")

    # The course; starting it asks to log in and comes back.
    page.locator(".course-card").get_by_role("link", name=TITLE).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    check_page(page)
    shot(page, tmp_path, "02-course")
    page.locator(".course__action a.button").click()
    log_in(page, learner.email)
    expect(page).to_have_url(re.compile(re.escape(course.url) + "$"))
    page.locator(f"form[action$='/learn/{course.pk}/start/'] button").click()

    # Three lessons; the last one's button leads to the exam.
    for n, title in enumerate(("A ideia", "O mercado"), start=1):
        expect(page.locator(".lesson__number")).to_have_text(f"Lição {n} de 3")
        expect(page.get_by_role("heading", level=1)).to_have_text(title)
        if n == 1:
            check_page(page)
            shot(page, tmp_path, "03-lesson-1")
        page.get_by_role("button", name="Marcar como concluída e continuar").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("As contas")
    expect(page.locator(".lesson__number")).to_have_text("Lição 3 de 3")
    last = page.get_by_role("button", name="Marcar como concluída e fazer o exame")
    expect(last).to_be_visible()
    check_page(page)
    shot(page, tmp_path, "04-last-lesson")
    last.click()

    # The exam, passed.
    expect(page).to_have_url(re.compile(rf"/pt/learn/{course.pk}/exam/$"))
    page.get_by_role("button", name="Começar o exame").click()
    expect(page.locator("fieldset.question")).to_have_count(4)
    answer_right(page, Attempt.objects.get(user=learner))
    check_page(page)
    shot(page, tmp_path, "05-exam-paper")
    page.locator("form.exam__paper button[type=submit]").click()
    expect(page.locator(".result--pass")).to_be_visible()
    expect(page.locator(".result__score")).to_have_text("100 %")
    check_page(page)
    shot(page, tmp_path, "06-exam-passed")

    # The course page now leads to the certificate, and so does the result.
    page.goto(site + course.url)
    expect(page.locator(".course__next")).to_have_attribute("data-step", "certificate")
    expect(page.locator(".course__next")).not_to_contain_text("Continue onde parou")
    page.locator(".course__next").get_by_role(
        "link", name="Ver o seu certificado"
    ).click()
    certificate = Certificate.objects.get(user=learner)
    verify_url = f"{site}/pt/certificates/{certificate.code}/"
    expect(page).to_have_url(verify_url)
    expect(page.locator(".certificate-status--valid")).to_be_visible()
    expect(page.locator("main")).to_contain_text(TITLE)
    expect(page.locator("main")).to_contain_text("Inês Carvalho")
    check_page(page)
    shot(page, tmp_path, "07-certificate")

    # "Add to LinkedIn": LinkedIn's form, prefilled; checked, never opened.
    linkedin = page.get_by_role("link", name="Adicionar ao LinkedIn")
    expect(linkedin).to_have_attribute("target", "_blank")
    href = urlsplit(linkedin.get_attribute("href"))
    assert (href.scheme, href.netloc, href.path) == (
        "https",
        "www.linkedin.com",
        "/profile/add",
    )
    query = {key: values[0] for key, values in parse_qs(href.query).items()}
    assert query["startTask"] == "CERTIFICATION_NAME"
    assert query["name"] == TITLE
    assert query["organizationName"] == "Rumbo"
    assert query["certUrl"] == verify_url
    assert query["certId"] == certificate.code
    issued = timezone.localtime(certificate.issued_at)
    assert (query["issueYear"], query["issueMonth"]) == (
        str(issued.year),
        str(issued.month),
    )

    # The signed credential downloads, verifies with our published key, and
    # names the course in Portuguese with a status list entry.
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Descarregar a credencial assinada").click()
    download = download_info.value
    assert download.suggested_filename == f"certificate-{certificate.code}.jwt"
    token = download.path().read_text().strip()
    assert token.count(".") == 2
    unverified = jwt_payload(token)
    jwks = page.request.get(site + "/.well-known/jwks.json").json()
    credential = verified_payload(token, jwks)
    assert credential == unverified
    assert "OpenBadgeCredential" in credential["type"]
    assert credential["name"] == TITLE
    achievement = credential["credentialSubject"]["achievement"]
    assert (achievement["name"], achievement["inLanguage"]) == (TITLE, "pt")
    assert "Concluiu o curso" in credential["description"]
    assert learner.email not in json.dumps(credential)
    status = credential["credentialStatus"]
    assert status["type"] == "BitstringStatusListEntry"
    assert status["statusPurpose"] == "revocation"
    position = int(status["statusListIndex"])
    list_url = status["statusListCredential"]
    assert list_url.startswith(site + "/credentials/status/")

    def revoked_bit() -> bool:
        response = page.request.get(list_url)
        assert response.ok, response.status
        status_list = verified_payload(response.text(), jwks)
        subject = status_list["credentialSubject"]
        assert subject["statusPurpose"] == "revocation"
        return status_bit(subject["encodedList"], position)

    assert revoked_bit() is False

    # A stranger checks it: valid (and the anonymous page is now cached).
    stranger = page_factory(locale="pt-PT")
    stranger.goto(verify_url)
    expect(stranger.locator(".certificate-status--valid")).to_be_visible()
    expect(stranger.get_by_role("link", name="Adicionar ao LinkedIn")).to_have_count(0)

    # Staff revoke it in the Wagtail admin, with a reason.
    admin = page_factory(locale="pt-PT")
    admin.goto(site + "/pt/accounts/login/?next=/cms/")
    log_in(admin, staff.email)
    expect(admin).to_have_url(re.compile(r"/cms/$"))
    admin.locator("a[href$='/cms/certificates/']").first.click()
    row = admin.locator("main tr").filter(has_text=certificate.code)
    expect(row).to_have_count(1)
    expect(row).to_contain_text(TITLE)
    row.locator("[data-controller~=w-dropdown] button").first.click()
    admin.locator(f"a[href$='/cms/certificates/revoke/{certificate.pk}/']").click()
    admin.locator("textarea[name=reason]").fill(REASON)
    shot(admin, tmp_path, "08-admin-revoke-form")
    admin.locator("main form button[type=submit]").last.click()
    expect(admin).to_have_url(re.compile(r"/cms/certificates/$"))
    expect(admin.locator(".messages .success")).to_contain_text(certificate.code)
    shot(admin, tmp_path, "09-admin-revoked")

    # Everyone sees it revoked at once: the verify page and the status list.
    stranger.goto(verify_url)
    revoked = stranger.locator(".certificate-status--revoked")
    expect(revoked).to_be_visible()
    expect(revoked).to_contain_text(REASON)
    check_page(stranger)
    shot(stranger, tmp_path, "10-verify-revoked")
    assert revoked_bit() is True

    # The learner's own page lost its sharing buttons.
    page.goto(verify_url)
    expect(page.locator(".certificate-status--revoked")).to_be_visible()
    expect(page.get_by_role("link", name="Adicionar ao LinkedIn")).to_have_count(0)
    check_page(page)
    shot(page, tmp_path, "11-learner-revoked")
    print("screenshots in", tmp_path)
