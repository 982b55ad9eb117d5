"""h312: findings of the held-out test hd57a (霍邱县城市管理行政执法局), on its seeds' real lines.

1. A county profile's sentence without a subject (县情, no issuer) stood under 我局…主要做法和成效如下 as the bureau's own
   做法: the place's report is said as the place's (2022年，我县强力推进文明城市创建，…), its year in front of the subject given back.
2. An ask to make a plan or a mechanism (制定老城区背街小巷年度改造计划，分批推进，建立长效管护机制) asks in its placeholder for
   the plans made (…的制定情况), not work and figures; the material its comment and the warning offer must say the plan
   (计划 beside 背街小巷), not only its topic words (背街小巷, 文明城市, 健全工作机制).
3. A placeholder names the ask's matter, its heading, not every clause: the money for it (安排专项资金), its own works on its
   parts (对破损道路和排水设施进行改造) and the problem it solves (解决道路破烂、排水不畅问题) are the heading's.
"""

from __future__ import annotations

import docx
from helpers import comments_on, part_one, seeds_draft, unit_workspace

from drafter.compose.asks import closing_aim, parse_asks
from drafter.compose.select import place_issued, says_made
from drafter.model import SourceMeta
from helpers import HUOQIU

# seeds/2023-01-15_霍邱县情2022年城市建设.txt of hd57a: the 县情 page's paragraph (no issuer, no heading).
PROFILE = ("2022年,实施城区政府投资重点项目31个,完成投资43.4亿元。新蓼大道北段等7条道路、第二污水处理厂一期、县一院医技综合楼、健康驿站等"
           "项目顺利建成,皖西经济技术学校新校区、县二院扩建、县养老中心、县康养中心、城区防洪排涝渠整治等工程加快推进。城东片区棚户区二期B区"
           "等安置房竣工交房,淮安新园、盛塘庄园等安置房和万安苑北侧、曹庙路周边等征迁加紧实施。改造老旧小区3个,完成棚户区改造1321套、商品房"
           "销售面积63万平方米。强力推进文明城市创建,环境卫生、交通秩序、背街小巷等11项专项整治收到实效,文明新风蔚然成风。完成全县电动汽车公共"
           "充电设施布局规划编制。\n")
# seeds/2022-08-16_县农机中心检查包保片区省级文明城市创建工作.txt of hd57a: its head and its paragraph of measures.
FARM_CENTRE = ("首页 > 政务资讯 > 工作动态\n\n县农机中心检查包保片区省级文明城市创建工作\n\n"
               "日期:2022-08-16 14:48来源:霍邱县农业机械化发展中心 供稿:马林 浏览量: 字体:【  \n\n"
               "农机中心严格落实霍邱县创建全省文明城市工作部署要求,多措并举,扎实开展,已取得初步成效。一是健全工作机制。成立农机中心创城工作"
               "领导组和五个工作组,每天分别三个时段对包保路段进行宣传和环境卫生整治,领导组每周督查不少于2次。二是广泛发动宣传。充分利用展板、"
               "LED显示屏和召开会议、印发简报等方式,营造浓厚的创城氛围。召开专题会议4次,印发简报3期,制作展板6个,张贴标语3个,发放倡议书100余张。\n")
TITLE = "关于加大对老城区改造力度，提升霍邱县文明城市创建水平的建议"
# hd57a's suggestion.txt (restated from the real reply's title and wording: the text itself was not found).
SUGGESTION = (f"{TITLE}\n\n领衔代表:任文斌\n\n"
              "霍邱县老城区小街巷建成年代早,道路破损严重、坑洼不平,下水道排水不畅,雨天积水。为此建议：\n"
              "一、加大对老城区小街巷的改造维修力度，安排专项资金，对破损道路和排水设施进行改造，解决道路破烂、排水不畅问题。\n"
              "二、结合创建省级文明城市工作，开展背街小巷专项整治，整治空中管线、墙体立面和公厕，补齐路灯等照明设施，实现“路平、灯亮、水通”。\n"
              "三、制定老城区背街小巷年度改造计划，分批推进，建立长效管护机制，持续提升霍邱县文明城市创建水平。\n")


def _draft(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *HUOQIU)
    seeds = {"2023-01-15_霍邱县情2022年城市建设.txt": PROFILE,
             "2022-08-16_县农机中心检查包保片区省级文明城市创建工作.txt": FARM_CENTRE}
    return seeds_draft(tmp_path, ws, seeds, "23", TITLE, SUGGESTION, "--deputy", "任文斌", "--session", "县十八届人大二次会议",
                       "--date", "2023-07-31", "--type", "A")


def test_the_places_report_is_said_as_the_places_and_a_plan_ask_asks_for_the_plans_made(tmp_path):
    result, out = _draft(tmp_path)
    one = part_one(docx.Document(str(out)))
    # 1. the county's work never the bureau's (was 强力推进文明城市创建，2022年，环境卫生… under 我局…主要做法): a profile's
    # statement is background (h313), offered in a comment; were it written, with its subject (2022年，我县…: place_issued)
    said = [p for p in one if "文明城市创建" in p and not p.startswith("【")]
    assert all(p.startswith("2022年，我县") for p in said), said
    # 3. the ask's matter, not its clauses (was …力度，安排专项资金，对破损道路和排水设施进行改造，解决道路破烂、排水不畅问题方面…)
    assert "【待补充：加大对老城区小街巷的改造维修力度方面的工作情况及数据（注明年份）】" in one, one
    # 2. the plans asked made (was 【待补充：制定老城区背街小巷年度改造计划，分批推进、…方面的工作情况及数据（注明年份）】)
    assert "【待补充：老城区背街小巷年度改造计划及长效管护机制的制定情况】" in one, one
    notes = comments_on(out, "【待补充：老城区背街小巷年度改造计划")
    assert notes and not any("县情" in n or "农机中心" in n for n in notes), notes  # (they say no plan of the lanes)
    assert "有近年的相关工作材料" not in result.output, result.output


def test_a_report_of_the_place_as_a_whole_is_its_governments_or_titled_by_the_place(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *HUOQIU)
    profile = SourceMeta(id="a", path="a.txt", sha256="", kind="work_report", title="霍邱县情2022年城市建设", jurisdiction="霍邱县")
    assert place_issued(profile, ws)
    government = SourceMeta(id="b", path="b.txt", sha256="", kind="work_report", title="2023年工作回顾", issuer="霍邱县人民政府",
                            jurisdiction="霍邱县")
    assert place_issued(government, ws)
    # (the bureau's own report: its issuer read, or its title no document of the place's own; a town's; a news item)
    for meta in (SourceMeta(id="c", path="c.txt", sha256="", kind="work_report", title="霍邱城管蓝炎炎夏日", issuer="霍邱县城管局",
                            jurisdiction="霍邱县"),
                 SourceMeta(id="d", path="d.txt", sha256="", kind="work_report", title="2023年工作总结", jurisdiction="霍邱县"),
                 SourceMeta(id="e", path="e.txt", sha256="", kind="work_report", title="霍邱县城市管理工作总结", jurisdiction="霍邱县"),
                 SourceMeta(id="f", path="f.txt", sha256="", kind="work_report", title="孟集镇2022年工作总结", jurisdiction="孟集镇"),
                 SourceMeta(id="g", path="g.txt", sha256="", kind="news", title="霍邱县情2022年城市建设", jurisdiction="霍邱县")):
        assert not place_issued(meta, ws), meta


def test_a_plan_is_said_beside_what_it_is_of_and_an_aim_closes_an_ask():
    things = ("老城区背街小巷年度改造计划", "长效管护机制")
    assert says_made("有序推进2023年度城区背街小巷提升工程，计划对45条背街小巷开展路面及下水道维修。", things)
    assert not says_made("一是健全工作机制。成立农机中心创城工作领导组。", things)
    assert not says_made("完成全县电动汽车公共充电设施布局规划编制。", things)
    ask = parse_asks(SUGGESTION, TITLE)[2]
    assert ask.made == things and ask.points_asked == ["分批推进", "建立长效管护机制"]
    assert closing_aim("解决道路破烂、排水不畅问题") and closing_aim("持续提升霍邱县文明城市创建水平")
    assert not closing_aim("对破损道路和排水设施进行改造")
