"""Readings a past stop noticed on real documents and left (h77): a national body's items counted without 全国, a time's
name cut to 用时, a forecast kept in a result, a 公示 filed as a work report, a reply's issuer told by its number alone, a
mirror's 答覆."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml
from click.testing import CliRunner
from helpers import CHANGZHI, CORPUS, distil, needs_corpus, new_workspace, unit_workspace

from drafter.cli import cli


def _counts(ff) -> dict[str, str]:
    return {g.raw: g.counts for f in ff.facts for g in f.figures}


@needs_corpus
def test_items_of_the_national_congress_keep_their_national(tmp_path):
    """武汉's 2021 report (corpus 26): …其中，全国人大代表建议1件（为会办件）、省人大代表建议7… counted 1件 as 人大代表建议,
    the 全国 after the clause's comma read as the nation whole opening what is counted; it names the body (全国人大), as 省
    of 省人大代表建议 does."""
    ws = unit_workspace(tmp_path / "ws", "武汉市科学技术局", "市科技局", "武汉市")
    ff = distil(tmp_path, ws, (CORPUS / "26_wuhan_report_2021.txt").read_text("utf-8"), "2021_report.txt")
    counts = [(g.raw, g.counts) for f in ff.facts for g in f.figures]
    assert ("1件", "全国人大代表建议") in counts and ("7", "省人大代表建议") in counts, counts
    assert ("1件", "人大代表建议") not in counts, counts


def test_the_time_an_office_takes_is_named_with_its_verb(tmp_path):
    """长治's …巡游出租汽车驾驶员证核发则办理用时从3个小时压缩至30分钟以内 named 3个小时 用时: 办理 was a verb opening what is
    counted; before 用时 it is part of the name, as before 时长, 时限 and 时间."""
    ws = unit_workspace(tmp_path / "ws", "长治市行政审批服务管理局", "市行政审批局", "长治市")
    counts = _counts(distil(tmp_path, ws, CHANGZHI, "2022-08-31_report.txt"))
    assert counts["3个小时"].endswith("办理用时") and counts["30分钟以内"] == counts["3个小时"], counts


# A bureau's report as such reports say it (constructed: no such page was at hand): a result, then in the same sentence its
# subject and what is forecast for the year.
FORECAST = """泉州市科学技术局2024年工作总结

2024年，我局认定高新技术企业301家，全市技术合同成交额预计突破150亿元，增幅居全省首位。
"""


def test_a_forecast_after_a_result_is_no_result(tmp_path):
    """…认定高新技术企业301家，全市技术合同成交额预计突破150亿元，增幅居全省首位。 was one fact of work done: the forecast
    (its subject before 预计) went into part one as a result. It is a unit of its own, as a clause opening on 预计 is."""
    ws = unit_workspace(tmp_path / "ws", "泉州市科学技术局", "市科技局", "泉州市")
    facts = distil(tmp_path, ws, FORECAST, "2024_report.txt").facts
    done = [f.text for f in facts if f.kind == "done"]
    assert done and not any("预计" in t for t in done), [(f.kind, f.text) for f in facts]
    assert any("预计突破150亿元" in f.text and f.kind == "plan" for f in facts), [(f.kind, f.text) for f in facts]


# 中山市科学技术局's 公示 of its nominations for 广东省科学技术奖 (hcwgx.com/15815.html, a copy of the bureau's notice) and
# 上海市科学技术委员会's of matching funds (heec.cahe.edu.cn/news/kj-tzgg/18105.html), as printed, their titles not kept.
ZHONGSHAN_NOTICE = """服务热线
18565668281(微信同号)
根据《广东省科学技术厅关于2023年度广东省科学技术奖提名工作的通知》(粤科函区字〔2023〕1290号)的要求,我局拟提名2023年度广东省科学技术奖项目共10项,现予以公示(详见附件),公示期为2023年11月15日至2023年11月21日。
在公示期内,任何单位和个人可以向中山市科学技术局提出书面异议。个人提出异议的,应当在书面异议材料上签署本人真实姓名,并注明联系方式;单位提出异议的,应当在书面异议材料上加盖单位公章,并注明联系人和联系方式。凡未按上述要求提供相关材料的,我局将不予受理。
如无异议,我局将如期向广东省科学技术厅提名。
附件:中山市科学技术局提名申报2023年度广东省科学技术奖项目公示表
中山市科学技术局
2023年11月15日
[ 返回首页 ]
"""
SHANGHAI_NOTICE = """根据《中共中央办公厅、国务院办公厅关于深化项目评审、人才评价、机构评估改革的意见》、《国家重要科技计划项目上海市地方匹配资金管理办法》等文件要求,现将2023年度第二批国家重要科技计划项目上海市地方匹配资金拟匹配项目予以公示。
公示期为2023年7月31日至2023年8月4日。对公示内容持有异议的,请于公示期内以书面形式向我委反映。个人提出异议的,请在异议材料上签署姓名,并注明联系电话;单位提出异议的,请在异议材料上加盖单位公章,并注明联系人和联系电话。我委对异议者的身份予以保密。
为保证异议处理客观、公正、公平,保护被公示者的合法权益,我委对匿名或未注明准确联系电话的异议,不予受理。
咨询电话:63584446(科技监督与诚信建设处)
上海市科学技术委员会
2023年7月31日
"""
# A report saying a 公示 passed is still a report (constructed).
REPORT_OF_A_NOTICE = """泉州市科学技术局2024年工作总结

2024年，我局组织开展高新技术企业认定工作，经专家评审、公示期满无异议，新认定高新技术企业301家。
"""


def test_a_public_notice_is_no_report_of_results(tmp_path):
    """A 公示 (its 公示期, objections invited) was filed as a work report, 我局拟提名…项目共10项 a result of the bureau's: it is
    a notice (filed with policies and notices, its statements context); a report saying a 公示 passed stays a report."""
    for unit, place, text in (("中山市科学技术局", "中山市", ZHONGSHAN_NOTICE), ("上海市科学技术委员会", "上海市", SHANGHAI_NOTICE)):
        ws = unit_workspace(tmp_path / unit, unit, "市科技局", place)
        ff = distil(tmp_path, ws, text, f"{unit}.txt")
        assert ff.source.kind == "policy" and not [f.text for f in ff.facts if f.kind == "done"], (ff.source.kind, ff.facts)
    ws = unit_workspace(tmp_path / "qz", "泉州市科学技术局", "市科技局", "泉州市")
    ff = distil(tmp_path, ws, REPORT_OF_A_NOTICE, "2024_report.txt")
    assert ff.source.kind == "work_report" and any(f.kind == "done" for f in ff.facts), ff


# Seed 000 (泉科函〔2025〕81号), its head as a mirror in traditional characters would print it under its title (constructed
# from the seed by OpenCC's STCharacters table, 答复 written 答覆 as Taiwan's usage has it), and the same in simplified ones.
MIRROR_81 = """泉州市科學技術局關於市十七屆人大四次會議第1071號建議的答覆
莊天懷代表:
您提出的《關於推動科技創新和產業創新深度融合,塑造我市產業發展新優勢的建議 》(第1071號)已收悉,由我單位會同市財政局、人社局、金融局辦理。現答覆如下:
衷心感謝您長期以來對我局科技工作的關心支持,希望您一如既往參與支持我市科技事業發展。
"""
SIMPLIFIED_81 = """泉州市科学技术局关于市十七届人大四次会议第1071号建议的答复
庄天怀代表:
您提出的《关于推动科技创新和产业创新深度融合,塑造我市产业发展新优势的建议 》(第1071号)已收悉,由我单位会同市财政局、人社局、金融局办理。现答复如下:
衷心感谢您长期以来对我局科技工作的关心支持,希望您一如既往参与支持我市科技事业发展。
"""


def test_a_mirror_writing_its_reply_答覆_reads_as_the_reply(tmp_path):
    """A mirror in traditional characters was read one character for one: 覆, a simplified character of its own (覆盖), stayed,
    and the reply's title read …的答覆, words no reply of the base says. OpenCC's phrases read it 答复 (as they read 回覆,
    批覆, 反覆); the mirror distils as the page it copies."""
    ws = unit_workspace(tmp_path / "ws", "泉州市科学技术局", "市科技局", "泉州市")
    mirror, page = (distil(tmp_path, ws, text, name).source for text, name in ((MIRROR_81, "m.txt"), (SIMPLIFIED_81, "p.txt")))
    assert mirror.title.endswith("的答复") and mirror.issuer == "泉州市科学技术局", mirror
    assert {k: v for k, v in vars(mirror).items() if k not in ("path", "sha256")} == {
        k: v for k, v in vars(page).items() if k not in ("path", "sha256")}


def _number_alone(seed: Path) -> str:
    """Seed 000 as a page printing its number alone (泉科函〔2025〕81号): its 发布机构 field and its signature's unit left out
    (constructed: a mirror's copy of a bureau's reply may drop both)."""
    lines = seed.read_text("utf-8").splitlines()
    return "\n".join(t for t in lines if not t.startswith("- 发布机构") and t.strip() != "泉州市科学技术局") + "\n"


def _issuer_of_1071(root: Path) -> str | None:
    facts = yaml.safe_load((root / "facts" / "2025-reply-1071.yaml").read_text("utf-8"))
    return facts["source"].get("issuer")


def test_a_reply_named_by_its_number_alone_is_the_bureaus_only_by_its_own_code(tmp_path):
    """A reply naming no issuer but its number (泉科函〔2025〕81号) had none, in the bureau's workspace too: its number's code
    (泉科) is that of the bureau's own numbers in the base (泉科函〔2026〕102号, 泉科〔2017〕28号), so it is the bureau's —
    distilled with them, harvested into the base; another bureau's workspace (厦门市科学技术局's) knows no unit by 泉科: none."""
    root = new_workspace(tmp_path / "qz")
    seed = next((root / "seeds").glob("000_*.txt"))
    page = tmp_path / "r81.txt"
    page.write_text(_number_alone(seed), "utf-8")
    seed.unlink()
    shutil.copy(page, root / "seeds" / page.name)
    assert CliRunner().invoke(cli, ["-w", str(root), "distill", str(root / "seeds")]).exit_code == 0
    assert _issuer_of_1071(root) == "泉州市科学技术局"

    harvested = new_workspace(tmp_path / "hv")
    next((harvested / "seeds").glob("000_*.txt")).unlink()
    assert CliRunner().invoke(cli, ["-w", str(harvested), "distill", str(harvested / "seeds")]).exit_code == 0
    assert CliRunner().invoke(cli, ["-w", str(harvested), "harvest", str(page)]).exit_code == 0
    assert _issuer_of_1071(harvested) == "泉州市科学技术局"

    ws = unit_workspace(tmp_path / "xm", "厦门市科学技术局", "市科技局", "厦门市")
    assert distil(tmp_path, ws, page.read_text("utf-8"), "r81.txt").source.issuer is None


# Made-up report line (worded as FORECAST's): a result measured against a forecast, then a forecast of its own.
AGAINST_FORECAST = """泉州市科学技术局2024年工作总结

2024年，我局认定高新技术企业301家。全市研发投入全年完成预计目标的120%。全市技术合同成交额预计年底突破150亿元。
"""


def test_a_result_against_a_forecast_is_done(tmp_path):
    """全年完成预计目标的120% (预计 before a noun: the target) is a result; 预计年底突破 (预计, a time, a verb of reaching) a forecast."""
    ws = unit_workspace(tmp_path / "ws", "泉州市科学技术局", "市科技局", "泉州市")
    facts = distil(tmp_path, ws, AGAINST_FORECAST, "2024_report.txt").facts
    kinds = {f.kind for f in facts if "120%" in f.text}
    assert kinds == {"done"}, [(f.kind, f.text) for f in facts]
    assert any("预计年底突破150亿元" in f.text and f.kind == "plan" for f in facts), [(f.kind, f.text) for f in facts]
