"""General reading rules found on held-out round 14 (units the earlier rounds did not hold — 林业局/林草局,
综合行政执法局/城管局, 水务局, 民政局, 教育局, 商务厅, 供销社, 退役军人事务局, 生态环境部, a 乡's government —
from 重庆 綦江/铜梁/沙坪坝, 宁夏 银川, 辽宁 盘锦, 上海 青浦, 海南, 甘肃, 新疆, 吉林, 黑龙江, 广西, 湖北 武汉, 湖南 衡南/湘阴,
四川 达川, 山东 莒南, 云南 禄丰/弥勒/临沧/武定, 广东 惠东, and mirrors in traditional characters).

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in
the test) through the public path a user's ``drafter distill`` takes (read_document → distill_document, in
the demo workspace), and asserts on the facts and metadata that come out.
"""

from __future__ import annotations

import pytest
from helpers import distil, fact_texts

# 银川市西夏区城市管理综合执法局's reply (ycxixia.gov.cn/zwgk/bmxxgkmn/xxqcsglzhzfj/fdzdgknr_48521/yajytablqk_9992/
# 201811/t20181129_1185832.html): the page's table of fields, printed as rows of label and value without colons.
PARKING = ("首页>政府信息公开>部门信息公开目录>西夏区综合执法局>法定主动公开内容>建议提案办理\n\n"
           "索 引 号 640105-113/2018-89569 文号\n发布日期 2018-11-29 公开时限 长期公开\n所属分类 建议提案办理 效力状态 有效\n"
           "责任部门 西夏区城管局 公开方式 主动公开\n\n关于“银川市政协十三届二次会议第103号提案”的答复\n\n发布日期:2018-11-29\n\n"
           "尹相梅、范学峰、李庆梅代表:\n\n"
           "您们提出“关于全面开放市区机关事业单位内部停车场的提案”,已由西夏区政府转交我局办理并答复,现将办理情况答复如下:\n\n"
           "为进一步推进市政府为民办实事工作的顺利开展,2017年以来,西夏区城管局根据西夏区政府安排,积极协调西夏区教育局、"
           "西夏区法院、西夏区检察院,西夏区卫计局、文昌路街道办事处等10家机关事业单位,对其内部400多个停车场分时段对外开放。\n\n"
           "银川市西夏区城市管理综合执法局\n\n2018年7月23日\n\n(此件公开发布)\n")
# 弥勒市民政局's reply (hhml.gov.cn/info/3141/129051.htm): the fields run into their values without colons.
ACTIVITY_ROOM = ("- 索引号000014348/2020-02432\n- 发布机构弥勒市政府办公室\n- 文号弥民函〔2017〕14号\n- 发布日期2018-08-19\n"
                 "- 有效性有效\n弥勒市民政局关于市人大代表建议第200号答复的函\n李文章代表:\n"
                 "你在人代会上提出的《关于瓦草冲建老年活动室的建议》第200号建议,已转交市民政局办理,现将办理情况答复如下:\n"
                 "三、积极主动,政策支持。市民政局积极主动加强与有关部门的沟通联系,争取借助2017年全市建设村民小组活动场所契机,"
                 "把瓦草冲村民小组活动场所列入建设项目。\n")


@pytest.mark.parametrize("text, title", [
    (PARKING, "关于“银川市政协十三届二次会议第103号提案”的答复"),
    (ACTIVITY_ROOM, "弥勒市民政局关于市人大代表建议第200号答复的函"),
])
def test_a_row_of_fields_over_the_title_is_no_part_of_it(tmp_path, workspace, text, title):
    """The pages print their fields over the title without colons (所属分类 建议提案办理 效力状态 有效 / 责任部门 西夏区城管局
    公开方式 主动公开; 有效性有效): the last lines of them were joined to the title as if the page had broken it there,
    though the title's own line opens it (关于…, 弥勒市民政局关于…)."""
    assert distil(tmp_path, workspace, text, "fields.txt").source.title == title


# 临沧市水务局's reply (bongotimes.com/info/8310/31836.html, a mirror of the bureau's page).
CANALS = ("政府信息公开\n\n索引号:\nswj111/2022-00019\n发布机构:\n临沧市水务局\n文 号:\n发布日期:\n2019-09-16\n\n"
          "临沧市水务局关于市四届人大二次会议陈载强等3名代表第33号建议批评和意见答复的函\n\n陈载强、陈家高、谢丕提代表:\n\n"
          "你们提出的《关于给予延长云县晓街河水库两条灌溉沟渠建设的建议》(第33号)已交由市水务局办理。经研究,现答复如下:\n\n"
          "一、加强组织领导,严格落实责任\n\n2019年5月6日,市水务局组织召开人大临沧市四届二次会议代表建议交办工作会议。\n")
FIRE_ROADS = (
    "  • 115002240093345252/2023-00059\n  • 农业、林业、水利\n  • 人大建议办理\n  • 铜梁区林业局\n  • 2023-06-25\n"
    "  • 2023-06-30\n\n重庆市铜梁区林业局关于铜梁区第十八届人民代表大会第三次会议第299号代表建议的复函\n\n赵国伦代表:\n\n"
    "您提出的《关于加大我区森林防火通道建设的建议》299号)收悉。经研究办理,现函复如下:\n\n"
    "2022“8.20大足-铜梁森林火灾后,我局委托重庆市林业科学院编制了《铜梁区毓青山、巴岳山森林防火基础设施建设专项规划》,"
    "规划投资7572.4万元。\n")


@pytest.mark.parametrize("text, title, deputy", [
    (CANALS, "临沧市水务局关于市四届人大二次会议陈载强等3名代表第33号建议批评和意见答复的函", "陈载强、陈家高、谢丕提"),
    (FIRE_ROADS, "重庆市铜梁区林业局关于铜梁区第十八届人民代表大会第三次会议第299号代表建议的复函", "赵国伦"),
])
def test_an_addressee_line_is_never_joined_to_the_title(tmp_path, workspace, text, title, deputy):
    """临沧市水务局's reply (bongotimes.com/info/8310/31836.html) and 重庆市铜梁区林业局's (cqstl.gov.cn/bm/qlyj_71127/
    zwgk_70831/fdzdgknr_70834/qtgknr/202306/t20230630_12109304.html, over its fields as a bulleted list of values)
    put a long title, no stop at its end, over the addressee: the two lines were joined as one broken paragraph,
    the title lost (政府信息公开, the channel's name, or 农业、林业、水利, a field's value, taken instead) and the
    addressee read as 的函陈载强、陈家高、谢丕提."""
    m = distil(tmp_path, workspace, text, "addressee.txt").source
    assert (m.title, m.deputy) == (title, deputy)


def test_a_sites_notice_on_leaving_it_is_no_title(tmp_path, workspace):
    """武汉市教育局's summary of its suggestions (jyj.wuhan.gov.cn/zfxxgk/fdzdgknr/qtzdgknr/jytabl/202312/
    t20231213_2318305.shtml) prints the site's dialog over the text, 您所访问的页面将跳转到第三方网站,确定要继续吗?: it
    was taken for the document's title."""
    text = ("您所访问的页面将跳转到第三方网站,确定要继续吗?\n"
            "2023年,我局共办理省、市代表建议和政协提案195件,其中市代表建议34件(主办10件、承办4件、会办20件),"
            "市政协提案144件(主办39件、承办13件、会办92件)。\n")
    ff = distil(tmp_path, workspace, text, "dialog.txt")
    assert ff.source.title is None
    assert not [f for f in ff.facts if "第三方网站" in f.text]


def test_a_news_items_head_gives_its_headline_day_and_kind(tmp_path, workspace):
    """梨树县人民政府's news of a meeting answering proposals (lishu.gov.cn/xzf/zyhy/qtzyhy/202309/t20230912_680656.html)
    opens 县政府 / governor (the channel's English label) / 梨树县人民政府 2023-09-12 08:49:00 / the headline / the lede
    9月11日,…, a blank line after every line: governor was taken for the title, the byline, the headline and the lede
    were read as one broken paragraph (no date, the headline a fact's first words), and the headline's 提案…答复会 (a
    meeting) read as a reply's title."""
    text = ("县政府\n\ngovernor\n梨树县人民政府   2023-09-12 08:49:00  \n\n梨树县政协十五届三次会议提案第一次公开答复会召开\n\n"
            "  9月11日,梨树县政协十五届三次会议提案第一次公开答复会在县政府三楼会议室召开,副县长孙大海、于世伟、"
            "县政协二级调研员于运祺出席会议。\n\n  会上,孙大海、于世伟以及县农业局、畜牧局、林业局、司法局等相关提案承办部门"
            "对《关于打造现代肉牛产业集群》《关于加强林业行政执法力度》等14件提案进行了全面详细的公开答复,提案人对答复结果表示"
            "非常满意。\n\n[纠错]\n")
    ff = distil(tmp_path, workspace, text, "headline.txt")
    m = ff.source
    assert (m.title, m.date, m.kind) == ("梨树县政协十五届三次会议提案第一次公开答复会召开", "2023-09-12", "news")
    assert ff.facts[0].text.startswith("9月11日，")


def test_a_title_broken_after_its_head_is_joined(tmp_path, workspace):
    """新疆维吾尔自治区人民政府's summary of the national proposals it handled (a mirror, mckillo.com/xinjiang/c114831/
    202412/aec8f5f0be6346b7974e48681bb1b7e3.html) prints its title over three lines, 新疆维吾尔自治区人民政府 / 关于全国
    政协十四届二次会议 / 委员提案办理工作总结: the title was read as 关于全国政协十四届二次会议."""
    text = ("新疆维吾尔自治区人民政府\n关于全国政协十四届二次会议\n委员提案办理工作总结\n\n发布时间:2024-12-05   浏览次数:   【字体:\n\n"
            "一、总体情况\n\n2024年,自治区人民政府办理全国政协十四届二次会议委员提案19件,均为委员个人提案,其中:主办10件、会办6件。\n")
    m = distil(tmp_path, workspace, text, "broken.txt").source
    assert m.title == "关于全国政协十四届二次会议委员提案办理工作总结"


def test_an_empty_fields_value_and_a_year_cut_from_its_word(tmp_path, workspace):
    """青浦区民政局's summary of its suggestions (shqp.gov.cn/civil/mzzwgk/jyta/20221027/995566.html) prints its fields'
    values on lines of their own (文号 无, 主动公开, 无) and its first sentence cut after the year, 2017 / 年,我局共承办…:
    the 无 was joined to the title as a word a wrap had left (…总体情况无), and the counts of the first sentence had no
    year."""
    text = ("2017年区民政局办理人大建议和政协提案总体情况\n无\n主动公开\n无\n青浦区民政局\n2017.12.20\n2017\n"
            "年,我局共承办建议、提案16件,其中区五届人大一次会议人大代表建议4件(主办4件,协办0件),区政协五届一次会议政协提案"
            "12件(主办6件,协办6件)。\n")
    ff = distil(tmp_path, workspace, text, "empty.txt")
    assert ff.source.title == "2017年区民政局办理人大建议和政协提案总体情况"
    assert ff.facts[0].text.startswith("2017年，我局")
    assert {g.year for g in ff.facts[0].figures} == {2017}


# 衡南县人民政府's reply (m.qclgf.com/zwgk/jytabl/rdjy/rdjybldf/20230105/i2893683.html, a mirror in traditional
# characters, its keyword spam 关键词2 standing for the bureau's work).
DAM = ("對市十六屆人大一次會議第295號建議的答複\n清政建複〔2022〕號(B類)\n謝益生代表:\n"
       "你提出的《關於加快修繕衡南縣花橋鎮石丘村石丘組水壩的建議》收悉,現答複如下:\n"
       "石丘村石丘組水壩係當地為攔截小溪水源實施灌溉的小型水利工程,對保障當地村組的農業生產起到非常重要的作用。"
       "對水壩的維修農業農村局將在2023年開始實施的第二輪高標建設的提質改造項目中調劑資金予以解決。\n"
       "感謝您對关键词2工作的關心和支持,並請您繼續給关键词2提出寶貴意見。\n衡南縣人民政府\n2022年7月20日\n"
       "責任領導:楊宏輝承辦人:陽斌\n聯係電話:13873408075\n抄送:市人大聯工委(2),市政府辦(2)。\n附件下載:\n")
# 武定县水务局's reply (aji87.cn/info/5464/169620.htm, a mirror in traditional characters).
RESERVOIR = ("李治萍等委員:\n你們提出的關于加快阿慶爭水庫工程進度的提案,已交我們研究辦理,現答復如下:\n"
             "武定縣阿慶爭水庫屬于新建小(一)型規模,建設任務是集鎮、農村生活供水和農業灌溉供水。設計灌溉面積1.94萬畝,"
             "其中新增灌溉面積1.22萬畝。\n"
             "感謝李治萍、保俊濤委員對我縣水利事業的關心、支持和理解,歡迎你們對水利工作多提寶貴的建議和意見,我們一定虛心聽取和采納,"
             "增強服務意識,解決好民生水利問題。\n武定縣水務局\n2019年6月12日\n聯系電話:0878—6034678\n")


@pytest.mark.parametrize("text", [DAM, RESERVOIR])
def test_thanks_and_fields_in_traditional_characters_are_no_facts(tmp_path, workspace, text):
    """衡南县人民政府's reply (m.qclgf.com/zwgk/jytabl/rdjy/rdjybldf/20230105/i2893683.html) and 武定县水务局's
    (aji87.cn/info/5464/169620.htm), both on mirrors in traditional characters, kept 感謝您對…的關心和支持… and
    感謝李治萍、保俊濤委員對我縣水利事業的關心… as facts, and the field line 責任領導:楊宏輝承辦人:陽斌 too: courtesy,
    openings and closings were told in the page's own characters only, and 责任领导 was no field's name."""
    texts = fact_texts(distil(tmp_path, workspace, text, "traditional.txt"))
    assert "感谢" not in texts and "责任领导" not in texts and "现答" not in texts
    assert "水坝" in texts or "1.94万亩" in texts  # (a mirror is read in simplified characters, as a reply quotes it)


def test_a_contact_field_spaced_out_and_its_own_phone(tmp_path, workspace):
    """A mirror of a 武汉 district 教育局's reply (huanqiuguoji.net/bmxxgk/zfgzjg/qjyj/fdzdgknr/qtzdgknr/jytabl/202310/
    t20231008_2275802.shtml) signs off 主管领导人姓名:杨建军 联系电话:84847155 / 具体经办人姓名:赵 霜 联系电话:84835851 /
    邮 政 编 码:430050: the three lines were kept as facts, no contact was read and the leader's number was taken for
    the reply's phone."""
    text = ("尊敬的万梓雄、程子林代表:\n你们在十六届人大第一次会议上提出的《关于加快推进四台地区小学建设的建议》已收悉,"
            "现就此建议回复如下:\n区教育局高度重视四台地区学校建设和学生入学事宜,在三村片区布局一所占地约30亩,"
            "办学规模为18个班的四台小学。\n再次感谢您对教育的关心和支持!\n区教育局\n2023年6月6日\n"
            "主管领导人姓名:杨建军 联系电话:84847155\n具体经办人姓名:赵 霜 联系电话:84835851\n邮 政 编 码:430050\n"
            "抄送:区人大常委会代工委、区政府督查室\n")
    ff = distil(tmp_path, workspace, text, "contact.txt")
    assert (ff.source.contact, ff.source.phone) == ("赵霜", "84835851")
    assert "姓名" not in fact_texts(ff) and "430050" not in fact_texts(ff)


def test_a_cc_list_parted_by_spaces_before_another_field(tmp_path, workspace):
    """湘阴县教育局's reply (xiangyin.gov.cn/31203/31208/content_2062208.html) ends 抄 报:县政府办 县政协提案委 联系单位: 县教育局
    / 经 办 人: 王石罗 联系电话: 2261277: the cc was read as one unit running on into 联系单位:县教育局, and no contact."""
    text = ("对县政协十届三次会议第来信号提案的\n答 复\n戴治委员:\n您好!您在政协第十届三次会议提出的《关于东塘中学兴建留守儿童"
            "托管住宿楼的提案》已收悉。感谢你对教育工作的关心、重视和支持,经我局认真研究,现答复如下:\n"
            "我局分管副局长会同计财股、校建办、督导室对东塘中学住宿楼的相关情况进行了现场调研,经研究,决定在原址规划建设一栋"
            "900平方米的学生宿舍。\n湘阴县教育局\n2019年4月20日\n抄 报:县政府办 县政协提案委 联系单位: 县教育局\n"
            "经 办 人: 王石罗 联系电话: 2261277\n")
    m = distil(tmp_path, workspace, text, "cc.txt").source
    assert (m.cc, m.contact, m.phone) == (["县政府办", "县政协提案委"], "王石罗", "2261277")


@pytest.mark.parametrize("text, wrong, right", [
    # 沙坪坝区规划和自然资源局's reply (ghzrzyj.cq.gov.cn/zz/spbq/zwgk/jczwgk/jytablqk_373136/202405/
    # t20240531_13253718.html): …请通过填写回执及时反馈区人大常委会人代工委…
    ("关于区十九届人大第四次会议第45号建议办理情况的复函\n尊敬的秦华代表:\n"
     "你提出的《关于修建中梁镇至北碚区歇马街道森林防火通道的建议》(第45号)已收悉,感谢你对森林防火工作的关心。"
     "经研究,现将办理情况答复如下。\n2023年底,沙坪坝区成功申报增发国债重点区域森林草原防火道路建设项目,"
     "全区共新建森林防火道路11条,总里程13.59公里,项目总投资869万元。\n"
     "此复函已经沈艳丽局长审签。对以上答复你有什么意见,请通过填写回执及时反馈区人大常委会人代工委和区政府办督查室。\n",
     "时反馈区", "沙坪坝区"),
    # 惠东县's 水利 reply (yhser.com/hdxwz/ztlm/jytablqkgk/rddbjyblqkgk/xrddbjyblqkgk/content/post_4797236.html, a mirror
    # in traditional characters): 接到惠東縣十一屆人大一次會議《…》(第20222059號)辦理任務后,…
    ("胡燕忠等代表:\n你們提出的《關于重新修建九龍峰旅游區南山河水壩的建議》(第20222059號)收悉。現答復如下:\n一、基本情況\n"
     "近年來,我局組織實施了一批圍繞九龍峰管委會的秋冬水利工程項目,完成投資約202萬元。\n"
     "接到惠東縣十一屆人大一次會議《關于重新修建九龍峰旅游區南山河水壩的建議》(第20222059號)辦理任務后,我局高度重視,"
     "組織九龍峰管委會、當地村委會等有關工作人員與代表溝通協調。\n",
     "接到惠东县", None),
])
def test_a_verb_passing_a_paper_to_a_level_names_no_place(tmp_path, workspace, text, wrong, right):
    """Two replies name no place but in a verb's object: 及时反馈区人大常委会 (report back to the 区's standing committee)
    gave the reply the place 时反馈区, and 接到惠東縣…會議《…》 (having received the county session's suggestion) gave it
    接到惠东县; every fact took the wrong place."""
    ff = distil(tmp_path, workspace, text, "verb.txt")
    assert ff.source.jurisdiction == right
    assert not [f for f in ff.facts if f.jurisdiction == wrong]


@pytest.mark.parametrize("text, number_or_title", [
    # 达州市达川区综合行政执法局's reply (dachuan.gov.cn/news-show-148879.html): the class in brackets in its title
    ("达州市达川区综合行政执法局 关于区政协三届三次会议第028号提案办理情况(A)的函\n谯凤鸣委员:\n"
     "您在区政协三届三次会议上提出的《关于科学解决达川区停车难建议》(第28号提案)收悉,现将办理情况函告如下:\n"
     "为解决“停车难”问题,去年达州市中心城区专项整治工作纳入了整治“群众最不满意10件事”。截至目前城区新建停车场28个,"
     "新增停车泊位10252个。\n", "A"),
    # 湘阴县教育局's (xiangyin.gov.cn/31203/31208/content_2062208.html): after a number with words for its digits
    ("湘教提复字〔2019〕来信号B类\n对县政协十届三次会议第来信号提案的\n答 复\n戴治委员:\n"
     "您好!您在政协第十届三次会议提出的《关于东塘中学兴建留守儿童托管住宿楼的提案》已收悉。经我局认真研究,现答复如下:\n"
     "经研究,决定在原址规划建设一栋900平方米的学生宿舍。\n湘阴县教育局\n2019年4月20日\n", "B"),
    # 衡南县人民政府's (m.qclgf.com/zwgk/jytabl/rdjy/rdjybldf/20230105/i2893683.html): after a number whose digits the
    # page lost, in traditional characters
    (DAM, "B"),
])
def test_a_reply_class_after_a_number_without_digits_or_in_the_title(tmp_path, workspace, text, number_or_title):
    """Replies print their class in brackets closing the title (…第028号提案办理情况(A)的函) or after a number whose
    digits are words or lost (湘教提复字〔2019〕来信号B类, 清政建複〔2022〕號(B類)): no class was read."""
    assert distil(tmp_path, workspace, text, "class.txt").source.reply_class == number_or_title


def test_a_reply_saying_who_signed_it_names_its_signatory(tmp_path, workspace):
    """重庆市綦江区林业局's reply (cqqj.gov.cn/zwgk_159/zfxxgkml/jytabl/zxwytabl/202209/t20220928_11149121_wap.html)
    says who signed it in its closing, 此复函已经由蔡长勇局长审签。 (as 重庆's replies do: 此复函已经沈某局长审签): no
    signatory was read."""
    text = ("重庆市綦江区林业局关于区政协三届一次会议第265号提案的复函\n\n赵仁宪委员:\n\n"
            "您所提出的《关于提高古剑山核心林区森林防火安全智能科技保障能力的建议》(第265号)收悉,在此,非常感谢你对我区森林防火"
            "工作的关心和支持。现就建议有关情况答复如下:\n\n三、扎实推进森林防火相关工作\n\n于2022年3月,经我局党组(扩大)会研究,"
            "划拨给古南街道20万元作为森林防火专项经费。\n\n此复函已经由蔡长勇局长审签。对以上答复您有什么意见,请及时填写在政协云平台"
            "提案系统回执上,以便我们进一步改进工作。\n\n\n重庆市綦江区林业局\n\n2022年5月16日\n\n(联系人:傅翔宇,联系电话:48662353)\n\n"
            "抄送:区委办公室、区政府办\n")
    ff = distil(tmp_path, workspace, text, "signed.txt")
    m = ff.source
    assert (m.signatory, m.contact, m.phone, m.cc) == ("蔡长勇", "傅翔宇", "48662353", ["区委办公室", "区政府办"])
    assert "审签" not in fact_texts(ff)


# 海南省人民政府's report to the provincial standing committee (hainanpc.gov.cn, 关于省二届人大四次会议代表建议、
# 批评和意见办理情况的报告, 2001).
HAINAN = ("欢迎进入海南省人民代表大会常务委员会!\n天涯海角\n\n关于省二届人大四次会议代表建议、批评和意见办理情况的报告\n\n"
          "作者 :编辑 :来源 :未知发布时间 :2001年11月26日\n\n主任,各位副主任、秘书长、各位委员:\n\n"
          "    我受省人民政府委托,向省人大常委会报告省政府系统今年办理省二届人大四次会议代表建议、批评和意见的工作情况,请予审议。\n\n"
          "  一、办理建议的基本情况\n\n     今年,省人大办公厅交给省政府系统办理的省二届人大四次会议期间的代表建议208件。\n\n"
          "    (一)代表建议被采纳,问题已解决或基本解决的58件,占总件数的27.9%,比去年22.9%增加5%。\n")


def test_a_field_saying_unknown_run_into_the_next_names_no_writer(tmp_path, workspace):
    """海南省人民代表大会常务委员会's page prints 作者 :编辑 :来源 :未知发布时间 :2001年11月26日 (its 来源 unknown, the next
    field's key run on): 未知发布时间 was taken for the report's writer."""
    m = distil(tmp_path, workspace, HAINAN, "unknown.txt").source
    assert m.issuer != "未知发布时间" and m.date == "2001-11-26"


def test_a_number_field_run_into_its_value_gives_the_number_alone(tmp_path, workspace):
    """弥勒市民政局's reply (hhml.gov.cn/info/3141/129051.htm) prints - 文号弥民函〔2017〕14号, the field's name run into
    its value: the number was read as 文号弥民函〔2017〕14号."""
    assert distil(tmp_path, workspace, ACTIVITY_ROOM, "number.txt").source.number == "弥民函〔2017〕14号"


def test_a_correspondents_credit_marks_news(tmp_path, workspace):
    """马山县's news of a visit to veterans (mashantv.com/content/2023-08/17/005410.html) ends on its credit, (来源:马山县
    退役军人事务局 通讯员:黄玉葵): it was read as the bureau's work report, its visit a result of its work."""
    text = ("为进一步弘扬拥军优属、尊崇军人的光荣传统,关心关爱困难退役军人,近日,南宁市退役军人事务局党组书记、局长刘强业先后到"
            "我县周鹿镇、白山镇开展常态化联系走访慰问活动。县退役军人事务局主要负责人陪同慰问。\n"
            "每到一户,刘强业都与退役军人亲切交谈,面对面讲解优抚政策,并为每一位退役军人送上慰问品及慰问金。\n"
            "(来源:马山县退役军人事务局 通讯员:黄玉葵)\n")
    m = distil(tmp_path, workspace, text, "credit.txt").source
    assert (m.kind, m.issuer) == ("news", "马山县退役军人事务局")


def test_a_plan_opening_on_this_year_is_a_plan(tmp_path, workspace):
    """重庆市綦江区林业局's reply (cqqj.gov.cn/zwgk_159/zfxxgkml/jytabl/zxwytabl/202209/t20220928_11149121_wap.html)
    answers 于本年度,我局拟在古南街道名山、清水等进入核心林区的道路口新建3套森林防火智能卡口。: what it intends (拟) was
    read as done, since the year it named (本年度) stood before the bureau; a year in digits there was already allowed."""
    text = ("重庆市綦江区林业局关于区政协三届一次会议第265号提案的复函\n\n赵仁宪委员:\n\n您所提出的《关于提高古剑山核心林区森林防火"
            "安全智能科技保障能力的建议》(第265号)收悉。现就建议有关情况答复如下:\n\n"
            "一、关于在古南街道名山、清水等进入核心林区的道路口安装固定摄像设备的建议。\n\n"
            "于本年度,我局拟在古南街道名山、清水等进入核心林区的道路口新建3套森林防火智能卡口。\n\n"
            "重庆市綦江区林业局\n\n2022年5月16日\n")
    ff = distil(tmp_path, workspace, text, "thisyear.txt")
    assert [f.kind for f in ff.facts if "智能卡口" in f.text] == ["plan"]


def test_a_towns_government_signing_is_not_named_twice(tmp_path, workspace):
    """安乐乡人民政府's reply to a 乡 deputy (imortgage.com.cn/info/1373/36935.htm, a mirror in traditional characters),
    saying 我鄉 and signed 安樂鄉人民政府: its writer was read as 安乐乡安乐乡人民政府 (the place put before a unit
    already named with it)."""
    text = ("賴國兵代表:\n你在鄉十三屆人民代表大會第一次會議上提出的“關于森林山火防控及宣傳的建議”交由鄉人民政府辦理,現答復如下:\n"
            "近年來,安樂鄉黨委、政府始終高度重視森林草原防滅火工作,全面落實鄉、村、組、戶四級網格長效機制。\n"
            "你的建議緊貼我鄉實際情況,鄉黨委政府高度重視,今冬明春,我們將在牟元線戌街岔路口懸掛森林防火宣傳標語。\n"
            "安樂鄉人民政府\n2022年8月16日\n")
    m = distil(tmp_path, workspace, text, "town.txt").source
    assert (m.issuer, m.jurisdiction) == ("安乐乡人民政府", "安乐乡")


def test_a_contact_units_field_with_its_number(tmp_path, workspace):
    """莒南县综合行政执法局's reply (junan.gov.cn/info/1089/209059.htm) ends 联系单位及电话:莒南县综合行政执法局5972877:
    no phone was read."""
    text = ("尊敬的张娟委员:\n您好,您提出的“关于庆丰路两侧乱停车辆造成交通拥堵的问题提案”已收悉,我们已经作了进一步的研究。"
            "现将情况汇报如下:\n我局有关人员及时联系张娟委员,问其主要诉求,委员表示其诉求是建议庆丰路和新建路路段路沿石以下规划停车位。"
            "如后续需要我单位的工作职能,我局将配合交警部门解决提议的所有问题。\n"
            "感谢您们对我局城市管理工作的关心和支持,欢迎今后多提宝贵意见和建议。\n莒南县综合行政执法局\n2024年5月24日\n"
            "(此件公开发布)\n联系单位及电话:莒南县综合行政执法局5972877\n")
    m = distil(tmp_path, workspace, text, "unitphone.txt").source
    assert (m.issuer, m.phone) == ("莒南县综合行政执法局", "5972877")


@pytest.mark.parametrize("text, title", [
    (PARKING, "关于全面开放市区机关事业单位内部停车场的提案"),
    # 郑州市城市管理局's reply (public.zhengzhou.gov.cn/D1101X/5923640.jhtml)
    ("仝洋代表:\n您提出的关于“关于合理规划停车场的建议”的建议收悉。现答复如下:\n"
     "关于停车规划管理方面的问题,我局高度重视,立即责令二七区到现场进行核实并研究制定解决办法。\n"
     "感谢您对城市管理工作的关心和支持!\n2021年6月1日\n", "关于合理规划停车场的建议"),
])
def test_a_quoted_suggestion_title(tmp_path, workspace, text, title):
    """西夏区城管局's reply opens 您们提出“关于全面开放市区机关事业单位内部停车场的提案”,… (no 的 before the quote): no
    suggestion title was read; 郑州市城市管理局's opens 您提出的关于“关于合理规划停车场的建议”的建议收悉 and the title was
    read as 关于“关于合理规划停车场的建议”的建议."""
    assert distil(tmp_path, workspace, text, "quoted.txt").source.suggestion_title == title


def test_a_news_sites_byline_caption_and_comment_box(tmp_path, workspace):
    """中国西藏网's news of the suggestions handled in 2013 (media.tibet.cn/holiday/xxzx/201401/t20140114_1967089.htm)
    was read as a work report: its byline 杨旭 发布时间:…来源:… was joined to the first paragraph as one fact, its
    photo's caption (阿里地区罗庆伍代表发言 杨旭(摄)) became a section heading, and its comment box (姓名: 城市: 手机:
    邮箱:, 所有评论谨代表网友意见,中国西藏网仅保持中立) two facts; its lede 记者13日从西藏人大会议上获悉,… follows a
    paragraph of its own."""
    text = ("当前位置:首页 > 周末假日版 > 资讯播报\n2013年度人大代表建议办复率达100%\n \n"
            "杨旭   发布时间:2014-01-14 11:15:00   来源:中国西藏网周末假日版\n\n"
            "  每年西藏“两会”,代表和委员们带着老百姓最关心的问题,做成议案。越来越多的代表和委员们畅所欲言,大胆地为民请命,"
            "说出了群众的心声。\n\n  记者13日从西藏人大会议上获悉,2013年度人大代表建议办复率达100%。\n\n"
            "阿里地区罗庆伍代表发言 杨旭(摄)\n\n  在西藏自治区十届人大一次会议期间,西藏自治区人大代表共向自治区人民政府提出了277条"
            "建议、批评和意见,占会议代表建议总数的92.3%。\n\n(责编:周晶)\n \n  最新评论\n  相关链接\n   说两句吧\n"
            "姓名:  城市:  手机:  邮箱:\n所有评论谨代表网友意见,中国西藏网仅保持中立       \n")
    ff = distil(tmp_path, workspace, text, "tibet.txt")
    texts = fact_texts(ff)
    assert ff.source.kind == "news"
    assert "发布时间" not in texts and "邮箱" not in texts and "仅保持中立" not in texts
    assert not [f for f in ff.facts if any("摄" in s for s in f.section)]


def test_the_line_naming_who_delivers_a_report_is_no_title(tmp_path, workspace):
    """汕头市潮阳区审计局's audit report to the district's standing committee (gdcy.gov.cn/cy/zdlyxxgk/czsjxxgk/sjjggg/
    content/post_2289418.html) opens 汕头市潮阳区审计局局长 郑创平 / 2023年9月28日: the speaker's line was taken for the
    report's title."""
    text = ("汕头市潮阳区审计局局长 郑创平\n2023年9月28日\n主任、各位副主任、各位委员:\n"
            "我受区人民政府的委托,向区人大常委会报告2022年度区本级预算执行和其他财政收支审计情况,请予审议。\n"
            "报告期间内共完成审计(调查)项目19个,共查出问题330项,涉及违规金额2377.2万元,提出审计建议47条。\n")
    m = distil(tmp_path, workspace, text, "speaker.txt").source
    assert m.title is None and m.date == "2023-09-28"


def test_a_title_over_the_posting_line_and_a_contact_with_a_slash(tmp_path, workspace):
    """宜良县交通运输局's reply (kmyl.gov.cn/c/2020-12-01/4744096.shtml) prints its title over the line 来源于: 宜良县人民政府
    发布时间:2020-12-01 10:23 发布人:宜良县交运局 and signs off 联系人/电话:苗强伟 /67524680: title and posting line
    were rejoined as one paragraph (the title lost for the letter's own, 第次会议, broken), and no contact was read."""
    text = ("人大建议\n\n您当前的位置:首页/ 人大建议\n\n"
            "宜良县交通运输局 关于对宜良县第十七届人民代表大会第五次会议代表第28号建议、批评和意见的答复\n\n"
            "来源于: 宜良县人民政府 发布时间:2020-12-01 10:23 发布人:宜良县交运局\n\n宜良县交通运输局\n\n"
            "关于宜良县第十七届人民代表大会第次会议代表28号建议、批评和意见的答复\n\n尊敬的李朝平代表:\n\n"
            "您提出的《关于给予金梅社区实施道路硬化资金帮扶的建议》已转交我局研究办理,现答复如下:\n\n"
            "永丰新桥至金梅社区梅家营桥靠西沿河长约2公里道路建设资金补助事项,项目申报难以批准立项建设,同时,我县近年来对农村公路"
            "建设投资较大,工程欠款已达3亿元左右,感谢您对我县交通事业的关心和支持。\n\n联系人/电话:苗强伟 /67524680\n\n"
            "宜良县交通运输局\n\n2020916\n\n\n友情链接\n")
    m = distil(tmp_path, workspace, text, "slash.txt").source
    assert m.title == "宜良县交通运输局 关于对宜良县第十七届人民代表大会第五次会议代表第28号建议、批评和意见的答复"
    assert (m.contact, m.phone) == ("苗强伟", "67524680")


def test_a_phone_under_the_sites_footer_is_the_sites(tmp_path, workspace):
    """盘山县交通运输局's reply (sydfts.com/2022_11/02_10/content-428754.html, a mirror in traditional characters) gives no
    phone of its own, and the site's footer under it (主辦單位:盤山縣人民政府 版權所有:… 網站地圖 / 網站標識碼:… / 聯系電話:
    0427-3554789) had its number taken for the reply's."""
    text = ("對縣十八屆人大一次會議第13號建議的答復\n王捍國代表:\n"
            "您提出的《關于林豐路雙臺子區新府大街至遼寧新材料產業經濟開發區路口道路建設的建議》已收悉,答復如下:\n"
            "您提出的新建設雙臺子區至盤山縣道路,涉及雙臺子區行政管轄區域和盤山縣行政管轄區域,并委托遼寧省公路勘測設計公司對路由"
            "進行了初步設計,其他後續工作待疫情緩解後進一步推進。\n盤山縣交通運輸局\n2022年5月25日\n"
            "主辦單位:盤山縣人民政府 版權所有:盤錦市人民政府辦公室 網站地圖\n聯系電話:0427-3554789\n")
    m = distil(tmp_path, workspace, text, "footer.txt").source
    assert (m.issuer, m.phone) == ("盘山县交通运输局", None)


def test_cubic_and_square_metres_in_symbols_are_units(tmp_path, workspace):
    """武定县水务局's reply (aji87.cn/info/5464/169620.htm) counts its reservoir's water in symbols, 新增供水量620.1萬m3 …
    正常庫容555.85萬m3: the figures were read as 620.1万 and 555.85万 with no unit."""
    raws = {(g.raw, g.unit) for f in distil(tmp_path, workspace, RESERVOIR.replace("設計灌溉面積1.94萬畝",
            "水庫建成后新增供水量620.1萬m3,正常庫容555.85萬m3,設計灌溉面積1.94萬畝"), "m3.txt").facts for g in f.figures}
    assert {("620.1万m3", "m3"), ("555.85万m3", "m3")} <= raws
