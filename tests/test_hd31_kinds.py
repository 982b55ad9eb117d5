"""The kind, figures and place of a statement, found on held-out round hd31a (罗平县民族宗教事务局): in a news article on a
township's 民族团结进步示范创建, the paragraph of its results was context while a slogan was a result, counts of lamps, hives and
households were no figures, and the township's work was the county's.

Each test distils the real page's words (the article as the search store gave it, cut off, its paragraphs as printed) through the
public path a user's ``drafter distill`` takes, in a workspace of the bureau.
"""

from __future__ import annotations

import docx
from click.testing import CliRunner
from helpers import distil, fact_saying, unit_workspace

from drafter.cli import cli

from drafter.model import CONTEXT, DONE

LUOPING_AREAS = "罗雄街道, 九龙街道, 阿岗镇, 富乐镇, 板桥镇, 马街镇, 老厂乡, 钟山乡, 旧屋基彝族乡, 大水井乡, 腊山街道"

# The news article on 旧屋基彝族乡's 民族团结进步示范创建 (zjw, undated; given a date as a clerk would name it), paragraphs 1, 3 and 4.
ARTICLE = """罗平县旧屋基彝族乡紧扣“中华民族一家亲,同心共筑中国梦”总目标,围绕“聚焦中华民族一家亲,绘就乡村振兴新画卷”主题,把民族团结进步示范创建与乡村振兴等工作高度融合,依托丰富的民族民俗文化资源,着力打造民族特色乡,使中华民族共同体意识在彝乡更加牢固、各民族交往交流更加融洽。
结合乡情实际,把民族团结进步示范创建工作融入脱贫攻坚、乡村振兴工作,动员广大党员干部走村入户,大力宣传党的民族宗教政策,开展进村入户宣传60余次,召开群众会56次,涉及干部群众6000余人,营造齐心协力共推民族团结进步事业发展的良好氛围。
坚定“中华民族是一个大家庭,一家人都要过上好日子”的信念,推进大补懂、小补懂、小寨等民族团结进步示范村建设;建设安木勒、地安等5个村级活动阵地及16个村民小组活动服务中心;建成大补懂、小寨、白石岩、洋洞脚等4个基层综合文化服务中心。整合资金实施9450平方米的庭院硬化工程,新装太阳能路灯252盏,实施3774米村内入户道路建设,启动安木勒片区高效节水灌溉工程和全乡光伏提升人饮工程等民生工程。
狠抓产业发展,拓展群众增收渠道。依托旧屋基乡独特的自然景观和民族文化风情,构建生态猪、黄山羊等原生态特色农产业。建设“一窝蜂”中蜂养殖基地,引导农户分散养殖1600余箱,带动全乡7个村(居)委会400余农户发展蜂产业,有效促
"""


def _article(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "罗平县民族宗教事务局", "县民宗局", "罗平县", LUOPING_AREAS)
    return distil(tmp_path, ws, ARTICLE, "2021-06-30_罗平县旧屋基彝族乡_民族团结进步示范创建.txt")


def test_results_after_the_belief_they_hold_to_are_done(tmp_path):
    """F3: the paragraph of what was built (4个基层综合文化服务中心, 9450平方米 庭院硬化), opening on the belief it holds to
    (坚定“…”的信念，推进…), was context: it goes on telling the work as the paragraph before, a result; and the next paragraph too."""
    ff = _article(tmp_path)
    assert fact_saying(ff, "9450平方米").kind == DONE
    assert fact_saying(ff, "中蜂养殖基地").kind == DONE


def test_a_slogan_of_aims_is_no_result(tmp_path):
    """F3: a one-sentence paragraph naming the aims the work is set to (紧扣…总目标，围绕…主题，…着力打造民族特色乡), no act, was done."""
    ff = _article(tmp_path)
    assert fact_saying(ff, "总目标").kind == CONTEXT


def test_lamps_hives_and_households_are_counted(tmp_path):
    """F3: 252盏 (lamps), 1600余箱 (hives) and 400余农户 (households named by their noun) were no figures."""
    ff = _article(tmp_path)
    figures = {(g.value, g.unit): g.counts for f in ff.facts for g in f.figures}
    assert "路灯" in figures[(252, "盏")]
    assert (1600, "箱") in figures
    assert figures[(400, "户")] == "农户"


def test_a_townships_work_is_the_townships(tmp_path):
    """F2: the article opens on the township after its county's name (罗平县旧屋基彝族乡紧扣…) and its later paragraphs name no
    subject of their own: every statement was 罗平县's, drafted under 我局…主要做法和成效 without the township named; they are the
    township's (one of the county's areas), never the bureau's result."""
    ff = _article(tmp_path)
    assert {f.jurisdiction for f in ff.facts} == {"旧屋基彝族乡"}
    ws = unit_workspace(tmp_path / "ws2", "罗平县民族宗教事务局", "县民宗局", "罗平县", LUOPING_AREAS)
    page = tmp_path / "2021-06-30_罗平县旧屋基彝族乡_民族团结进步示范创建.txt"
    runner, out = CliRunner(), tmp_path / "draft.docx"
    assert runner.invoke(cli, ["-w", str(ws.root), "distill", str(page)]).exit_code == 0
    result = runner.invoke(cli, ["-w", str(ws.root), "draft", "99", "关于推进民族团结进步示范村建设发展特色产业的建议",
                                 "--deputy", "张某", "--date", "2022-06-30", "-o", str(out)])
    assert result.exit_code == 0, result.output
    body = [p.text for p in docx.Document(out).paragraphs]
    assert all("旧屋基" in p for p in body if "村级活动阵地" in p or "中蜂养殖" in p)


# 罗平年鉴2018 p333 (民族宗教), its last lines as the search store gave them: a two-column page run together, cut off.
YEARBOOK_END = """               市民宗委的精心指导和县委、县政府的正确领导                            作目标管理责任制,着力解决影响团结稳定的
               下,坚持党的十九大及中央省市县民族工作会议                            消极因素,不断巩固发展平等团结互助和谐的民
               精神为指导,牢牢把握民族团结进步和宗教稳定                            族关系。始终坚持“把握政策、尊重信仰、加强
               两大主题,以建设“民族
"""


def test_the_fragment_a_cut_page_ends_on_is_no_fact(tmp_path):
    """F5: the page's last line, 两大主题，以建设“民族 (a quotation never closed, no sentence), was stored as a done fact."""
    ws = unit_workspace(tmp_path / "ws", "罗平县民族宗教事务局", "县民宗局", "罗平县", LUOPING_AREAS)
    ff = distil(tmp_path, ws, YEARBOOK_END, "2018_罗平年鉴2018_p333_民族宗教.txt")
    assert ff.facts and all(not f.text.startswith("两大主题") for f in ff.facts)
