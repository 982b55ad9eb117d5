"""hx70e1: findings of the held-out test hd70e (大英县教育局, 第87号建议 关于加强中小学心理健康教育的建议), on its seed's real lines.

1. A slogan of no deed nor result (持续不断加强心理健康教育教师队伍建设和心理教育教师专业能力提升。) says no point of an ask (it said
   加强对班主任和心理教师的培训 by its 心理教育教师, and kept the section's third place); the deed a point asks done to things (培训 of
   加强对班主任和心理教师的培训, shorter than any key word) is what says it, so the dated 2024年组织628人次参加…专项培训 fills it and,
   reporting a result, is kept before a way of working saying it too (构建…培训体系).
2. Words every ask or the title says (心理健康教育) make no fact material on one ask: the staffing rule is no material on 经费投入 (was
   quoted as 涉及该主题, and the command warned of recent material not drafted), nor work near it by a point's first word alone (配备
   of 配备必要的专业设备); the 宣讲 sentence (培训教师480余人次) is no work near 建立学生心理问题筛查…机制 (was found by 学生, whom the
   screening is for: no thing of it).
"""

from __future__ import annotations

import docx
import pytest
from helpers import comments_on, part_one, seeds_draft, unit_workspace

from drafter.compose.asks import parse_asks
from drafter.compose.select import UNDRAFTED_WARNING, prime_asks, tells_nothing_done

DAYING = ("大英县教育局", "县教育局", "大英县")
# hd70e's seeds/2025-06-15_大英县教育局人大80号建议答复青少年心理健康服务.txt, whole (the page is cut at 邀请四川大).
REPLY_80 = ('龙艳华、娄从祝、梁大钊、罗之军、陈永康、张祥禹、陈明兴、卿三合代表:\n'
            '你们在县六届人大五次会议上提出的《关于做好我县青少年心理健康服务的建议》(第80号建议)收悉,现将办理情况函复如下。\n'
            '一、全面深化青少年心理健康宣教工作\n'
            '学校严格执行国家心理健康教育课程标准,开足开齐心理健康教育课;同时,着力打造特色品牌,搭起线上线下“连心桥”,县教育局创新编制拍摄心理健康教育短视频18期,通过公众号和家校群推送到每个家庭,强化心理健康宣传。2025年3月开展“呵护心灵健康·共育美好未来”主题宣讲,采用“专家引领+分级推进+全域覆盖”模式,开展29场线下讲座,培训教师480余人次,现场覆盖学生3600人,二次宣讲实现全县3.8万名学生全覆盖。2025年5月,县教育局系统性思维推进家校社协同育人“5•25”心理健康宣传教育月活动,通过系列主题实践活动,构建起“教育主导、家庭参与、专业支撑、社会协同”的心理健康教育立体网络,组织学校开展大型家校游园会5场,联合其他社会机构及单位开展家校社主题活动6场,开展校内主题活动100余场次,覆盖2万余家庭及5万余名师生。\n'
            '二、系统强化师资队伍与辅导规范建设\n'
            '自2022年起,我县明确要求在校学生1200人及以上的农村义务教育学校、1000人及以上的城镇义务教育学校,至少配备1名专职心理健康教育教师。近年来,我县通过全省范围内公开招聘,持续充实专职心理健康教育教师队伍,目前已基本达标。持续不断加强心理健康教育教师队伍建设和心理教育教师专业能力提升。县教育局以“专业推动”为导向,构建系统性、阶梯化培训体系,提升教师队伍专业化水平。分层培训提升教师专业技能。2024年组织628人次参加国家、省、市三级专项培训,邀请四川大\n')
TITLE = "关于加强中小学心理健康教育的建议"
# hd70e's suggestion.txt, whole.
TEXT = (f"{TITLE}\n\n当前我县中小学心理健康教育师资力量不足,专职心理教师少,班主任和兼职教师缺乏专业培训;部分学校心理健康教育经费投入不足,"
        "心理咨询（辅导）室等设施不完善;对有严重心理问题的学生缺少专业干预和转介渠道。为此建议:\n"
        "一、加强中小学心理健康教育师资队伍建设,按标准配齐专（兼）职心理健康教育教师,加大心理健康教师招聘力度,加强对班主任和心理教师的培训。\n"
        "二、加大中小学心理健康教育经费投入,加强学校心理咨询室等设施建设,配备必要的专业设备。\n"
        "三、建立学生心理问题筛查、评估、转介和干预机制,加强与卫健部门、精神卫生专业机构的协作,做到早发现、早干预。\n")
SLOGAN = "持续不断加强心理健康教育教师队伍建设和心理教育教师专业能力提升。"
TRAINED = "2024年组织628人次参加国家、省、市三级专项培训。"


@pytest.fixture(scope="module")
def drafted(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("87")
    result, out = seeds_draft(tmp_path, unit_workspace(tmp_path / "ws", *DAYING),
                              {"2025-06-15_大英县教育局人大80号建议答复青少年心理健康服务.txt": REPLY_80}, "87", TITLE, TEXT,
                              "--deputy", "吴敏", "--session", "县六届人大五次会议", "--date", "2025-06-30")
    return result, out, part_one(docx.Document(str(out)))


def test_1_a_slogan_says_no_point_and_the_deed_asked_says_it():
    assert tells_nothing_done(SLOGAN)
    assert not any(tells_nothing_done(s) for s in (TRAINED, "分层培训提升教师专业技能。",
                                                   "近年来，我县通过全省范围内公开招聘，持续充实专职心理健康教育教师队伍，目前已基本达标。"))
    ask = parse_asks(TEXT, TITLE)[0]
    prime_asks([ask], None)
    point = "加强对班主任和心理教师的培训"
    assert ask.deeds == {point: "培训"}
    assert point in [o.point for o in ask.owed(SLOGAN)]  # (its 心理教育教师 said the point)
    assert point not in [o.point for o in ask.owed(TRAINED)]  # (it said none of the points)
    assert ask.says_wholly(next(o for o in ask.owed("") if o.point == point), TRAINED)


def test_1_the_dated_training_figure_is_drafted_not_the_slogan(drafted):
    _, _, one = drafted
    staff = one[one.index("（一）加强中小学心理健康教育师资队伍建设") + 1]
    assert TRAINED in staff and "持续不断加强" not in staff, staff
    assert "至少配备1名专职心理健康教育教师" in staff and "已基本达标" in staff


def test_2_the_suggestions_matter_makes_no_fact_material_on_one_ask(drafted):
    result, out, _ = drafted
    funds = " ".join(comments_on(out, "【待补充：加大中小学心理健康教育经费投入"))
    assert "1200人" not in funds and "涉及该主题" not in funds and "没有本单位此方面的工作情况" in funds, funds
    assert "相近的" not in funds, funds  # (nor near it by 配备 of 配备必要的专业设备: …至少配备1名专职…教师)
    assert UNDRAFTED_WARNING not in result.output


def test_2_whom_a_thing_is_for_finds_no_work_near_it(drafted):
    _, out, _ = drafted
    screening = " ".join(comments_on(out, "【待补充：建立学生心理问题筛查"))
    assert "480余人次" not in screening and "相近的情况" not in screening, screening
