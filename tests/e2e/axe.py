"""axe-core in a Playwright page: the accessibility rules every page must pass.

axe-core comes from npm (package.json, `make install`), never from a CDN. It is
evaluated through the DevTools protocol rather than added as a <script> tag:
our Content-Security-Policy refuses inline scripts, and the page must be
checked under the policy it really has.
"""

import os
from functools import cache
from pathlib import Path

import pytest

AXE_PATH = Path(__file__).resolve().parents[2] / "node_modules/axe-core/axe.min.js"
REQUIRE_SERVICES = os.environ.get("REQUIRE_SERVICES") == "1"

# Everything axe checks by default (WCAG 2.0/2.1 A and AA, best practices:
# labels, contrast, heading order, empty table headers, links in text), plus
# WCAG 2.2's target size (24 x 24 px or spaced apart), which axe leaves off by
# default. Checks that need a human report "incomplete", not "violation".
RUN_OPTIONS = {
    "resultTypes": ["violations"],
    "rules": {"target-size": {"enabled": True}},
}


@cache
def axe_source() -> str:
    if not AXE_PATH.is_file():
        reason = f"axe-core is not installed ({AXE_PATH}): run `make install`"
        if REQUIRE_SERVICES:
            pytest.fail(reason)
        pytest.skip(reason)
    return AXE_PATH.read_text(encoding="utf-8")


def axe_violations(page, options: dict | None = None) -> list[dict]:
    """axe-core's violations on the page as it is now."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(axe_source())
    return page.evaluate(
        "options => axe.run(document, options).then(r => r.violations)",
        {**RUN_OPTIONS, **(options or {})},
    )


def format_violations(violations: list[dict], url: str = "") -> str:
    lines = [f"{len(violations)} axe-core violation(s) on {url}:"]
    for violation in violations:
        lines.append(
            f"- {violation['id']} ({violation['impact']}): {violation['help']}"
        )
        for node in violation["nodes"][:5]:
            target = " ".join(str(t) for t in node["target"])
            summary = (node.get("failureSummary") or "").replace("\n", " ")
            lines.append(f"    {target}: {summary[:300]}")
        if len(violation["nodes"]) > 5:
            lines.append(f"    … and {len(violation['nodes']) - 5} more")
    return "\n".join(lines)


def assert_no_axe_violations(page, options: dict | None = None) -> None:
    """Fail listing every axe-core violation on the page."""
    violations = axe_violations(page, options)
    assert not violations, format_violations(violations, page.url)
