"""The PDF fonts are read as a web or worker process starts, not in a request."""

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_the_wsgi_application_registers_the_fonts_as_it_loads():
    code = (
        "import rumbo.wsgi, reportlab.pdfbase.pdfmetrics as m, rumbo.pdf_fonts as f;"
        "print(f._fonts is not None)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        env={"PYTHONPATH": f"{REPO / 'platform'}:{REPO}", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip().endswith("True")
