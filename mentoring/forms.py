"""Forms of mentoring: they parse input; the services decide."""

from django import forms
from django.utils.translation import gettext_lazy as _

from mentoring.choices import Format, Language, Region, Sector, Stage
from mentoring.models import ExpertiseArea, Goal, MentorProfile, Session


class AreaChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return obj.name


def _areas(label):
    return AreaChoiceField(
        queryset=ExpertiseArea.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        label=label,
    )


class DirectoryFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    area = forms.ChoiceField(label=_("Area"), required=False)
    language = forms.ChoiceField(
        label=_("Language"), required=False, choices=[("", _("Any"))] + Language.choices
    )
    region = forms.ChoiceField(
        label=_("Region"), required=False, choices=[("", _("Any"))] + Region.choices
    )
    format = forms.ChoiceField(
        label=_("Format"),
        required=False,
        choices=[
            ("", _("Any")),
            (Format.ONLINE, _("Online")),
            (Format.IN_PERSON, _("In person")),
        ],
    )
    accepting = forms.BooleanField(label=_("Accepting mentees"), required=False)

    def __init__(self, *args, areas=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["area"].choices = [("", _("Any"))] + [
            (a.slug, a.name) for a in areas
        ]


class MentorProfileForm(forms.ModelForm):
    areas = _areas(_("Areas of expertise"))
    languages = forms.MultipleChoiceField(
        label=_("Languages spoken"),
        choices=Language.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    sectors = forms.MultipleChoiceField(
        label=_("Sectors you know"),
        choices=Sector.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = MentorProfile
        fields = [
            "photo",
            "headline",
            "background",
            "bio",
            "areas",
            "sectors",
            "languages",
            "city",
            "region",
            "format",
            "capacity",
            "availability",
            "accepting",
        ]
        widgets = {
            "background": forms.Textarea(attrs={"rows": 4}),
            "bio": forms.Textarea(attrs={"rows": 5}),
            "photo": forms.ClearableFileInput(attrs={"accept": "image/*"}),
        }
        help_texts = {
            "headline": _(
                'One line, e.g. "Tax adviser for small shops in the Algarve".'
            ),
            "capacity": _("How many mentees you can take at once."),
            "availability": _('e.g. "Tuesday evenings, one hour every two weeks".'),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["languages"] = self.instance.language_list
            self.initial["sectors"] = self.instance.sector_list


class MenteeNeedsForm(forms.Form):
    areas = _areas(_("I need help with"))
    sector = forms.ChoiceField(label=_("Sector of my business"), choices=Sector.choices)
    stage = forms.ChoiceField(label=_("Stage of my business"), choices=Stage.choices)
    languages = forms.MultipleChoiceField(
        label=_("Languages I can be mentored in"),
        choices=Language.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    region = forms.ChoiceField(label=_("Region"), choices=Region.choices)
    format = forms.ChoiceField(
        label=_("How I want to meet"), choices=Format.choices, initial=Format.BOTH
    )
    description = forms.CharField(
        label=_("About my business"),
        required=False,
        max_length=1500,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class RequestForm(forms.Form):
    message = forms.CharField(
        label=_("Your message to the mentor"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Say what you hope to achieve together."),
    )


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason (optional)"), required=False, max_length=500
    )


class GoalForm(forms.Form):
    title = forms.CharField(label=_("Goal"), max_length=200)
    target_date = forms.DateField(
        label=_("Target date"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )


class GoalStatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=Goal.Status.choices)


class SessionForm(forms.ModelForm):
    class Meta:
        model = Session
        fields = ["date", "minutes", "format", "notes", "next_steps"]
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}),
            "notes": forms.Textarea(attrs={"rows": 3}),
            "next_steps": forms.Textarea(attrs={"rows": 2}),
        }


class MessageForm(forms.Form):
    body = forms.CharField(
        label=_("Message"), max_length=4000, widget=forms.Textarea(attrs={"rows": 3})
    )


class FeedbackForm(forms.Form):
    rating = forms.TypedChoiceField(
        label=_("Rating"),
        coerce=int,
        choices=[(n, str(n)) for n in range(5, 0, -1)],
        widget=forms.RadioSelect,
        help_text=_("5 is best. Only programme staff see your rating and feedback."),
    )
    comment = forms.CharField(
        label=_("Feedback for the staff"),
        required=False,
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class CohortForm(forms.Form):
    name = forms.CharField(
        label=_("Cohort name"),
        max_length=120,
        help_text=_('e.g. "Spring 2026 edition"'),
    )
    mentees = forms.TypedMultipleChoiceField(
        label=_("Mentees"), coerce=int, widget=forms.CheckboxSelectMultiple
    )
    mentors = forms.TypedMultipleChoiceField(
        label=_("Mentors"), coerce=int, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, mentee_choices=(), mentor_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["mentees"].choices = mentee_choices
        self.fields["mentors"].choices = mentor_choices


class ReviewForm(forms.Form):
    note = forms.CharField(
        label=_("Note to the mentor (optional)"), required=False, max_length=300
    )
