"""Held-out round hd22a (武汉市人力资源和社会保障局): the base's main fact on graduate employment was left out of a draft on it.

Each test distils an excerpt of the tester's real seed (its lines as the page prints them) in a workspace of the bureau.
"""

from __future__ import annotations

import docx
from click.testing import CliRunner
from helpers import part_one, unit_workspace

from drafter.cli import cli

# seed3_武汉市人社局_吴彩荣委员提案答复_2024-07-12.txt: the reply, its site's footer left out.
REPLY_2024 = """吴彩荣委员:
您提出的关于《关于推动大学生就业与乡村振兴相互促进的建议》的提案已收悉,现答复如下:
一是近年来,市人社局深入推进“才聚荆楚”工程,主动围绕城镇和产业“双集中”发展,通过实施“才聚荆楚·百县进百校”就业促进专项行动,重点服务高校毕业生、往届离校未就业高校毕业生和各市州县有招聘需求的各类用人单位,实现地方揽才与高校毕业生就业有效衔接,吸引更多高校毕业生留鄂来鄂就业创业。
二是2022年以来,市人社局对在养老、家政服务和现代农业“三大行业”创业并依法登记注册并取得工商营业执照的企业,给予连续2年,总额不超过8万元的创业补贴。通过专项补贴的方式,鼓励高校毕业生到“三大行业”创业,促进重点行业创新创业发展,鼓励高校毕业生返乡创业。
下一步,市人社局将持续深入推进“才聚荆楚”工程,重点服务2024届高校毕业生、往届离校未就业高校毕业生和各市州县有招聘需求的各类用人单位,实现地方揽才与高校毕业生就业有效衔接;继续开展2024年“三大行业”创业补贴工作,为大学生到农村就业创业搭建舞台,通过政策资金的支持助力大学生“三大行业”创业企业的发展。
武汉市人力资源和社会保障局
2024年7月12日
"""
# seed1_武汉市人社局_20190244号提案答复_2019-08-28.txt: the page as stored (cut off), its menu left out.
SEED1 = """关于市政协十三届三次会议第20190244号提案的答复

来源: 发布时间:2019年08月28日 17:08


一、关于实施职业教育培训计划,提高劳动者整体素质的工作情况

(一)加强顶层设计,不断完善职业培训政策制度体系。

多年以来,市委市政府高度重视技能人才队伍建设,先后印发了《关于切实做好高技能人才工作的实施意见》《市人民政府办公厅关于实施紧缺技能人才振兴计划的意见》《武汉市中长期人才发展规划(2010-2020)》等一系列政策性文件。市人社局也先后制定了《武汉市职业培训管理暂行办法》《武汉市高技能人才培训基地建设项目管理暂行办法》《武汉市技能大师工作室管理暂行办法》《武汉市职业技能实训基地建设和管理办法》《关于贯彻〈市人民政府关于加强职业培训促进就业的意见〉的实施意见》《武汉市农民工职业技能提升计划-“春潮行动”实施方案》等一系列配套文件,较好完善了我市以就业技能培训、岗位技能提升培训和创业培训为主要内容的职业培训政策制度体系,强化了政府对技能人才培养的主导作用,贯通了初、中、高级工以及技师、高级技师培养通道,确保向全市技能劳动者提供更高质量的职业技能培训。

(二)坚持高端引领,积极构建多层次激励机制。市人社局以“武汉市首席技师”、“武汉市技能大师”、“武汉市技术能手”等评选活动为平台,建立了完善、规范、科学的社会化激励机制。出台了《关于大力开展职业技能竞赛活动的意见》,对全市各级各类竞赛活动的统筹规划、组织办法、分级分类、时间规模及结果运用等提出了实施意见,推进全市
"""
# seed2_武汉市人社局_20210501号提案答复_2021-06-30.txt: the page as stored (cut off in its fourth item), its menu left out.
REPLY_2021 = """对市政协十三届五次会议第20210501号提案的答复

来源: 发布时间:2021年06月30日 19:06


我市深入贯彻落实习近平总书记关于统筹推进疫情防控和经济社会发展的重要讲话精神,进一步做好六稳工作、落实六保任务系列工作决策和部署,深入推进学子留汉工程,通过强化政策支持、强化资金支持的措施,促进大学生来汉留汉创新创业。

一是出台专项帮扶政策。先后出台《市人民政府办公厅关于应对新冠肺炎疫情影响做好高校毕业生留汉就业创业工作的通知》等促进高校毕业生留汉就业创业的专项文件,配套出台14项实施细则和操作办法,形成较为完备的促进高校毕业生就业创业政策体系,全年直接用于高校毕业生就业创业的就业资金支出达5亿余元。系统集成各项扶持政策,推出更积极、更有效的政策举措。

二是拓宽就业渠道。打造高校毕业生留汉就业创业六个一批渠道,即政府供岗招录招聘一批、企业扩岗吸纳一批、基层岗位拓展一批、鼓励创业带动一批、就业见习预留一批、重点帮扶一批,有效增加了高校毕业生就业岗位。

三是强化岗位供需对接。大规模开展网络云招聘活动,率先在全国组织开展高校毕业生线下招聘会。圆满完成“2021届全国普通高校毕业生就业创业促进行动(湖北·武汉)对接大会及系列校企、校地对接活动,进一步扩大了武汉城市影响力。深入开展系列招聘活动,截至目前共举办各类线下线上招聘活动78场(次),帮助高校毕业生实现就业或签约8万余名。

四是优化就业创业服务。出台《关于做好武汉地区高校应届未就业毕业生就业服务工作的通知》。发布《武汉高校毕业生就业创业服务指南》
"""
# The tester's probe (probe_grad.txt): a suggestion on graduates' employment, every ask on 高校毕业生.
TITLE = "关于进一步促进高校毕业生留汉就业创业的建议"
ASKS = f"""{TITLE}
一、加大高校毕业生就业创业资金支持力度。
二、扩大就业见习岗位，拓宽高校毕业生就业渠道。
三、鼓励高校毕业生到农村和养老、家政等行业创业。
"""


# The held-out proposal (市民盟), its asks as the tester wrote them from the real reply: all on 就业, the bureau's field.
HELD_OUT = """关于强化就业优先导向，促进高质量充分就业的建议

一、激发经济发展动能，增强就业岗位供给能力。发挥光电子信息、高端装备、生命健康等优势产业的高质量就业引领功能，推动产业升级与就业扩容协同发力。
二、释放服务业促就业提质扩容潜能，加快发展生产性服务业和现代服务业，扩充就业“蓄水池”。
三、强化民营经济就业增长主引擎功能，支持民营企业稳岗扩岗。
"""


def _first_of_part_one(tmp_path, text: str) -> str:
    """Part one's first paragraph of a draft of ``text`` (its first line the title) from a base of the tester's three replies."""
    ws = unit_workspace(tmp_path / "ws", "武汉市人力资源和社会保障局", "市人社局", "武汉市", "江岸区, 江汉区, 武昌区")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "seed1_武汉市人社局_20190244号提案答复_2019-08-28.txt").write_text(SEED1, "utf-8")
    (seeds / "seed2_武汉市人社局_20210501号提案答复_2021-06-30.txt").write_text(REPLY_2021, "utf-8")
    (seeds / "seed3_武汉市人社局_吴彩荣委员提案答复_2024-07-12.txt").write_text(REPLY_2024, "utf-8")
    (tmp_path / "asks.txt").write_text(text, "utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["-w", str(ws.root), "distill", str(seeds)]).exit_code == 0
    out = tmp_path / "draft.docx"
    result = runner.invoke(cli, ["-w", str(ws.root), "draft", "20250002", text.splitlines()[0], "--deputy", "张某",
                                 "--date", "2025-08-29", "--text", str(tmp_path / "asks.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return part_one(docx.Document(out))[0]


def test_a_past_overview_of_the_matter_every_ask_shares_opens_part_one(tmp_path):
    """近年来，市人社局深入推进“才聚荆楚”工程…高校毕业生… says the matter of all three asks and none's own words: no ask
    took it, and part one opened on the template's framing. It now opens part one, as the bureau's own overview."""
    first = _first_of_part_one(tmp_path, ASKS)
    assert first.startswith("近年来，我局深入推进“才聚荆楚”工程") and "才聚荆楚·百县进百校" in first, first


def test_the_field_every_ask_shares_is_no_overviews_matter(tmp_path):
    """The held-out proposal's three asks share only 就业, the bureau's field, and its title's matter (就业优先导向) is not
    graduates': the 才聚荆楚 paragraph does not open its part one."""
    assert "才聚荆楚" not in _first_of_part_one(tmp_path, HELD_OUT)
