"""The web forms as a clerk types into them (the clerk's review, /work/wt/w1-review.md): 成文日期 in
the forms people write, a plausible year; a fact's edit answered at its form, what was typed kept
on an error, ``2025年`` taken, an emptied year confirmed first. In-process client, real workspace."""

from __future__ import annotations

import datetime as dt
import html as html_lib
import json
import re
import shutil
import time
import warnings
from types import SimpleNamespace

import docx
import pytest
from click.testing import CliRunner

from drafter.api import open_workspace
from drafter.cli import cli
from drafter.draft import parse_date
from drafter.errors import DrafterError
from drafter.web.app import create_app
from helpers import REPO, TITLE_1350, new_workspace
from web_helpers import csrf_of, error_of, make_workspace, scanned_pdf

warnings.filterwarnings("ignore", message=".*httpx.*")
from starlette.testclient import TestClient  # noqa: E402

THIS_YEAR = dt.date.today().year
BASE = "http://127.0.0.1:8765"


@pytest.fixture(scope="module")
def web(tmp_path_factory):
    """A copy of the demo workspace served in process: its root, the client and a CSRF token."""
    root = make_workspace(tmp_path_factory.mktemp("forms") / "ws")
    with TestClient(create_app(root), base_url=BASE) as client:
        yield SimpleNamespace(root=root, client=client, csrf=csrf_of(client.get("/draft").text))


# ------------------------------------------------------------------ 成文日期


@pytest.mark.parametrize("typed", ["2026-05-20", "2026/5/20", "2026.5.20", "2026年5月20日", "２０２６年５月２０日",
                                   " 2026 年 5 月 20 日 ", "2026-5-20"])
def test_a_date_is_taken_in_the_forms_clerks_type(typed):
    assert parse_date(typed, today=dt.date(2026, 12, 1)) == dt.date(2026, 5, 20)


@pytest.mark.parametrize("typed", ["6520-02-02", "2062-05-20", "1926-05-20"])
def test_a_year_far_from_today_is_refused_saying_so(typed):
    with pytest.raises(DrafterError) as caught:
        parse_date(typed, today=dt.date(2026, 12, 1))
    assert str(caught.value) == (f"成文日期“{typed}”不在合理范围内（应在2016年至2027年之间），"
                                 "请核对年份，如 2026-05-20 或 2026年5月20日")


@pytest.mark.parametrize("typed", ["明天", "5/20/2026"])
def test_what_is_no_date_says_which_forms_are_taken(typed):
    with pytest.raises(DrafterError, match=f"成文日期“{typed}”无法识别，应为年月日，如 2026-05-20 或 2026年5月20日"):
        parse_date(typed, today=dt.date(2026, 12, 1))


@pytest.mark.parametrize("typed, why", [("2026-13-45", "月份应为1–12，不是13"), ("2026-02-30", "2026年2月只有28天，没有30日"),
                                        ("2024年2月30日", "2024年2月只有29天，没有30日")])
def test_a_date_of_no_such_day_says_what_is_wrong(typed, why):
    """A clerk re-reading a well-formed 2025-02-30 saw nothing wrong in "无法识别，应为年月日" (qa16)."""
    with pytest.raises(DrafterError) as caught:
        parse_date(typed, today=dt.date(2026, 12, 1))
    assert str(caught.value) == f"成文日期“{typed}”有误：{why}，如 2026-05-20 或 2026年5月20日"


def test_the_command_line_and_the_page_refuse_a_mistyped_year_alike(web):
    """The date box once turned 2026/5/20 typed month first into 6520-02-02, and the draft was
    dated 6520年2月2日: refused now, by the library, for the CLI's --date as for the form."""
    client, csrf, root = web.client, web.csrf, web.root
    cli_run = CliRunner().invoke(cli, ["--workspace", str(root), "draft", "1350", TITLE_1350, "--date", "6520-02-02"])
    assert cli_run.exit_code == 2
    message = f"成文日期“6520-02-02”不在合理范围内（应在{THIS_YEAR - 10}年至{THIS_YEAR + 1}年之间）"
    assert message in cli_run.output
    form = {"number": "1350", "topic": TITLE_1350, "deputy": "陈某某", "date": "6520-02-02", "text": "建议一、加快建设中试平台。"}
    r = client.post("/draft", data={**form, "csrf": csrf})
    assert r.status_code == 400 and message in error_of(r.text)
    assert 'value="6520-02-02"' in r.text and "建议一、加快建设中试平台。</textarea>" in r.text  # the form kept
    assert not (root / "drafts" / "1350.docx").exists()
    assert r.text.count('placeholder="如 2026-05-20 或 2026年5月20日"') == 1  # a text box: no month-first picker


def test_a_date_typed_in_chinese_dates_the_draft(web):
    client, csrf, root = web.client, web.csrf, web.root
    form = {"number": "1351", "topic": TITLE_1350, "type": "B", "date": f"{THIS_YEAR}年5月20日"}
    r = client.post("/draft", data={**form, "csrf": csrf})
    assert r.status_code == 200, error_of(r.text)
    paragraphs = [p.text for p in docx.Document(root / "drafts" / "1351.docx").paragraphs]
    assert f"{THIS_YEAR}年5月20日" in paragraphs
    r = client.post("/api/draft", json={**form, "number": "1352", "date": f"{THIS_YEAR}/5/20"})
    assert r.status_code == 200, r.text
    assert f"{THIS_YEAR}年5月20日" in [p.text for p in docx.Document(root / "drafts" / "1352.docx").paragraphs]


# ------------------------------------------------------------------ 编号 as clerks write it


def test_a_number_written_with_its_words_or_full_width_is_taken_as_the_batch_list_takes_it(web):
    """第1350号, 1350号 and full-width digits are the number the batch list reads them as (one
    rule, compose.suggestion.plain_number): the draft is drafts/1350.docx, titled 第1350号."""
    client, csrf, root = web.client, web.csrf, web.root
    r = client.post("/draft", data={"csrf": csrf, "number": "第1353号", "topic": TITLE_1350, "type": "B"})
    assert r.status_code == 200, error_of(r.text)
    titles = [p.text for p in docx.Document(root / "drafts" / "1353.docx").paragraphs if "第1353号" in p.text]
    assert titles and "第第" not in titles[0] and "号号" not in titles[0]
    r = client.post("/api/draft", json={"number": "１３５４号", "topic": TITLE_1350, "proposal": True})
    assert r.status_code == 200, r.text
    assert [d["name"] for d in r.json()["downloads"]] == ["提案-1354.docx"]
    cli_run = CliRunner().invoke(cli, ["--workspace", str(root), "draft", "1355号", TITLE_1350])
    assert cli_run.exit_code == 0 and (root / "drafts" / "1355.docx").is_file()


# ------------------------------------------------------------------ 事实库: editing a fact


def _fact(root, query: str) -> dict:
    return next(f for f in open_workspace(root).facts(query).to_dict() if f["period"]["year"])


def _stored(root, fact_id: str) -> dict:
    return next(f for f in open_workspace(root).facts().to_dict() if f["id"] == fact_id)


def _form_of(html: str, fact_id: str) -> str:
    """The edit form of one fact on the page."""
    m = re.search(rf'<form [^>]*id="edit-{re.escape(fact_id)}".*?</form>', html, re.S)
    assert m, "no edit form for " + fact_id
    return m.group(0)


def test_a_saved_edit_is_said_at_the_facts_form(web):
    client, csrf, root = web.client, web.csrf, web.root
    fact = _fact(root, "中试")
    back = "/facts?q=中试"
    r = client.post(f"/facts/{fact['id']}/edit", follow_redirects=False,
                    data={"csrf": csrf, "text": "网页修改后的平台事实（已核实）", "period": "2025年", "reviewed": "1", "back": back})
    assert r.status_code == 303 and r.headers["location"].endswith(f"#edit-{fact['id']}")
    stored = _stored(root, fact["id"])
    assert stored["text"] == "网页修改后的平台事实（已核实）" and stored["period"]["year"] == 2025  # 2025年 taken
    shown = client.get(r.headers["location"])
    form = _form_of(shown.text, fact["id"])
    assert re.search(r'<p class="saved" role="status">已保存到 facts/[^<]+\.yaml</p>', form)
    assert "已保存" not in shown.text.split('<article class="fact')[0]  # not at the top, out of view
    # the search no longer finds the fact's new text, yet the fact edited is shown with its result
    assert "网页修改后的平台事实（已核实）</textarea>" in form


def test_an_invalid_year_keeps_what_was_typed_and_says_why_at_the_form(web):
    client, csrf, root = web.client, web.csrf, web.root
    fact = _fact(root, "高新技术企业")
    yaml_path = root / "facts" / f"{fact['source']['id']}.yaml"
    before = yaml_path.read_text("utf-8")
    typed = fact["text"] + "另补充一句人工核实的说明。"
    r = client.post(f"/facts/{fact['id']}/edit",
                    data={"csrf": csrf, "text": typed, "period": "明年", "reviewed": "1", "back": "/facts?q=高新技术企业"})
    assert r.status_code == 400
    form = _form_of(r.text, fact["id"])
    assert error_of(form) == "年份应为四位数字，如 2025 或 2025年，而不是“明年”"
    assert f"{typed}</textarea>" in form and 'value="明年"' in form and "checked" in form
    assert error_of(r.text.split('<article class="fact')[0]) is None  # said at the form only
    assert 'name="back" value="/facts?q=高新技术企业' in form  # saving again returns to the search
    assert yaml_path.read_text("utf-8") == before


def test_an_emptied_year_asks_to_confirm_before_the_fact_loses_it(web):
    client, csrf, root = web.client, web.csrf, web.root
    fact = _fact(root, "科技型中小企业")
    year = fact["period"]["year"]
    data = {"text": fact["text"], "period": "", "back": "/facts?q=科技型中小企业"}
    r = client.post(f"/facts/{fact['id']}/edit", data={**data, "csrf": csrf})
    assert r.status_code == 400
    form = _form_of(r.text, fact["id"])
    assert f"如确要把这条事实改为“年份不详”（原为{year}年），请勾选“确认清除年份”后再保存" in error_of(form)
    assert 'name="clear_period"' in form
    assert _stored(root, fact["id"])["period"]["year"] == year
    r = client.post(f"/facts/{fact['id']}/edit", data={"csrf": csrf, **data, "clear_period": "1"})
    assert r.status_code == 200 and "已保存到" in r.text
    assert _stored(root, fact["id"])["period"]["year"] is None
    # the JSON endpoint asks the same
    other = _fact(root, "高新技术企业")
    r = client.post(f"/api/facts/{other['id']}", json={"period": ""})
    assert r.status_code == 400 and "确认清除年份" in r.json()["error"]


# ------------------------------------------------------------------ an empty fact base, seeds/ not distilled

PAGES = ("/draft", "/batch", "/check", "/facts", "/sources", "/refresh")


def _banner(html: str) -> str | None:
    m = re.search(r'<div class="basebar"[^>]*>(.*?)</div>', html, re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", m.group(1))).strip() if m else None


def _finished(client, location: str) -> str:
    """The page of a distill job once it is done (the progress page polls, as the browser does)."""
    job = location.rsplit("/", 1)[-1]
    for _ in range(600):
        if client.get(f"/api/jobs/{job}").json()["finished"]:
            break
        time.sleep(0.1)
    return client.get(location).text


def test_an_empty_base_is_said_on_every_page_with_an_upload_of_the_documents(tmp_path):
    """The banner offers the upload, never the server's folder (qa17 F2: a browser-only clerk
    cannot put files there)."""
    root = new_workspace(tmp_path / "ws", seeds=False)
    (root / "seeds").mkdir()
    with TestClient(create_app(root), base_url=BASE) as client:
        for path in PAGES:
            html = client.get(path).text
            banner = _banner(html)
            assert banner and banner.startswith("事实库还是空的：起草时引用不到任何工作事实。"), path
            assert "请上传本单位往年的答复、工作总结或报告，上传后即提炼进事实库" in banner and str(root) not in banner
            assert '<form method="post" action="/seeds" enctype="multipart/form-data"' in html
            assert "提炼这" not in html  # nothing to distill yet: no button


def test_seeds_not_yet_distilled_are_offered_and_distilled_as_the_command_does(tmp_path):
    root = new_workspace(tmp_path / "ws")  # the five seeds, an empty facts/
    (root / "seeds" / "扫描件.pdf").write_bytes(scanned_pdf())
    twin = shutil.copytree(root, tmp_path / "twin")
    with TestClient(create_app(root), base_url=BASE) as client:
        csrf = csrf_of(client.get("/draft").text)
        for path in PAGES:
            html = client.get(path).text
            assert _banner(html).startswith("事实库还是空的：起草时引用不到任何工作事实。seeds/ 文件夹中有 6 份文件尚未提炼进事实库（"), path
            assert f'action="/distill" data-busy="正在提炼，请稍候…"><input type="hidden" name="csrf" value="{csrf}">' in html and "提炼这 6 份文件" in html
        r = client.post("/distill", data={"csrf": csrf}, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"].startswith("/distill/")
        again = client.post("/distill", data={"csrf": csrf}, follow_redirects=False)  # pressed twice: one job
        assert again.headers["location"] in (r.headers["location"], "/facts")
        html = _finished(client, r.headers["location"])
        cli_run = CliRunner().invoke(cli, ["--workspace", str(twin), "distill", "seeds/", "--json"])
        expected = json.loads(cli_run.stdout)["totals"]
        notice = re.search(r'<p class="notice" role="status">(.*?)</p>', html).group(1)
        assert notice == (f"已提炼 {expected['documents']} 份文件：{expected['facts']} 条事实、{expected['figures']} 个数字"
                          f"已加入事实库；1 份无法读取，见下。")
        errors = re.findall(r"<li>(seeds/扫描件\.pdf: [^<\n]+)</li>", html)
        assert len(errors) == 1 and str(root) not in html.split("<main")[1].split("distill-errors")[1]
        assert _banner(html) is None
        after = client.get("/draft").text
        assert _banner(after) is None  # distilled; the scanned PDF, said once, is not offered again
        assert len(client.get("/api/facts").json()) == expected["facts"] > 0
        # a new document put in seeds/ later is offered by itself
        (root / "seeds" / "新的一份.txt").write_text(  # (a suggestion's own text is refused: test_suggestion_source)
            "泉州市科技局2025年工作总结\n2025年，全市新增国家高新技术企业312家。\n", encoding="utf-8")
        banner = _banner(client.get("/facts").text)
        assert banner == "seeds/ 文件夹中有 1 份文件尚未提炼进事实库（新的一份.txt）。 提炼这 1 份文件"
        data = client.post("/api/distill").json()
        assert [s["path"] for s in data["sources"]] == ["seeds/新的一份.txt"] and not data["errors"]
        assert _banner(client.get("/facts").text) is None


def test_the_distill_page_says_a_source_of_another_place_in_the_commands_words(tmp_path):
    """A reply whose facts are all 巴南区's, distilled in 泉州's workspace: the page's reminder is the line
    ``drafter distill`` prints, word for word."""
    reply = REPO / "tests" / "fixtures" / "other" / "banan_slj_reply_124_2025.txt"
    root = make_workspace(tmp_path / "ws")
    shutil.copy(reply, root / "seeds" / reply.name)
    twin = shutil.copytree(root, tmp_path / "twin")
    said = CliRunner().invoke(cli, ["--workspace", str(twin), "distill", str(twin / "seeds")]).stdout
    said = "".join(said.splitlines())  # (a long line is wrapped at the window's width)
    with TestClient(create_app(root), base_url=BASE) as client:
        csrf = csrf_of(client.get("/draft").text)
        r = client.post("/distill", data={"csrf": csrf}, follow_redirects=False)
        html = _finished(client, r.headers["location"])
    (note,) = (html_lib.unescape(note) for note in re.findall(r'<p class="warn" role="status">(.*?)</p>', html))
    assert note.startswith("提醒：") and "的地区记为“巴南区”，不是本单位的地区" in note and note in said


# ------------------------------------------------------------------ an old .doc, sending a draft's form again


@pytest.mark.parametrize("page, name, what", [
    ("/draft", "1350建议.doc", "请在 Word/WPS 中另存为 .docx 后再上传"),
    ("/check", "1350答复.doc", "请在 Word/WPS 中另存为 .docx 后再上传"),
    ("/batch", "交办清单.xls", "请在 Excel/WPS 中另存为 .xlsx 后再上传"),
])
def test_an_old_office_file_is_refused_saying_how_to_save_it(web, page, name, what):
    client, csrf = web.client, web.csrf
    data = {"number": "1356", "topic": TITLE_1350} if page == "/draft" else {}
    r = client.post(page, data={**data, "csrf": csrf}, files={"file": (name, b"\xd0\xcf\x11\xe0old office")})
    suffix = name.rsplit(".", 1)[1]
    assert r.status_code == 400 and error_of(r.text) == f"{name}: 是旧版格式（.{suffix}），无法读取，{what}"
    api = client.post(f"/api{page}", data=data, files={"file": (name, b"\xd0\xcf\x11\xe0old office")})
    assert api.json()["error"] == error_of(r.text)


def _hidden_fields(html: str) -> dict[str, str]:
    """The fields of the result page's 修改后重新起草 form, as the browser sends them."""
    form = re.search(r'<form method="post" action="/draft/again" class="again">(.*?)</form>', html, re.S)
    assert form, "no 修改后重新起草 form"
    fields = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)">', form.group(1)))
    text = re.search(r'<textarea name="text" hidden>(.*?)</textarea>', form.group(1), re.S)
    fields["text"] = html_lib.unescape(text.group(1))
    return {k: html_lib.unescape(v) for k, v in fields.items()}


def test_draft_again_brings_the_form_back_filled_with_what_was_sent(web):
    client, csrf = web.client, web.csrf
    text = (REPO / "examples" / "1350建议.txt").read_text("utf-8")
    form = {"number": "1357", "topic": TITLE_1350, "deputy": "陈某茉", "session": "市十七届人大五次会议", "type": "B",
            "with": "市财政局", "date": f"{THIS_YEAR}-05-20", "doc_number": "泉科函〔2026〕120号"}
    r = client.post("/draft", data={**form, "csrf": csrf}, files={"file": ("1350建议.txt", text.encode("utf-8"))})
    assert r.status_code == 200, error_of(r.text)
    sent = _hidden_fields(r.text)
    assert sent == {**form, "text": text, "csrf": csrf}  # the uploaded file's text too, and the token
    again = client.post("/draft/again", data=sent)
    assert again.status_code == 200 and "<h1>起草答复</h1>" in again.text
    for key in ("number", "topic", "deputy", "session", "with", "date", "doc_number"):
        assert f'name="{key}" value="{html_lib.escape(form[key], quote=True)}"' in again.text.replace(" required", ""), key
    assert '<option value="B" selected>' in again.text
    assert f">{html_lib.escape(sent['text'], quote=False)}</textarea>" in again.text  # the uploaded text, as text
    # a proposal comes back as one, with its words
    r = client.post("/draft/again", data={"csrf": csrf, **sent, "proposal": "1", "deputy": "民建泉州市委会"})
    assert "checked> 政协提案" in r.text and "提案人（委员或单位）</span>" in r.text
    assert 'placeholder="如 市政协十三届五次会议"' in r.text


def test_a_marks_tooltip_says_what_to_do_with_it(web):
    from drafter.web.views import mark_hint

    assert mark_hint("【待更新：截至2025年5月】") == "数据待更新：换成最新数据后删去标记"
    assert mark_hint("【待补充：建议所提企业技术中心方面的工作情况】") == "待补充：补全后删去标记"
    assert mark_hint("【待核实：是否已完成】") == "待核实：核实后删去标记"
    assert mark_hint("【待市财政局提供：小标题】") == "待市财政局提供：收到材料后补入并删去标记"
    client, csrf = web.client, web.csrf
    r = client.post("/draft", data={"csrf": csrf, "number": "1358", "topic": TITLE_1350, "type": "B",
                                                  "text": (REPO / "examples" / "1350建议.txt").read_text("utf-8")})
    marks = re.findall(r'<mark class="ph"[^>]*? title="([^"]+)"[^>]*>(【[^】]+】)</mark>', r.text)
    assert {t for t, m in marks if m.startswith("【待更新")} == {"数据待更新：换成最新数据后删去标记"}
    assert {t for t, m in marks if m.startswith("【待补充")} == {"待补充：补全后删去标记"}
