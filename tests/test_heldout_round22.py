"""General reading rules found on held-out round 22 (county-level units the earlier rounds did not hold — 南宫市城市管理
综合行政执法局's reply to suggestion 31, 沙河市交通局's reply to suggestion 31, a news item on 溧阳市工信局's yearly meeting
reposted on a mirror, a county 工信局 head's speech of the year's results and the next year's plan, and a mirror of a
news item on 大宁县's key projects).

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in
the test) through the public path a user's ``drafter distill`` takes (read_document → distill_document), in a
workspace of the page's own bureau, and asserts on the facts and metadata that come out.
"""

from __future__ import annotations

import pytest
from helpers import distil, fact_texts, unit_workspace


@pytest.fixture
def nangong(tmp_path):
    """A workspace of 南宫市城市管理综合行政执法局."""
    return unit_workspace(tmp_path / "ws_ng", "南宫市城市管理综合行政执法局", "市城管执法局", "南宫市", "凤岗街道, 西丁街道")


@pytest.fixture
def shahe(tmp_path):
    """A workspace of 沙河市交通运输局."""
    return unit_workspace(tmp_path / "ws_sh", "沙河市交通运输局", "市交通局", "沙河市", "白塔镇, 褡裢街道")


@pytest.fixture
def liyang(tmp_path):
    """A workspace of 溧阳市工业和信息化局."""
    return unit_workspace(tmp_path / "ws_ly", "溧阳市工业和信息化局", "市工信局", "溧阳市", "溧城街道, 天目湖镇")


@pytest.fixture
def county(tmp_path):
    """A workspace of a county's 工业和信息化局 (the speech names its county 我县 only)."""
    return unit_workspace(tmp_path / "ws_xian", "某某县工业和信息化局", "县工信局", "某某县", "城关镇")


@pytest.fixture
def shanghe(tmp_path):
    """A workspace of 商河县市场监督管理局."""
    return unit_workspace(tmp_path / "ws_shh", "商河县市场监督管理局", "县市场监管局", "商河县", "许商街道, 玉皇庙镇")


@pytest.fixture
def daning(tmp_path):
    """A workspace of 大宁县发展和改革局."""
    return unit_workspace(tmp_path / "ws_dn", "大宁县发展和改革局", "县发改局", "大宁县", "昕水镇, 曲峨镇")


# 南宫市城市管理综合行政执法局's reply to suggestion 31 (info.nangong.gov.cn/content/30426.html): its page head and items.
NANGONG = ("对南宫市第九届人民代表大会 第五次会议第31号建议的答复\n\n"
           "体裁分类:人大代表建议     主题分类:其他           发布时间: 2021-08-24      发布机构:城市管理综合行政执法局"
           "      浏览次数:37     字体:[  ]\n\n"
           "王中英代表:\n\n您提出的关于在城市基础建设方面加强部门协调和专业指导的建议收悉,现答复如下:\n\n"
           "1、针对城市道路反复挖等现象,我局将科学谋划,按照施工单位申请时间,合理安排施工,并督促施工单位加快施工时间,"
           "尽早完成施工,减少挖掘道路带来的不便,同时按要求对挖掘道路进行恢复,建设城市路面反复修挖的问题。\n\n"
           "2、我局将科学按照植物生长规律实施绿化种植,依据绿化专家、专业第三方公司专业技术指导下对城区科学有效实施绿化,"
           "提升美化我市绿化工作,同时加强绿化养护力度,尽量避免反季节移栽苗木造成的死亡损失。\n\n"
           "3、城市道路出入口设置。对于城市道路不合理的路口,我局将加强与有关部门沟通协调并根据有关部门安排部署,"
           "对不合理出口进行重新设置。\n\n感谢您对我们工作的关心和支持。\n\n2021年8月6日\n\n领导签发:李新颖\n")


def test_a_font_switch_that_lost_its_sizes_is_no_part_of_the_issuer(tmp_path, nangong):
    """The page's head runs 发布机构:城市管理综合行政执法局      浏览次数:37     字体:[  ] (the switch's 大 中 小 were links
    the page lost): the issuer was read as 城市管理综合行政执法局 字体：[ ]."""
    assert "字体" not in distil(tmp_path, nangong, NANGONG, "31.txt").source.issuer


def test_what_the_bureau_will_do_on_a_matter_named_first_is_a_plan(tmp_path, nangong):
    """Every item of the reply says what the bureau will do, two after a clause naming the matter (1、针对城市道路反复挖等
    现象,我局将科学谋划…, 3、…对于城市道路不合理的路口,我局将加强…) and one read as the lead of the heading 3、城市道路出入口设置
    after it (2、我局将科学按照…): they were work done (the second context)."""
    facts = distil(tmp_path, nangong, NANGONG, "31.txt").facts
    assert [f.kind for f in facts] == ["plan", "plan", "plan"], [(f.kind, f.text[:12]) for f in facts]


def test_a_request_to_call_if_the_reply_does_not_satisfy_is_no_fact(tmp_path, shahe):
    """沙河市交通局's reply to suggestion 31 (shaheshi.gov.cn/article/240/81060.html) closes 感谢您对我局工作的关心、理解和支持!
    对以上答复有不满意的地方,请及时与我局联系,我局将尽全力做好相关工作。: the request after the thanks was work done."""
    text = ("对沙河市第九届人民代表大会第三次会议第31号建议的答复\n\n纪占斌等3名代表:\n\n"
            "您提出的关于“关于老邢峰线(群英路)进行改造”的建议收悉。我局高度重视此建议的办理,现答复如下:\n\n"
            "近年来,在市委、市政府正确领导下,我局不断加大农村公路建设、养护力度,农村路网覆盖率逐步提高,受到人民群众的广泛好评。"
            "经结合白塔镇共同研究,现邢峰线(群英路)白塔段(西郝庄—朱金紫)道路,已列入交通厅动态管理系统,待省厅终审后实施。\n\n"
            "感谢您对我局工作的关心、理解和支持!对以上答复有不满意的地方,请及时与我局联系,我局将尽全力做好相关工作。\n\n"
            "2023年7月18日\n\n领导签发:刘民华\n")
    ff = distil(tmp_path, shahe, text, "31.txt")
    assert len(ff.facts) == 1 and "不满意" not in fact_texts(ff)


def test_of_two_places_named_as_often_the_first_is_the_news_items(tmp_path, liyang):
    """A news item on 溧阳市's yearly industry meeting (www9599116.com/talkpic/livevideo/index.php?id=706, a mirror) opens
    on 溧阳市“工业经济品质突破年”动员大会召开 and later cites 常州市“1028”产业体系: the item and its 市工信局 were read as
    常州市's, every fact another place's."""
    text = ("2月23日上午,溧阳市“工业经济品质突破年”动员大会召开,总结回顾2023年工信工作,部署安排2024年重点工作任务,"
            "动员工信系统上下立足新起点,振奋精气神,为“品质城市突破年”加速汇聚新型工业化的强大力量。副市长方学军参加会议。\n"
            "2024年,市工信局将围绕“工业经济品质突破年”这一奋斗主题,着力增强“走在前、做示范”的政治自觉,"
            "牢牢把握新型工业化发展方向,当好贯彻落实省“1650”产业体系和常州市“1028”产业体系建设的排头兵;"
            "做大做强“2+2+X”主导产业,力争新能源和高端不锈钢产业规模双双突破2000亿元,确保全市工业经济总量突破5000亿元。\n")
    ff = distil(tmp_path, liyang, text, "news.txt")
    assert (ff.source.issuer, ff.source.jurisdiction) == ("溧阳市工业和信息化局", "溧阳市")
    assert not any(f.external for f in ff.facts)


def test_a_countys_epithet_in_quotes_names_no_place(tmp_path, county):
    """A county 工信局 head's speech (laobiganzi.top/177070.html) says 预计2021年我县在全市工业创新发展“两年翻番县”中排位力争
    保二争一: 两年翻番县 was read as the text's place, and every fact of the county's own work was another place's."""
    text = ("工信局长在2022年县委经济工作务虚会上的发言\n"
            "现就我县工业创新发展目前完成情况和2022年工作计划作如下汇报。\n一、2021年1-11月工业经济指标完成情况\n"
            "全县规模以上工业增加值同比增长13%,增幅全市排名第二;规模以上工业企业营收为30.86亿元,提前一个月完成市下达的30亿元的任务;"
            "全县工业税收完成1.96亿元,同比增长31.7%;新增规上企业18户(市统计局反馈数据)。"
            "预计2021年我县在全市工业创新发展“两年翻番县”中排位力争保二争一。\n")
    ff = distil(tmp_path, county, text, "speech.txt")
    assert ff.source.jurisdiction != "两年翻番县"
    assert ff.facts and not any(f.external for f in ff.facts)


def test_a_news_items_bureau_said_short_saying_what_it_will_do_is_a_plan(tmp_path, liyang):
    """The same news item says 2024年,市工信局将围绕…,力争新能源和高端不锈钢产业规模双双突破2000亿元…: the bureau named by
    its short form (市工信局, of 溧阳市工业和信息化局) was not read as the item's own bureau, and what it will do was context."""
    text = ("2月23日上午,溧阳市“工业经济品质突破年”动员大会召开,总结回顾2023年工信工作,部署安排2024年重点工作任务。\n"
            "2024年,市工信局将围绕“工业经济品质突破年”这一奋斗主题,牢牢把握新型工业化发展方向,"
            "力争新能源和高端不锈钢产业规模双双突破2000亿元,确保全市工业经济总量突破5000亿元。\n")
    kinds = {f.text[:10]: f.kind for f in distil(tmp_path, liyang, text, "news.txt").facts}
    assert kinds["2024年，市工信局"] == "plan", kinds


def test_a_mirrors_notice_with_pinyin_notes_and_characters_the_table_lacked_is_read_clean(tmp_path, daning):
    """A mirror of 临汾新闻网's news on 大宁县's key projects (m.ryehollerboys.com/linfen/shizheng/2740841.html) is in
    traditional characters with pinyin notes after some (開復(fù)工, 版權(quán)聲明): its notice 版權(quán)聲明:…不得轉載發布。 was kept as
    a fact (the notes hid it from the notice's test), and 儀式, 該縣, 強勁 stayed traditional (儀, 該, 勁 were not in the table)."""
    text = ("大寧縣2024年重點項目集中開復(fù)工\n\n2024-03-22 08:51:33 來源:臨汾新聞網(wǎng)\n\n"
            "  臨汾新聞網(wǎng)訊(記者 孫克斌) 3月18日上午,大寧縣舉行2024年重點項目集中開復(fù)工儀式。市政協(xié)副主席張瑞萍出席活動。\n\n"
            "  此次集中開復(fù)工項目共有25個,總投資102.60億元,涵蓋煤層氣產(chǎn)業(yè)、基礎(chǔ)設(shè)施建設(shè)等多個領(lǐng)域。"
            "這些項目的順利實施,是該縣聚焦實現(xiàn)臨汾“三個努力成為”的具體舉措,為高質(zhì)量發(fā)展注入強勁動力。\n\n"
            "責任編輯: 吉政\n\n"
            "版權(quán)聲明:凡臨汾日報、臨汾新聞網(wǎng)刊載及發(fā)布的各類稿件,未經(jīng)書面授權(quán),任何媒體、網(wǎng)站或自媒不得轉(zhuǎn)載發(fā)布。"
            "若有違者將依法追究侵權(quán)責任。\n")
    texts = fact_texts(distil(tmp_path, daning, text, "mirror.txt"))
    assert "版权声明" not in texts and "转载" not in texts
    assert "开复工仪式" in texts and "该县聚焦" in texts and "强劲动力" in texts


@pytest.fixture
def county_drc(tmp_path):
    """A workspace of a county's 发展和改革局 (the summary names its county 全县 only)."""
    return unit_workspace(tmp_path / "ws_fg", "某某县发展和改革局", "县发改局", "某某县", "城关镇")


# A county 发改局's summary of the first quarter's key projects (laobiganzi.top/300855.html), its figures left as xx by
# the site, and the site's wall closing the excerpt.
QUARTER = ("全县2024年第一季度重大工程和重大项目工作总结\n尊敬的各位领导、同事们:\n"
           "现在,我代表县发改局,就全县2024年第一季度重大工程和重大项目工作进行总结汇报。\n一、总体进展概述\n"
           "一季度以来,全县上下深入贯彻中央经济工作会议精神,以项目建设为重要抓手,全力推进重大工程和重大项目落地见效。"
           "总体来看,本季度全县重大工程和重大项目呈现以下几个特点:\n"
           "一是进度良好。全县上下秉持稳健务实的工作作风,力保各项重大工程与项目的实施节奏稳定有序。"
           "纳入本季度计划的重大工程和重大项目共计xx个,截至3月底,已开工xx项,开工率xx%,整体进度符合预期。"
           "二是投资强度增大。一季度累计完成固定资产投资xx亿元,同比增长x%,有效拉动了全县投资增长。\n"
           "二、具体工作亮点\n(阅读全部图文内容,您需要先登录!)\n")


def test_a_periods_whole_county_names_no_place(tmp_path, county_drc):
    """The summary says 本季度全县重大工程… and 一季度以来 elsewhere: 季度县 (季度 said twice, then 全县) was read as the
    text's place, and every fact was another place's."""
    ff = distil(tmp_path, county_drc, QUARTER, "q1.txt")
    assert ff.source.jurisdiction != "季度县"
    assert ff.facts and not any(f.external for f in ff.facts)


def test_a_quarters_summary_titled_with_its_year_dates_its_facts(tmp_path, county_drc):
    """Its title 全县2024年第一季度重大工程和重大项目工作总结 holds thirteen characters between its year and 工作总结: the
    report was read of no period, and its facts undated."""
    ff = distil(tmp_path, county_drc, QUARTER, "q1.txt")
    assert ff.source.period == 2024
    assert all(f.period.year == 2024 for f in ff.facts), [(f.period.year, f.text[:8]) for f in ff.facts]


def test_a_sites_wall_asking_to_log_in_is_no_fact(tmp_path, county_drc):
    """The excerpt ends on the site's wall (阅读全部图文内容,您需要先登录!): it was a fact of work done."""
    assert "登录" not in fact_texts(distil(tmp_path, county_drc, QUARTER, "q1.txt"))


def test_a_quoted_matter_inside_a_suggestions_title_is_its_title(tmp_path, shahe):
    """The same 沙河 reply opens 您提出的关于“关于老邢峰线(群英路)进行改造”的建议收悉: the suggestion's title was read as
    关于“关于老邢峰线（群英路）进行改造”的建议, the page's words around the deputies' own (which ends in no 建议)."""
    text = ("对沙河市第九届人民代表大会第三次会议第31号建议的答复\n\n纪占斌等3名代表:\n\n"
            "您提出的关于“关于老邢峰线(群英路)进行改造”的建议收悉。我局高度重视此建议的办理,现答复如下:\n\n"
            "经结合白塔镇共同研究,现邢峰线(群英路)白塔段(西郝庄—朱金紫)道路,已列入交通厅动态管理系统,待省厅终审后实施。\n")
    assert distil(tmp_path, shahe, text, "31.txt").source.suggestion_title == "关于老邢峰线（群英路）进行改造的建议"


def test_whose_remit_a_rule_makes_the_matter_is_no_work_done(tmp_path, shanghe):
    """商河县市场监督管理局's reply to 刘磊委员 (shanghe.gov.cn/gongkai/site_shanghexianxscjdgljv/channel_63899f903759918282630477/
    doc_64a3e5b92c144e9d0040ddcf.html) opens 根据商办字〔2019〕17号文第六条规定,商河县工业和信息化局负责全县食盐专营管理工作…,
    县市场监管局…没有食盐专营职能: whose remit the matter is was work done; the sampling after it is."""
    text = ("刘磊委员:\n您提出的关于“商河盐业市场经营混乱问题亟需重视”的建议提案收悉。经研究办理,现答复如下:\n"
            "根据商办字〔2019〕17号文第六条规定,商河县工业和信息化局负责全县食盐专营管理工作,为全县食盐专营主管部门。"
            "根据商办字〔2019〕33号文规定和《食盐质量安全监督管理办法》要求,县市场监管局承担食品质量安全监督管理工作,"
            "没有食盐专营职能,无法牵头成立食盐市场联合执法办公室。\n"
            "近年来,县市场监管局根据自身职能,不断加强食盐质量安全监管工作。2022年共监督抽检食盐26次,抽检结果全部合格。\n"
            "商河县市场监督管理局\n2023年4月10日\n")
    kinds = [f.kind for f in distil(tmp_path, shanghe, text, "salt.txt").facts]
    assert kinds == ["context", "done"], kinds
