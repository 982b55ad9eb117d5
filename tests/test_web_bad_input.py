"""Bad input to ``drafter serve``'s pages and /api/ endpoints: an error page or a JSON error in
Chinese, never a framework's English or 内部错误, and the server still answers."""

from __future__ import annotations

import re
import warnings

import pytest

from drafter.web.app import create_app
from web_helpers import csrf_of, error_of, make_workspace

warnings.filterwarnings("ignore", message=".*httpx.*")
from starlette.testclient import TestClient  # noqa: E402

BASE = "http://127.0.0.1:8765"
ENGLISH = re.compile(r"[A-Za-z]{3,}")
TITLE = "关于加大科技金融支持科创企业的建议"


@pytest.fixture(scope="module")
def root(tmp_path_factory):
    return make_workspace(tmp_path_factory.mktemp("web-bad") / "ws")


@pytest.fixture(scope="module")
def client(root):
    with TestClient(create_app(root), base_url=BASE, raise_server_exceptions=False) as c:
        yield c


def said_in_chinese(message: str, *words: str) -> None:
    assert message and "内部错误" not in message, message
    for word in words:
        message = message.replace(word, "")
    assert not ENGLISH.search(message), message


BROKEN = {"content-type": "multipart/form-data; boundary=xyz"}


@pytest.mark.parametrize("path", ["/api/draft", "/api/check", "/api/batch", "/api/harvest", "/api/refresh"])
def test_a_broken_form_body_is_a_chinese_error_and_the_server_goes_on(client, path):
    r = client.post(path, content=b"garbage", headers=BROKEN)
    assert r.status_code == 400, r.text
    said_in_chinese(r.json()["error"])
    assert client.get("/api/facts", params={"q": "高新技术企业", "limit": 1}).status_code == 200


def test_a_broken_form_body_on_a_page_is_an_error_page(client):
    csrf = csrf_of(client.get("/draft").text)
    r = client.post("/draft", content=b"garbage", headers={**BROKEN, "x-csrf-token": csrf})
    assert r.status_code == 400 and "text/html" in r.headers["content-type"]
    said_in_chinese(error_of(r.text))
