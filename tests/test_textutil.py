"""The shared text helpers: Chinese numerals, document-number years, the CJK range."""

import re

import pytest

from drafter.distill.metadata import parse_date
from drafter.distill.structure import split_items
from drafter.model import SourceMeta
from drafter.textutil import CJK, cn_digits, cn_number, cn_numeral, doc_number_year, mirror_simplified


def test_cn_number_reads_ordinals_and_rejects_what_is_not_one():
    assert [cn_number(x) for x in ("一", "两", "十", "一十", "十三", "二十", "二十三", "九十九")] == [
        1, 2, 10, 10, 13, 20, 23, 99]
    assert [cn_number(x) for x in ("", "是", "十十", "十十十", "二二", "零十", "十零", "二十三四")] == [None] * 8


def test_cn_numeral_is_the_reverse_of_cn_number():
    assert [cn_numeral(n) for n in (1, 9, 10, 11, 20, 23, 99)] == ["一", "九", "十", "十一", "二十", "二十三", "九十九"]
    assert all(cn_number(cn_numeral(n)) == n for n in range(1, 100))
    for bad in (0, 100):
        with pytest.raises(ValueError):
            cn_numeral(bad)


def test_cn_digits_reads_a_year_written_digit_by_digit():
    assert [cn_digits(x) for x in ("二〇二五", "二零一七", "二○二四")] == [2025, 2017, 2024]
    assert cn_digits("二十") is None and cn_digits("") is None


def test_chinese_dates_use_the_shared_numerals():
    assert parse_date("二〇二五年五月二十日") == "2025-05-20"
    assert parse_date("二○一六年十二月三十一日") == "2016-12-31"
    assert parse_date("二〇二五年十十月一日") is None  # not a month, and no crash


def test_a_malformed_ordinal_does_not_break_item_splitting():
    text = "工作如下：十十十是加强研发。"
    lead, items = split_items(text, text)
    assert items == [(lead[1], len(text))]


def test_doc_number_year_in_any_bracket_and_none_without_one():
    assert [doc_number_year(x) for x in ("泉科函〔2025〕81号", "厦科[2019]3号", "莆科函（ 2024 ）22号")] == [
        2025, 2019, 2024]
    assert [doc_number_year(x) for x in (None, "", "泉科函〔【待补充：年份】〕号", "第1288号")] == [None] * 4


def test_document_year_is_the_date_then_the_number_then_the_period():
    meta = SourceMeta(id="x", path="x.txt", sha256="0" * 64, kind="work_report",
                      number="泉科〔2017〕28号", date="2018-01-05", period=2016)
    assert meta.document_year() == 2018
    meta.date = None
    assert meta.document_year() == 2017
    meta.number = None
    assert meta.document_year() == 2016
    meta.period = None
    assert meta.document_year() is None


def test_cjk_covers_extension_a_and_compatibility_ideographs():
    run = re.compile(f"[{CJK}]+")
    assert run.fullmatch("泉州\u3400\uf900") and not run.search("〔2025〕，。ABC")


def _real_lines():
    """Every line of the seeds and, where present, of ../shared/corpus (full-width punctuation,
    ideographic spaces, full-width digits and letters as real pages have them)."""
    from helpers import CORPUS, REPO

    files = sorted((REPO / "seeds").glob("*.txt")) + sorted(CORPUS.glob("*.txt"))
    return [line for path in files for line in path.read_text(encoding="utf-8").splitlines()]


def test_nfkc_is_unicodedata_nfkc_on_real_text_and_on_combining_cases():
    import unicodedata

    from drafter.textutil import nfkc

    tricky = ["（１）ＡＩ，“科技贷”…２０２５年", "＝\u0338", "a\u3000b\xa0c", "e\u0301", "①②", "\ufb01ｘ，",
              "Ａ\u0301", "", "纯中文无标点"]
    lines = _real_lines() + tricky
    assert sum(not unicodedata.is_normalized("NFKC", line) for line in lines) > 20  # the slow case is tested
    assert [nfkc(line) for line in lines] == [unicodedata.normalize("NFKC", line) for line in lines]


def test_fold_width_maps_full_width_digits_letters_percent_and_point_only():
    from drafter.grammar import fold_width

    assert fold_width("增长１２．５％，ＡＩ企业ｂ，（一）") == "增长12.5%,AI企业b,（一）".replace(",", "，")
    table = str.maketrans("０１２３４５６７８９％．" + "".join(map(chr, range(0xFF21, 0xFF3B)))
                          + "".join(map(chr, range(0xFF41, 0xFF5B))),
                          "0123456789%.ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    assert all(fold_width(line) == line.translate(table) for line in _real_lines())


def test_a_mirror_reads_phrases_opencc_resolves_and_only_as_written():
    """答覆, 回覆, 藉口 of a traditional page are 答复, 回复, 借口; 打壞 (a break) is 打坏, never OpenCC's 打坏 → 打坯 (a phrase
    whose 坏 stands for 坯), which the table's reading of 壞 would match; the text keeps its length."""
    text = "現答覆如下：回覆、藉口，打壞了"
    assert mirror_simplified(text) == "现答复如下：回复、借口，打坏了"
