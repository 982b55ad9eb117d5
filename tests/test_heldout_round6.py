"""General reading rules found on held-out round 6 (documents of places neither the shared corpus
nor the earlier held-out rounds hold: county bureaus' replies, district reports, essay and
document-sharing sites).

Each test reads or distils a short text written for it, in the shape such a page has, through the
public path a user's ``drafter distill`` takes (read_document → distill_document, in the demo
workspace), and asserts on the facts and metadata that come out.
"""

from __future__ import annotations

import pytest
from helpers import distil, fact_texts

from drafter.read.clean import is_chrome


@pytest.mark.parametrize("line", [
    "《某区科技局2023年工作总结.docx》由会员分享，可在线阅读，更多相关《某区科技局2023年工作总结.docx（6页珍藏版）》请在某某文库上搜索。",
    "本文档由用户上传分享，可免费在线阅读，全文共5页。",
    "以下是小编为大家收集的某县2021年科技工作总结，欢迎阅读参考。",
    "下面是小编精心整理的区科技局上半年工作总结范文，供大家参考。",
    "1. 部分包含数学公式或PPT动画的文件，查看预览时可能会显示错乱或异常，文件下载后无此问题，请放心下载。",
    "3. 下载前请仔细阅读文档内容，确认文档内容符合您的需求后进行下载。",
    "4. 下载文档时可能由于网络波动等原因无法下载或下载错误，付费完成后未能成功下载的用户请联系客服处理。",
    "亲，该文档总共10页，到这儿已超出免费预览范围，如果喜欢就下载吧！",
    "上传人：g****t 文档编号：890905 上传时间：2023-04-15 格式：DOCX 页数：10 大小：22.44KB",
])
def test_a_document_sharing_site_s_notices_are_chrome(line):
    """A document-sharing or essay site's notice of who shared the text and where to find more, and
    its download notes, are no text of the document, even as sentences."""
    assert is_chrome(line)


@pytest.mark.parametrize("line", [
    "组织专家为企业编写技术指南，供大家参考使用的资料汇编3册。",
    "建立科技成果共享平台，由会员单位分享检测设备120台套。",
    # a report's own sentences on downloads, help desks and previews (read8's finding)
    "为企业提供科技文献免费下载服务3000余次。",
    "群众可在线咨询客服，全年办理咨询1.2万件。",
    "科研仪器信息可免费预览，已上线设备860台套。",
    "企业在下载前需完成实名认证，全年认证企业2300家。",
])
def test_sentences_of_sharing_and_reference_are_text(line):
    assert not is_chrome(line)


def test_an_essay_site_s_notices_become_no_fact(tmp_path, workspace):
    page = """\
《某县科技局2022年工作总结.docx》由会员分享，可在线阅读，更多相关《某县科技局2022年工作总结.docx（5页珍藏版）》请在某某文库上搜索。
下面是小编为大家整理的2022年度县科技局工作总结，供大家参考。
某县科技局2022年工作总结
2022年，全县新认定高新技术企业25家，入库科技型中小企业118家，技术合同成交额达3.2亿元，同比增长12.5%。
"""
    ff = distil(tmp_path, workspace, page)
    text = fact_texts(ff)
    assert "高新技术企业25家" in text
    assert "由会员分享" not in text and "小编" not in text


def test_a_shared_document_s_wrapped_lines_lose_their_spaces():
    """A document-sharing site's preview joins the lines of the file with a space, so words are cut
    (创 新主体, 分 管领导): in a line of prose holding many such spaces between Chinese characters,
    they go (in its quotes too); a byline in brackets, a slogan in quotes and a title's phrases keep theirs."""
    from drafter.read.clean import normalize_text

    wrapped = ("今年以来，我局坚持以创新驱动核心 战略为引领，持之以恒抓好创新生态优化、创 新主体培育等重点任务，"
               "由市主要领导任主任、分 管领导任执行主任，上榜省“推动科技 政策落实成效明显的地区”，切实强化统筹 协调力度。")
    assert normalize_text(wrapped) == wrapped.replace(" ", "")
    for kept in ("厦门网讯（记者 王某城 通讯员 曾某明）今天，全市科技工作会议召开，会议部署了全年工作。",
                 "开展“焕新消费 焕新智造”系列活动，举办对接会12场，签约项目35个。",
                 "深化拓展科技创新引领工程 推动科技创新和产业创新深度融合，全年新增平台8家。",
                 # names or short words between the spaces of a list (read8's finding)
                 "参会人员：张三 李四 王五 赵六，会议听取了汇报，研究部署下一步工作。",
                 "记者 王某 通讯员 李某 报道，会议指出，要加快科技创新。"):
        assert normalize_text(kept) == kept


def test_a_shared_document_s_preview_chunks_join_their_sentences(tmp_path, workspace):
    """A document-sharing site previews a file in numbered chunks cut anywhere (1、…力度 / 2、，整合… /
    3、…小组): a chunk numbered next after one that stopped mid-sentence goes on in it, without its
    number; numbered items after a sentence's end or a short heading stay items."""
    page = """\
某市科技局2022年工作总结.docx
1、今年以来，我局在市委、市政府的坚强领导和上级科技部门的大力支持下，坚持以创新驱动发展战略为引领，持之以恒抓好创新生态优化、创新主体培育、创新资源集聚等重点任务，上榜省推动科技政策落实成效明显的地区，并得到省政府督查激励支持。在市委主要领导关心下，组建市科技创新委员会，由市主要领导任主任、分管领导任执行主任，切实强化统筹协调力度
2、，整合科创资源，构建横向到边、纵向到底的责任体系。印发市委科创委职责和议事规则，明确责任分工，落实例会制度，加强督导检查，定期通报提示，举全市之力推进科技创新的新格局已经形成。全年新认定高新技术企业56家，同比增长21.7%，入库科技型中小企业312家，全面启动国家创新型县（市）申报工作，组建
3、创建工作领导小组，统筹落实争创工作。
"""
    ff = distil(tmp_path, workspace, page)
    text = fact_texts(ff)
    assert "切实强化统筹协调力度，整合科创资源，构建横向到边" in text
    assert "申报工作，组建创建工作领导小组，统筹落实争创工作。" in text
    assert "2、" not in text and "3、" not in text


def test_numbered_items_stay_items(tmp_path, workspace):
    from drafter.read import read_document

    path = tmp_path / "items.txt"
    path.write_text("""\
某县科技局2023年工作要点
1、加强高新技术企业培育，全年新认定高新技术企业30家，入库科技型中小企业120家以上
2、推进科技成果转化，全年技术合同成交额达到5亿元，建设中试平台2个以上
3、强化科技人才引育
""", encoding="utf-8")
    texts = [b.text for b in read_document(path).blocks]
    assert any(t.startswith("2、推进科技成果转化") for t in texts)
    assert "3、强化科技人才引育" in texts


@pytest.mark.parametrize("line", [
    "开通科技政策网上申报通道，企业可免费咨询政策，全年受理咨询2300余次。",
    "建成科技文献共享平台，提供标准文献下载服务1.2万次。",
])
def test_sentences_of_downloads_are_text(line):
    assert not is_chrome(line)


def test_preview_chunks_join_across_the_blank_line_between_them(tmp_path):
    """The page puts a blank line between the preview's chunks: 2、 still goes on in 1、 when that
    stopped mid-sentence; a paragraph after a blank line that opens with 2、 after a finished one
    does not."""
    from drafter.read import read_document

    first = ("1、县科技局2023年工作总结及2024年工作打算 今年以来，全县科技工作紧紧围绕全县中心大局，坚持以科技创新为"
             "总抓手，认真贯彻落实创新驱动发展战略，积极构建科技创新创业生态孵化体系，深入推进产学研用协同创新，加快"
             "推动科技与经济紧密结合。目前，全县共有高新技术企业15家，全年引进先进科技成果126项，新增产学研合作企业"
             "120家，申报市级以上科技项目31项，争取资金430万元，高新技术产业")
    path = tmp_path / "preview.txt"
    path.write_text(f"{first}\n\n2、产值占规模以上工业产值比重达到23.39%，特色产业基地顺利通过复核。\n\n"
                    "3、强化科技人才引育\n\n其他事项另行通知。\n", encoding="utf-8")
    texts = [b.text for b in read_document(path).blocks]
    assert any(t.endswith("高新技术产业产值占规模以上工业产值比重达到23.39%，特色产业基地顺利通过复核。") for t in texts)
    assert "3、强化科技人才引育" in texts
