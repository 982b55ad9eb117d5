"""Held-out rounds hd22b (天台县交通运输局) and hd22c (龙陵县教育体育局): every reply of the bureau's in the base is plain prose (a
paragraph or three, 一是…二是… inside them, no 一、基本情况 nor （一） head); the draft was in parts, headed and subheaded.

distill learns a reply's plain form (``form: plain``) where its page shows its opening and its closing; two such replies
make the bureau's habit, and the draft is then plain too: the same content as paragraphs, 一是/二是 opening each, the
plans in one paragraph of 下一步. ``draft.form`` in drafter.yaml overrides it. (The seeds' replies are in parts and are
drafted so: test_reply_form's test_the_demo_keeps_its_parts and test_the_leave_one_out_example_is_drafted_as_committed.)
"""

from __future__ import annotations

import re

import docx
from click.testing import CliRunner
from helpers import distil, unit_workspace

from drafter.cli import cli

# 天台县交通运输局_十七届人大三次会议第350号建议答复_2024.txt: the page's lines, its long paragraph cut to its first sentences.
REPLY_350 = """索引号: 11331023002683327B/2024-130902
发布机构: 县交通运输局 发文日期: 2024-08-20
公开方式: 主动公开 公开范围: 面向社会
关于天台县十七届人大三次会议 第350号建议案答复的函
时间:2024-08-20 08:41 来源:县交通运输局 浏览次数:

范海玲、杨志、石炳娟、 周恒生、 邱海峰、王琳、谢兴云、 徐庆、 王慧飞、 陈忠将、徐三牛、邱保卫等12位代表:

你们在天台县十七届人大三次会议上提出的《关于加快岩金线调出县道管理的建议》的建议案收悉,经研究,现答复如下:

岩金线,路线全称岩下-金竹岭,全长18.942公里,四级单车道路面,水泥混凝土路面宽度5米,路基宽度6.5米。

感谢你们对我县交通工作的关心和支持!

联系单位:天台县交通运输局

联 系 人:杨日兵

联系电话:13867691858

天台县交通运输局

2024年7月8日
"""
# 天台县交通运输局_十七届人大四次会议第231号建议答复_2025.txt: likewise.
REPLY_231 = """关于天台县十七届人大四次会议第231号建议案答复的函
时间:2025-08-18
09:32
来源:县交通运输局
胡余广、戴旭良、 陈新、 石炳娟、戴敏、 陈政、 胡余浪、 郑玮玮、胡晓丹、张文彬、王慧飞、张士杨、朱封委、 胡爱平等14位代表:
你们在天台县十七届人大四次会议上提出的《关于加快建设苍山顶环线道路及打通苍山顶至华顶道路的建议》的建议案收悉,经研究,现答复如下:
我局已启动苍山顶环线道路线位方案研究,初步形成《天台县华顶至苍山公路工程线位论证方案》。
感谢你们对我县交通建设工作的关心和支持!
联系单位:天台县交通运输局
联 系 人:王大植
联系电话:13968596705
天台县交通运输局
2025年6月26日
"""
# The held-out suggestion as the tester wrote it (hd22b's suggestion.txt), its two asks.
TITLE_197 = "关于要求实施王阿良事迹展览馆通村道路拓宽重建的建议"
SUGGESTION_197 = """关于要求实施王阿良事迹展览馆通村道路拓宽重建的建议

王阿良事迹展览馆所在区域的通村道路（村道C142）路面破坏、损毁严重，路面狭窄，传教自然村至下堆自然村之间仍有断头桥路段未打通，群众出行和参观不便。为此建议：
一、尽快对王阿良事迹展览馆通村道路损毁路段进行修复。
二、实施王阿良事迹展览馆通村道路拓宽重建，打通传教自然村至下堆自然村的断头桥路段。
"""
PLACEHOLDER = re.compile(r"【待[^】]*】")


def _tiantai(root, *replies: str, form: str | None = None):
    """A workspace of 天台县交通运输局 (``draft.form: form`` where given) with ``replies`` distilled as ``drafter distill``
    does: its root."""
    ws = unit_workspace(root, "天台县交通运输局", "县交通运输局", "天台县", "赤城街道, 始丰街道, 南屏乡")
    if form:
        with (root / "drafter.yaml").open("a", encoding="utf-8") as config:
            config.write(f"draft:\n  form: {form}\n")
    (root / "seeds").mkdir()
    for k, text in enumerate(replies):
        (root / "seeds" / f"{k}.txt").write_text(text, "utf-8")
    assert CliRunner().invoke(cli, ["-w", str(ws.root), "distill", str(root / "seeds")]).exit_code == 0
    return root


def _draft_197(root, out):
    """The held-out 197 drafted from ``root`` as the tester did: the command's result and the draft's paragraphs' texts."""
    (root / "suggestion.txt").write_text(SUGGESTION_197, "utf-8")
    result = CliRunner().invoke(cli, ["-w", str(root), "draft", "197", TITLE_197, "--deputy", "邱威高", "--session",
                                      "天台县十七届人大四次会议", "--type", "B", "--date", "2025-06-26",
                                      "--text", str(root / "suggestion.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return result, [p.text for p in docx.Document(out).paragraphs]


def _body(paragraphs: list[str]) -> list[str]:
    """The paragraphs between the opening (…答复如下：) and the closing (感谢…)."""
    start = next(k for k, p in enumerate(paragraphs) if p.endswith("答复如下："))
    end = next(k for k, p in enumerate(paragraphs) if p.startswith("感谢"))
    return paragraphs[start + 1:end]


def test_a_whole_reply_of_no_head_is_plain_and_a_page_cut_short_tells_no_form(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "天台县交通运输局", "县交通运输局", "天台县")
    assert distil(tmp_path, ws, REPLY_350, "350.txt").source.form == "plain"
    assert distil(tmp_path, ws, REPLY_231, "231.txt").source.form == "plain"
    cut = REPLY_231[:REPLY_231.index("感谢")]  # (a page ending in its body: whether a head follows is not on it)
    assert distil(tmp_path, ws, cut, "cut.txt").source.form is None


def test_a_bureau_writing_plain_replies_gets_a_plain_draft_of_the_same_content(tmp_path):
    plain = _tiantai(tmp_path / "plain", REPLY_350, REPLY_231)
    result, said = _draft_197(plain, tmp_path / "plain.docx")
    parts = _tiantai(tmp_path / "parts", REPLY_350, REPLY_231, form="parts")  # drafter.yaml's form overrides the habit
    _, in_parts = _draft_197(parts, tmp_path / "parts.docx")
    assert "一、基本情况" in in_parts and any(p.startswith("（一）") for p in in_parts), in_parts
    body = _body(said)
    assert not any(re.match(r"[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）", p) for p in body), body
    # each ask a paragraph, after the opening's 现答复如下： and a paragraph on the matter, there over gaps alone too (no head
    # stands between: hd25a) — its present state to write, no claim of work nothing reports (hd46a) — not the 关于…，有关情况
    # 如下： that repeated the opening (hd24)
    state = "【待补充：实施王阿良事迹展览馆通村道路拓宽重建方面的现状（基本情况、存在的问题）】"
    assert body[0] == state and "积极开展工作" not in "".join(body), body
    assert [p[:2] for p in body[1:3]] == ["一是", "二是"], body
    plan = body[-1]
    assert len(body) == 4 and "下一步我局将" in plan and "一是" in plan and "二是" in plan, body
    # the same placeholders (what the clerk fills) in the same order, that paragraph's first, and why the draft is plain
    assert PLACEHOLDER.findall("".join(body)) == [state, *PLACEHOLDER.findall("".join(_body(in_parts)))]
    assert "不分部分、不设小标题" in result.output and "第二部分" not in result.output, result.output
    # drafter requests names each plan item by its own 一是/二是, not the paragraph's first
    listed = CliRunner().invoke(cli, ["-w", str(plain), "requests", str(tmp_path / "plain.docx"), "--json"]).output
    items = re.findall(r'"item": "([^"]*)",\s*"placeholder": "【待补充：具体举措】"', listed)
    assert items == ["一是尽快对王阿良事迹展览馆通村道路损毁路段进行…", "二是实施王阿良事迹展览馆通村道路拓宽重建"], listed


def test_one_plain_reply_is_no_habit(tmp_path):
    """A base of one plain reply (a short one) keeps the parts, as one reply decides no other habit of the frame."""
    _, said = _draft_197(_tiantai(tmp_path / "one", REPLY_350), tmp_path / "d.docx")
    assert "一、基本情况" in said and "二、下一步工作计划" in said, said


def _title(paragraphs: list[str]) -> str:
    return next(p for p in paragraphs if "第197号" in p and "《" not in p).replace("\n", "")


def test_the_title_ends_as_the_bureaus_replies_of_its_kind_end_theirs(tmp_path):
    """天台县交通运输局 titles its replies to suggestions …第350号建议案答复的函 (hd22b fault 3): two of them make the habit, and
    the draft's title ends so; one alone (or a base of none) leaves the usual …建议的答复."""
    _, said = _draft_197(_tiantai(tmp_path / "two", REPLY_350, REPLY_231), tmp_path / "two.docx")
    assert _title(said) == "关于天台县十七届人大四次会议第197号建议案答复的函", said
    _, said = _draft_197(_tiantai(tmp_path / "one", REPLY_350), tmp_path / "one.docx")
    assert _title(said) == "关于天台县十七届人大四次会议第197号建议的答复", said


# 维西傈僳族自治县文化和旅游局's 2022 reply (hd23d's seed 2022-10-26_政协提案答复_叶枝生生洞.txt), its paragraph cut to its first
# sentence: it opens …已交我单位研究办理,现答复如下, and closes on no thanks nor status, over its signature and date.
REPLY_WEIXI = """王继英委员:
您提出的关于对《叶枝“生生洞”景点开发建设》的提案已交我单位研究办理,现答复如下:
一直以来我局对叶枝生生洞及石刻都十分关注,2020年12月28日在叶枝镇党委政府和县文化和旅游局的共同努力下,生生洞及石刻被列入州级文物保护单位。
以上答复若有不妥,请批评指正。
维西县文化和旅游局
2022年8月18日
"""


def test_a_reply_signed_at_its_end_is_whole_though_its_closing_neither_thanks_nor_says_a_status(tmp_path):
    """hd23d fault 5: a reply whose page runs from its opening to its signature and date, with no head, is plain."""
    ws = unit_workspace(tmp_path / "ws", "维西傈僳族自治县文化和旅游局", "县文化和旅游局", "维西县")
    assert distil(tmp_path, ws, REPLY_WEIXI, "weixi.txt").source.form == "plain"
    cut = REPLY_WEIXI[:REPLY_WEIXI.index("以上答复")]  # (a page ending in its body: no form)
    assert distil(tmp_path, ws, cut, "cut.txt").source.form is None
