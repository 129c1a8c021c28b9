from courses.selectors.catalogue import (  # noqa: F401
    CatalogueFilters,
    Progress,
    catalogue_cards,
    catalogue_courses,
    course_choices,
    course_instructors,
    course_lessons,
    course_progress,
    enrolment_for,
    enrolments_for_user,
    enrolments_in_course,
    topics_for_locale,
)
