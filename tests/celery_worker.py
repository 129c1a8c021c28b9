"""Real Celery workers for the tests that need one (as docker-compose runs it)."""

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def worker_start(*, env: dict, log: Path, name: str = "worker") -> subprocess.Popen:
    """`celery -A rumbo.celery_app worker -Q mail` in the solo pool, so the
    process's pid is the worker's; ``env`` is added to this process's."""
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "rumbo.celery_app",
            "worker",
            "-Q",
            "mail",
            "--pool",
            "solo",
            "-n",
            f"{name}@%h",
            "--without-heartbeat",
            "--without-mingle",
            "--without-gossip",
            "--loglevel",
            "WARNING",
        ],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": f"{REPO / 'platform'}:{REPO}", **env},
        stdout=open(log, "w"),  # noqa: SIM115  (closed with the process)
        stderr=subprocess.STDOUT,
    )


def worker_stop(worker: subprocess.Popen) -> None:
    if worker.poll() is None:
        worker.terminate()
        try:
            worker.wait(timeout=20)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.wait()
    worker.stdout and worker.stdout.close()
