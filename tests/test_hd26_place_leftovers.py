"""hd26 places left over (牟定县水务局, 攀枝花市退役军人事务局, 宿迁市人社局): a clerk's correction of a source's place carries
to its facts on re-distil — a reviewed fact of the place distill misread, and a fact whose place the clerk corrected with
the source's, are the workspace's own, never ``external: true`` kept from the misreading."""

from __future__ import annotations

from click.testing import CliRunner
from helpers import TIECHANGHE, distil, fact_saying, unit_workspace

from drafter.cli import cli
from drafter.yamlio import load_yaml

# 牟定县水务局's reply to 74号建议 (mdx.gov.cn 37806) as a page saved under another county's letterhead would give it: distill
# reads the letterhead's county, 禄丰市, and the clerk corrects the source's place as distill's reminder asks.
MISPLACED = TIECHANGHE.replace("牟定县水务局关于", "禄丰市水务局关于", 1)


def _distilled(tmp_path):
    """The page distilled by ``drafter distill`` in a workspace of 牟定县水务局: the workspace, the runner and the fact file."""
    ws = unit_workspace(tmp_path / "ws", "牟定县水务局", "县水务局", "牟定县", "共和镇, 新桥镇, 江坡镇")
    (ws.root / "seeds").mkdir()
    (ws.root / "seeds" / "74.txt").write_text(MISPLACED, "utf-8")
    runner = CliRunner()
    result = runner.invoke(cli, ["-w", str(ws.root), "distill", str(ws.root / "seeds")])
    assert result.exit_code == 0, result.output
    path = next((ws.root / "facts").glob("*.yaml"))
    data = load_yaml(path)
    assert data["source"]["jurisdiction"] == "禄丰市" and "地区记为“禄丰市”" in result.output.replace("\n", "")
    assert [(f["jurisdiction"], f.get("external")) for f in data["facts"]] == [("禄丰市", True)]
    return ws, runner, path


def _redistilled(ws, runner, path, *edits: tuple[str, str]):
    """``path`` edited as a clerk does (each old line → new line), then ``drafter distill`` again: its output and the file."""
    text = path.read_text("utf-8")
    for old, new in edits:
        assert old in text
        text = text.replace(old, new)
    path.write_text(text, "utf-8")
    result = runner.invoke(cli, ["-w", str(ws.root), "distill", str(ws.root / "seeds")])
    assert result.exit_code == 0, result.output
    return result.output.replace("\n", ""), load_yaml(path)


def test_a_reviewed_fact_follows_its_sources_corrected_place(tmp_path):
    """The clerk reviewed the fact, then corrected the source's place: the reviewed fact, kept as the clerk left it, is of
    the corrected place too (it was of the misread one only because the source was)."""
    ws, runner, path = _distilled(tmp_path)
    output, data = _redistilled(ws, runner, path, ("  jurisdiction: 禄丰市\n", "  jurisdiction: 牟定县\n"),
                                ("reviewed: false", "reviewed: true"))
    assert data["source"]["jurisdiction"] == "牟定县"
    fact = data["facts"][0]
    assert fact["reviewed"] is True and fact["jurisdiction"] == "牟定县" and "external" not in fact
    assert "地区记为" not in output


def test_a_fact_placed_by_hand_in_the_workspace_is_no_other_places(tmp_path):
    """The clerk corrected the place in the source and in its fact (all of 禄丰市 in the file) and left ``external: true``:
    re-distilled, the fact of 牟定县 is the workspace's own, and no reminder calls 牟定县 another place."""
    ws, runner, path = _distilled(tmp_path)
    output, data = _redistilled(ws, runner, path, ("jurisdiction: 禄丰市\n", "jurisdiction: 牟定县\n"))
    fact = data["facts"][0]
    assert fact["jurisdiction"] == "牟定县" and "external" not in fact
    assert "不是本单位的地区" not in output
    listed = runner.invoke(cli, ["-w", str(ws.root), "facts", "铁厂河"]).output
    assert "牟定县" in listed and "外地" not in listed


# 牟定县水务局's reply to the 政协 committee's proposal on 西安闸 (mdx.gov.cn 37814): no letterhead, no signature; it speaks
# as 我局 and thanks for 水利事业, the field of a 水务局 by its older name.
XIANANZHA = """县政协社会和法制委员会:
您提出的“关于将江坡镇福龙村西安闸改扩建为小(二)型水库的提案”的提案交由我局办理,现答复如下:
近年来,国家对小型水库建设高度重视,但西安闸不在国家小型水库的名录中,因此只能归类为农村小坝塘,根据您的建议,在下步工作中,我局将积极努力,把西安闸水库注册为小(二)型,符合水利投资导向后,主动向上争取资金进行提升改造。
感谢您对我县水利事业的关心和支持,我们会在今后的工作中积极多争取项目和资金,为我县的水利基础设施建设打下坚实的基础。
"""
MUDING_AREAS = "共和镇, 新桥镇, 江坡镇, 凤屯镇, 蟠猫乡, 戌街乡, 安乐乡"


def test_an_unsigned_reply_speaking_as_the_bureau_in_its_field_is_the_bureaus(tmp_path):
    """西安闸's reply, of 牟定县 (江坡镇, 我县), speaks as 我局 and thanks for 我县水利事业: a 水务局's field (水务 and 水利 are one),
    so the bureau's own reply, as one thanking for 我县水务工作 is; its habits (您, plain prose) are the bureau's."""
    ws = unit_workspace(tmp_path / "ws", "牟定县水务局", "县水务局", "牟定县", MUDING_AREAS)
    ff = distil(tmp_path, ws, XIANANZHA, "2022-09-24_西安闸提案答复.txt")
    assert ff.source.jurisdiction == "牟定县" and ff.source.issuer == "牟定县水务局"
    assert ff.source.address == "您" and ff.source.form == "plain"
    # the thanks of another bureau's field: no issuer (a county's 我局 may be any of its bureaus)
    other = distil(tmp_path, ws, XIANANZHA.replace("水利事业", "教育事业"), "2022-09-24_教育.txt")
    assert other.source.jurisdiction == "牟定县" and other.source.issuer is None


def test_the_field_the_work_setting_names_is_the_bureaus(tmp_path):
    """A field the bureau's name does not say, named by drafter.yaml's ``work:`` (我县供水工作), is its own too: a reply of its
    place speaking as 我局 and thanking for 供水工作 is the bureau's; without the setting it names no issuer."""
    page = XIANANZHA.replace("我县水利事业", "我县供水工作")
    plain = unit_workspace(tmp_path / "ws", "牟定县水务局", "县水务局", "牟定县", MUDING_AREAS)
    assert distil(tmp_path, plain, page).source.issuer is None
    worded = unit_workspace(tmp_path / "ws2", "牟定县水务局", "县水务局", "牟定县", MUDING_AREAS, work="我县供水工作")
    assert distil(tmp_path, worded, page).source.issuer == "牟定县水务局"


# 攀枝花市退役军人事务局's reply to 第20号建议 (2022), as the mirror gives it in traditional characters: the cemetery it answers
# on is 仁和区's, the text says so.
TONGDE = """攀枝花市退役軍人事務局關于市十屆人大一次會議第20號建議的答復
張某代表:
同德烈士陵園始建于1956年,位于攀枝花市仁和區同德鎮同德街79號,占地面積約7134平方米,園內安葬有115名烈士,建有紀念碑、紀念亭等紀念設施,為省級愛國主義教育基地、區級文物保護單位。
2021年,精心編制《同德烈士陵園提質改造方案》,納入了“十四五”規劃。
"""
PANZHIHUA_AREAS = "东区, 西区, 仁和区, 米易县, 盐边县"


def test_a_facility_the_text_places_in_a_district_is_the_districts(tmp_path):
    """同德烈士陵园, 位于攀枝花市仁和区同德镇…, was filed of 攀枝花市 with its 7134平方米 and 115名烈士: a statement whose subject is
    said to lie in one of the workspace's areas is that area's (drafted only with its place named), as one opening on the
    area is; the city's work on it stays the city's, and a venue of the city's work (在位于仁和区的…) is no district's."""
    ws = unit_workspace(tmp_path / "ws", "攀枝花市退役军人事务局", "市退役军人事务局", "攀枝花市", PANZHIHUA_AREAS)
    ff = distil(tmp_path, ws, TONGDE, "2022-07-20_pzh_rd20.txt")
    assert ff.source.jurisdiction == "攀枝花市"
    assert fact_saying(ff, "占地面积约7134平方米").jurisdiction == "仁和区"
    assert fact_saying(ff, "提质改造方案").jurisdiction == "攀枝花市"
    venue = TONGDE.replace("同德烈士陵園始建于1956年,位于攀枝花市仁和區同德鎮同德街79號,",
                           "2022年,我局在位于仁和區的同德烈士陵園組織開展烈士紀念日公祭活動,")
    ff = distil(tmp_path, ws, venue, "2022-07-20_venue.txt")
    assert fact_saying(ff, "公祭活动").jurisdiction == "攀枝花市"
