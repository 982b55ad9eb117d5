"""h298 (rs11, hd55c 玉溪市文化和旅游局, areas empty in drafter.yaml): distil told the clerk that 易门县's page was "不是本单位的地区
…请改正…jurisdiction", though 易门县 is a county of 玉溪市. A county's or district's source in a prefecture's workspace that lists no
areas is said as a place that may be one of its own, to list under areas (:func:`drafter.distill.run.unlisted_area`); another
city's, or a place not among the areas listed, keeps the reminder to correct its place."""
import json

from click.testing import CliRunner

from drafter.cli import cli
from helpers import unit_workspace

# The head and first paragraph of hd55c's seed 2024-04-07_易门县绿汁镇文旅融合.txt (a page of 玉溪's news).
YIMEN = ("党建引领聚合力\n\n易门县绿汁镇奋力谱写文旅融合新篇章\n\n"
         "易门县绿汁镇曾是中国八大铜矿之一的易门矿务局所在地,独特的资源和历史铸就了绿汁以“铜道、矿业、矿山、矿工、矿城”为特色的铜韵文化。"
         "近年来,绿汁镇坚持党建引领,依托资源优势,积极探索文旅融合突破口,将易门铜矿工业遗产保护活化利用与文旅产业发展紧密结合、同步推进,"
         "于2020年11月成功申报为第四批国家工业遗产。2023年,全镇游客接待量37万人次,同比增长32.43%。\n")
FUZHOU = "福州市科学技术局2024年工作总结\n2024年，福州市新增国家高新技术企业512家，科技型中小企业评价入库4263家。\n"


def _distil(tmp_path, areas: str, page: str, *extra: str):
    root = tmp_path / "ws"
    if not root.exists():
        unit_workspace(root, "玉溪市文化和旅游局", "市文旅局", "玉溪市", areas)
    path = tmp_path / "page.txt"
    path.write_text(page, "utf-8")
    return CliRunner().invoke(cli, ["-w", str(root), "distill", *extra, str(path)], env={"COLUMNS": "300"})


def _note(output: str) -> str:
    return next((line for line in output.splitlines() if "的地区记为" in line), "")


def test_a_county_page_of_a_city_listing_no_areas_is_said_as_maybe_its_own(tmp_path):
    result = _distil(tmp_path, "", YIMEN)
    assert result.exit_code == 0, result.output
    note = _note(result.output)
    assert note.startswith("提示：") and "的地区记为“易门县”" in note, result.output
    assert "可能是本地下辖的地方：请核实后列入 drafter.yaml 的 areas" in note, note
    assert "不是本单位的地区" not in note and "jurisdiction" not in note and "请改正" not in note, note
    data = json.loads(_distil(tmp_path, "", YIMEN, "--json").stdout)
    assert [(s["elsewhere"], s["area"]) for s in data["sources"]] == [("易门县", True)]


def test_listed_under_areas_the_county_is_the_citys_own(tmp_path):
    result = _distil(tmp_path, "易门县", YIMEN)
    assert result.exit_code == 0 and not _note(result.output), result.output


def test_a_county_not_among_the_areas_listed_keeps_the_reminder(tmp_path):
    note = _note(_distil(tmp_path, "红塔区", YIMEN).output)
    assert note.startswith("提醒：") and "“易门县”，不是本单位的地区" in note and "jurisdiction" in note, note


def test_another_citys_page_keeps_the_reminder_with_areas_empty(tmp_path):
    note = _note(_distil(tmp_path, "", FUZHOU).output)
    assert note.startswith("提醒：") and "“福州市”，不是本单位的地区" in note and "areas" not in note, note
