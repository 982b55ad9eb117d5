"""General reading rules found on held-out round 10 (replies and reports of units the earlier rounds did
not hold — 畜牧兽医局, 自然资源局, 民政局, 人社局, 教育局, a 镇人民政府 — from 广西, 新疆, 吉林, 甘肃, 江西,
mirrors in traditional characters and document-library pages).

Each test distils a short text in the shape such a page has (the real page's words, names kept as the
page prints them), through the public path a user's ``drafter distill`` takes (read_document →
distill_document, in the demo workspace), and asserts on the facts and metadata that come out.
"""

from __future__ import annotations

from helpers import distil, fact_texts

# A county's page in traditional characters (臺前縣, 河南): its widgets, title, addressee and signature.
TRADITIONAL_REPLY = """登錄 | 注冊   微信 簡體 繁體
無障礙閱讀 進入適老模式

臺前縣交通運輸局對縣十一屆人大一次會議第25號建議的答復

來源:縣政府辦2022-08-11
瀏覽量:6223
聶保元代表:

您提出關于“黨馬線及周圍道路改造提升”的建議收悉。現答復如下:

我局接到該議案后,高度重視,迅速召開專題會進行討論研究。目前,黨馬線周邊鄉村道路約11公里已納入全縣“十四五”農村公路建設規劃。

感謝各位代表對交通運輸工作的關心和支持。

2022年8月9日

掃一掃在手機打開當前頁"""


def test_a_page_in_traditional_characters_is_read_as_one_in_simplified(tmp_path, workspace):
    """臺前縣交通運輸局對縣十一屆人大一次會議第25號建議的答復: its unit, place, item, session and deputy (none
    was read: 號 屆 縣 are not 号 届 县), in simplified characters as a reply is written; its widgets
    (掃一掃在手機打開當前頁, 無障礙閱讀 進入適老模式) are chrome, never a fact or the title."""
    ff = distil(tmp_path, workspace, TRADITIONAL_REPLY, "trad.txt")
    m = ff.source
    assert (m.issuer, m.jurisdiction, m.suggestion_number, m.deputy) == ("台前县交通运输局", "台前县", "25", "聂保元")
    assert m.session == "县十一届人大一次会议"
    assert m.title == "台前县交通运输局对县十一届人大一次会议第25号建议的答复"
    assert "掃一掃" not in fact_texts(ff)
    fig = next(g for f in ff.facts for g in f.figures if g.raw.endswith("11公里"))
    assert next(f for f in ff.facts if fig in f.figures).jurisdiction == "台前县"


def test_a_number_and_class_in_traditional_characters_with_pinyin(tmp_path, workspace):
    """衡財(cái)建復(fù)〔2022〕8號(hào)(B類) over 羅俊代表: the number, the class and the item (第414號) are read."""
    text = ("對(duì)市十六屆人大一次會議第414號(hào)建議的答復(fù)\n衡財(cái)建復(fù)〔2022〕8號(hào)(B類)\n羅俊代表:\n"
            "您提出的《關(guān)于完善醫(yī)保基金監(jiān)管的建議》收悉,現(xiàn)答復(fù)如下:\n"
            "城鄉(xiāng)居民醫保財政補助標準逐年提高,對城鄉居民醫保的財政投入逐年加大。\n")
    m = distil(tmp_path, workspace, text, "pinyin.txt").source
    assert (m.number, m.reply_class, m.suggestion_number, m.deputy) == ("衡财建复〔2022〕8号", "B", "414", "罗俊")


def test_numbers_with_a_sub_number_or_a_letter_code_and_items_of_two_numbers(tmp_path, workspace):
    """兰政字〔2012〕30-17号 (a serial with a sub-number), （编号：B〔2017〕062号） in a title (a code of a letter,
    the page's index code and list of categories over it no title), 第162-410号提案 and …会议17号代表建议:
    each was read as no number or no item."""
    town = ("兰政字〔2012〕30-17号\n签发人：张咸良\n关于兰亭镇第十六届人民代表大会\n第一次会议17号代表建议的答复\n"
            "任木兰、徐文良等代表提出的17号代表建议：要求镇政府进一步落实生活污水排放的监管措施。\n"
            "现答复如下：全镇生活污水治理已投资400多万元实施了集镇一期生活污水处理，目前已投入运行。\n"
            "兰亭镇人民政府\n二○一二年六月十四日\n")
    m = distil(tmp_path, workspace, town, "town.txt").source
    assert (m.number, m.suggestion_number, m.date) == ("兰政字〔2012〕30-17号", "17", "2012-06-14")
    bureau = ("• 005299216/2017-00032\n• 新郑市民政局\n• 提案,建议提案,提案答复函\n• 2017-06-29\n"
              "关于对建设公益性墓地的提案答复的函(编号:B〔2017〕062号)\n\n赵舒琪、陈弘毅委员:\n\n"
              "  您提出的关于建设公益性墓地的提案收悉。现答复如下:\n\n"
              "  新郑市将公益性墓地建设列入2016年为民实事项目,启动公共墓地建设,逐步降低群众殡葬负担。\n\n"
              "新郑市民政局\n\n二〇一七年六月二十九日\n")
    m = distil(tmp_path, workspace, bureau, "bureau.txt").source
    assert (m.number, m.title) == ("B〔2017〕062号", "关于对建设公益性墓地的提案答复的函（编号：B〔2017〕062号）")
    two = ("重庆市永川区规划和自然资源局关于区政协第十六届第二次会议第162-410号提案的复函\n\n汪云鸿、石跃祥委员\n\n"
           "你们提出的《关于进一步优化耕地保护宣传工作的提案》(第162-410号)收悉。现将办理情况答复如下:\n\n"
           "根据我区2022年国土变更调查初步上报成果,全区耕地保有量81万亩。\n")
    assert distil(tmp_path, workspace, two, "two.txt").source.suggestion_number == "162-410"


# A county government's site publishing a bureau's reply: its breadcrumb printed as a numbered list, its
# 发布机构 the government, its 来源 the bureau; the addressee's names hold a middle dot.
COUNTY_SITE_REPLY = """1. 当前位置:
  2. 首页 > 政务公开 > 乌恰县人民政府 > 政协提案
  3. > 正文

关于对乌恰县政协第十七届第四次会议(经济建设类1号总第1号)提案的答复

索  引  号 K45899617/2024-02340 主题分类
发布机构 乌恰县人民政府 发布日期 2024-08-23 18:26
文        号 〔〕号 有  效  性
来        源 乌恰县畜牧兽医局

艾尔肯·依扎克、托合吐买买提·沙特瓦力地委员:

您在乌恰县政协第十七届第四次会议期间提出的经济建设类1号总第1号《关于提升托云乡饲草料地质量的提案》收悉,我局高度重视,现答复如下:

2022年为托云乡1200亩地提供燕麦种子13.2吨。

感谢对我县畜牧业工作的关注和支持。"""


def test_a_bureau_reply_on_its_governments_site(tmp_path, workspace):
    """1. 当前位置: / 2. 首页 > … / 3. > 正文 is a breadcrumb (it was taken for the body's first heading, and
    the addressee was lost in the body); the writer is the 来源 bureau the text speaks as (我局), not the
    site's 发布机构 (乌恰县人民政府)."""
    ff = distil(tmp_path, workspace, COUNTY_SITE_REPLY, "county.txt")
    m = ff.source
    assert (m.issuer, m.jurisdiction, m.date) == ("乌恰县畜牧兽医局", "乌恰县", "2024-08-23")
    assert m.deputy == "艾尔肯·依扎克、托合吐买买提·沙特瓦力地" and m.proposal
    assert "当前位置" not in fact_texts(ff) and "13.2吨" in fact_texts(ff)


def test_a_delegation_addressed_and_an_addressee_run_into_the_text(tmp_path, workspace):
    """建设、布海、岔路口代表团： is the addressee (代表团, a delegation); 杨延勇、…韩文林代表： 你们提出的… on the
    line of the text (a page that lost the line break) names the deputies too."""
    delegation = ("对市十八届人大四次会议第16号代表建议的答复\n\n建设、布海、岔路口代表团:\n\n"
                  "  您在市十八届人大四次会议上提出的关于《加强农村道路建设和养护》的建议(第16号)收悉,现答复如下:\n\n"
                  "  经过多年的建设,我市农村公路总里程达到3543公里。\n")
    assert distil(tmp_path, workspace, delegation, "team.txt").source.deputy == "建设、布海、岔路口代表团"
    inline = ("关于县人大十八届二次会议期间第11号建议的答复\n\n杨延勇、俞天德、张敏、韩文林代表: 你们提出的“关于前移市区人饮水源地"
              "便利群众出行的建议”收悉,现答复如下: 金昌市县级及以上集中式饮用水水源地共有*处(均在永昌县境内),分别为金川区地表水"
              "饮用水水源地(金川峡水库)、永昌县东大河渠首地表水饮用水水源地、永昌县备用地下水集中式饮用水水源地。 (一)积极协调"
              "解决道路封闭对群众造成的影响。****年*月中央环境保护督察组就督察发现问题对甘肃省进行了现场反馈,指出“全省有**个水源"
              "保护区内存在道路穿越问题,其中**个位于水源一级保护区,环境隐患较大”。切实做好中央环保督察反馈问题整改工作。\n")
    assert distil(tmp_path, workspace, inline, "inline.txt").source.deputy == "杨延勇、俞天德、张敏、韩文林"
