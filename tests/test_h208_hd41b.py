"""hd41b (广州市花都区卫生健康局): a page not written in Chinese is refused by distill, never read by Chinese words it does not
have (F2: the Japanese page on 花都区's health work, its 598万人 counted as 业务収入はそれぞれ延べ); what an ask's deed is to
serve as (作为…用房, 用于…) is neither a point of its own nor a measure (F3)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from helpers import comments_on, seeds_draft, unit_workspace

from drafter.cli import cli
from drafter.compose.asks import parse_asks
from drafter.distill.run import read_source
from drafter.errors import SourceError

# hd41b's seeds/2017-01-01_花都区卫生概况日文.txt, its first paragraphs.
JAPANESE = """衛生

  2016年、花都区は各種医療衛生機構469軒を有し、三級病院2軒、二級甲等病院1軒、二級保健院1軒、鎮級病院(診療所)8軒、政府事務室コミュニティ衛生サービスセンター6軒,農村診療所197軒(支所を含む)、民営総合病院2軒、民営専科病院2軒、民営コミュニティ衛生サービスセンター3軒、従業員病院2軒、工場、学校医療所33軒、療養院1軒、他の社会医療機構(外来部及びクリニック)211軒を含んでいる。全地域の病院、診療所に病床数3921床等ある。

  2016年、区域財政から衛生事業へ投入の経費は74291万元で、去年同期比較で35%は増長している。地域全体医療衛生機構業務の運営状況は正常で、各医療機構から集計した指標外来量、入院量、業務収入はそれぞれ延べ598万人、延べ12.77万人、221928.66万元に達し、2015年同期比較で,それぞれ2.52 %、1.46 %,11.14 %増長している。
"""
# The English page of the same figures (huadu.gov.cn/en/HuaduInfo/healthcare/).
ENGLISH = """Medical and Healthcare

As of 2016 Huadu District has 469 medical and health institutions of various kinds, including 2 tertiary hospitals, 1 Class A secondary hospital, 1 secondary nursing homes, 8 town-level hospitals (health centers), 6 government-sponsored community health service centers, 197 rural health centers (including their branches).

The public expenditure in health care was 742.91 million yuan in 2016, representing a 35% increase over the previous year. All medical and health institutions of the District are in smooth operation, with such indicators as total number of outpatients, total number of inpatients, and total revenue reaching 5.98 million, 127,700, and 2.2192866 billion yuan, 2.52%, 1.46 %, and 11.14% more than the year 2015 respectively.
"""
# Chinese pages quoting a few Japanese or English words (the first sentence: hd41b's seeds/2020-09-07_花山镇家庭医生.txt).
QUOTING = [
    "截至去年10月，广州拥有4599个医疗卫生机构，其中社区卫生服务中心152个、社区卫生服务站179个。"
    "日本把家庭医生称作“かかりつけ医”（常去看的医生），我区借鉴其做法推进签约服务。\n",
    "2022年，区中医医院新增CT、MRI、DR等设备12台，引进PET-CT一台，建成ICU病床20张，"
    "开通Wi-Fi和WeChat预约挂号服务（Online Appointment）。\n",
]


def _read(tmp_path: Path, text: str, name: str):
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return read_source(path)


@pytest.mark.parametrize(("text", "language"), [(JAPANESE, "日文"), (ENGLISH, "英文")])
def test_page_not_in_chinese_is_refused_naming_the_file(tmp_path, text, language):
    with pytest.raises(SourceError) as caught:
        _read(tmp_path, text, "2017-01-01_花都区卫生概况.txt")
    message = str(caught.value)
    assert "2017-01-01_花都区卫生概况.txt" in message and language in message and "\n" not in message, message


@pytest.mark.parametrize("text", QUOTING)
def test_chinese_page_quoting_foreign_words_is_read(tmp_path, text):
    assert [b.text for b in _read(tmp_path, text, "2022-01-01_概况.txt").blocks] == [text.strip()]


def test_distill_refuses_the_japanese_page_and_keeps_no_fact_of_it(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "广州市花都区卫生健康局", "区卫生健康局", "广州市花都区")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "2017-01-01_花都区卫生概况日文.txt").write_text(JAPANESE, "utf-8")
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "distill", str(seeds)])
    assert "2017-01-01_花都区卫生概况日文.txt" in result.output and "日文" in result.output, result.output
    assert not list((ws.root / "facts").glob("*.yaml"))


# hd41b's suggestion.txt (政协提案 3011), its two asks.
TITLE = "关于解决中医药事业发展中存在的“门诊难”问题的提案"
PROPOSAL = f"""{TITLE}

提案人：hd41b

建议：
一、购买迎宾大道65号（宝丰广场）商铺，作为区中医医院发展业务用房。
二、扩建区中医医院门诊大楼。
"""
# hd41b's seeds/2022-08-22_区人大调研医疗项目.txt, its opening.
SURVEY = """区人大常委会教科文卫工委组织开展专题调研
根据2022年区人大常委会监督工作计划以及《区人大常委会关于开展<广州市优化营商环境条例>执法检查的通知》要求,为深入了解我区医疗基础设施重点建设项目进展情况,区人大常委会副主任姚晓群带领优化营商环境(人文环境)专题调研组,于8月19日上午对中山大学附属仁济医院、市妇儿医疗中心花都院区建设情况开展专题调研、视察活动。调研组实地查看了工程进展情况,详细了解了工程建设存在的问题和解决方案,对下一步工作推进提出了建设性意见。区卫健局、区住建局分管领导陪同调研、视察活动。
"""


@pytest.mark.parametrize(("text", "phrase"), [
    ("购买迎宾大道65号（宝丰广场）商铺，作为区中医医院发展业务用房。", "购买迎宾大道65号（宝丰广场）商铺"),
    # (a deed 泰兴市 funded so: 每年投入900多万元用于修建农桥, abcjf.cn 2006-07-19)
    ("设立代表建议办理基金，用于修建农村桥梁。", "设立代表建议办理基金"),
])
def test_what_the_deed_serves_as_is_no_point_nor_measure(text, phrase):
    ask = parse_asks(f"建议：\n一、{text}\n二、扩建区中医医院门诊大楼。\n")[0]
    assert ask.phrase == phrase and ask.points == [] and ask.measures == "", (ask.phrase, ask.points, ask.measures)


def test_placeholder_asks_for_the_purchase_alone(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "广州市花都区卫生健康局", "区卫生健康局", "广州市花都区")
    _, out = seeds_draft(tmp_path, ws, {"2022-08-22_区人大调研医疗项目.txt": SURVEY}, "3011", TITLE, PROPOSAL,
                         "--proposal", "--type", "B", "--date", "2023-08-28")
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert "【待补充：购买迎宾大道65号（宝丰广场）商铺方面的工作情况及数据（注明年份）】" in texts, texts
    assert not any("用房" in t for t in texts), texts
    step = next(t for t in texts if t.startswith("（一）购买迎宾大道65号"))
    assert not any("用房" in c for c in comments_on(out, step)), comments_on(out, step)
