"""General reading rules found on held-out round 20 (two bureaus the earlier rounds did not hold — 上海市商务委员会's
reply to proposal 0010 and the news items on its work, and 滕州市住房和城乡建设局's replies 48 and 27, the latter on a mirror
in traditional characters).

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in
the test) through the public path a user's ``drafter distill`` takes (read_document → distill_document), in a
workspace of the page's own bureau where the place matters, else the demo workspace, and asserts on the facts
and metadata that come out.
"""

from __future__ import annotations

import shutil

import pytest
from helpers import REPO, distil, fact_texts

from drafter.workspace import load_workspace


@pytest.fixture
def shanghai(tmp_path):
    """A workspace of 上海市商务委员会 (its name, short name and city), the repository's templates."""
    root = tmp_path / "ws_sh"
    root.mkdir()
    (root / "drafter.yaml").write_text(
        "organisation:\n  name: 上海市商务委员会\n  short_name: 市商务委\n  jurisdiction: 上海市\n"
        "  areas: [浦东新区, 黄浦区, 徐汇区]\n", "utf-8")
    shutil.copytree(REPO / "templates", root / "templates")
    return load_workspace(root)


def test_a_units_name_holding_its_level_names_no_place(tmp_path, shanghai):
    """上海市商务委员会's reply to proposal 0010 (sww.sh.gov.cn/jyta/20200921/c2b25c93740f4dc78fc8b126308620bb.html) says
    与市文化旅游局、市绿化市容局等相关部门…: 市绿化市 was read as its place and issuer (市绿化市商务委), and every fact of
    the bureau's own reply was another place's."""
    text = ("对市政协十三届三次会议第0010号提案的答复\n\n发布日期(2020-07-11)\n\n骆山鹰委员\n\n"
            "您提出的“关于进一步改善上海夜间经济运营的建议”的提案收悉,经研究,现将办理情况答复如下:\n\n"
            "市商务委收到您的提案后高度重视,与市文化旅游局、市绿化市容局等相关部门就涉及的有关问题进行认真探讨;"
            "组织召开了促进夜间经济发展专题座谈会,了解企业需求及瓶颈问题。\n")
    ff = distil(tmp_path, shanghai, text, "lvhua.txt")
    assert (ff.source.issuer, ff.source.jurisdiction) == ("上海市商务委", "上海市")  # (the bureau's own, its city's name said)
    assert ff.facts and not any(f.external for f in ff.facts)


def test_a_news_title_on_a_market_names_no_place(tmp_path, shanghai):
    """The news item 农贸市场如何加快复市？上海市商务委解答 (starsfund.cn/jujiao/60686.html) was of the place 场如何加快复市:
    市场 is a word, and no city's name runs to six characters before its 市."""
    text = ("农贸市场如何加快复市?上海市商务委解答\n\n2022-08-14 19:55来源:东方财富\n\n"
            "上海市商务委表示,结合上海疫情防控实际,将从8月15日起严格落实疫情防控措施,大力有序推进上海农贸市场恢复营业,"
            "统筹做好疫情防控和主副食品市场供应工作。\n")
    assert distil(tmp_path, shanghai, text, "fushi.txt").source.jurisdiction == "上海市"


def test_an_announcement_is_no_result_and_a_sites_disclaimer_no_fact(tmp_path, shanghai):
    """The same news item says 上海市商务委表示，…将从8月15日起… in a paragraph that lost its full stops, with the site's
    郑重声明：此文内容为本网站转载… under it: the announcement was a result of the bureau's and the disclaimer ran into it
    (without it the paragraph was read as no prose at all)."""
    text = ("农贸市场如何加快复市?上海市商务委解答\n\n2022-08-14 19:55来源:东方财富\n\n"
            "上海市商务委表示,结合上海疫情防控实际,将从8月15日起严格落实疫情防控措施,大力有序推进上海农贸市场恢复营业,"
            "统筹做好疫情防控和主副食品市场供应工作农贸市场要在完成场地清理,环境消毒评估和安全检查的基础上,优化管理模式\n\n"
            "郑重声明:此文内容为本网站转载企业宣传资讯,目的在于传播更多信息,与本站立场无关。仅供读者参考,并请自行核实相关内容。\n")
    ff = distil(tmp_path, shanghai, text, "announced.txt")
    assert [f.kind for f in ff.facts] == ["plan"]
    assert "郑重声明" not in fact_texts(ff) and "本网站" not in fact_texts(ff)


def test_what_a_speaker_says_is_no_result(tmp_path, shanghai):
    """A news item on the city's commerce meeting (sciencechn.com/jishuyingyong/67759.html) quotes 市商务委党组书记、主任华源指出，
    上海将聚焦“消费提质”… and, further on, 华源强调，…: what a speaker says was a result of the bureau's."""
    text = ("“消费提质”做强夜经济首发经济\n\n"
            "本报讯昨日上午,市政府召开2020年全市商务工作会议(电视电话会议)。会议披露,上海市商务委将重点做好两方面工作。\n\n"
            "市商务委党组书记、主任华源指出,上海将聚焦“消费提质”,做强夜间经济、加快发展首发经济,充分释放被疫情抑制的消费潜力。\n\n"
            "华源强调,各区要切实抓好主副食品供应保障,确保市场供应稳定。\n")
    kinds = {f.text[:4]: f.kind for f in distil(tmp_path, shanghai, text, "speech.txt").facts}
    assert kinds["市商务委"] in ("plan", "context") and kinds["华源强调"] == "context"


def test_a_news_sites_app_plug_is_no_part_of_a_fact(tmp_path, shanghai):
    """A news item on a press conference (yybnet.net/news/china/202002/10239215.html) ends its paragraph on
    （本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP）, which was kept in the fact."""
    text = ("2020年2月29日下午2:00,上海举行新闻发布会,介绍上海新冠肺炎疫情防控工作情况。\n"
            "当前,上海市主副食品市场货源供应充足、品种丰富。美团、饿了么、盒马、达达等电商平台每天全市订单约100万单,"
            "每天销售猪肉约170吨、蔬菜约540吨。(本文来自澎湃新闻,更多原创资讯请下载“澎湃新闻”APP)\n")
    texts = fact_texts(distil(tmp_path, shanghai, text, "app.txt"))
    assert "蔬菜约540吨。" in texts and "澎湃" not in texts and "APP" not in texts


def test_a_mirrors_title_in_characters_the_table_lacked_is_read_in_simplified_ones(tmp_path, workspace):
    """A mirror of 滕州市住建局's reply 27 (szdaixie.com/news/id/23242.html) is in traditional characters, among them 強, 荊,
    紹, 啟 and 勝 that the table of simplified forms lacked: the suggestion's title was read as 关于进一步加強西部城区…."""
    text = ("滕州市住建局對人大十九屆一次會議第27號建議的答復\n劉某某代表:\n"
            "你們提出的《關于進一步加強西部城區基礎設施建設的建議》已收悉,現將辦理情況回復如下:\n"
            "按照市委、市政府工作安排,2022年計劃實施柳屯路、荊河西路等道路橋梁新建。\n")
    m = distil(tmp_path, workspace, text, "mirror.txt").source
    assert (m.issuer, m.deputy, m.suggestion_title) == ("滕州市住建局", "刘某某", "关于进一步加强西部城区基础设施建设的建议")


def test_a_replys_greeting_and_opening_in_a_forms_cell_are_no_fact(tmp_path, workspace):
    """滕州市住建局's reply 48 (tengzhou.gov.cn/zwgk/xxgkml/szbm/zjj/202207/t20220728_1477998.html) is printed in a handling
    form, its cell running 刘雪源等10位代表: 你们好!你们提出的《…》已收悉,…现将办理情况回复如下: 荆泉路是… into one
    paragraph: the greeting and opening were its first fact, and 10位 a figure counting 代表."""
    text = ("2022年度滕州市住建局关于人大十九届一次会议第48号代表建议的答复(关于将荆泉路南延至笃西路并提升基础设施建设的议案)\n"
            "办理 情况 |\n"
            "刘雪源等10位代表: 你们好!你们提出的《关于将荆泉路南延至笃西路并提升基础设施建设的议案》已收悉,感谢你们提出的宝贵建议,"
            "我们高度重视,立即安排专人予以落实、办理,现将办理情况回复如下: 荆泉路是东部城区的一条贯穿南北的城市次干道,"
            "当前已完成滕平路至腾飞路城区段道路的建设,道路建成后缓解了龙泉路的交通压力,带动了荆泉路沿线经济的发展,"
            "提升了东部城区的城市形象。2021年我市提出要着力在“工业强市、产业兴市”上攻坚突破,聚焦聚力要素保障,"
            "市政府与山东省土地发展集团洽谈,签订合作框架协议,计划实施城南6平方公里土地一级开发,着力拓展城市发展框架,"
            "完善园区基础设施建设。下一步,市政府及市政府相关部门与土发集团进一步推进项目建设,力争项目尽快开工建设,"
            "让城市向南部发展,让城市基础设施向周边延伸。代表们提出的荆泉路位于片区开发的范围内,下一步我们将根据整体项目的实施情况,"
            "一旦项目落地后,督导建设单位落实建设主\n")
    ff = distil(tmp_path, workspace, text, "form.txt")
    assert ff.facts[0].text.startswith("荆泉路是东部城区")
    assert "10位" not in [g.raw for f in ff.facts for g in f.figures]


# 上海市商务委员会's reply to proposal 0010 (sww.sh.gov.cn/jyta/20200921/c2b25c93740f4dc78fc8b126308620bb.html), its overview.
NIGHT = ("对市政协十三届三次会议第0010号提案的答复\n\n骆山鹰委员\n\n"
         "您提出的“关于进一步改善上海夜间经济运营的建议”的提案收悉,经研究,现将办理情况答复如下:\n\n一、办理概述\n\n"
         "在提案中指出上海夜间经济作为拉动消费、丰富民生的重要举措之一,并就当前夜间经济发展提出了3项具有针对性的建议,"
         "一是建议加强夜间经济在多样媒体渠道的投放和宣传;二是建议在运营内容上打造主题特色、形成差异化经营;"
         "三是建议在政策上予以税负减免、加强营商环境管理。\n\n"
         "您的建议对促进本市夜间经济发展提升“上海购物”品牌影响力具有积极作用。我们联合有关部门充分采纳落实您的建议。"
         "借此机会,我委向您的积极建议,以及对提案答复工作的支持表示感谢。\n")


def test_the_proposals_asks_listed_and_the_praise_of_it_are_no_work_of_the_bureau(tmp_path, shanghai):
    """The reply lists the member's asks (…一是建议…；二是建议在运营内容上…；三是建议在政策上…) and praises the
    proposal (您的建议对…具有积极作用…我委向您…表示感谢): 二是建议… and 三是建议… were done work, and so was the
    praise with its thanks."""
    facts = distil(tmp_path, shanghai, NIGHT, "0010.txt").facts
    done = [f.text for f in facts if f.kind == "done"]
    assert not any("是建议" in t or "具有积极作用" in t or "表示感谢" in t for t in done), done
    assert any(f.text.startswith("二是建议在运营内容上") and f.kind == "context" for f in facts)


def test_a_lede_opening_on_its_whole_day_dates_the_page(tmp_path, shanghai):
    """澎湃新闻's report reposted at yybnet.net/news/china/202002/10239215.html opens 2020年2月29日下午2:00,上海举行新闻发布会…
    and gives no other date (its address names the month only): it was read undated, its figures of no year."""
    text = ("https://www.yybnet.net/news/china/202002/10239215.html\n"
            "2020年2月29日下午2:00,上海举行新闻发布会,邀请市卫生健康委新闻发言人郑锦、市商务委副主任刘敏介绍上海新冠肺炎疫情防控工作情况。\n"
            "市商务委副主任刘敏介绍,零售行业,超市卖场累计开业接近100%;便利店企业开业91.4%。主副食品行业,农产品批发市场已全部恢复经营,"
            "菜市场开业率97.8%。\n")
    source = distil(tmp_path, shanghai, text, "news.txt").source
    assert source.date == "2020-02-29"
