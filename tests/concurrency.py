"""Races for concurrency tests: functions run in threads released at once."""

import threading

from django.db import connection


def race(functions):
    """Run the functions in threads released at the same moment; each result
    (or the exception it raised) in order."""
    barrier = threading.Barrier(len(functions))
    results = [None] * len(functions)

    def run(i, function):
        try:
            barrier.wait()
            results[i] = function()
        except Exception as exc:  # noqa: BLE001 - the outcome is what we test
            results[i] = exc
        finally:
            connection.close()

    threads = [
        threading.Thread(target=run, args=(i, f)) for i, f in enumerate(functions)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    return results
