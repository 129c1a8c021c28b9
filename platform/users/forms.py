from django import forms
from django.contrib.auth.forms import BaseUserCreationForm
from django.contrib.auth.forms import UserChangeForm as DjangoUserChangeForm
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from users.models import User


class SignupForm(forms.Form):
    """Fields allauth's sign-up form gains: how the person wants to be called."""

    display_name = forms.CharField(
        label=_("Your name"),
        max_length=80,
        help_text=_("How other people on Rumbo will see you."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )

    field_order = ["display_name", "email", "password1", "password2"]

    def signup(self, request, user: User) -> None:
        user.display_name = self.cleaned_data["display_name"]
        user.preferred_language = get_language()
        user.save(update_fields=["display_name", "preferred_language"])


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = [
            "display_name",
            "first_name",
            "last_name",
            "preferred_language",
            "country",
            "region",
            "show_on_wall",
        ]


class AccountDeleteForm(forms.Form):
    """Deleting an account is final, so the password is asked for again."""

    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    confirm = forms.BooleanField(
        label=_("I understand that my account and my data will be deleted for good."),
    )

    def __init__(self, *args, user: User, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self) -> str:
        from allauth.account.adapter import get_adapter

        password = self.cleaned_data["password"]
        # Through allauth, so wrong guesses count towards its log-in rate limit.
        if not get_adapter().reauthenticate(self.user, password):
            raise forms.ValidationError(
                _("That is not your password."), code="password"
            )
        return password


class UserCreationForm(BaseUserCreationForm):
    class Meta:
        model = User
        fields = ("email",)


class UserChangeForm(DjangoUserChangeForm):
    class Meta:
        model = User
        fields = "__all__"
