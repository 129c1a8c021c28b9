"""Forms for asking and answering; the services check the same limits again."""

from django import forms
from django.utils.translation import gettext_lazy as _

from courses.models import Answer, Question

# Django fills in the limit and the length typed (MaxLengthValidator's params).
TOO_LONG = _("Keep it to %(limit_value)d characters or fewer (it has %(show_value)d).")


class QuestionForm(forms.Form):
    title = forms.CharField(
        label=_("Your question"),
        max_length=Question._meta.get_field("title").max_length,
        error_messages={"required": _("Write your question."), "max_length": TOO_LONG},
    )
    body = forms.CharField(
        label=_("Details (optional)"),
        required=False,
        max_length=Question._meta.get_field("body").max_length,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"max_length": TOO_LONG},
    )


class AnswerForm(forms.Form):
    body = forms.CharField(
        label=_("Your answer"),
        max_length=Answer._meta.get_field("body").max_length,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": _("Write your answer."), "max_length": TOO_LONG},
    )
