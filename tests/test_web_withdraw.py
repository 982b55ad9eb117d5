"""撤回 a source on the sources page: a confirmation step saying what goes (its facts, how many a
person reviewed or edited, its copy under seeds/), then both files moved out of the workspace's
base into withdrawn/ — never a source other sources' facts refer to, never a person's
edits without saying so."""

from __future__ import annotations

import re

import pytest
from starlette.testclient import TestClient

from drafter.facts.store import load_fact_file
from drafter.web.app import create_app
from web_helpers import REPORT, REPORT_2026, csrf_of, error_of, make_workspace

BASE = "http://127.0.0.1:8765"
SEED = REPORT_2026.replace("2026", "2025").replace("2027", "2026")  # a source not in the demo base


@pytest.fixture
def web(tmp_path):
    root = make_workspace(tmp_path / "ws")
    (root / "seeds" / "2025年工作总结.txt").write_text(SEED, "utf-8")
    with TestClient(create_app(root), base_url=BASE, follow_redirects=False) as client:
        assert client.post("/api/distill").status_code == 200
        yield root, client


def base_files(root):
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for folder in ("facts", "seeds") for p in (root / folder).rglob("*") if p.is_file()}


def source_of(client, path: str) -> dict:
    return next(s for s in client.get("/api/sources").json() if s["path"] == path)


def test_withdraw_a_distilled_source_after_confirming(web):
    root, client = web
    source = source_of(client, "seeds/2025年工作总结.txt")
    assert source["facts"] > 0
    fact_file = root / "facts" / f"{source['id']}.yaml"
    assert fact_file.is_file()
    listing = client.get("/sources").text
    link = f'href="/sources/{source["id"]}/withdraw"'
    assert link in listing
    # the confirmation step: what goes, nothing moved yet
    before = base_files(root)
    confirm = client.get(f"/sources/{source['id']}/withdraw")
    assert confirm.status_code == 200
    assert f"<b>{source['facts']} 条事实</b>" in confirm.text
    assert f"<code>facts/{source['id']}.yaml</code>" in confirm.text and "<code>seeds/2025年工作总结.txt</code>" in confirm.text
    assert "人工核实或修改" not in confirm.text
    assert base_files(root) == before
    token = csrf_of(confirm.text)
    # a post without the page's token does nothing
    assert client.post(f"/sources/{source['id']}/withdraw").status_code == 403
    assert base_files(root) == before
    r = client.post(f"/sources/{source['id']}/withdraw", data={"csrf": token})
    assert r.status_code == 303 and r.headers["location"].startswith("/sources?")
    after = base_files(root)
    assert set(before) - set(after) == {f"facts/{source['id']}.yaml", "seeds/2025年工作总结.txt"}
    assert all(after[k] == before[k] for k in after)  # every other file of the base as it was
    kept = list((root / "withdrawn").glob(f"*-{source['id']}"))
    assert len(kept) == 1
    assert (kept[0] / fact_file.name).read_bytes() == before[f"facts/{source['id']}.yaml"]
    assert (kept[0] / "2025年工作总结.txt").read_text("utf-8") == SEED
    assert source["id"] not in [s["id"] for s in client.get("/api/sources").json()]
    shown = client.get(r.headers["location"]).text
    assert f"已撤回“{source['label']}”：{source['facts']} 条事实已移出事实库" in shown
    assert "尚未提炼" not in shown  # its seeds/ copy is not offered for distilling again
    assert f"原文件保存在 withdrawn/{kept[0].name}" in shown
    # the notice is read from what the withdrawal kept, never from the address alone
    for forged in ("2026-假的", "..", "../facts", kept[0].name + "/x"):
        page = client.get("/sources", params={"withdrawn": forged, "facts": "99"}).text
        assert "已撤回" not in page, forged
    assert client.get(f"/sources/{source['id']}/withdraw").status_code == 404  # gone


def test_a_source_with_facts_a_person_edited_goes_only_when_that_is_confirmed(web):
    root, client = web
    source = source_of(client, "seeds/2025年工作总结.txt")
    own = load_fact_file(root / "facts" / f"{source['id']}.yaml").facts[0]
    r = client.post(f"/api/facts/{own.id}", data={"text": own.text + "（人工核实）", "period": "2025", "reviewed": "1"})
    assert r.status_code == 200, r.text
    confirm = client.get(f"/sources/{source['id']}/withdraw").text
    assert "<b>其中 1 条事实经人工核实或修改过</b>" in confirm
    assert re.search(r'<input type="checkbox" name="edited" value="1" required>', confirm)
    token = csrf_of(confirm)
    before = base_files(root)
    r = client.post(f"/sources/{source['id']}/withdraw", data={"csrf": token})
    assert r.status_code == 400 and "其中 1 条事实经人工核实或修改" in error_of(r.text)
    assert base_files(root) == before
    r = client.post(f"/sources/{source['id']}/withdraw", data={"csrf": token, "edited": "1"})
    assert r.status_code == 303
    assert not (root / "facts" / f"{source['id']}.yaml").exists()


def test_a_source_other_facts_refer_to_is_never_withdrawn(web):
    """A new year's report that marks older figures superseded: withdrawing it would leave those
    marks pointing at nothing, so the page says so and offers no button; /api/ refuses too."""
    root, client = web
    applied = client.post("/api/refresh", files={"file": ("2026年工作总结.txt", REPORT)}).json()
    assert applied["filed"]
    source = source_of(client, applied["filed"][0])
    plan = client.post(f"/api/sources/{source['id']}/withdraw", data={"dry_run": "1"}).json()
    assert plan["cited_by"] > 0 and plan["facts"] == source["facts"] and not plan["withdrawn"]
    confirm = client.get(f"/sources/{source['id']}/withdraw").text
    assert f"不能撤回：其他来源的 {plan['cited_by']} 条事实引用了本来源的事实" in confirm
    assert "确认撤回" not in confirm
    before = base_files(root)
    r = client.post(f"/api/sources/{source['id']}/withdraw", data={"edited": "1"})
    assert r.status_code == 400 and "未撤回" in r.json()["error"]
    assert base_files(root) == before


def test_withdraw_in_the_browser_needs_the_box_ticked_for_edited_facts(browser, tmp_path):
    """In Chromium: the sources list's 撤回… opens the confirmation; with a reviewed fact, 确认撤回
    does nothing until the box is ticked; then the list comes back saying what went."""
    from web_helpers import LiveServer, browser_page, shot

    root = make_workspace(tmp_path / "ws")
    (root / "seeds" / "2025年工作总结.txt").write_text(SEED, "utf-8")
    with LiveServer(root) as server, TestClient(create_app(root), base_url=BASE) as client:
        assert client.post("/api/distill").status_code == 200
        source = source_of(client, "seeds/2025年工作总结.txt")
        own = load_fact_file(root / "facts" / f"{source['id']}.yaml").facts[0]
        assert client.post(f"/api/facts/{own.id}", data={"text": own.text, "period": "2025", "reviewed": "1"}).status_code == 200
        with browser_page(browser) as page:
            page.goto(server.url + "/sources")
            page.click(f'a[href="/sources/{source["id"]}/withdraw"]')
            page.wait_for_selector("text=确认撤回")
            shot(page, "withdraw-confirm")
            page.click("button.danger")  # the box is not ticked: the browser keeps the page
            assert "/withdraw" in page.url and (root / "facts" / f"{source['id']}.yaml").is_file()
            page.check("input[name=edited]")
            page.click("button.danger")
            page.wait_for_selector("p.notice")
            assert page.locator("p.notice").inner_text().startswith(f"已撤回“{source['label']}”")
            assert page.locator(f'a[href="/sources/{source["id"]}/withdraw"]').count() == 0
            assert "csrf" not in page.url
            shot(page, "withdraw-done")
    assert not (root / "facts" / f"{source['id']}.yaml").exists()
    assert not (root / "seeds" / "2025年工作总结.txt").exists()
