def course_context(request, page):
    return {}


def lesson_context(request, page):
    return {}
