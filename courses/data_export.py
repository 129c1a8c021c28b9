"""The learner's part of their data download (GDPR Article 20)."""

from courses.certificates.models import Certificate
from courses.exams.models import Attempt
from courses.models import Answer, Enrolment, Question


def learning_section(user) -> dict:
    enrolments = Enrolment.objects.filter(user=user).select_related("course")
    attempts = Attempt.objects.filter(user=user).select_related("course")
    return {
        "enrolments": [
            {
                "course": e.course.title,
                "started": e.created_at.isoformat(),
                "lessons_completed": e.completions.count(),
                "completed": e.completed_at.isoformat() if e.completed_at else None,
            }
            for e in enrolments.prefetch_related("completions")
        ],
        "exam_attempts": [
            {
                "course": a.course.title,
                "number": a.number,
                "started": a.started_at.isoformat(),
                "submitted": a.submitted_at.isoformat() if a.submitted_at else None,
                "status": a.status,
                "score": str(a.score) if a.score is not None else None,
                "passed": a.passed,
                "answers": a.answers,
            }
            for a in attempts
        ],
        "certificates": [
            {
                "code": c.code,
                "name": c.learner_name,
                "course": c.course_title,
                "hours": c.hours,
                "issued": c.issued_at.isoformat(),
                "revoked": c.revoked_at.isoformat() if c.revoked_at else None,
            }
            for c in Certificate.objects.filter(user=user)
        ],
        "questions": [
            {"title": q.title, "body": q.body, "asked": q.created_at.isoformat()}
            for q in Question.objects.filter(author=user)
        ],
        "answers": [
            {"body": a.body, "posted": a.created_at.isoformat()}
            for a in Answer.objects.filter(author=user)
        ],
    }
