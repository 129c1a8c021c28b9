from courses.selectors.catalogue import (  # noqa: F401
    CatalogueFilters,
    Progress,
    catalogue_cards,
    catalogue_courses,
    course_instructors,
    course_lessons,
    course_progress,
    enrolment_for,
    enrolments_for_user,
    topics_for_locale,
)
