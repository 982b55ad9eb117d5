"""An earlier year's plan offered in part two, to confirm, is the bureau's own and on the ask's matter (hd23c, 郑州市
科学技术局, 第B182号建议): under 建立多元化的科技创新投入机制 the draft offered, after 下一步，我局将…, a 2023 newspaper's
下一步，我市将继续加大高新技术企业培育力度… as last year's plan — a news item's sentence, the city's will, and on
高企培育, sharing with the ask only the bureau's field (创新)."""

from __future__ import annotations

from helpers import unit_workspace

import docx

# The 郑州晚报 page of 2023-01-05 (河南热线), as found: its lede, what the bureau did and its closing 下一步.
NEWS = """当前位置:河南热线 > 地市 > 郑州 > 正文
焦点日报:郑州市高新技术企业将突破5200家,同比增长25%
2023-01-05 17:07:07 来源: 郑州晚报 郑州客户端官方网站

1月5日,记者从市科技局获悉,预计2022年全市新增高企1100家左右,全市高企将突破5200家,同比增长25%,全省占比48%。

据介绍,2022年以来,市科技局按照市委市政府决策部署,加快实施创新驱动发展、科教兴市、人才强市战略。在高新技术企业培育方面,通过构建高企培育载体、提升企业创新能力、优化申报认定程序、壮大高企后备库、提高服务水平,全市高企培育工作取得了显著成效。

下一步,我市将继续加大高新技术企业培育力度,创新工作方法,强化科技服务,优化创新环境,提升企业创新能力,强化组织领导,不断发展壮大我市创新主体,建立一批高成长性企业集群,为建设国家创新高地贡献力量。
"""
PLAN = "加大高新技术企业培育力度"
TITLE = "关于进一步提升科技成果转化水平的建议"
# The held-out suggestion's asks (第B(2024)182号, 刘赛赛).
INPUT = f"""{TITLE}

领衔代表：刘赛赛

当前我市科技成果转化仍存在投入渠道单一、转化激励不足、成果评价机制不健全等问题。为此建议：

一、建立多元化的科技创新投入机制，发挥政府产业基金作用，撬动社会资本投早、投小、投硬科技，支持种子期、初创期科技型企业成长。

二、落实科技成果转化激励政策，加强科技成果在线登记，对科研人员职务科技成果转化给予现金奖励。

三、探索建立权威有效的项目成果评价机制，打造优秀项目成果招引平台。
"""


def _draft(tmp_path, page: str, suggestion: str, name: str = "2023-01-05_郑州晚报.txt") -> str:
    title = suggestion.splitlines()[0]
    from click.testing import CliRunner

    from drafter.cli import cli

    ws = unit_workspace(tmp_path / "ws", "郑州市科学技术局", "市科技局", "郑州市", "金水区, 二七区", work="我市科技创新工作")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / name).write_text(page, "utf-8")
    (tmp_path / "in.txt").write_text(suggestion, "utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["-w", str(ws.root), "distill", str(seeds)]).exit_code == 0
    out = tmp_path / "B182.docx"
    result = runner.invoke(cli, ["-w", str(ws.root), "draft", "B182", title, "--deputy", "刘赛赛", "--type", "B",
                                 "--date", "2024-05-24", "--text", str(tmp_path / "in.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return "\n".join(p.text for p in docx.Document(out).paragraphs)


def test_a_plan_sharing_only_the_field_with_the_ask_is_not_offered_under_it(tmp_path):
    text = _draft(tmp_path, NEWS, INPUT)
    plans = text.split("下一步工作计划")[-1]
    assert "建立多元化的科技创新投入机制。" in plans, text
    assert PLAN not in text and "【待核实" not in plans, text


ON_MATTER = """关于加快高新技术企业培育的建议

领衔代表：刘赛赛

为此建议：

一、加大高新技术企业培育力度，壮大高企后备库，提升企业创新能力。
"""
# The bureau's own 2023 reply (第20230539号提案答复, as found), its one paragraph of work, and the newspaper's 下一步
# said in it: the bureau's reply, the city's will.
REPLY = """关于市政协第十五届一次会议第20230539号提案的答复

尊敬的郝伟委员:

您提出的关于“关于立即制订《郑州市科技创新条例》的提案”的提案收悉。结合我局工作实际,现答复如下:

近年来,我局高度重视立法工作,系统梳理国内主要城市科技创新立法情况,加强立法研究论证,对《郑州市科技创新条例》立法的必要性和拟解决的问题进行深入研究。

下一步,我市将继续加大高新技术企业培育力度,创新工作方法,强化科技服务,优化创新环境,提升企业创新能力,强化组织领导,不断发展壮大我市创新主体,建立一批高成长性企业集群,为建设国家创新高地贡献力量。

最后,感谢您对我市科技创新工作的大力支持。

2023-08-07
"""


def test_a_newspapers_plan_on_the_ask_is_not_offered_as_the_bureaus_earlier_plan(tmp_path):
    text = _draft(tmp_path, NEWS, ON_MATTER)
    assert "加快高新技术企业培育。" in text.split("下一步工作计划")[-1], text
    assert "创新工作方法" not in text and "【待核实：2023年计划" not in text, text


def test_the_citys_will_in_the_bureaus_reply_is_not_its_earlier_plan(tmp_path):
    text = _draft(tmp_path, REPLY, ON_MATTER, name="2023-08-07_郑州市科技局_第20230539号提案答复.txt")
    assert "创新工作方法" not in text and "【待核实：2023年计划" not in text, text
