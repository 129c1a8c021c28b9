"""The fuzz suite's marker and its summary at the end of the test run."""

RESULTS: list[str] = []


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "fuzz: walks every URL with odd input (FUZZ_SECONDS, FUZZ_SEED)",
    )


def pytest_terminal_summary(terminalreporter):
    if RESULTS:
        terminalreporter.section("fuzz")
        for line in RESULTS:
            terminalreporter.write_line(line)
