"""A figure of speech in quotes inside an ask (扩充就业“蓄水池”) says the ask over in an image: no point of its own
(hd22a fault 8: 一是【待补充：扩充就业“蓄水池”方面…】 beside 二是…生产性服务业和现代服务业…); a name in quotes
right after its verb (推行“一网通办”) still is one."""

from __future__ import annotations

from helpers import draft_title, sections

from drafter.compose.asks import parse_asks

# the real asks of 市民盟's proposal answered by 武汉市人社局 (2025)
ASKS = """关于强化就业优先导向，促进高质量充分就业的建议
一、激发经济发展动能，增强就业岗位供给能力。发挥光电子信息、高端装备、生命健康等优势产业的高质量就业引领功能，推动产业升级与就业扩容协同发力。
二、释放服务业促就业提质扩容潜能，加快发展生产性服务业和现代服务业，扩充就业“蓄水池”。
三、强化民营经济就业增长主引擎功能，支持民营企业稳岗扩岗。
"""
TITLE = "关于强化就业优先导向，促进高质量充分就业的建议"


def test_an_image_in_quotes_is_no_point_of_its_own(seeded_root, tmp_path):
    text = tmp_path / "suggestion.txt"
    text.write_text(ASKS, encoding="utf-8")
    document = draft_title(seeded_root, tmp_path / "9102.docx", "9102", TITLE, "--proposal", "--text", str(text))
    said = "".join("".join(ps) for ps in sections(document).values())
    assert "生产性服务业和现代服务业" in said and "蓄水池" not in said, sections(document)


def test_a_quoted_name_after_its_verb_is_still_a_point():
    ask = parse_asks("一、优化政务服务，推行“一网通办”，压缩审批时限。\n二、加强事中事后监管。", "关于优化营商环境的建议")[0]
    assert "推行“一网通办”" in ask.points, ask.points
