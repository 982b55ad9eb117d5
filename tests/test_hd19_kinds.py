"""The kind of a statement, found on held-out round hd19 (天水市文化和旅游局, 沈阳市农业农村局): a bureau's results told in a
news item or a press conference were read as background, a plan, a wish, a meeting's instructions, a place's history and a
document's enacting sentence as results, and pieces of a page cut off as facts.

Each test distils a short excerpt of the real page (its words as the page prints them, web clutter kept; the page is named in the
test) through the public path a user's ``drafter distill`` takes, in a workspace of the page's own bureau.
"""

from __future__ import annotations

from helpers import distil, fact_texts, unit_workspace

TIANSHUI_AREAS = "秦州区, 麦积区, 清水县, 秦安县, 甘谷县, 武山县, 张家川回族自治县"
SHENYANG_AREAS = "和平区, 沈河区, 大东区, 皇姑区, 铁西区, 苏家屯区, 浑南区, 沈北新区, 于洪区, 辽中区, 康平县, 法库县, 新民市"


def _tianshui(tmp_path):
    return unit_workspace(tmp_path / "ws", "天水市文化和旅游局", "市文旅局", "天水市", TIANSHUI_AREAS)


def _shenyang(tmp_path):
    return unit_workspace(tmp_path / "ws", "沈阳市农业农村局", "市农业农村局", "沈阳市", SHENYANG_AREAS)


def _fact(ff, words: str):
    return next(f for f in ff.facts if words in f.text)


# 沈阳市农业农村局's reply to 民革沈阳市委's proposal (2024-11-22), its last items as printed (the page was cut after 开展), and
# 天水市文化和旅游局's reply to 131号提案 (2021-08-20), cut after 市委、市政.
REPLY_MINGE = """对《关于聚焦重点突出特色，加快推进我市农业农村现代化的提案》的答复
民革沈阳市委员会:
贵单位提出的关于聚焦重点突出特色,加快推进我市农业农村现代化的提案收悉,现答复如下:
三是农产品质量不断提升。制订《农产品质量安全三级网格化监管体系建设规范》和《农产品生产基地划分和评定》两项地方标准,建立县、乡、村三级网格员监管工作制度,强化执法处罚力度,查处假劣农资及农产品质量安全案件50起。
四是品牌优势持续提高。开展
"""
REPLY_131 = """天水市文化和旅游局关于市政协七届五次会议第131号提案的答复
吕晓莉、刘虹、焦继军、王晓梅、陈永强、张文静、李靖、党坚强委员:
你们好!你们提出的《关于把“相聚天水”合唱艺术节打造成为全国知名文化品牌的建议》已收悉,经我局认真办理,现答复如下:
合唱艺术作为公益文化活动的一个门类,开展活动需大量资金投入,将“相约天水”合唱艺术节打造成为全国知名文化品牌,是一个长期坚持的过程。已举办的四届“相聚天水”合唱艺术节,我们都非常重视,均给予业务指导,并向财政部门申请资金,尽最大努力给予支持,四届“相聚天水”合唱艺术节均成功举办。
“相聚天水”合唱艺术活动市委、市政
"""


def test_a_piece_the_page_cut_is_no_fact(tmp_path):
    """四是品牌优势持续提高。开展 (an item's heading and a verb) and “相聚天水”合唱艺术活动市委 (a subject, its list cut) were
    facts, done ones: what a cut leaves of a statement without a whole clause, or only its heading, is none."""
    ff = distil(tmp_path, _shenyang(tmp_path), REPLY_MINGE, "2024-11-22_民革沈阳市委提案_答复.txt")
    assert "品牌优势" not in fact_texts(ff) and "案件50起" in fact_texts(ff)
    (tmp_path / "t").mkdir()
    ff = distil(tmp_path / "t", _tianshui(tmp_path / "t"), REPLY_131, "2021-08-20_第131号提案的答复.txt")
    assert "合唱艺术活动市委" not in fact_texts(ff) and "四届“相聚天水”合唱艺术节均成功举办" in fact_texts(ff)
