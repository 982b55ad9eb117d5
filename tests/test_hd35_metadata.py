"""Held-out round hd35 (宝鸡市生态环境局, 安康市文化和旅游广电局, 陕西): a page's metadata read over its letter — the site's
field naming the bureau's former name over the letterhead, a breadcrumb's steps taken as the title.

Each test distils a few real lines of the pages the testers saved (as the pages print them) in a workspace of the bureau,
through the path ``drafter distill`` takes.
"""

from __future__ import annotations

from helpers import ANKANG_39_HEAD, distil, distil_cli, unit_workspace

BAOJI_AREAS = "渭滨区, 金台区, 陈仓区, 凤翔区, 岐山县, 扶风县, 眉县, 陇县, 千阳县, 麟游县, 凤县, 太白县"

# 对市政协十二届三次会议第225号提案的答复函 (2019): the site's fields name the bureau's name before the 2019 reform, the
# letterhead its present one.
BAOJI_225 = """索引号: 010805312/2019-00088 | 发布机构: 宝鸡市环境保护局 |
生成日期: 2019-05-09 | 公开方式: 主动公开 |
公开范围: 面向全社会 |
类 别:B
宝鸡市生态环境局 签发人:赵永怀
宝市环函〔2019〕193号
对市政协十二届三次会议第225号提案的答复函
赵军虎委员:
您提出的《关于加强农村生活污水处理的提案》(第225号)收悉。现答复如下:
近年来,市委、市政府高度重视农村环境保护工作,特别是在全市开展农村环境综合整治活动,促进了农村人居环境的显著改善。在整治过程中,我局积极争取中省农村环境综合整治项目资金,重点实施生活垃圾、生活污水、非规模养殖污染和饮用水水源地保护等建设项目,提升了村庄整治工作成效。
"""

# 宝鸡市召开环境质量状况新闻发布会 (2024-06-06): the breadcrumb's steps after 首页 on a line of their own.
BAOJI_PRESS = """当前位置:
首页
>资讯>新闻

宝鸡市召开环境质量状况新闻发布会

来源:宝鸡市生态环境局 发布时间:2024-06-06 08:56 浏览次数:
6月5日,市生态环境局召开2023年宝鸡市环境质量状况新闻发布会。2023年,全市优良天数274天,优良达标率75.1%。
"""


def _baoji(tmp_path):
    return unit_workspace(tmp_path / "ws", "宝鸡市生态环境局", "市生态环境局", "宝鸡市", BAOJI_AREAS, "我市生态环境保护工作")


def test_the_letterhead_names_the_issuer_over_the_sites_field(tmp_path):
    """The letterhead's unit and its signatory (宝鸡市生态环境局 签发人:赵永怀) name who wrote the reply, not the site's
    发布机构 still carrying the bureau's former name: the reply is the bureau's own, no reminder calls it another unit's."""
    ws = _baoji(tmp_path)
    ff = distil(tmp_path, ws, BAOJI_225, "宝鸡市生态环境局_对市政协十二届三次会议第225号提案的答复函_2019.txt")
    assert ff.source.issuer == "宝鸡市生态环境局"
    page = tmp_path / "seeds" / "2019-05-09_第225号提案答复函.txt"
    page.parent.mkdir()
    page.write_text(BAOJI_225, "utf-8")
    assert "宝鸡市环境保护局" not in distil_cli(ws, page)


def test_a_breadcrumbs_steps_are_no_title(tmp_path):
    """The steps of a breadcrumb on a line of their own (>资讯>新闻 after 当前位置 / 首页) are no title: the headline is."""
    ff = distil(tmp_path, _baoji(tmp_path), BAOJI_PRESS, "宝鸡市召开环境质量状况新闻发布会_2024-06-06.txt")
    assert ff.source.title == "宝鸡市召开环境质量状况新闻发布会"


ANKANG_AREAS = "汉滨区, 汉阴县, 石泉县, 宁陕县, 紫阳县, 岚皋县, 平利县, 镇坪县, 旬阳市, 白河县"

# 2021年公共文化设施建设和效能情况 (安康市人民政府's site, 2021-12-08): its 来源 the site's credit to itself.
ANKANG_2021 = """https://www.ankang.gov.cn/Content-2338650.html
您当前的位置:安康市人民政府>政府信息公开 > 正文内容

2021年公共文化设施建设和效能情况

索引号 719776475-GK-2021-0168 发布日期 2021-12-08 10:06
来源 本站原创
内容概述 2021年公共文化设施建设和效能情况

  一、公共文化服务创建工作卓有成效。国家公共文化服务体系示范区获得文旅部、财政部命名,为全国公共文化服务体系建设贡献了“安康经验”;创建省级“民间文化艺术之乡”4个(紫阳县、汉阴县、汉阴县涧池镇、旬阳市构元镇)。
"""


def _ankang(tmp_path):
    return unit_workspace(tmp_path / "ws", "安康市文化和旅游广电局", "市文化和旅游广电局", "安康市", ANKANG_AREAS,
                          "我市文化和旅游工作")


def test_a_sites_credit_to_itself_is_no_issuer(tmp_path):
    """来源 本站原创 is the site's word for a page it wrote, no unit: never the source's issuer."""
    ff = distil(tmp_path, _ankang(tmp_path), ANKANG_2021, "ankang_2021_公共文化设施建设和效能情况.txt")
    assert "本站" not in (ff.source.issuer or "")


# The page of the bureau's 2013 replies to 提案 (政协安康市委员会's site): the rule it publishes them under, its first reply
# to two members, the next one cut after its addressee and the first words of its opening.
ANKANG_2013 = """https://zx.ankang.gov.cn/Content-2422938.html
按照《政协安康市委员会提案公开办理办法(试行)》的规定,市政协提案委员会将市文广局承办的第060、066、083、107、123、140、280、294、300、340号提案,予以网上公布。
市文广局
对市政协三届三次会议第060号提案的复函
安文广函〔2013〕59号
吴双有委员、熊裕民委员:
您提出的关于加强公共文化体育设施建设力度的建议提案收悉,现就公共文化设施建设有关问题答复如下:
从软件上看,全市已选派了六十余名乡镇文化站站长参加全省乡镇文化站站长培训班,并将继续选派人员参加培训,力争每个乡镇文化站站长都能接受系统的业务培训。同时,市县群艺馆、文化馆也开展了多种乡镇、社区文化专干培训活动,有力地缓解了基层文化队伍人员不足,业务不专的困难。
在此,对您提出的意见表示感谢,并请您继续关注我们的工作,多提宝贵意见和建议,共同推进我市文化工作。
市文广局
对市政协三届三次会议第066号提案的复函
安文广函〔2013〕54号
王小群委员:
您提出的《关于加强对我市秦岭古道、巴山盐道抢救
"""


def _ankang_2013(tmp_path):
    return distil(tmp_path, _ankang(tmp_path), ANKANG_2013, "ankang_2013_市文广局政协提案复函.txt")


def test_a_rule_the_page_cites_is_no_proposals_title(tmp_path):
    """The rule a page publishes its replies under (《…提案公开办理办法(试行)》) is no proposal's title: the one the reply
    names is."""
    assert _ankang_2013(tmp_path).source.suggestion_title == "关于加强公共文化体育设施建设力度的建议提案"


def test_members_each_addressed_with_their_title(tmp_path):
    """Two members each addressed with their title (吴双有委员、熊裕民委员) are 吴双有、熊裕民."""
    assert _ankang_2013(tmp_path).source.deputy == "吴双有、熊裕民"


def test_an_opening_cut_before_its_receipt_is_no_fact(tmp_path):
    """The next reply's opening cut before its 收悉 (您提出的《关于加强对我市秦岭古道…) restates its item, no fact; the
    reply's work before it stays."""
    ff = _ankang_2013(tmp_path)
    assert [f.text for f in ff.facts if "秦岭古道" in f.text] == []
    assert any("乡镇文化站站长培训班" in f.text for f in ff.facts)


# 安康市文化和旅游广电局关于市政协五届二次会议第39号提案的复函 (2023): the page's table of fields, a rule between each
# field and its value.
ANKANG_39 = ANKANG_39_HEAD + """近年来,市、区文旅部门高度重视东关历史文化街区保护利用工作。据统计,共有不可移动文物9处。
"""


def test_a_number_in_a_tables_cell(tmp_path):
    """文号 | 安文旅广函〔2023〕116 号 in a table of fields is the reply's number."""
    ff = distil(tmp_path, _ankang(tmp_path), ANKANG_39, "ankang_2023_政协五届二次39号提案复函.txt")
    assert ff.source.number == "安文旅广函〔2023〕116号"
