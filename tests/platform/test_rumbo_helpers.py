"""The small helpers every app's services and views share (rumbo.text,
rumbo.forms, rumbo.replay)."""

from datetime import timedelta

import pytest
from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone

from rumbo.forms import add_errors
from rumbo.replay import replay_of
from rumbo.text import text_clean
from users.models import User


def test_text_clean_strips_and_keeps_what_fits():
    assert text_clean("  Hola \n", field="body", max_length=4) == "Hola"
    assert text_clean(None, field="body", max_length=4) == ""


def test_text_clean_refuses_a_missing_required_value_by_field():
    with pytest.raises(ValidationError) as refused:
        text_clean("   ", field="title", max_length=10, required=True)
    assert refused.value.message_dict == {"title": ["Este campo es necesario."]}

    with pytest.raises(ValidationError) as refused:
        text_clean(
            "",
            field="message",
            max_length=10,
            required=True,
            required_message="Di algo.",
        )
    assert refused.value.message_dict == {"message": ["Di algo."]}


def test_text_clean_refuses_a_value_too_long_by_field():
    with pytest.raises(ValidationError) as refused:
        text_clean("x" * 11, field="notes", max_length=10)
    assert list(refused.value.message_dict) == ["notes"]
    assert "10" in refused.value.message_dict["notes"][0]


class _Form(forms.Form):
    title = forms.CharField(required=False)


def test_add_errors_puts_named_fields_beside_them_and_the_rest_above():
    form = _Form({"title": "x"})
    form.is_valid()

    add_errors(form, ValidationError({"title": "Too short.", "body": "Empty."}))
    add_errors(form, ValidationError("Closed."))

    assert form.errors["title"] == ["Too short."]
    assert form.non_field_errors() == ["Empty.", "Closed."]


@pytest.mark.django_db
def test_replay_of_finds_the_same_row_made_moments_ago_only():
    ana = User.objects.create_user(email="ana@example.org", display_name="Ana")
    old = User.objects.create_user(email="old@example.org", display_name="Ana")
    User.objects.filter(pk=old.pk).update(
        date_joined=timezone.now() - timedelta(minutes=5)
    )

    def same(**kwargs):
        return replay_of(User.objects, created="date_joined", **kwargs)

    assert same(display_name="Ana") == ana
    assert same(display_name="Rui") is None
    assert same(email="old@example.org") is None
    assert (
        replay_of(
            User.objects,
            created="date_joined",
            window=timedelta(minutes=10),
            email="old@example.org",
        )
        == old
    )
