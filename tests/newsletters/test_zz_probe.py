import pytest
from newsletters.rendering import render_campaign
from tests.factories.newsletters import campaign

@pytest.mark.django_db
def test_probe():
    news = campaign()
    r = render_campaign(news, "es")
    m = r.message(subscriber_id=1, email="a@example.org")
    raw = m.message().as_bytes(linesep="\r\n")
    lines = raw.split(b"\r\n")
    print("max line", max(len(l) for l in lines), "html max", max(len(l) for l in r.html.splitlines()))
    long = [l[:200] for l in lines if len(l) > 998]
    print(long[:3])
    print(raw.decode()[:3000])
