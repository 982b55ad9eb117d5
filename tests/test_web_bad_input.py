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


def test_a_misspelt_serve_setting_is_refused_naming_its_line(tmp_path):
    from drafter.errors import DrafterError
    from drafter.web.config import read_settings

    root = make_workspace(tmp_path / "ws")
    with open(root / "drafter.yaml", "a", encoding="utf-8") as fh:
        fh.write("\nserve:\n  pasword: 口令\n")
    lines = (root / "drafter.yaml").read_text("utf-8").splitlines()
    with pytest.raises(DrafterError) as info:
        read_settings(root)
    assert str(info.value) == (f"{root / 'drafter.yaml'}:{lines.index('  pasword: 口令') + 1}: "
                               "未知的配置项“serve.pasword”（是否要写 password？）")


@pytest.mark.parametrize("path", ["/draft/again", "/api/facts/f-x"])
def test_a_broken_body_where_no_action_catches_it_is_still_chinese(client, path):
    csrf = csrf_of(client.get("/draft").text)
    r = client.post(path, content=b"garbage", headers={**BROKEN, "x-csrf-token": csrf})
    assert r.status_code == 400, r.text
    said_in_chinese(r.json()["error"] if path.startswith("/api/") else error_of(r.text))


def test_a_bug_is_an_error_page_and_the_server_goes_on(client, monkeypatch):
    from drafter.web import app as web_app

    def broken(*a, **kw):
        raise RuntimeError("boom")

    monkeypatch.setattr(web_app, "draft_page_context", broken)
    r = client.get("/draft")
    assert r.status_code == 500 and "text/html" in r.headers["content-type"]
    assert error_of(r.text).startswith("内部错误：") and "服务仍在运行" in error_of(r.text)
    monkeypatch.undo()
    assert client.get("/draft").status_code == 200


def test_a_suggestion_pasted_with_control_characters_is_drafted(client, root):
    """Word's manual line break (\\x0b) and other control characters pasted into the form: the
    draft is written (python-docx refuses them: 内部错误：ValueError… before)."""
    r = client.post("/api/draft", data={"number": "31", "topic": "关于加大科技金融\x07支持科创企业的建议",
                                        "deputy": "张\x00三", "text": "一是加大科技金融支持力度。\x0b二是完善科技\x01服务。"})
    assert r.status_code == 200, r.text
    assert (root / "drafts" / "31.docx").is_file()


@pytest.mark.parametrize("path", ["/api/harvest", "/harvest"])
def test_a_reply_that_cannot_be_read_is_a_failed_harvest_not_a_200(client, path):
    csrf = csrf_of(client.get("/draft").text)
    r = client.post(path, data={"csrf": csrf}, files={"file": ("定稿.docx", b"PK\x03\x04 not really a zip")})
    assert r.status_code == 400, r.text
    if path.startswith("/api/"):
        assert r.json()["items"] == [] and r.json()["errors"][0].startswith("定稿.docx: 不是有效的 .docx")
    else:
        assert "定稿.docx: 不是有效的 .docx" in r.text


@pytest.mark.parametrize("limit", ["abc", "-5", "0", "2.5"])
def test_a_facts_limit_that_is_no_count_is_refused_not_ignored(client, limit):
    r = client.get("/api/facts", params={"q": "高新技术企业", "limit": limit})
    assert r.status_code == 400 and r.json() == {"error": f"limit 须为正整数（如 20），而不是“{limit}”"}
    assert len(client.get("/api/facts", params={"q": "高新技术企业", "limit": "2"}).json()) == 2


def test_an_upload_with_a_long_chinese_name_is_read_not_an_internal_error(client):
    name = "关于加大科技金融支持科创企业的建议的答复定稿" * 10 + ".docx"  # 220 characters, 660 bytes
    r = client.post("/api/check", files={"file": (name, b"PK\x03\x04 not really a zip")})
    assert r.status_code == 400, r.text
    error = r.json()["error"]
    assert "内部错误" not in error and "不是有效的 .docx" in error
    assert len(error.split(":")[0].encode("utf-8")) <= 200


@pytest.mark.parametrize("path", ["/sources", "/api/sources", "/sources/2025-reply-1071/withdraw"])
def test_a_malformed_fact_file_on_the_sources_pages_is_its_line_not_a_server_error(tmp_path, path):
    root = make_workspace(tmp_path / "ws")
    fact_file = root / "facts" / "2025-reply-1071.yaml"
    fact_file.write_text(fact_file.read_text("utf-8").replace("  date: 2025-05-20", "  date: 2025-13-40"), "utf-8")
    with TestClient(create_app(root), base_url=BASE, raise_server_exceptions=False) as c:
        r = c.get(path)
        assert r.status_code == 400, r.text
        message = r.json()["error"] if path.startswith("/api/") else error_of(r.text)
        assert message.startswith("facts/2025-reply-1071.yaml:11: source.date") and "2025-13-40" in message
        if not path.startswith("/api/"):
            csrf = csrf_of(c.get("/draft").text)
            r = c.post("/sources/2025-reply-1071/withdraw", data={"csrf": csrf})
            assert r.status_code == 400 and error_of(r.text).startswith("facts/2025-reply-1071.yaml:11:")
        assert c.get("/draft").status_code == 200


def test_a_script_editing_a_facts_text_does_not_unreview_it(tmp_path):
    root = make_workspace(tmp_path / "ws")
    path = root / "facts" / "2025-reply-1071.yaml"
    text = path.read_text("utf-8")
    fact = re.search(r"- id: (\S+)\n    text: 一是强化专项扶持政策引领", text).group(1)
    start = text.index(f"- id: {fact}")
    end = text.index("    reviewed: false", start)
    path.write_text(text[:end] + "    reviewed: true" + text[end + len("    reviewed: false"):], "utf-8")
    with TestClient(create_app(root), base_url=BASE) as c:
        r = c.post(f"/api/facts/{fact}", data={"text": "一是强化专项扶持政策引领。全年兑现下达高企认定奖补资金1.17亿元。"})
        assert r.status_code == 200, r.text
        after = path.read_text("utf-8")
        block = after[after.index(f"- id: {fact}"):][:2000]
        assert "全年兑现下达高企认定奖补资金1.17亿元。" in block and "    reviewed: true" in block.split("  - id:")[0]
        # the page's form: its unticked box is an answer, as before
        csrf = csrf_of(c.get("/draft").text)
        r = c.post(f"/facts/{fact}/edit", data={"csrf": csrf, "text": "一是强化专项扶持政策引领。"},
                   follow_redirects=False)
        assert r.status_code == 303
        block = path.read_text("utf-8")
        assert "    reviewed: false" in block[block.index(f"- id: {fact}"):].split("  - id:")[0]


def test_a_file_that_is_no_list_is_refused_on_the_batch_page_by_its_own_name(client, root):
    """qa17 F5: a suggestion's text sent as the 交办清单 (notalist.csv) moved the address bar to a
    job page that named the server's upload folder (/tmp/…/.drafter/uploads/…/notalist.csv)."""
    from helpers import REPO

    text = (REPO / "examples" / "1350建议.txt").read_bytes()
    csrf = csrf_of(client.get("/batch").text)
    r = client.post("/batch", data={"csrf": csrf}, files={"file": ("notalist.csv", text, "text/csv")},
                    follow_redirects=False)
    assert r.status_code == 400 and "location" not in r.headers  # still the batch page
    assert error_of(r.text).startswith("notalist.csv: 找不到表头：前20行中没有")
    assert str(root) not in r.text and ".drafter" not in r.text
    r = client.post("/api/batch", files={"file": ("notalist.csv", text, "text/csv")})
    assert r.status_code == 400 and r.json()["error"].startswith("notalist.csv: 找不到表头")


def test_past_documents_sent_to_api_seeds_are_distilled_a_bad_one_said_a_taken_name_kept(client, root):
    from helpers import REPO

    seed = REPO / "seeds" / "002_deb1e9ce42bd1eb1.txt"
    r = client.post("/api/seeds", files=[("file", (seed.name, seed.read_bytes(), "text/plain")),
                                         ("file", ("名单.xlsx", b"PK\x03\x04", "application/octet-stream"))])
    data = r.json()
    assert r.status_code == 400 and data["added"] == [f"seeds/{seed.name}"]
    assert data["errors"] == ["名单.xlsx: 不支持的文件类型（往年材料应为 .docx .htm .html .markdown .md .pdf .text .txt）"]
    assert data["distill"]["totals"]["documents"] == 1 and (root / "seeds" / seed.name).read_bytes() == seed.read_bytes()
    r = client.post("/api/seeds", files={"file": ("改名了.txt", seed.read_bytes(), "text/plain")})
    assert r.status_code == 200 and r.json()["added"] == [] and r.json()["already"] == [f"seeds/{seed.name}"]
    assert not (root / "seeds" / "改名了.txt").exists()
    r = client.post("/api/seeds", files={"file": (seed.name, "另一份材料".encode(), "text/plain")})
    assert r.status_code == 409 and r.json()["added"] == []
    assert r.json()["clashes"][0]["existing"] == f"seeds/{seed.name}"
    assert r.json()["clashes"][0]["save_as"] == f"{seed.stem}-2.txt"
    assert (root / "seeds" / seed.name).read_bytes() == seed.read_bytes()


def test_documents_sent_to_seeds_at_once_hash_each_file_of_seeds_once(tmp_path, monkeypatch):
    """Uploads into a seeds/ of the demo seeds, one of each seed's size and one of them twice: each file of seeds/ is
    hashed once for the request, not once per upload of its size; the upload sent twice is put in once."""
    import shutil

    import drafter.harvest
    from drafter.web.seeds import add_to_seeds
    from helpers import REPO

    seeds = tmp_path / "seeds"
    shutil.copytree(REPO / "seeds", seeds)
    uploads = tmp_path / "uploads"
    uploads.mkdir()
    sent = []
    for n, seed in enumerate(sorted(seeds.glob("*.txt"))):  # the same sizes as seeds/'s, another content
        sent.append((uploads / f"{n}.txt", f"新{n}.txt"))
        sent[-1][0].write_bytes(bytes(len(seed.read_bytes())))
    sent.append((uploads / "again.txt", "新0副本.txt"))
    shutil.copy(sent[0][0], sent[-1][0])
    hashed = []
    real = drafter.harvest.sha256_file
    monkeypatch.setattr(drafter.harvest, "sha256_file", lambda path: hashed.append(path) or real(path))
    added = add_to_seeds(seeds, sent)
    assert [p.name for p in added.copied] == [name for _, name in sent[:-1]] and added.there == [seeds / "新0.txt"]
    assert len(hashed) == len(set(hashed)) and set(hashed) <= set(seeds.iterdir())
