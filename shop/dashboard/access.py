"""Who may use the back office, and which ids reach its views."""

import re
from functools import wraps

from django.http import Http404
from oscar.views.decorators import permissions_required

INTEGER = re.compile(r"-?\d{1,18}")
# Oscar's list pages post the ticked rows as selected_<object> (ids), and the
# order page each line's quantity as selected_line_qty_<id> (not an id).
SELECTED = "selected_"
NOT_IDS = "selected_line_qty_"


def staff_required(*, login_url):
    """Staff only: anonymous to the log-in page, anyone else a 403."""
    return permissions_required(["is_staff"], login_url=login_url)


def is_id_name(name: str) -> bool:
    return name in ("pk", "parent") or name.endswith(("_pk", "_id"))


def is_integer(value) -> bool:
    return bool(INTEGER.fullmatch(str(value)))


def ids_checked(view):
    """Ids that are not whole numbers never reach the database.

    Every model in the dashboard has an integer key, but Oscar routes options,
    attribute option groups and flat pages as `<str:pk>` (its pop-up widgets
    reverse them with a placeholder) and filters `pk__in` with the posted
    checkboxes as they come, so "abc" made the database raise a ValueError.
    An id in the URL (pk, parent, *_pk, *_id) that is not a number of at most
    18 digits is a 404; posted selected_* ids that are not are dropped, so the
    page says nothing was selected.
    """

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        for name, value in kwargs.items():
            if is_id_name(name) and not is_integer(value):
                raise Http404
        if request.method == "POST":
            keys = [k for k in request.POST if k.startswith(SELECTED)]
            keys = [k for k in keys if not k.startswith(NOT_IDS)]
            if keys:
                post = request.POST.copy()
                for key in keys:
                    post.setlist(key, [v for v in post.getlist(key) if is_integer(v)])
                post._mutable = False
                request.POST = post
        return view(request, *args, **kwargs)

    return wrapper
