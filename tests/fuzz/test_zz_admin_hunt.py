import pytest
from tests.fuzz.runner import Fuzzer
from tests.fuzz.world import world_build

@pytest.mark.django_db
def test_hunt(capsys):
    fuzzer = Fuzzer(world_build(), seed=95, seconds=240)
    for route in fuzzer.admin_routes:
        fuzzer.get_route("staff", route, odd_share=0.2)
    fuzzer.explore(["staff"], 200, admin_share=0.9)
    with capsys.disabled():
        print("\nHUNT", fuzzer.stats.requests, dict(fuzzer.stats.statuses))
        for f in fuzzer.failures:
            print("FAIL", str(f)[:1200])
