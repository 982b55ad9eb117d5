"""Findings of held-out round hd51b (白水县农业农村局, 陕西): a 县政协 proposal 关于建立苹果无病毒采穗圃的建议 signed by 高华 with
10 other members, drafted from the bureau's own reply to a 网民留言 (2023) and six news pages on the county's apples.

Short excerpts of the tester's seeds (the reply as its mirror printed it, simplified) are distilled through the public path
of ``drafter distill``.
"""

from __future__ import annotations

import docx

from drafter.compose.suggestion import signed_with
from helpers import seeds_draft, unit_workspace

TITLE = "关于建立苹果无病毒采穗圃的建议"
SUGGESTION = f"{TITLE}\n提案人：高华（与刘磊等10位委员联名）\n建议：建立苹果无病毒采穗圃。\n"
# The bureau's 2023 reply to a 网民留言 (its first two points, as distilled).
REPLY = (
    "同志：\n您好！感谢您对我们农业农村局工作的关心和支持。针对您反映的情况，现将有关情况回复如下：\n"
    "1、注重提升苹果种植生产环节。召开了苹果新优品种推广工作会，印发《关于做好2022年苹果新优品种推广工作的通知》，加快果园高接换优，"
    "瑞阳、瑞雪、瑞香红等新优品系推广步伐，促进果园提质增效。在雷牙镇、杜康镇划定建设2000亩核心区，进一步提高果园管理水平和优果率。"
    "截止目前，已完成苹果新优品种推广1.2万亩，其中高接换优完成9600余亩。\n"
    "2、注重苹果产业技术培训。结合瑞阳、瑞雪、瑞阳红等新优品种推广技术需求，积极邀请西农试验站、园艺站等技术人员深入田间地头开展"
    "各类技术培训。截止目前，已举办各类专题培训会10场次，培训人数600人次以上。\n"
    "白水县农业农村局\n2023年4月27日\n"
)


def _workspace(tmp_path):
    return unit_workspace(tmp_path / "ws", "白水县农业农村局", "县农业农村局", "白水县", work="")


def _draft(tmp_path, seeds: dict[str, str] | None = None, text: str = SUGGESTION):
    ws = _workspace(tmp_path)
    result, out = seeds_draft(tmp_path, ws, seeds or {"2023-04-27_县农业农村局网民留言回复_苹果产业.txt": REPLY}, "74", TITLE,
                              text, "--deputy", "高华", "--session", "县政协第十届二次会议", "--type", "B", "--proposal",
                              "--date", "2023-11-17", "--force")
    return result, docx.Document(out)


def test_the_opening_names_the_members_signing_with_the_lead(tmp_path):
    """hd51b F6: 提案人：高华（与刘磊等10位委员联名）: the real reply opened «您和刘磊等10位委员提出的…», the draft «您提出的《…》（第74号）
    已收悉». The opening names the co-signers the text names; the addressee line stays the lead proposer."""
    _, document = _draft(tmp_path)
    texts = [p.text for p in document.paragraphs]
    assert "高华委员：" in texts
    opening = next(t for t in texts if "已收悉" in t)
    assert opening.startswith("您和刘磊等10位委员提出的《关于建立苹果无病毒采穗圃的建议》"), opening


def test_who_signs_with_the_lead_as_the_text_names_them():
    """The co-signers named by one of them and their number, signing (联名, 附议) with one person; none for a proposer already
    counting them (高华等11位: the address says so), for a collective or where the text names none."""
    assert signed_with("高华", SUGGESTION) == "刘磊等10位委员"
    assert signed_with("王艳", "领衔代表：王艳\n本建议由王艳与李强等5名代表共同附议。") == "李强等5名代表"
    assert signed_with("高华等11位", SUGGESTION) is None
    assert signed_with("民盟白水县委", SUGGESTION) is None
    assert signed_with("高华", "提案人：高华\n建议：建立苹果无病毒采穗圃。") is None
    assert signed_with("高华", "提案人：高华等3位委员\n刘磊等10位委员参加了调研。") is None
