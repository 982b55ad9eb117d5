"""A draft dated in another year than its session sits (rv50: 福州's 市十六届人大四次会议 draft dated 2026, though the
base's reply to 三次会议 was of 2024): the seeds' reply 泉科函〔2026〕102号 answers 市十七届人大五次会议, so at one sitting a
year 四次会议 sat in 2025 and 五次会议 in 2026 — a clerk's date or session that disagrees is asked on the date and by the
command. Some terms sit twice a year and replies are published late (天水's 八届五次 sat in 2025, its reply to 八届三次
dated 2024-11-19, hd19b): only a year the session cannot be answered in (五次会议 sat in 2025 at the earliest, a reply
issued in its year or the next) is said as wrong, and only that is a finding of ``check``, which the clerk can resolve."""

from __future__ import annotations

import json

import docx
from click.testing import CliRunner
from helpers import TITLE_1350

from drafter.cli import cli
from drafter.compose.select import session_parts
from drafter.docx.read import read_draft


def _draft(root, out, session: str, date: str, *extra: str):
    result = CliRunner().invoke(cli, ["-w", str(root), "draft", "1350", TITLE_1350, "--deputy", "陈某某",
                                      "--session", session, "--date", date, "-o", str(out), *extra])
    assert result.exit_code == 0, result.output
    return result.output, read_draft(out)


def _date_comments(paragraphs) -> list[str]:
    return [c for p in paragraphs if p.kind == "date" for c in p.comments]


def test_a_sitting_dated_a_year_before_one_a_year_is_asked(seeded_root, tmp_path):
    output, paragraphs = _draft(seeded_root, tmp_path / "d.docx", "市十七届人大五次会议", "2025-05-20")
    said = "据事实库中泉科函〔2026〕102号按每年一次会议推算，市十七届人大五次会议约在2026年召开，与成文日期2025年不一致"
    assert said in output.replace("\n", "") and "是否有误" in output.replace("\n", "")
    assert any(said in c and "--date" in c for c in _date_comments(paragraphs))
    assert not [f for f in _check(seeded_root, tmp_path / "d.docx") if f["code"] == "session-year"]


def test_a_sitting_dated_before_it_can_sit_is_told(seeded_root, tmp_path):
    output, paragraphs = _draft(seeded_root, tmp_path / "d.docx", "市十七届人大五次会议", "2024-05-20")
    said = "成文日期为2024年，但据事实库中泉科函〔2026〕102号，市十七届人大五次会议应在2025—2026年间召开"
    assert said in output.replace("\n", "") and "是否有误" not in output.replace("\n", "")
    assert any(said in c and "--date" in c for c in _date_comments(paragraphs))


def test_an_earlier_sitting_of_the_term_is_a_year_before(seeded_root, tmp_path):
    output, paragraphs = _draft(seeded_root, tmp_path / "d.docx", "泉州市第十七届人民代表大会第四次会议", "2026-05-20")
    assert "第四次会议约在2025年召开" in output.replace("\n", "")
    assert any("约在2025年召开" in c for c in _date_comments(paragraphs))
    output, paragraphs = _draft(seeded_root, tmp_path / "e.docx", "泉州市第十七届人民代表大会第四次会议", "2023-05-20")
    assert "第四次会议应在2024—2026年间召开" in output.replace("\n", "")


def test_a_sitting_two_on_a_year_later_is_no_finding(seeded_root, tmp_path):
    """天水's 八届五次 answered in 2025, its reply to 八届三次 dated 2024 (hd19b): two sittings on, one year on, is only
    asked in the draft — never a finding the clerk cannot resolve."""
    output, _ = _draft(seeded_root, tmp_path / "d.docx", "市十七届人大七次会议", "2027-05-20")
    assert "约在2028年召开" in output.replace("\n", "")
    assert not [f for f in _check(seeded_root, tmp_path / "d.docx") if f["code"] == "session-year"]


def test_a_date_that_fits_its_session_or_another_body_says_nothing(seeded_root, tmp_path):
    for n, session in enumerate(("市十七届人大五次会议", "市政协十四届五次会议", "市十六届人大五次会议")):
        output, paragraphs = _draft(seeded_root, tmp_path / f"d{n}.docx", session, "2026-05-20")
        assert "应在" not in output.replace("\n", ""), session
        assert not any("召开" in c for c in _date_comments(paragraphs)), session


def test_session_names_read_as_written():
    assert session_parts("市十七届人大五次会议") == ("市", "人大", 17, 5)
    assert session_parts("石家庄市第十四届人民代表大会第六次会议") == ("石家庄市", "人大", 14, 6)
    assert session_parts("岳阳市政协九届一次会议") == ("岳阳市", "政协", 9, 1)
    assert session_parts("政协内蒙古自治区第十二届委员会第三次会议") == ("内蒙古自治区", "政协", 12, 3)
    assert session_parts("2025年全国两会") is None


def _check(root, path) -> list[dict]:
    result = CliRunner().invoke(cli, ["-w", str(root), "check", str(path), "--json"])
    return json.loads(result.stdout)["findings"]


def test_check_tells_a_date_of_a_year_the_session_cannot_be_answered_in(seeded_root, tmp_path):
    out = tmp_path / "d.docx"
    _draft(seeded_root, out, "市十七届人大五次会议", "2024-05-20")
    found = [f for f in _check(seeded_root, out) if f["code"] == "session-year"]
    assert len(found) == 1 and "2024年5月20日" in found[0]["snippet"]
    assert "市十七届人大五次会议应在2025—2026年间召开" in found[0]["message"]
    document = docx.Document(out)  # the clerk puts the right year on the date line, as in Word
    line = next(p for p in document.paragraphs if p.text == "2024年5月20日")
    for run in line.runs[1:]:
        run.text = ""
    line.runs[0].text = "2026年5月20日"
    document.save(tmp_path / "fixed.docx")
    assert not [f for f in _check(seeded_root, tmp_path / "fixed.docx") if f["code"] == "session-year"]


def test_check_reads_a_date_line_in_chinese_numerals_as_in_digits(seeded_root, tmp_path):
    """A clerk who dates the letter 二〇二四年五月二十日 (as many letters are dated) is told the same as in digits; 二〇二六年…
    fits the session."""
    out = tmp_path / "d.docx"
    _draft(seeded_root, out, "市十七届人大五次会议", "2024-05-20")
    for written, told in (("二〇二四年五月二十日", True), ("二〇二六年五月二十日", False)):
        document = docx.Document(out)
        line = next(p for p in document.paragraphs if p.text == "2024年5月20日")
        for run in line.runs[1:]:
            run.text = ""
        line.runs[0].text = written
        document.save(tmp_path / "cn.docx")
        found = [f for f in _check(seeded_root, tmp_path / "cn.docx") if f["code"] == "session-year"]
        assert bool(found) == told, (written, found)
        assert not found or "成文日期为2024年" in found[0]["message"]
