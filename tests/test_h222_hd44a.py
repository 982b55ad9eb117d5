"""hd44a (温岭市科学技术局, a CPPCC proposal on 环九龙湖、环龙门湖科创带): an act on a place's level (撤县设市) is no place, a news
item naming its place only in titles (温岭市委书记) but by its stem and 我市 is the workspace's (F3); a change each for town and
country is labelled by its own clause (F5); the bureau's own deed told between others' is done (F4); a work report's dashed
slogan line carries the results after it (F2); a paper's page is news, its navigation and toolbar no title, a report's
sentence presenting it no fact (F6)."""

from __future__ import annotations

import docx
from helpers import distil, fact_saying, seeds_draft, unit_workspace

from drafter.distill.figures import find_figures
from drafter.read.clean import is_chrome, strip_inline_chrome
from drafter.distill.places import is_place

# hd44a's seeds/2024-09-24_岭商大会.txt, its first four paragraphs as saved.
LINGSHANG = """9月20日,我市隆重举行2024年第三届岭商大会,进一步凝聚海内外岭商智慧和力量,奋进新质生产力新赛道,加速“两城两湖”精彩蝶变, 再创民营经济新辉煌。来自全球各地800多名岭商代表齐聚家乡,共话创新,共谋未来。
台州市委常委、温岭市委书记朱建军讲话,市委副书记、市长马厉财主持,市领导朱明连、江金永、林建敏、狄德兴、梁海涛、林晓敏、顾雪荣等出席。
1994年2月18日,经国家民政部正式批准,温岭撤县设市。此后30年间,从“资源小县”到“经济大市”,从“总体温饱”到“高水平全面小康”,以岭商为代表的温岭人以敢闯、敢钻、敢拼的劲头创造了一个又一个发展传奇,推动着温岭成为坐拥3.5万余家工业企业、涵盖20多个主要门类、拥有七类国字号出口基地和11家上市企业的制造强市。县域经济竞争力连续多年稳居全国百强县前二十位。
区域竞争如逆水行舟。在撤县设市30周年重要节点,温岭如何重塑制胜未来的新动能、新格局、新优势,展望下一个30年?
"""
# hd44a's seeds/2022-11-05_科技合作攻关项目发布会.txt, its first two paragraphs.
RELEASE = """近日,温岭市科技局开展以“创新驱动·制胜未来”为主题的温岭市2022 年度科技合作暨重点攻关项目发布会,并启动“一校对一镇”协同创新活动。
活动现场,台州学院温岭研究院和温峤镇在工量刃具产业创新发展方向上达成合作,双方将合力攻破温岭工量刃具企业发展的技术难点和痛点。温岭市科技局发布了温岭首批“揭榜挂帅”重点研发项目中榜名单,包括“双自由度高效活塞泵研制”等13 个项目,并向中榜单位发放任务书。锦超特种装备与江苏大学、瑞丰五福与中国计量大学现场签订合作协议,将进一步开展校企合作和技术攻关。
"""
# hd44a's seeds/2025-02-28_温岭市政府工作报告.txt, its head and the review's first lines.
REPORT = """2025年温岭市政府工作报告

发布日期:2025-02-28 15:13:31    访问次数:    信息来源:市人民政府

2025年2月19日在温岭市第十七届

人民代表大会第五次会议上

温岭市人民政府市长  马厉财

各位代表:

现在,我代表市人民政府向大会报告政府工作,请予审议,并请市政协委员和其他列席人员提出意见。

一、2024年工作回顾

——经济运行稳中有进,综合实力迈上新台阶。地区生产总值1417.63亿元、增长6.3%;财政总收入144.89亿元、一般公共预算收入85.57亿元;城乡居民人均可支配收入分别增长5.9%和6.2%,倍差缩小到1.71。

——科技创新厚积薄发,强工兴市跑出新速度。R&D经费投入强度预计达到2.7%,规上工业企业研发经费支出占营业收入比重达到4.1%;规上工业增加值增长9.6%,其中高新技术产业增加值占比达79.1%。

——商贸消费提质扩容,内外循环拓展新格局。新产品、新业态助力打开增长新空间,市场经营主体总量突破18万户、增长6.6%,全社会消费品零售总额增长5.4%,外贸出口总额增长10.4%。
"""

# hd44a's seeds/2007-06-08_区域科技创新体系建设.txt, its head as saved from the paper's page (浙江日报, 第00020版).
PAPER = """阴影
阴影 阴影
第00020版:又好又快在浙江
3  4
PDF 版
· 平湖市
· 嘉善县
· 温岭市
· 长兴县
收藏 打印 推荐  更多功能
返回主页 | 版面导航 | 标题导航
上一期
浙江日报报业集团主办
3上一篇  下一篇4
2007年6月8日     收藏 打印 推荐 朗读 评论 更多功能
温岭市
以区域为重点强化创新体系建设


  ● 以区域科技创新服务中心为重点的创新体系建设。

  一批区域性科技研发服务中心的建成,为温岭探索出了一条由民营科研所创立区域性创新服务平台的道路。温岭先导电机技术研究所面向泵与电机产业集群的技术服务平台,被列为国家科技型中小企业技术创新基金项目,类似这样的服务平台温岭已有10家。对于这些区域科技服务中心,该市不仅在资金上予以支持,还在场地上予以解决。目前全市共有台州市级以上研发中心54家。其中省级13家,与大学、科研院所共建的有20家。

  ● 建设国家可持续发展实验区。
"""


def _wenling(tmp_path):
    return unit_workspace(tmp_path / "ws", "温岭市科学技术局", "市科学技术局", "温岭市")


def test_an_act_on_a_level_is_no_place():
    for act in ("撤县设市", "温岭撤县", "撤市设区", "撤县设区", "撤地设市", "撤县建市", "县改市", "县改区", "地改市"):
        assert not is_place(act), act
    for place in ("温岭市", "台州市", "沛县", "市中区"):
        assert is_place(place), place


def test_a_news_item_of_the_place_named_only_in_titles_is_the_places(tmp_path):
    ff = distil(tmp_path, _wenling(tmp_path), LINGSHANG, "2024-09-24_岭商大会.txt")
    assert ff.source.jurisdiction == "温岭市"
    fact = fact_saying(ff, "温岭撤县设市")
    assert fact.jurisdiction == "温岭市" and not fact.external


def test_a_town_and_country_change_is_labelled_by_its_own_clause():
    line = ("——经济运行稳中有进，综合实力迈上新台阶。地区生产总值1417.63亿元、增长6.3%；财政总收入144.89亿元、一般公共预算收入85.57亿元；"
            "城乡居民人均可支配收入分别增长5.9%和6.2%，倍差缩小到1.71。")
    counts = {f.raw: f.counts for f in find_figures(line)}
    assert counts["5.9%"] == "城镇居民人均可支配收入增长"
    assert counts["6.2%"] == "农村居民人均可支配收入增长"
    assert counts["85.57亿元"] == "一般公共预算收入"


def test_the_bureaus_own_deed_between_others_is_done(tmp_path):
    ff = distil(tmp_path, _wenling(tmp_path), RELEASE, "2022-11-05_科技合作攻关项目发布会.txt")
    deed = fact_saying(ff, "发放任务书")
    assert deed.text.startswith("温岭市科技局发布了") and deed.kind == "done"
    assert "锦超特种装备" not in deed.text and "台州学院" not in deed.text
    assert fact_saying(ff, "锦超特种装备").kind == "context"


def test_a_slogan_line_carries_its_results(tmp_path):
    ws = _wenling(tmp_path)
    with (ws.root / "drafter.yaml").open("a", encoding="utf-8") as f:
        f.write("synonyms:\n  - [科创带, 两城两湖, 科技创新]\n")
    _, out = seeds_draft(tmp_path, ws, {"2025-02-28_温岭市政府工作报告.txt": REPORT}, "202502301",
                         "关于加快环九龙湖、环龙门湖科创带建设的建议", "建议加快环九龙湖、环龙门湖科创带建设。\n",
                         "--deputy", "张某", "--proposal", "--date", "2025-06-27")
    text = "\n".join(p.text for p in docx.Document(out).paragraphs)
    assert "科技创新厚积薄发" in text
    line = next(p for p in text.splitlines() if "科技创新厚积薄发" in p)
    assert "R&D经费投入强度预计达到2.7%" in line and not line.startswith("——")


def test_a_papers_navigation_and_toolbar_are_chrome():
    assert is_chrome("3上一篇  下一篇4  ")
    assert is_chrome("收藏 打印 推荐  更多功能 ")
    assert strip_inline_chrome("2007年6月8日     收藏 打印 推荐 朗读 评论 更多功能 ") == "2007年6月8日"
    assert not is_chrome("推荐优秀科技人才参评")


def test_a_papers_page_is_news_its_title_no_navigation(tmp_path):
    ff = distil(tmp_path, _wenling(tmp_path), PAPER, "2007-06-08_区域科技创新体系建设.txt")
    assert ff.source.kind == "news"
    assert "上一篇" not in (ff.source.title or "") and "收藏" not in (ff.source.title or "")


def test_a_reports_presenting_sentence_is_no_fact(tmp_path):
    ff = distil(tmp_path, _wenling(tmp_path), REPORT, "2025-02-28_温岭市政府工作报告.txt")
    assert not any("我代表市人民政府向大会报告" in f.text for f in ff.facts)
    assert fact_saying(ff, "地区生产总值1417.63亿元")
