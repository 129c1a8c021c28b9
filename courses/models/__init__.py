from courses.models.catalogue import (  # noqa: F401
    CourseIndexPage,
    CourseInstructor,
    CoursePage,
    Instructor,
    LessonPage,
    Level,
    Topic,
)
from courses.models.discussion import Answer, Question  # noqa: F401
from courses.models.learning import Enrolment, LessonCompletion  # noqa: F401
