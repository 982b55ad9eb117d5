"""hd19: the letter's frame as the bureau writes it, and the base's sources (天水市文化和旅游局, hd19b; 沈阳市农业农村局,
hd19a), on real lines of their pages."""

from __future__ import annotations

import shutil

import docx
from click.testing import CliRunner
from helpers import REPO, new_workspace

from drafter.cli import cli
from drafter.distill.structure import address_said
from drafter.facts.index import FactIndex
from drafter.workspace import find_workspace

TIANSHUI_YAML = """organisation:
  name: 天水市文化和旅游局
  short_name: 市文旅局
  work: 我市文化旅游工作
  jurisdiction: 天水市
  areas: [秦州区, 麦积区, 清水县]
signatory: 某某某
contact: 某某
phone: 0938-0000000
"""
# 天水市文化和旅游局's reply to 市政协七届四次会议第109号提案, its head as the page prints it: 你们 in its courtesy alone.
TIANSHUI_109 = """天水市文化和旅游局关于市政协七届四次会议第109号提案的答复

发布日期: 2020-10-20 信息来源: 市文化旅游局 浏览次数:

天水市文化和旅游局

关于市政协七届四次会议第109号提案的答复

     天文旅函字〔2019〕54号

王正威、杜未委员:

你们好!首先,感谢你们对天水市文化旅游事业的关心。你们提出的“关于南郭寺景区再建设的提案”收悉,现答复如下:

南郭寺属秦州八景之一,历史悠久,为“陇右第一名刹”,现为国家4A级旅游景区。
"""
SHENYANG_YAML = """organisation:
  name: 沈阳市农业农村局
  short_name: 市农业农村局
  work: 我市农业农村工作
  jurisdiction: 沈阳市
  areas: [和平区, 沈河区, 康平县]
signatory: 某某某
contact: 某某
phone: 024-00000000
"""
# 沈阳市农业农村局's reply to 民革沈阳市委员会 (2024-11-22), as the page's excerpt opens: cut before its unit and date.
SHENYANG_MINGE = """民革沈阳市委员会:
贵单位提出的关于聚焦重点突出特色,加快推进我市农业农村现代化的提案收悉,现答复如下:
近年来,我市高度重视农业农村现代化工作,以发展现代化大农业为主攻方向,推进农业生产规模化、科学化、智慧化、社会化、绿色化、品牌化发展,逐步实现供给保障有力、科技装备先进、产业体系完善、综合效益明显的现代化大农业发展新格局。
"""

# 沈阳市农业农村局's reply to a provincial deputy (2024-06-12), its head: signed by the bureau, 您 to one deputy.
SHENYANG_1421516 = """省十四届人大二次会议《关于立足沈阳现代化都市圈发展都市农业的建议》(第1421516号)的答复
时间:2024年06月12日来源:市农业农村局
[字体: ] 打印
市农业农村局 2024年06月12日

丁杰代表:

  您提出的关于立足沈阳现代化都市圈发展都市农业的建议收悉,现答复如下:

  一、加强规划设计

  充分发挥城市组团的集聚辐射、产业协同和同城化效应,推进都市圈各领域协同发展,编制了21个专项规划,其中《关于印发沈阳现代化都市圈农业发展专项规划》已印发。
"""


def _workspace(tmp_path, config: str, pages: dict[str, str]):
    root = tmp_path / "ws"
    shutil.copytree(REPO / "templates", root / "templates")
    (root / "drafter.yaml").write_text(config, "utf-8")
    (root / "seeds").mkdir()
    for name, text in pages.items():
        (root / "seeds" / name).write_text(text, "utf-8")
    result = CliRunner().invoke(cli, ["-w", str(root), "distill", str(root / "seeds")])
    assert result.exit_code == 0, result.output
    return root


def _opening(root, number: str, title: str, *options: str) -> str:
    out = root / "drafts" / f"{number}.docx"
    result = CliRunner().invoke(cli, ["-w", str(root), "draft", number, title, "--date", "2025-07-15", "--type", "B",
                                      "-o", str(out), *options])
    assert result.exit_code == 0, result.output
    return "".join(p.text for p in docx.Document(out).paragraphs)


def test_several_proposers_are_addressed_with_the_word_of_the_bureaus_courtesy(tmp_path):
    """天水's replies say 你们 only in their courtesy (你们好!…感谢你们…你们提出的…收悉), which no fact keeps: the draft to
    李云霞、马瑞珍 said 您们 four times (hd19b 5). distill learns the reply's word from its whole text."""
    root = _workspace(tmp_path, TIANSHUI_YAML, {"2020-10-20_109.txt": TIANSHUI_109})
    index = FactIndex.load(find_workspace(root))
    assert not any("你们" in f.text for f in index.facts.values())
    assert [s.address for s in index.sources.values()] == ["你们"]
    said = _opening(root, "108", "关于提升公共文化服务水平的建议", "--deputy", "李云霞、马瑞珍",
                    "--session", "市八届人大五次会议")
    assert "你们提出的《关于提升公共文化服务水平的建议》" in said and "感谢你们" in said, said
    assert "您们" not in said
    # (but not one proposer: 你们 to several tells nothing of the word for one, 您 having no written plural, hd27b)
    assert "您提出的《关于提升公共文化服务水平的建议》" in _opening(root, "109", "关于提升公共文化服务水平的建议",
                                                          "--deputy", "李云霞", "--session", "市八届人大五次会议")


def test_a_collective_is_addressed_with_the_bureaus_word_for_one(tmp_path):
    """沈阳市农业农村局 wrote 贵单位 to 民革沈阳市委员会 (its page cut before its unit), and so did its real reply to 九三学社
    沈阳市委员会; the draft said 贵会, a 委员会's word by its name (hd19a 11)."""
    root = _workspace(tmp_path, SHENYANG_YAML, {"2024-11-22_民革.txt": SHENYANG_MINGE})
    said = _opening(root, "126", "关于推动沈阳市农村集体经济高质量发展的提案", "--proposal", "--deputy", "九三学社沈阳市委员会",
                    "--session", "市政协十六届四次会议")
    assert "贵单位提出的《关于推动沈阳市农村集体经济高质量发展的提案》" in said and "感谢贵单位" in said, said
    assert "贵会" not in said
    # (nor when its own signed reply to one deputy says 您: that tells no word for a collective)
    root = _workspace(tmp_path / "a", SHENYANG_YAML, {"2024-11-22_民革.txt": SHENYANG_MINGE, "2024-06-12_1421516.txt": SHENYANG_1421516})
    assert sorted(s.address for s in FactIndex.load(find_workspace(root)).sources.values()) == ["您", "贵单位"]
    said = _opening(root, "126", "关于推动沈阳市农村集体经济高质量发展的提案", "--proposal", "--deputy", "九三学社沈阳市委员会",
                    "--session", "市政协十六届四次会议")
    assert "贵单位提出的" in said and "贵会" not in said, said
    # (a bureau whose replies tell no word for a collective: as the name says)
    root = _workspace(tmp_path / "b", SHENYANG_YAML, {"2020-10-20_109.txt": TIANSHUI_109})
    assert "贵会提出的" in _opening(root, "126", "关于推动沈阳市农村集体经济高质量发展的提案", "--proposal",
                                "--deputy", "九三学社沈阳市委员会", "--session", "市政协十六届四次会议")


def test_a_replys_word_for_its_reader_is_the_one_it_says_most():
    assert address_said(["王正威、杜未委员:", "你们好!首先,感谢你们对天水市文化旅游事业的关心。", "感谢您的支持"]) == "你们"
    assert address_said(["于凤梅委员:", "您提出的《关于…的提案》收悉。"]) == "您"
    assert address_said(["迷你剧场3个", "你提出的“关于…的建议”已交我局研究办理"]) == "你"
    assert address_said(["一是科技水平不断提升。"]) is None


# 天水市文化和旅游局's reply to 市政协七届五次会议第131号提案, as the page's excerpt holds it: no date anywhere.
TIANSHUI_131 = """天水市文化和旅游局关于市政协七届五次会议第131号提案的答复
吕晓莉、刘虹、焦继军、王晓梅、陈永强、张文静、李靖、党坚强委员:
你们好!你们提出的《关于把“相聚天水”合唱艺术节打造成为全国知名文化品牌的建议》已收悉,经我局认真办理,现答复如下:
合唱艺术作为公益文化活动的一个门类,开展活动需大量资金投入,将“相约天水”合唱艺术节打造成为全国知名文化品牌,是一个长期坚持的过程。已举办的四届“相聚天水”合唱艺术节,我们都非常重视,均给予业务指导,并向财政部门申请资金,尽最大努力给予支持,在各部门和社会各界的共同努力下,四届“相聚天水”合唱艺术节均成功举办,推动着我市合唱艺术事业发展,对促进天水乃至甘肃与全国各地文化交流,打造具有鲜明地域特色的文化旅游新品牌,弘扬高雅艺术,提升天水文化城市品位、扩大天水知名度起到了助推作用。
"""


def test_a_seed_renamed_by_its_date_replaces_its_undated_source(tmp_path):
    """distill asked to name an undated seed by its date; after the rename the base held both 2021-proposal-131 and
    undated-proposal-131 (no file), the new facts repeating the old, and the old could not be withdrawn (hd19b 7). The
    same text under its new name takes over the old source's fact file, the clerk's review in it kept, and says so."""
    root = _workspace(tmp_path, TIANSHUI_YAML, {"131号提案的答复.txt": TIANSHUI_131})
    old = root / "facts" / "undated-proposal-131.yaml"
    text = old.read_text("utf-8")
    assert "reviewed: false" in text
    old.write_text(text.replace("reviewed: false", "reviewed: true", 1), "utf-8")  # the clerk reviewed a fact
    (root / "seeds" / "131号提案的答复.txt").rename(root / "seeds" / "2021-08-20_131号提案的答复.txt")
    result = CliRunner().invoke(cli, ["-w", str(root), "distill", str(root / "seeds")])
    assert result.exit_code == 0, result.output
    said = result.output.replace("\n", "").replace(" ", "")
    assert "与原来源（seeds/131号提案的答复.txt，该文件已不存在）的undated-proposal-131是同一份文件，现记为2021-proposal-131" in said
    assert "人工修改保留" in said, said
    assert sorted(p.name for p in (root / "facts").glob("*.yaml")) == ["2021-proposal-131.yaml"]
    index = FactIndex.load(find_workspace(root))
    assert list(index.sources) == ["2021-proposal-131"] and index.sources["2021-proposal-131"].date == "2021-08-20"
    facts = list(index.facts.values())
    assert [f.reviewed for f in facts] == [True] and facts[0].id.startswith("f-2021-proposal-131-"), facts
    assert not facts[0].repeats
    assert [p.name[-21:] for p in (root / "withdrawn").iterdir()] == ["-undated-proposal-131"]
    result = CliRunner().invoke(cli, ["-w", str(root), "distill", str(root / "seeds")])  # (and again: nothing to follow)
    assert result.exit_code == 0 and "同一份文件" not in result.output, result.output


# 网易's report on 天水's first half of 2024 (2024-07-04), its first lines as the page prints them: a call to open the app
# under each picture.
NETEASE_TIANSHUI = """7月4日,记者从天水市文化和旅游局获悉,2024年上半年,天水市紧抓天水麻辣烫爆火“出圈”这一独特机遇,以创新和实干精神,推动了全市文旅产业的蓬勃发展。据统计,上半年全市共接待游客3104.14万人次,旅游花费177.58亿元,同比分别增长42.95%和43.92%。

打开网易新闻 查看精彩图片

天水麻辣烫”服务保障有力有效。3月以来,天水市借助“天水麻辣烫”出圈契机,成立专项工作小组,构建了全方位的服务保障体系。营造浓厚宣传氛围,聘请了影视明星黄轩等22位名人担任“天水文旅推介官”,通过线上线下结合的宣传策略,推出打卡线路及攻略130余期,发布短视频200余条、图文稿件550余篇。

打开网易新闻 查看精彩图片
"""


def test_a_news_sites_call_to_its_reader_is_no_title_nor_heading(tmp_path):
    """打开网易新闻 查看精彩图片 under each picture became the report's title, its facts' section and its name in every
    comment (hd19b 8): a line of a screen's calls (打开…查看…图片, 点击查看大图, 下载客户端 查看更多) is clutter; a heading
    opening on such a verb (打开发展新局面) is not."""
    from drafter.read.clean import is_chrome

    root = _workspace(tmp_path, TIANSHUI_YAML, {"2024-07-04_网易_上半年文旅工作.txt": NETEASE_TIANSHUI})
    index = FactIndex.load(find_workspace(root))
    (source,) = index.sources.values()
    assert "打开" not in (source.title or "") and "打开" not in source.label(), source
    assert index.facts and not any("打开" in "".join(f.section) for f in index.facts.values())
    assert any("3104.14万人次" in f.text for f in index.facts.values())
    for clutter in ("点击查看大图", "打开APP阅读全文", "下载客户端 查看更多", "打开凤凰新闻，查看更多高清图片", "点击查看更多>>"):
        assert is_chrome(clutter), clutter
    for heading in ("打开发展新局面", "进入新发展阶段", "进入高清时代", "阅读推广"):
        assert not is_chrome(heading), heading


def test_a_file_read_anew_under_another_id_keeps_its_fact_file(tmp_path):
    """A news item's id is its text's hash: read without a clutter line distill now drops, the same file gets another id
    and stayed beside its old fact file, a source twice (hd19b 8 after the fix). The old file follows the new id."""
    root = _workspace(tmp_path, TIANSHUI_YAML, {"2024-07-04_网易_上半年文旅工作.txt": NETEASE_TIANSHUI})
    (path,) = (root / "facts").glob("*.yaml")
    sid = path.stem
    old = "2024-news-0a0b0c0d"  # (as an older distill named it)
    path.rename(path.with_name(f"{old}.yaml"))
    moved = path.with_name(f"{old}.yaml")
    moved.write_text(moved.read_text("utf-8").replace(sid, old).replace("reviewed: false", "reviewed: true", 1), "utf-8")
    result = CliRunner().invoke(cli, ["-w", str(root), "distill", str(root / "seeds")])
    assert result.exit_code == 0, result.output
    assert f"与此前的{old}是同一份文件，现记为{sid}" in result.output.replace("\n", "").replace(" ", ""), result.output
    index = FactIndex.load(find_workspace(root))
    assert list(index.sources) == [sid] and sum(f.reviewed for f in index.facts.values()) == 1


def test_a_rename_reads_and_rewrites_only_the_fact_files_marking_its_facts(tmp_path, monkeypatch):
    """Renaming a source's marks read every fact file of the base (h101): only the files whose facts mark the renamed
    source's are read (the index says which) and rewritten, the mark renamed; a file holding none is neither read nor
    written (its bytes and mtime as they were)."""
    import re

    from drafter.facts import renamed

    pages = {"131号提案的答复.txt": TIANSHUI_131, "109号提案的答复.txt": TIANSHUI_109,
             "2024-07-04_网易_上半年文旅工作.txt": NETEASE_TIANSHUI}
    root = _workspace(tmp_path, TIANSHUI_YAML, pages)
    facts = root / "facts"
    marked = re.search(r"f-undated-proposal-131-\w+", (facts / "undated-proposal-131.yaml").read_text("utf-8")).group()
    marking = facts / "2019-proposal-109.yaml"  # (the clerk marked its fact superseded by 131's)
    text = marking.read_text("utf-8")
    marking.write_text(text.replace("    reviewed: false", f"    superseded_by: {marked}\n    reviewed: false", 1), "utf-8")
    (news,) = facts.glob("2024-news-*.yaml")
    untouched = (news.read_bytes(), news.stat().st_mtime_ns)
    (root / "seeds" / "131号提案的答复.txt").rename(root / "seeds" / "2021-08-20_131号提案的答复.txt")
    read = []
    read_text = renamed.read_text
    monkeypatch.setattr(renamed, "read_text", lambda path, error: read.append(path.name) or read_text(path, error))
    result = CliRunner().invoke(cli, ["-w", str(root), "distill", str(root / "seeds")])
    assert result.exit_code == 0 and "现记为2021-proposal-131" in result.output.replace("\n", "").replace(" ", "")
    assert sorted(read) == ["2019-proposal-109.yaml", "undated-proposal-131.yaml"], read
    assert f"superseded_by: {marked.replace('undated-', '2021-')}\n" in marking.read_text("utf-8")
    assert marked not in marking.read_text("utf-8")
    assert (news.read_bytes(), news.stat().st_mtime_ns) == untouched
    index = FactIndex.load(find_workspace(root))
    assert index.facts[marked.replace("undated-", "2021-")].kind and index.marking("f-2021-proposal-131-") == {"2019-proposal-109"}


def test_a_mark_held_by_a_source_renamed_before_in_the_same_distill_is_renamed_too(tmp_path):
    """The index read before a distill names the files marking a source by the ids they had then: a news item renamed
    (its date, so its id) earlier in the same distill holds its mark on the renamed 131 under its new id, renamed too."""
    import re

    root = _workspace(tmp_path, TIANSHUI_YAML, {"131号提案的答复.txt": TIANSHUI_131, "2024-07-04_网易.txt": NETEASE_TIANSHUI})
    facts = root / "facts"
    marked = re.search(r"f-undated-proposal-131-\w+", (facts / "undated-proposal-131.yaml").read_text("utf-8")).group()
    (news,) = facts.glob("2024-news-*.yaml")
    text = news.read_text("utf-8")
    news.write_text(text.replace("    reviewed: false", f"    superseded_by: {marked}\n    reviewed: false", 1), "utf-8")
    (root / "seeds" / "131号提案的答复.txt").rename(root / "seeds" / "2021-08-20_131号提案的答复.txt")
    (root / "seeds" / "2024-07-04_网易.txt").rename(root / "seeds" / "2020-07-04_网易.txt")  # (sorted first: renamed first)
    result = CliRunner().invoke(cli, ["-w", str(root), "distill", str(root / "seeds")])
    assert result.exit_code == 0, result.output
    (moved,) = facts.glob("2020-news-*.yaml")
    assert f"superseded_by: {marked.replace('undated-', '2021-')}\n" in moved.read_text("utf-8")
    assert sorted(p.name[:7] for p in facts.glob("*.yaml")) == ["2020-ne", "2021-pr"]


def test_a_renamed_seed_keeps_the_place_the_clerk_corrected_and_takes_its_new_date(tmp_path):
    """The clerk corrected the undated 131's place to 秦州区 (its facts re-read as of it), then named the seed by its date:
    the rename kept the edited mapping with its old digest, so the place was no longer known for the clerk's — the facts
    were read as 天水市's again — and the source kept ``date: None``. The place edit is still the clerk's after the rename,
    and what the clerk did not edit (the date) is the new reading's."""
    root = _workspace(tmp_path, TIANSHUI_YAML, {"131号提案的答复.txt": TIANSHUI_131})
    old = root / "facts" / "undated-proposal-131.yaml"
    edited = old.read_text("utf-8").replace("  jurisdiction: 天水市\n", "  jurisdiction: 秦州区\n", 1)
    assert edited != old.read_text("utf-8")
    old.write_text(edited, "utf-8")
    command = ["-w", str(root), "distill", str(root / "seeds")]
    assert CliRunner().invoke(cli, command).exit_code == 0
    before = FactIndex.load(find_workspace(root))
    assert {f.jurisdiction for f in before.facts.values()} == {"秦州区"}, list(before.facts.values())
    (root / "seeds" / "131号提案的答复.txt").rename(root / "seeds" / "2021-08-20_131号提案的答复.txt")
    result = CliRunner().invoke(cli, command)
    assert result.exit_code == 0, result.output
    index = FactIndex.load(find_workspace(root))
    (source,) = index.sources.values()
    assert (source.id, source.date, source.jurisdiction) == ("2021-proposal-131", "2021-08-20", "秦州区"), source
    assert index.facts and {f.jurisdiction for f in index.facts.values()} == {"秦州区"}, list(index.facts.values())
    again = CliRunner().invoke(cli, command)  # (and stays so)
    assert again.exit_code == 0 and FactIndex.load(find_workspace(root)).sources["2021-proposal-131"] == source


def test_a_rename_cut_off_before_its_old_fact_file_was_moved_is_finished_by_the_next_distill(tmp_path, monkeypatch):
    """The renamed fact file written, the old one not yet moved (an error or a kill in between — or a base distilled before
    renames were followed, hd19b 7): both stayed, the next distill finding nothing to follow as the new id had its file.
    The next distill finishes the rename: one source, the clerk's review kept, the old file withdrawn."""
    from drafter.errors import DrafterError
    from drafter.facts import journal

    root = _workspace(tmp_path, TIANSHUI_YAML, {"131号提案的答复.txt": TIANSHUI_131})
    old = root / "facts" / "undated-proposal-131.yaml"
    old.write_text(old.read_text("utf-8").replace("reviewed: false", "reviewed: true", 1), "utf-8")
    (root / "seeds" / "131号提案的答复.txt").rename(root / "seeds" / "2021-08-20_131号提案的答复.txt")

    def cut_off(path, into):
        raise DrafterError("无法移走，事实库未改动：设备已满", path)

    monkeypatch.setattr(journal, "remove", cut_off)
    command = ["-w", str(root), "distill", str(root / "seeds")]
    cut = CliRunner().invoke(cli, command)
    assert "设备已满" in cut.output, cut.output
    assert sorted(p.name for p in (root / "facts").glob("*.yaml")) == ["2021-proposal-131.yaml", "undated-proposal-131.yaml"]
    assert list((root / "withdrawn").iterdir()) == []  # (no empty withdrawn/<time>-<id> of the move that failed)
    monkeypatch.undo()
    result = CliRunner().invoke(cli, command)
    assert result.exit_code == 0, result.output
    assert "现记为2021-proposal-131" in result.output.replace("\n", "").replace(" ", ""), result.output
    assert sorted(p.name for p in (root / "facts").glob("*.yaml")) == ["2021-proposal-131.yaml"]
    index = FactIndex.load(find_workspace(root))
    assert list(index.sources) == ["2021-proposal-131"] and [f.reviewed for f in index.facts.values()] == [True]
    withdrawn = [p.relative_to(root / "withdrawn").parts[1] for p in (root / "withdrawn").rglob("*.yaml")]
    assert withdrawn == ["undated-proposal-131.yaml"], withdrawn


def test_a_base_holding_a_renamed_seed_beside_its_old_source_is_repaired(tmp_path):
    """A base distilled before renames were followed (hd19b 7) holds the renamed seed's own fact file beside the old
    source's, the clerk's review in the old one: the next distill takes the old one over, and the new id's file it
    replaces goes to ``withdrawn/`` with it (nothing deleted)."""
    root = _workspace(tmp_path, TIANSHUI_YAML, {"131号提案的答复.txt": TIANSHUI_131})
    old = root / "facts" / "undated-proposal-131.yaml"
    reviewed = old.read_text("utf-8").replace("reviewed: false", "reviewed: true", 1)
    old.unlink()
    (root / "seeds" / "131号提案的答复.txt").rename(root / "seeds" / "2021-08-20_131号提案的答复.txt")
    command = ["-w", str(root), "distill", str(root / "seeds")]
    assert CliRunner().invoke(cli, command).exit_code == 0
    fresh = (root / "facts" / "2021-proposal-131.yaml").read_text("utf-8")
    old.write_text(reviewed, "utf-8")  # (the state the base was left in)
    result = CliRunner().invoke(cli, command)
    assert result.exit_code == 0 and "现记为2021-proposal-131" in result.output.replace("\n", "").replace(" ", "")
    assert sorted(p.name for p in (root / "facts").glob("*.yaml")) == ["2021-proposal-131.yaml"]
    index = FactIndex.load(find_workspace(root))
    assert list(index.sources) == ["2021-proposal-131"] and [f.reviewed for f in index.facts.values()] == [True]
    (kept,) = (root / "withdrawn").iterdir()
    assert sorted(p.name for p in kept.iterdir()) == ["2021-proposal-131.yaml", "undated-proposal-131.yaml"]
    assert (kept / "2021-proposal-131.yaml").read_text("utf-8") == fresh


def test_a_rename_onto_a_fact_file_marking_the_old_ones_facts_keeps_the_renamed_one(tmp_path):
    """鲤城区's 2024 report (seed 004, undated) copied under a date, then its undated copy deleted: the new id's file, the
    copy's own, repeated the old source's facts (``repeats: f-2024-…``). The rename renamed those marks in the new id's
    file and wrote that over the renamed file — the clerk's review lost, each fact repeating itself, the base unreadable.
    The renamed file is the new id's; the one it replaces goes to ``withdrawn/`` as it was."""
    root = new_workspace(tmp_path / "ws", seeds=False)
    (root / "seeds").mkdir()
    seed = root / "seeds" / "004_97aa86ca4c7a70e1.txt"
    shutil.copy(REPO / "seeds" / seed.name, seed)
    command = ["-w", str(root), "distill", str(root / "seeds")]
    assert CliRunner().invoke(cli, command).exit_code == 0
    old = root / "facts" / "2024-work_report-5fb1e48c.yaml"
    old.write_text(old.read_text("utf-8").replace("reviewed: false", "reviewed: true", 1), "utf-8")  # the clerk's review
    shutil.copy(seed, root / "seeds" / "2025-01-10_鲤城区科技局2024年工作报告.txt")
    assert CliRunner().invoke(cli, command).exit_code == 0
    new = root / "facts" / "2025-work_report-5fb1e48c.yaml"
    copied = new.read_text("utf-8")
    assert "repeats: f-2024-work_report-5fb1e48c-" in copied  # (the copy's facts repeat the undated source's)
    seed.unlink()
    result = CliRunner().invoke(cli, command)
    assert result.exit_code == 0, result.output
    assert "现记为2025-work_report-5fb1e48c" in result.output.replace("\n", "").replace(" ", ""), result.output
    assert sorted(p.name for p in (root / "facts").glob("*.yaml")) == [new.name]
    index = FactIndex.load(find_workspace(root))
    assert list(index.sources) == ["2025-work_report-5fb1e48c"]
    facts = list(index.facts.values())
    assert len(facts) == copied.count("  - id: f-") and sum(f.reviewed for f in facts) == 1, facts
    assert not any(f.repeats for f in facts), [f.repeats for f in facts if f.repeats]
    (kept,) = (root / "withdrawn").iterdir()
    assert (kept / new.name).read_text("utf-8") == copied
