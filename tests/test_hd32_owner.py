"""Whose work a statement tells, found on held-out round hd32 (楚雄州发展和改革委员会; 米易县妇联 with another district's
妇联 reply): a per-ask heading's 问题 made the bureau's own deeds problems, the deputies' concern was offered as a result,
another level's or place's work was the bureau's place's, a total was read as the increment, another doer's money was the
bureau's, an autonomous prefecture's full name was a second place and 等十七位代表 was lost.

Each test distils real lines of the round's pages (as the search store gave them) through the public path a clerk's
``drafter distill`` and ``drafter draft`` take, in a workspace of the bureau.
"""

from __future__ import annotations

import docx
from click.testing import CliRunner
from helpers import distil, fact_saying, unit_workspace

from drafter.cli import cli
from drafter.model import CONTEXT, DONE

CHUXIONG_AREAS = "楚雄市, 禄丰市, 双柏县, 牟定县, 南华县, 姚安县, 大姚县, 永仁县, 元谋县, 武定县"

# 楚发改办〔2018〕301号 (the reply to 州十二届人大三次会议第8号建议), cut off where the store cut it.
REPLY_2018 = """楚雄州发展和改革委员会

对州十二届人大三次会议第8号建议的答复
楚发改办〔2018〕301号


苏燕、苏绍剑、尤国琴等十七位代表:

你们联名提出的《关于加快推进楚雄彝州开放南大门建设的议案》,已交我委牵头研究办理,在州交通局等部门的协助下,现将办理情况答复如下:

一、关于加快推进彝州开放南大门建设的问题

“十三五”以来,关于以尽快打通楚雄州南下开放发展大通道为重点,以大力发展特色产业为支撑的楚雄州“南大门”建设问题,得到双柏县的州人大代表和政协委员的高度关注,并连续提了相关的建议和提案,足见此项工作对于双柏乃至全州实现跨越发展重要性和紧迫性。对大家提出本建议,州发改委高度重视,并进行了深入的研究和落实。一是积极向州委、州政府汇报。州发改委多次就将双柏建设成为楚雄州对外开放的“南大门”在州域跨越发展中的重要性向州委、州政府领导作了汇报,得到了州委、州政府领导的高度重视。2017年7月30日,州委常委、州人民政府常务副州长赵克义同志围绕全面落实河长制,在双柏县召开由禄丰、双柏两县分管领导参加的专题会议。赵常务对包括“南大门”建设在内的规划工作十分重视,当场安排规划费20万元,要求对绿汁江流域生态保护、开放发展进行全面规划。我委接受任务后,在2018年前期费中再增加30万元,共50万元确保高质量完成规划工作。二是全面深入开展前期调研。为了做好包括“南大门”在内的规划工作,我们通过比选,引入参与马龙河、绿汁江土地整理规划的楚雄勘察院参与规划。同时由州发改委牵头,抽调州河长办工作人员和双柏、禄丰县分管的副县长、发改委局分管副局长、交通局副局长以及规划方组成调研组,于2018年3
"""

# The 州人民政府's reply to 省政协十二届二次会议第676号提案 (2019-10-10), that the 州发改委 handled, cut off where the store cut it.
REPLY_2019 = """首页

您当前所在的位置: 首页 >> 公开信息内容

索引号:115323000151673132-/2019-1010001 公开目录:2019年政协提案 发布机构:楚雄州人民政府办公室
主题词: 发布日期:2019-10-10 09:45:47 文  号:
标 题:
对政协云南省十二届二次会议第676号提案的答复

对政协云南省十二届二次会议第676号提案的答复

杨静、严涛聪、温少昌委员:

你们提出的《关于建设“金沙江国家植物园”暨推进金沙江流域国土空间生态修复治理的提案》(第676号),省政协交由楚雄州人民政府主办,省发改委、省自然资源厅会办,现答复如下:

一、办理情况

楚雄州人民政府接到省政协交办的提案后,及时作了研究,根据提案内容,决定交由州发改委主办,州自然资源和规划局协办。经与省发改委、省自然资源厅衔接联系,两个部门向州人民政府寄送了会办意见。

(一)省发展改革委的会办意见:

一是该提案对金沙江流域生态环境修复和金沙江开放合作经济带发展都具有较强促进作用。二是省发展改革委高度重视金沙江流域生态保护和经济社会发展,为高位推动云南金沙江流域,按照省委、省政府领导的指示,在充分征求有关州市和省直各部门意见的基础上,于2016年编制了《云南金沙江开放合作经济带发展规划(2016-2020年)》,由省政府印发实施,《规划》从基础和条件、总体要求、主要任务、保障措施等四个方面对金沙江开放合作经济带作了全面规划部署,从政策层面支持了金沙江流域的发展,增强了项目资金扶持力度。三是积极争取中央资金支持,“十三五”以来,省发改委争取到中央预算内资金9336万元投入到金沙江流域的环境综合治理。同时,加强园区循环改造,会同省工业和信息化委、省财政厅对金沙江流域国家级和省级园区循环改造工作进行了统一布置,明确
"""


def _bureau(root):
    return unit_workspace(root, "楚雄州发展和改革委员会", "州发展改革委", "楚雄州", CHUXIONG_AREAS, "发展改革工作")


def test_a_per_ask_headings_matter_is_no_problem(tmp_path):
    """F1: under 一、关于加快推进彝州开放南大门建设的问题 (the deputy's matter, named per ask), the bureau's own deeds (我委…再增加
    30万元; 由州发改委牵头…组成调研组) were problems: the heading's 问题 decided; the work they tell is done."""
    ff = distil(tmp_path, _bureau(tmp_path / "ws"), REPLY_2018, "2018_楚发改办301号_南大门建设_第8号建议.txt")
    assert fact_saying(ff, "积极向州委、州政府汇报").kind == DONE
    assert fact_saying(ff, "全面深入开展前期调研").kind == DONE
    assert fact_saying(ff, "足见此项工作").kind == CONTEXT


def test_the_deputies_concern_is_no_item_of_the_work(tmp_path):
    """F1 (a base of old replies, max_age 9): the only paragraph under 我委…主要做法和成效如下： was the background telling
    how deputies heeded the matter (…得到…州人大代表和政协委员的高度关注…足见此项工作…重要性和紧迫性): no work, never an item."""
    ws = _bureau(tmp_path / "ws")
    (ws.root / "drafter.yaml").write_text((ws.root / "drafter.yaml").read_text("utf-8") + "draft:\n  max_age: 9\n", "utf-8")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "2018_楚发改办301号_南大门建设_第8号建议.txt").write_text(REPLY_2018, "utf-8")
    (seeds / "2019_州政府_省政协676号提案_金沙江国家植物园.txt").write_text(REPLY_2019, "utf-8")
    runner, out = CliRunner(), tmp_path / "draft.docx"
    assert runner.invoke(cli, ["-w", str(ws.root), "distill", str(seeds)]).exit_code == 0
    result = runner.invoke(cli, ["-w", str(ws.root), "draft", "0200", "关于加快推进楚雄州南大门建设和金沙江流域开放发展的建议",
                                 "--deputy", "张某", "--date", "2025-05-22", "-o", str(out)])
    assert result.exit_code == 0, result.output
    body = "\n".join(p.text for p in docx.Document(out).paragraphs)
    assert "积极向州委、州政府汇报" in body
    assert "高度关注" not in body and "足见" not in body


def test_the_proposers_count_is_kept(tmp_path):
    """F7: 苏燕、苏绍剑、尤国琴等十七位代表： was stored as 苏燕、苏绍剑、尤国琴, the 等十七位 lost: how many proposed is what a
    follow-up reply's salutation says."""
    ff = distil(tmp_path, _bureau(tmp_path / "ws"), REPLY_2018, "2018_楚发改办301号_南大门建设_第8号建议.txt")
    assert ff.source.deputy == "苏燕、苏绍剑、尤国琴等十七位"


# The 州情概况 page (undated, its 2023 figures; half traditional, as the store gave it), its first paragraph.
PROFILE = """楚雄彝族自治州州情概況
楚雄彝族自治州成立于1958年,是全國30個(gè)民族自治州中的兩個(gè)彝族自治州之一,位于云南省地理中心,是滇中城市群的重要成員,轄8縣2市103個(gè)鄉(xiāng)鎮(zhèn),國土面積2.84萬平方公里,2023年末全州常住人口為234.2萬人,擁有“世界恐龍之鄉(xiāng)、東方人類故鄉(xiāng)、世界野生菌王國、中國綠孔雀之鄉(xiāng)”4張世界級名片。2023年,全州地區(qū)生產(chǎn)總值1827.04億元、增長5.5%,總量在30個(gè)民族自治州和全省均居第5位,滇中崛起增長極、現(xiàn)代農(nóng)業(yè)示範(fàn)區(qū)、綠色能源與綠色制造融合發(fā)展示範(fàn)區(qū)、民族團(tuán)結(jié)進(jìn)步示範(fàn)區(qū)建設(shè)邁出堅(jiān)實(shí)步伐。
"""


def test_an_autonomous_prefectures_full_name_is_its_own_place(tmp_path):
    """F5: the page's 楚雄彝族自治州 was the source's place and its first fact's, listed by ``drafter sources`` as a place other
    than the workspace's 楚雄州: the full name and the short one are one place, spelt as the workspace spells it."""
    ff = distil(tmp_path, _bureau(tmp_path / "ws"), PROFILE, "楚雄州州情概况_2023.txt")
    assert ff.source.jurisdiction == "楚雄州"
    assert {f.jurisdiction for f in ff.facts} == {"楚雄州"}
    assert "楚雄彝族自治州" not in {g.place for f in ff.facts for g in f.figures}


def test_another_levels_work_is_that_levels(tmp_path):
    """F3: in the 州政府's reply, the province's plan (二是省发展改革委…于2016年编制了《…规划》) and its money (省发改委争取到中央预算内
    资金9336万元) were 楚雄州's: a unit of a level above the bureau's doing the work makes it that level's place's."""
    ff = distil(tmp_path, _bureau(tmp_path / "ws"), REPLY_2019, "2019_州政府_省政协676号提案_金沙江国家植物园.txt")
    for words in ("省发展改革委高度重视", "9336万元"):
        fact = fact_saying(ff, words)
        assert fact.jurisdiction == "云南省" and fact.external
    assert fact_saying(ff, "楚雄州人民政府接到").jurisdiction == "楚雄州"


# 婺城区妇联's reply to 区政协五届一次会议第170号提案 (2023-01-06), as the store gave it, cut off.
WUCHENG_REPLY = """• 信息索引号:

    330702000000/2023-00126

  • 文件名称:

    关于区政协五届一次会议第170号提案的答复

  • 发布机构:

    大数据发展中心

  • 成文日期:

    2023-01-06

  • 公开方式:

    主动公开

  • 关于区政协五届一次会议第170号提案的答复

    日期:2023-01-06 16:24:47 来源:区妇联 浏览量:
    分享:


    朗读

    罗良庆委员:

    您在区政协五届一次会议提出的《关于“积极落实<家庭教育促进法>,全面助力优学婺城幸福城建设”》的提案收悉,现答复如下:

    对于您提出的“着力解决‘谁来领导’问题”的建议。《中华人民共和国家庭教育促进法》第六条规定:各级人民政府指导家庭教育工作,建立健全家庭学校社会协同育人机制。县级以上人民政府负责妇女儿童工作的机构,组织、协调、指导、督促有关部门做好家庭教育工作。教育行政部门、妇女联合会统筹协调社会资源,协同推进覆盖城乡的家庭教育指导服务体系建设,并按照职责分工承担家庭教育工作的日常事务。县级以上精神文明建设部门和县级以上人民政府公安、民政、司法行政、人力资源和社会保障、文化和旅游、卫生健康、市场监督管理、广播电视、体育、新闻出版、网信等有关部门在各自的职责范围内做好家庭教育工作。根据以上规定,建立健全家庭学校社会协同育人机制,由政府负责妇女儿童工作的机构,组织、协调、指导、督促有关部门做好家庭教育工作,并由公安、民政、司法行政、人力资源和社会保障、文化和旅游、卫生健康、市场监督管理、广播电视、体育、新闻出版、网信等有关部门在各自的职责范围内做好家庭教育工作。此机制属于协调指挥机制,根据省委办公厅省政府办公厅《关于进一步加强和完善机构编
"""


def test_another_districts_reply_is_of_that_district(tmp_path):
    """F3 (hd32c ws2): 区妇联's reply (the clerk's file named 婺城区妇联) was stored in 米易县妇联's base with no place, so ``drafter
    facts`` listed it as the clerk's own: a reply of another place's unit is that place's."""
    ws = unit_workspace(tmp_path / "ws", "米易县妇女联合会", "县妇联", "米易县", "攀莲镇, 丙谷镇, 白马镇, 撒莲镇, 垭口镇, 草场镇")
    ff = distil(tmp_path, ws, WUCHENG_REPLY, "2023-01-06_婺城区妇联_区政协五届一次会议第170号提案答复.txt")
    assert ff.source.issuer == "区妇联" and ff.source.jurisdiction == "婺城区"
    assert ff.facts and all(f.jurisdiction == "婺城区" and f.external for f in ff.facts)


def test_a_total_is_no_increment(tmp_path):
    """F2: 在2018年前期费中再增加30万元，共50万元: 50万元 was labelled 在2018年前期费中再增加, the increment's name; it is the total."""
    ff = distil(tmp_path, _bureau(tmp_path / "ws"), REPLY_2018, "2018_楚发改办301号_南大门建设_第8号建议.txt")
    counts = {g.value: g.counts for f in ff.facts for g in f.figures}
    assert counts[50] != counts[30] and "增加" not in counts[50] and "合计" in counts[50]


def test_a_leaders_grant_is_not_the_bureaus(tmp_path):
    """F2: 赵常务…当场安排规划费20万元 (the 常务副州长's grant) sat in the fact of 我委's work, done: the leader's act is a fact of its
    own, not the bureau's result; 我委…再增加30万元 stays the bureau's."""
    ff = distil(tmp_path, _bureau(tmp_path / "ws"), REPLY_2018, "2018_楚发改办301号_南大门建设_第8号建议.txt")
    granted = fact_saying(ff, "20万元")
    assert granted.kind == CONTEXT and "我委" not in granted.text
    assert fact_saying(ff, "30万元").kind == DONE and "20万元" not in fact_saying(ff, "30万元").text


def test_a_judgement_of_the_proposal_is_no_deed(tmp_path):
    """hd32a via h165: 一是该提案对金沙江流域生态环境修复…都具有较强促进作用。 (the 省发展改革委's opinion of the proposal, in the
    2019 reply) was kind done: a sentence judging the proposal says what it is worth, nothing done; its 二是 reports work."""
    ff = distil(tmp_path, _bureau(tmp_path / "ws"), REPLY_2019, "2019_州政府_省政协676号提案_金沙江国家植物园.txt")
    judged = [f for f in ff.facts if "该提案对金沙江流域生态环境修复" in f.text]
    assert all(f.kind != DONE for f in judged), [(f.kind, f.text) for f in judged]
    assert fact_saying(ff, "编制了《云南金沙江开放合作经济带发展规划").kind == DONE


def test_an_increment_is_named_by_its_thing(tmp_path):
    """hd32a via h165: 我委接受任务后，在2018年前期费中再增加30万元，共50万元: 30万元 was labelled 在2018年前期费中再增加, its time
    and its 在…中 in the name; it is the thing's increase (前期费增加), as the total is the thing's (前期费合计)."""
    ff = distil(tmp_path, _bureau(tmp_path / "ws"), REPLY_2018, "2018_楚发改办301号_南大门建设_第8号建议.txt")
    counts = {g.raw: g.counts for g in fact_saying(ff, "再增加30万元").figures}
    assert counts["30万元"] == "前期费增加" and counts["50万元"] == "前期费合计", counts
