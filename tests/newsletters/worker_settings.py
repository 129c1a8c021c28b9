"""Settings of the real Celery worker started by test_worker.py: the project's
settings with a short lease, so a killed worker's rows come back quickly."""

import os

from rumbo.settings import *  # noqa: F403

NEWSLETTER_LEASE_SECONDS = int(os.environ.get("NEWSLETTER_LEASE_SECONDS", "5"))
NEWSLETTER_BATCH_SIZE = int(os.environ.get("NEWSLETTER_BATCH_SIZE", "20"))
NEWSLETTER_PARALLEL_TASKS = int(os.environ.get("NEWSLETTER_PARALLEL_TASKS", "2"))
