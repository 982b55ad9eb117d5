"""Held-out round hd25 (武定县住房和城乡建设局, 九江市教育局, 淮南市交通运输局): a source's issuer, place and title, statements'
periods and figures' labels.

Each test distils a short excerpt of a real page the testers saved (its words as the page prints them, half-width commas and
traditional characters kept) through the public path a user's ``drafter distill`` takes, in a workspace of the bureau that
tested it.
"""

from __future__ import annotations

from helpers import distil, fact_saying, unit_workspace


def _wuding(tmp_path):
    return unit_workspace(tmp_path / "ws", "武定县住房和城乡建设局", "县住建局", "武定县")


def _jiujiang(tmp_path):
    return unit_workspace(tmp_path / "ws", "九江市教育局", "市教育局", "九江市")


def _huainan(tmp_path):
    return unit_workspace(tmp_path / "ws", "淮南市交通运输局", "市交通运输局", "淮南市")


def _figure(ff, raw: str):
    return next(g for f in ff.facts for g in f.figures if g.raw == raw)


# 武定县人民政府's page of the bureau's reply to 政协 proposal 20 (2020): the site's field line over the title.
WUDING_LANDFILL = """首页 >> 正文
索  引  号:11532329015178442p-/2020-1104009 公文范围:公开 发布机构:武定县政府办 失效日期:2020年09月30日 发文字号:武住建复〔2020〕16号 主  题  词: 标      题:武定县住房和城乡建设局对政协武定县九届四次会议第20号提案的答复 发布日期:2020年11月04日

武定县住房和城乡建设局对政协武定县九届四次会议第20号提案的答复

赵剑波、周宗福、陈贵忠、李晓雯委员:

    你们在政协武定县九届四次会议提出的“关于在全县11个乡镇126个村委会建设小型垃圾填埋场的提案”,已交我局研究办理,现答复如下:

    关于垃圾治理方面我局主要做了以下几方面工作:

    一、垃圾焚烧场建设项目
    我县新建了集镇垃圾焚烧场9个。
"""


def test_an_expiry_date_field_ends_the_publishers_value_and_the_title_names_the_writer(tmp_path):
    """发布机构:武定县政府办 失效日期:2020年09月30日 was read as one issuer, the 失效日期 glued on, and the reply's 4 facts were
    dropped as another unit's: 失效日期 is a field of its own, and a government's office publishing is not the bureau the title
    names."""
    ff = distil(tmp_path, _wuding(tmp_path), WUDING_LANDFILL, "武定住建_2020_政协20号_垃圾填埋场.txt")
    assert ff.source.issuer == "武定县住房和城乡建设局"
    assert ff.source.jurisdiction == "武定县"


# 九江日报's page of 2024-05-14: its edition line over the interview's headline.
JIUJIANG_INTERVIEW = """正文复制
九江日报/2024 年/5 月/14 日/第 001 版
“ 五个聚力” 推动教育高质量发展
——访市教育局X委书记、局长何明
本报记者 孔颖
“ 我们将认真学习贯彻习近平总书记关于抓落实的重要论述、关于教育重要论述和考察江西重要讲话精神,解放思想、改革创新,担当作为、大抓落实,加快推动九江教育高质量发展,奋力办好公平、优质、全面、融合的新样态九江教育。 ” 在接受市融媒体中心记者采访时,市教育局X委书记、局长何明表示,市教育局将抓好“ 五个聚力”,为九江打造“ 三个区域中心”、建设“ 一个美好家园”,高标准高质量建设长江经济带重要节点城市贡献教育力量。
聚力强基固本,筑牢教育发展基石。争取广泛支持,合力共为加快教育发展。成立九江教育高质量发展研究院,加强教育研究和科学谋划。健全多渠道筹措教育经费机制,加快完成九江中心城区教育补短板三年行动,进一步扩充各类优质教育资源。
"""


def test_a_newspapers_edition_line_is_no_title_and_its_city_named_short_is_the_bureaus(tmp_path):
    """The source was titled 九江日报/2024 年/5 月/14 日/第001版 and had no place, though the 市教育局 speaks of 九江 throughout:
    the edition line (a date and a page) is the paper's, the headline under it the article's; the workspace's bureau by its
    short name, in a text naming its city short more than once, is of that city."""
    ff = distil(tmp_path, _jiujiang(tmp_path), JIUJIANG_INTERVIEW, "2024-05-14_九江日报_访市教育局局长何明.txt")
    assert "五个聚力" in ff.source.title and "第" not in ff.source.title
    assert ff.source.jurisdiction == "九江市"
    assert ff.source.issuer == "九江市教育局"


# 淮南市's 市长信箱-type page of 2025-08-19: a letter and the bureau's answer, in a table's cells.
HUAINAN_MAILBOX = """| 信件编号: | 20250818001 | 来信时间: | 2025-08-18 21:56 |
|---|---|---|---|
| 信件类型: | 建言献策 | 姓名: | 陈**** |
| 内容: | 建议把这些公交站台列入今年的老旧改造计划:国庆东路上的国庆东路站台、眼科医院站台、卫校站台、洛河站台、洛河电厂站台、十一中站台,还有水厂路上的水厂路站台。 | ||
| 答复情况: |
答复单位:市交通运输局
   答复时间:2025-08-19 16:35
答复意见: 尊敬的来信人:您好! 留言已收悉,现将办理情况反馈如下:
2019年起我市启动了老旧站亭新建及改建工作,分批次对城区公交站亭进行新改建。新改建公交站亭均配备了候车座椅,并对部分符合条件的公交站亭进行了无障碍改造。为广大市民提供“安全、舒适、文明、便捷”的候车环境。截止目前,已新改建公交站亭1192座,新建公交电子站牌33块。2025年我市站亭建设计划已通过淮南市公共资源交易中心完成了招标,拟对田大路、湖滨路、国庆东路等15条路段的公交站亭进行新改建,六里站、眼科医院、卫校、国庆东路等公交站点已纳入今年的新改建计划。
市交通运输部门将持续推进公交站亭的新建及改建工作,逐步实现公交站台整体状况的改善,不断提升市民候车舒适度,展示城市形象,提高公交服务水平。
感谢您对我们工作的理解和支持。
|
"""


def test_the_answering_unit_field_names_the_writer(tmp_path):
    """答复单位:市交通运输局 was no field read: the answer had no issuer and no place, its 我市 nobody's."""
    ff = distil(tmp_path, _huainan(tmp_path), HUAINAN_MAILBOX, "hn_mailbox_gongjiao_2025.txt")
    assert ff.source.issuer == "淮南市交通运输局"
    assert ff.source.jurisdiction == "淮南市"
    assert {f.jurisdiction for f in ff.facts} == {"淮南市"}


# 武定县住房和城乡建设局's reply on 环州乡's incinerator, a traditional-character mirror with its pinyin glosses: the project's parts.
WUDING_INCINERATOR = """趙建佳代表:
您提出的“關(guān)于支持幫助環(huán)州鄉(xiāng)垃圾焚燒廠提高整體運(yùn)行功能的建議”,已交我局研究辦理,現(xiàn)答復(fù)如下:
現(xiàn)在我們正在爭取武定縣農(nóng)村人居環(huán)境治理項(xiàng)目,力爭在2022年啟動(dòng)項(xiàng)目建設(shè)。項(xiàng)目包括10個(gè)鄉(xiāng)鎮(zhèn)(獅山鎮(zhèn)除外)新建垃圾熱解廠10個(gè)、垃圾中轉(zhuǎn)站10個(gè);購置垃圾收運(yùn)車47輛、垃圾箱187個(gè);新建村莊垃圾處理設(shè)施20套;新建10個(gè)鄉(xiāng)鎮(zhèn)鎮(zhèn)區(qū)(獅山鎮(zhèn)除外)污水處理廠;新建5個(gè)鄉(xiāng)鎮(zhèn)(插甸鎮(zhèn)、己衣鎮(zhèn)、萬德鎮(zhèn)、發(fā)窩鄉(xiāng)、白路鎮(zhèn))供水廠5座。
"""


def test_an_aside_on_the_things_counted_is_no_part_of_their_name(tmp_path):
    """10个乡镇（狮山镇除外）新建垃圾热解厂10个 gave both figures 乡镇（狮山镇除外）新建垃圾热解厂, and 供水厂5座 after a bracket listing
    five towns was labelled 己衣镇、万德镇、发窝乡、白路镇）供水厂: an aside of what is left out ends the noun before it when a figure
    of what they built follows, and a phrase read from inside an aside starts after it."""
    ff = distil(tmp_path, _wuding(tmp_path), WUDING_INCINERATOR, "武定住建_人大建议_环州乡垃圾焚烧厂.txt")
    counts = [(g.raw, g.counts) for f in ff.facts for g in f.figures]
    assert ("10个", "乡镇") in counts and ("10个", "垃圾热解厂") in counts
    assert ("5座", "供水厂") in counts
    # (an aside within the name of what was built, no figure after it, leaves the name whole)
    assert ("10个", "乡镇镇区污水处理厂") in counts


# 九江市教育局's “十四五” press conference of 2025-12-12: its results.
JIUJIANG_FIVE_YEARS = """12月12日,“辉煌‘十四五’ 九江勇争先”系列新闻发布会市教育局专场举行。
治教办学达到新高度。中小学党建工作持续强化,526所学校实现党组织领导的校长负责制全覆盖。在全省率先开展中小学校党务工作者队伍建设试点,21所中小学校有效落实。
五育并举开创新局面。思政教育改革创新深化,建成思政名师工作室28个,26所中小学、幼儿园被评为省红色基因传承示范校。
资源供给持续扩大。“十四五”期间,全市财政性教育经费累计投入达704.97亿元。教育布局不断优化,新改扩建教育项目400个,改扩建面积220万平方米,新增学位4.8万个。
"""


def test_a_five_year_total_names_its_money_and_speaks_of_the_plans_last_year(tmp_path):
    """累计投入达704.97亿元 counted nothing (the words of a sum run together, 累计投入达, left no noun) and ``drafter facts`` showed
    it as 2021's; 21所中小学校有效落实 counted 中小学校有效 and 26所中小学、幼儿园被评为省红色基因传承示范校 counted 中小学."""
    from click.testing import CliRunner

    from drafter.cli import cli

    ws = _jiujiang(tmp_path)
    ff = distil(tmp_path, ws, JIUJIANG_FIVE_YEARS, "2025-12-12_十四五新闻发布会市教育局专场.txt")
    money = _figure(ff, "704.97亿元")
    assert money.counts == "财政性教育经费投入" and (money.year, money.until) == (2021, 2025)
    (ws.root / "seeds").mkdir()
    (ws.root / "seeds" / "2025-12-12_十四五新闻发布会.txt").write_text(JIUJIANG_FIVE_YEARS, "utf-8")
    assert CliRunner().invoke(cli, ["-w", str(ws.root), "distill", str(ws.root / "seeds")]).exit_code == 0
    shown = CliRunner().invoke(cli, ["-w", str(ws.root), "facts", "财政性教育经费"]).output
    assert "704.97亿元（2021–2025年）" in shown, shown
    assert _figure(ff, "21所").counts == "中小学校"
    assert _figure(ff, "26所").counts == "省红色基因传承示范校"


# 淮南市人民政府's 协办意见 on 省人大 suggestion 0037 (2023-04-27): a road's sections.
HUAINAN_S325 = """S325高刘至孙岗全长113.6公里,寿县境内里程23.5公里。S325广岩到三觉段起于新桥大道,向西延伸终于济祁高速三觉互通立交,全长11.8公里,双向六车道一级公路,项目于201912月建成通车。S325三觉至众兴段201912月列入我市交通基础设施国土空间规划并上报省交通厅,项目起于三觉互通立交,向西延伸终于众兴镇与G237淮六路交口处,全长约11.7公里,已规划为双向四车道一级公路。
"""


def test_a_length_takes_no_year_a_clause_before_it_names(tmp_path):
    """…三觉至众兴段2019年12月列入…规划并上报省交通厅,…全长约11.7公里 stored the length as 2019's: the section entered the plan
    then; its length is as of the reply."""
    ff = distil(tmp_path, _huainan(tmp_path), HUAINAN_S325, "2023-04-27_hn_s325_xieban_2023.txt")
    assert _figure(ff, "约11.7公里").year != 2019


# 淮南市交通运输局's figures in a news item (undated, traditional characters with pinyin glosses, as the mirror served it).
HUAINAN_PROJECTS = """(記者 李嚴(yán))近日,記者從市交通運(yùn)輸局獲悉,我市正推進(jìn)74個(gè)重點(diǎn)交通項(xiàng)目,總投資達(dá)1018億元。其中,今年計(jì)劃實(shí)施的交通重點(diǎn)建設(shè)項(xiàng)目為34個(gè),總投資558.59億元,年度計(jì)劃完成投資80億元,為完善我市交通網(wǎng)絡(luò)注入強(qiáng)大動(dòng)力。
據(jù)介紹,我市從高速公路、港口碼頭、國(guó)省干線等八大類(lèi)別精準(zhǔn)謀劃交通項(xiàng)目。目前已爭(zhēng)取各類(lèi)補(bǔ)助資金11.37億元,正在申報(bào)G345田集至姬莊子段2026年度提前批超長(zhǎng)期特別國(guó)債等資金支持。
在項(xiàng)目建設(shè)方面,今年將建設(shè)高速公路147公里,建成S16合周高速壽縣劉崗至保義段和S19淮桐高速淮南段82公里;新改建普通國(guó)省干線公路155.6公里;持續(xù)推進(jìn)鳳臺(tái)新港等港口建設(shè);實(shí)施“四好農(nóng)村路”603公里。
"""


def test_a_year_naming_a_batch_of_bonds_is_no_time_and_a_long_label_is_cut_between_names(tmp_path):
    """正在申报G345田集至姬庄子段2026年度提前批超长期特别国债 dated the statement 2026 (the batch's name, not its time), and the 82公里
    of S16合周高速寿县刘岗至保义段和S19淮桐高速淮南段 was labelled 速寿县刘岗…, cut inside 高速."""
    ff = distil(tmp_path, _huainan(tmp_path), HUAINAN_PROJECTS, "hn_news_74projects.txt")
    assert fact_saying(ff, "提前批").period.year != 2026
    assert _figure(ff, "82公里").counts.startswith("寿县")


# 九江新闻网's report of the 市委教育工作领导小组's meeting of 2025-02-25 (a traditional-character mirror).
JIUJIANG_MEETING = """劉文華主持召開市委教育工作領導小組2025年第一次全體會議
劉文華在市委教育工作領導小組2025年第一次全體會議上強調
努力辦好人民滿意的教育
邁出教育強市建設堅實步伐
蔣文定黃強作有關傳達
九江新聞網訊(九江日報全媒記者 姚星宇/文 張馳/攝)2月25日下午,市委書記劉文華主持召開市委教育工作領導小組2025年第一次全體會議。他強調,要深入學習貫徹習近平總書記關于教育的重要論述和習近平總書記考察江西重要講話精神,以更大力度、更實舉措深化教育綜合改革,加快建設具有九江特色的高質量教育體系,努力辦好人民滿意的教育,邁出教育強市建設堅實步伐。
市委副書記、市長蔣文定,市委副書記黃強傳達學習習近平總書記關于教育的重要論述和全國教育大會、省委教育工作領導小組2025年第一次全體會議精神,市領導饒芝新、孫金淼、杜少華,市委秘書長匡建軍,市政府秘書長歐陽新華出席會議。
"""


def test_a_units_name_before_a_post_is_no_mention_of_the_unit(tmp_path):
    """The 市委's meeting was filed as 九江市政府's, from 市政府秘书长欧阳新华 among those attending: a unit's name before a post
    (秘书长, 书记) is a person's title."""
    ff = distil(tmp_path, _jiujiang(tmp_path), JIUJIANG_MEETING, "2025-02-25_市委教育工作领导小组2025年第一次全体会议.txt")
    assert not (ff.source.issuer or "").endswith("政府")
    assert ff.source.jurisdiction == "九江市"
