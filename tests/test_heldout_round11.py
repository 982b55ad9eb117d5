"""General reading rules found on held-out round 11 (replies and reports of units the earlier rounds did
not hold — 住建局, 水利局/水务局, 应急管理局/厅, 卫健委/局, 文旅局 — from 宁夏, 辽宁, 吉林, 浙江, 四川, 云南, 安徽,
湖北, 陕西, 内蒙古, 河南, 广东: pages with metadata tables, bullet heads and mirrors).

Each test distils a short text in the shape such a page has (the real page's words, names kept as the
page prints them), through the public path a user's ``drafter distill`` takes (read_document →
distill_document, in the demo workspace), and asserts on the facts and metadata that come out.
"""

from __future__ import annotations

from helpers import distil, fact_texts


def _reply(addressee: str) -> str:
    return (f"关于兴庆区人大四届三次会议第16号建议的答复\n\n{addressee}\n\n"
            "您提出的《关于将健康社区纳入老旧小区改造项目的建议》已收悉,现就办理情况复函如下:\n\n"
            "其中健康社区纳入2019年老旧小区改造项目第二期改造项目。\n\n兴庆区住房和城乡建设局\n\n2019年7月26日\n")


def test_an_addressee_with_its_courtesy_or_assembly_names_the_deputy_alone(tmp_path, workspace):
    """尊敬袁大金代表 (尊敬 without 的), 市政协王伟政委员 (the assembly before the name) and 尊敬的于广海委员您好
    (a greeting before the colon): the deputy is the name (尊敬袁大金, 市政协王伟政 and none were read)."""
    for line, name in (("尊敬袁大金代表:", "袁大金"), ("市政协王伟政委员:", "王伟政"), ("尊敬的于广海委员您好:", "于广海")):
        ff = distil(tmp_path, workspace, _reply(line), "addressee.txt")
        assert ff.source.deputy == name, line
        assert line.rstrip(":") not in fact_texts(ff)
