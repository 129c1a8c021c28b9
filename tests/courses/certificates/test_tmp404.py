import pytest
@pytest.mark.django_db
def test_x(client):
    r = client.get("/en/certificates/ABCDEFGHJKLMNPQR/")
    import re
    print(re.search(r'<main.*?</main>', r.content.decode(), re.S).group(0))
