"""h313: findings of the held-out test hd57a (霍邱县城市管理行政执法局), each on its seed's real lines.

1. A member of the public raising a matter (霍邱县临淮岗乡某读者反映，…希望政府能尽快安排维修) is context, never work done (was done, in
   the place's own news naming the county as its subject); of the time it was raised, the page's — not 2017 from 乡政府去年曾说下半年修.
2. Labels: a verb ending on 到 ends a label whole (11项专项整治收到实效: 专项整治, was 专项整治收); a run of figures (316户1045人)
   counts what the words before it name, the words after it what they did (居民迁建, was 喜分新居); a figure of a statement dated by
   its year shares that year (商品房销售面积: a sale, a flow of the year, was dated apart by the report's period).
3. Kinds: the bureau's own news feature, its reporter's name closing its text before the site's note on the page, is news (was a
   work report); a place's profile page (县情) is background, context (was done).
"""

from __future__ import annotations

from helpers import distil, first_saying, unit_workspace

from drafter.distill.facts import PUBLIC_RAISED
from drafter.distill.figures import find_figures
from helpers import HUOQIU

# seeds/2018-05-02_街道小巷路况差.txt of hd57a: its head and its two paragraphs (a reader's complaint, the township's answer).
COMPLAINT = ("街道小巷路况差\n\n来源:安徽日报 2018-05-02 09:44   https://www.yybnet.net/\n\n"
             "霍邱县临淮岗乡某读者反映,临淮街道是一条宽阔的水泥路,但通往居民家中的巷子都很泥泞,特别是供电所西边的巷子,一到下雨天到处是"
             "水坑、烂泥,多年来一直无人维修,给居民生活带来了很大不便。乡政府去年曾说下半年修,直至目前也没有任何动工迹象,希望政府能尽快安排"
             "维修,早日解决居民行路难的问题。\n\n"
             "临淮岗乡工作人员回复,临淮岗供电所西侧道路为刘台安置区道路,该道路于2003年修建,由于当初设计标准不高,加之安置户装修房屋、车辆超重"
             "等原因,造成路面损毁严重,下水道排水困难,对居民日常生活造成一定影响。目前,该条道路已列入全乡扶贫项目库及行蓄洪区保庄圩整治项目,"
             "正在积极争取早日动工维修。\n\n本报记者 整理\n")
# seeds/2023-01-15_霍邱县情2022年城市建设.txt of hd57a, whole.
PROFILE = ("2022年,实施城区政府投资重点项目31个,完成投资43.4亿元。新蓼大道北段等7条道路、第二污水处理厂一期、县一院医技综合楼、"
           "健康驿站等项目顺利建成,皖西经济技术学校新校区、县二院扩建、县养老中心、县康养中心、城区防洪排涝渠整治等工程加快推进。"
           "城东片区棚户区二期B区等安置房竣工交房,淮安新园、盛塘庄园等安置房和万安苑北侧、曹庙路周边等征迁加紧实施。改造老旧小区3个,"
           "完成棚户区改造1321套、商品房销售面积63万平方米。强力推进文明城市创建,环境卫生、交通秩序、背街小巷等11项专项整治收到实效,"
           "文明新风蔚然成风。完成全县电动汽车公共充电设施布局规划编制。\n")
# seeds/2022-07-15_霍邱城管蓝炎炎夏日.txt of hd57a: its head, first paragraph, the last one's end and the site's lines after it.
FEATURE = ("霍邱“城管蓝”:炎炎夏日,“暑”你最美\n\n"
           "浏览次数: 信息来源:霍邱县城管局 发布时间:2022-07-15 16:19    文字大小:[ ]   背景色:       \n\n"
           "近日古蓼大地持续的高温天气,“烤”验着城管人员,他们每天顶着骄阳烈日,穿梭在城区的大街小巷,劝离流动摊贩、规范经营秩序、治理违法"
           "建设、管理渣土运输、维护市容环境,用自己的汗水维护着城市的整洁有序。\n\n"
           "上午10点左右,烈日高照,路面升腾着热浪,执法队员已经在城区各路段巡查。走完一条街,衣服就被汗水湿透,汗珠顺着脸颊不停地往下掉,"
           "他们顾不得这些,只为城市的整洁多出一份力。(郑承卫)\n\n文件下载\n政策咨询\n\n"
           "如果您对该政策文件有疑问,可以拨打标题上方的电话咨询相关部门。\n")


def test_1_a_readers_complaint_is_context_of_the_day_it_was_raised(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *HUOQIU), COMPLAINT, "2018-05-02_街道小巷路况差.txt")
    complaint = first_saying(ff.facts, "某读者反映")
    assert complaint.kind == "context"  # (was done)
    assert (complaint.period.year, complaint.period.basis, complaint.period.part) == (2018, "document date", None)  # (was 2017 下半年)
    assert first_saying(ff.facts, "工作人员回复").kind == "context"
    # (a member of the public as the subject, after their place and a word of how many; not the bureau meeting them)
    assert PUBLIC_RAISED.match("近日，有市民来电反映：") and PUBLIC_RAISED.match("部分村民希望尽快硬化道路。")
    assert not PUBLIC_RAISED.match("我局走访居民反映，") and not PUBLIC_RAISED.match("群众反映强烈的噪音问题，我局开展专项整治。")


def test_2_labels_end_on_whole_words_and_a_run_of_figures_counts_what_precedes_it():
    rectified = find_figures("强力推进文明城市创建,环境卫生、交通秩序、背街小巷等11项专项整治收到实效,文明新风蔚然成风。")
    assert rectified[0].counts == "专项整治"  # (was 专项整治收)
    # seeds/2021-12-28_孟集镇打造乡村振兴靓丽环境.txt of hd57a
    moved = find_figures("2019年度,蓄洪区居民迁建316户1045人喜分新居,共建设移民迁建房屋3.5万平方米。")
    assert [(g.raw, g.counts) for g in moved[:2]] == [("316户", "蓄洪区居民迁建"), ("1045人", "蓄洪区居民迁建")]  # (were 喜分新居)
    # (the words before naming none of their own, the noun after is both figures': hd24d's pipes)
    pipes = find_figures("特种设备监管效能持续提升,全市7800余条7690公里城镇燃气压力管道法定检验率实现从零到全覆盖的突破。")
    assert {g.counts for g in pipes} == {"城镇燃气压力管道"}


def test_2_a_profiles_statement_dated_by_its_year_shares_it_with_its_figures_and_is_context(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *HUOQIU), PROFILE, "2023-01-15_霍邱县情2022年城市建设.txt")
    fact = first_saying(ff.facts, "商品房销售面积")
    assert (fact.period.year, fact.period.basis) == (2022, "text")
    later = {g.raw: (g.year, g.basis) for g in fact.figures if g.raw in ("7条", "3个", "1321套", "63万平方米", "11项")}
    # (63万平方米 was 2022, report period; all the year their statement opens on, stated as its first sentence's are: hx60d1)
    assert later == dict.fromkeys(("7条", "3个", "1321套", "63万平方米", "11项"), (2022, None))
    assert fact.kind == "context"  # (the county's profile, no unit's account: was done)


def test_3_the_bureaus_own_feature_closed_by_its_reporters_name_is_news(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *HUOQIU), FEATURE, "2022-07-15_霍邱城管蓝炎炎夏日.txt")
    assert ff.source.kind == "news"  # (was work_report)
    assert first_saying(ff.facts, "烤").kind == "context"  # (a scene of the feature, was done)
