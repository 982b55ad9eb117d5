"""Small faults of the held-out rounds hd34a–hd35c, each on real lines of their pages: a site's copyright notice and a
press conference are no facts of work done; a reply to a committee of the CPPCC (市政协民宗委, 您委) names it."""

from __future__ import annotations

from types import SimpleNamespace

from helpers import ANKANG_39_HEAD, distil_pages, unit_workspace

from drafter.distill.metadata import _self_of_bureau
from drafter.distill.places import places_in
from drafter.facts.index import FactIndex
from drafter.textutil import simplified

# The 2022 news page (m.njpanjin.com, a mirror in traditional characters) of hd35c: its lead, the reporter's quote and
# the site's copyright notice under it, as saved.
ANKANG_NEWS = """http://m.njpanjin.com/cn/Instant/municipal/202212/t20221220_7330115.html
安康:鄉村游文化味濃
進展覽館體會鄉村民俗文化,去古建遺存感受歷史的滄桑,逛農村大集購買生態的特色農產品……如今,許多游客去陜西安康的鄉村旅游,不僅能采摘、觀景、學習稼穡,還能進行深度文化游。
近日,在陜西省安康市的田間地頭,嗩吶聲響,秧歌扭起,獅舞跳起,這是當地群眾利用農閑時節,自發組建的表演隊伍在舉辦活動,也是安康市以村(社區)為單元、以鄉村文化理事會建設為抓手,推進鄉村文化高質量發展和有效治理的成功實踐。
在文旅融合大背景下,安康市統籌建設了一批鄉村紀念館、展覽館、村史館(社區博物館)、古建遺存、公共廣場、文化產業園區等文化旅游設施,并將這些設施統一納入公共文化服務免費開放范圍,不僅方便了村民,更吸引了眾多周邊游客前來。
版權聲明:凡注明“來源:中國西藏網”或“中國西藏網文”的所有作品,版權歸高原(北京)文化傳播有限公司。任何媒體轉載、摘編、引用,須注明來源中國西藏網和署著作者名,否則將追究相關法律責任。
"""
# The 2013 news page (中国日报吉林记者站) of hd35b, as saved: a press conference, then what was reported at it.
JILIN_2013 = """吉林   >   本网专稿

提高社保待遇水平 全力解决就业难题

来源:中国日报吉林记者站
2013-07-17 16:30:14
分享

7月16日,吉林省政府召开新闻发布会,吉林省人力资源和社会保障厅新闻发言人崔立夫介绍了人社厅在2013年上半年的工作情况,并就群众关心的社保待遇水平与农民工工资问题作详细说明。

在整治拖欠农民工工资的专项行动中,截止5月底,吉林省共立案849件,为19313名农民工讨回工资18182.13万元。(记者 刘晓)
"""
# The 2023 reply of 安康市文化和旅游广电局 to 市政协民宗委 (wh.ankang.gov.cn, hd35c), its head and first paragraphs as saved.
ANKANG_39 = ANKANG_39_HEAD + """东关历史文化街区文物点密度大、数量多、等级高,十分丰富。据统计,共有不可移动文物9处,其中:省级文物保护单位1处,即安康文安楼;县级文物保护单位4处,即安康市洪水历史标志塔、顾氏民居、邹氏民居、清真寺;一般不可移动文物4处,即汉江水西门码头、安康汉江大桥、清真静宁南寺遗址、老城清真北寺。
近年来,市、区文旅部门高度重视东关历史文化街区保护利用工作。一是结合中心城区及周边区域历史建筑调查,进一步建立健全了东关街区不可移动文物档案资料,并实行了文物安全责任公告公示制度,落实了文物管理机构与人员。
"""


def _index(tmp_path, name, short, place, pages) -> FactIndex:
    ws = unit_workspace(tmp_path / "ws", name, short, place)
    distil_pages(ws, pages)
    return FactIndex.load(ws)


def _facts(tmp_path, name, short, place, pages):
    return list(_index(tmp_path, name, short, place, pages).facts.values())


def test_a_site_s_copyright_notice_is_no_fact(tmp_path):
    """版权声明：凡注明“来源：中国西藏网”…的所有作品，版权归…公司。任何媒体转载…否则将追究相关法律责任。 under a news item was
    stored as a fact (hd35c): a site's notice on its works is page clutter."""
    facts = _facts(tmp_path, "安康市文化和旅游广电局", "市文旅广电局", "安康市", {"2022-12-20_乡村游文化味浓.txt": ANKANG_NEWS})
    assert any("田间地头" in f.text for f in facts), [f.text for f in facts]
    assert not any("版权" in f.text or "转载" in f.text for f in facts), [f.text for f in facts]


def test_a_variant_of_a_place_s_character_is_folded(tmp_path):
    """在陜西省安康市的田间地头 kept 陜, a variant of 陝 no table of OpenCC's holds (hd35c): the place reads 陕西省, in the facts
    and where places are read."""
    facts = _facts(tmp_path, "安康市文化和旅游广电局", "市文旅广电局", "安康市", {"2022-12-20_乡村游文化味浓.txt": ANKANG_NEWS})
    fields = next(f for f in facts if "田间地头" in f.text)
    assert "在陕西省安康市的田间地头" in fields.text and not any("陜" in f.text for f in facts), [f.text for f in facts]
    assert "陕西省" in [name for _, _, name in places_in(simplified("去陜西省安康市"))]


def test_a_press_conference_held_is_no_result(tmp_path):
    """7月16日，吉林省政府召开新闻发布会，…崔立夫介绍了人社厅在2013年上半年的工作情况 was stored as done (hd35b): a meeting
    announcing the work is not the work."""
    facts = _facts(tmp_path, "吉林省人力资源和社会保障厅", "省人社厅", "吉林省", {"2013-07-17_省人社厅上半年工作情况.txt": JILIN_2013})
    press = [f for f in facts if "新闻发布会" in f.text]
    assert press and all(f.kind != "done" for f in press), [(f.kind, f.text) for f in facts]


def test_a_reply_to_a_committee_names_it_and_its_word(tmp_path):
    """市政协民宗委：/ 您委提出的《…》收悉 was recorded as addressed 您 to no one (hd35c): the committee is the proposer, and the
    reply's word for it 您委."""
    index = _index(tmp_path, "安康市文化和旅游广电局", "市文旅广电局", "安康市", {"ankang_2023_政协五届二次39号提案复函.txt": ANKANG_39})
    source = next(iter(index.sources.values()))
    assert (source.deputy, source.address, source.proposal) == ("市政协民宗委", "您委", True), source


def test_entrusting_is_not_a_committee_speaking_of_itself():
    """我委托 (the writer entrusting) matched 我委 as 本办法 did 本办: a 局's reply saying 我局…我委托第三方… spoke as a 局 and a 委
    at once, so as no bureau of either."""
    ws = SimpleNamespace(name="安康市文化和旅游广电局")
    norm = "我局高度重视。经研究，我委托第三方机构对东关历史文化街区开展了文物调查。"
    assert _self_of_bureau(norm, ws)
    assert not _self_of_bureau(norm.replace("我委托", "我委委托"), ws)  # (我委 itself is still a 委 speaking)


def test_the_reader_word_is_not_the_you_of_entrusting():
    """The handling paragraph of another reply said to this item's reader: 您委 (a committee) is its reader word, but in
    您委托转交 (you entrusted) the reader is 您 alone, so 收到您委托转交的材料 read 收到你们托转交的材料 (review of h186)."""
    from drafter.compose.handling import said_to

    assert said_to("我局收到您委托转交的材料后高度重视", "你们") == "我局收到你们委托转交的材料后高度重视"
    assert said_to("您委提出的《关于推动东关历史文化街区建设的提案》收悉", "你们") == "你们提出的《关于推动东关历史文化街区建设的提案》收悉"


def test_a_members_title_is_no_committee():
    """A CPPCC committee by its short name (市政协民宗委) is a collective reader; 市政协常委 is a member's title, not a body
    (review of h186: 政协…委 took it)."""
    from drafter.compose.suggestion import is_collective

    assert is_collective("市政协民宗委") and not is_collective("市政协常委")
