"""General rules found on held-out round 79 (鄂尔多斯市民政局's public pages, read by a tester as a clerk of that bureau:
the pages' opening excerpts, cut off mid-text, site footers kept).

Each test distils a few lines of a real page (its words as the page prints them, characters the page lost after a
number lost here too; the page is named in the test) through the public path a clerk takes, in a workspace of the
page's own bureau, and asserts on the facts or the draft that come out.
"""

from __future__ import annotations

from helpers import distil, page_draft, part_one, unit_workspace

ORDOS_AREAS = "东胜区, 康巴什区, 达拉特旗, 准格尔旗, 鄂托克前旗, 鄂托克旗, 杭锦旗, 乌审旗, 伊金霍洛旗"

# 鄂尔多斯市民政局's reply to 第52037号 (mzj.ordos.gov.cn, 2023-06-29), its opening as the stored page prints it (it
# breaks off after 并聘任在; the page lost the characters after some numbers: 4基层, 提高4690).
REPLY_52037 = """鄂尔多斯市民政局关于人大五届二次会议 第二次会议第52037号提案的答复

发布时间:2023-06-29 09:18:00    作者:    来源:鄂尔多斯市民政局 【字体: 打印页面 保存 分享:

    戚建平代表:

    人大代表戚建平提出的《规范社区服务事项,聚焦社区服务主责》,按照我局职能职责,现就有关问题答复如下:

    近年来,我市大力推进基层减负和社区工作者队伍建设。一是会同市发改委6部门联合印发了《改进和规范基层群众性自治组织出具证明工作的实施意见的通知》,明确了4基层群众性自治组织应出具证明事项和20不应出具证明事项;二是进一步健全规范专职社区工作者的岗位职级和薪酬待遇,全市专职社区工作者月均薪酬提高4690

    一、规范社区工作事项,减轻社区负担

    切实减轻基层负担,会同市发改委6部门联合印发了《改进和规范基层群众性自治组织出具证明工作的实施意见的通知》,推进基层自治组织逐步建立出具证明工作的规范化制度体系和长效机制,从根本上改变社区万能章社区成为证明大本营等现象。

    二、加大财政投入力度,提高薪酬待遇

    着力提高社区工作者薪酬待遇,报请市政府出台了《鄂尔多斯市社区工作者管理暂行办法》,市委组织部、市财政局、市人社局、市民政局联合印发《鄂尔多斯市专职社区工作者岗位职级和薪酬实施方案》,将1208全日制专职工作人员全部纳入三岗十八级薪酬体系,全市专职社区工作者月均薪酬达到4690元,全区最高。并且专职社区工作者取得《社会工作者职业水平证书》并聘任在
"""
# The tester's suggestion (第52149号, 刘小丽代表), its asks as the real reply's heads say them.
WORKERS = """关于加强社区工作者队伍建设的建议

领衔代表：刘小丽

建议：
一、加强社区工作者人才队伍建设，推动社区工作者队伍专业化、职业化、规范化。
二、保持社区工作者队伍稳定，完善社区工作者薪酬待遇，拓宽发展空间。
"""
WORKERS_TITLE = "关于加强社区工作者队伍建设的建议"

# A suggestion on pay (a probe of what the base says of it).
PAY = """关于健全社区工作者岗位职级和薪酬待遇的建议

建议：
一、健全规范专职社区工作者的岗位职级。
二、完善社区工作者薪酬待遇。
"""
PAY_TITLE = "关于健全社区工作者岗位职级和薪酬待遇的建议"


def _ordos(tmp_path):
    return unit_workspace(tmp_path / "ws", "鄂尔多斯市民政局", "市民政局", "鄂尔多斯市", ORDOS_AREAS)


def test_a_text_cut_off_after_a_bare_number_drops_the_clause(tmp_path):
    """52149's (二) said 全市专职社区工作者月均薪酬提高4690。, unflagged and untraced: the page broke off on the number,
    its unit lost, so the draft read a rise *by* 4690 of no unit (the page's other sentence: 达到4690元). A text cut off
    on a bare number (no unit after it, no stop) lost its figure's unit: that last clause goes, as any cut clause."""
    _, document = page_draft(tmp_path, _ordos(tmp_path), REPLY_52037, PAY, "52150", PAY_TITLE,
                             "--date", "2023-06-29", "--type", "B")
    said = "".join(part_one(document))
    assert "提高4690" not in said and "4690元" in said, said
