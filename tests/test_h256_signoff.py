"""hd46a (绍兴市上虞区交通运输局): the bureau's four replies 2019–2021 all sign off 承办人:谢以凡 / 联系电话:82218902 / 绍兴市上虞区交通运输局
/ 2019年5月9日, no leader's line, no 抄送; the draft printed 领导署名：【待补充：领导署名】, 联系人：【待补充：联系人】 and the 抄送 line
drafter init had guessed into drafter.yaml. The draft now signs off as two of the bureau's replies alike do, its clerk's name and
phone still placeholders (people move), the newest reply's in their comments; a clerk's drafter.yaml wins; 泉州's seeds keep
theirs."""

from __future__ import annotations

import docx
from helpers import (SHANGYU_39, SHANGYU_54, SHANGYU_58, SHANGYU_61, comments_on, distil, draft_1350, seeds_draft,
                     shangyu_workspace)

from drafter.check import check_draft
from drafter.compose.form import own_replies, sign_off
from drafter.facts.index import FactIndex
from drafter.model import REPLY, SourceMeta
from drafter.new_workspace import config_text
from drafter.workspace import load_workspace

SUGGESTION = "关于加强崧谢公路两侧绿化的建议\n\n建议加强崧谢公路两侧的绿化。\n"
TITLE = "关于加强崧谢公路两侧绿化的建议"
SHANGYU = {"58.txt": SHANGYU_58, "61.txt": SHANGYU_61, "39.txt": SHANGYU_39, "54.txt": SHANGYU_54}


def _draft(tmp_path, seeds: dict[str, str], edit=lambda config: config):
    """The hd46a item drafted from ``seeds`` in a workspace of the bureau whose drafter.yaml is as ``drafter init`` writes it
    (its 抄送 guessed: 区人大常委会代表工委；区政府督查室), then ``edit``-ed: the workspace, the draft's path and its paragraphs' texts."""
    ws = shangyu_workspace(tmp_path)
    (ws.root / "drafter.yaml").write_text(edit(config_text("绍兴市上虞区交通运输局", "区交通运输局", "上虞区", [])), "utf-8")
    ws = load_workspace(ws.root)
    _, out = seeds_draft(tmp_path, ws, seeds, "35", TITLE, SUGGESTION, "--deputy", "胡九英", "--type", "B",
                         "--date", "2022-06-08", "--session", "区二届人大一次会议")
    return ws, out, [p.text for p in docx.Document(str(out)).paragraphs]


def test_a_replys_contact_label_is_learned(tmp_path, seeded_root):
    """承办人:谢以凡 (a page's lines) and 承办人:李建军 联系电话:… (a page flattened into one line) tell the bureau's word for its
    clerk; 泉州's 联 系 人:陈坚议 says 联系人."""
    ws = shangyu_workspace(tmp_path)
    for name, page, contact in (("61.txt", SHANGYU_61, "谢以凡"), ("54.txt", SHANGYU_54, "李建军")):
        source = distil(tmp_path, ws, page, name).source
        assert (source.contact_label, source.contact) == ("承办人", contact)
    seeds = FactIndex.load(load_workspace(seeded_root)).sources
    assert {s.contact_label for s in seeds.values() if s.contact} == {"联系人"}


def test_the_draft_signs_off_as_the_bureaus_replies_alike_do(tmp_path):
    """Four replies sign off 承办人, none with a leader's line or 抄送: the draft says 承办人, has neither (the 抄送 drafter init
    guessed is no clerk's setting), its clerk and phone placeholders whose comments name the newest reply's (39's 郑艳伟,
    82180951, 2021-05-18) as a hint, never written as current; check asks for no leader's line nor 抄送 the bureau never writes."""
    ws, out, paragraphs = _draft(tmp_path, SHANGYU)
    at = paragraphs.index("承办人：【待补充：承办人】")
    assert "感谢您对" in paragraphs[at - 1], paragraphs  # (right after the closing)
    assert paragraphs[at:] == ["承办人：【待补充：承办人】", "联系电话：【待补充：联系电话】", "绍兴市上虞区交通运输局", "2022年6月8日",
                               "（此件主动公开）"], paragraphs
    assert not any(p.startswith(("领导署名", "联系人", "抄送")) for p in paragraphs), paragraphs
    assert not any("郑艳伟" in p or "82180951" in p or "谢以凡" in p for p in paragraphs)
    clerk, = comments_on(out, "承办人：")
    phone, = comments_on(out, "联系电话：")
    assert "2021-05-18" in clerk and "承办人是郑艳伟" in clerk and "第39号建议" in clerk, clerk
    assert "2021-05-18" in phone and "联系电话是82180951" in phone, phone
    codes = {f.code for f in check_draft(ws, out).findings}
    assert not codes & {"missing-signature", "missing-cc", "missing-contact"}, codes


def test_a_clerks_settings_win_over_the_habit(tmp_path):
    """drafter.yaml naming a signatory, a contact and 抄送 groups of the clerk's own: the leader's line, the contact and the 抄送
    are theirs; the contact's word stays the bureau's (承办人)."""
    def clerks(config: str) -> str:
        return config.replace("    - [区人大常委会代表工委]\n", "    - [区人大常委会代表工委, 区人大常委会城建环资工委]\n", 1) + (
            "signatory: 王某某\ncontact: 张某某\nphone: 0575-82000000\n")

    _, _, paragraphs = _draft(tmp_path, SHANGYU, clerks)
    assert "领导署名：王某某" in paragraphs and "承办人：张某某" in paragraphs, paragraphs
    assert "抄送：区人大常委会代表工委、区人大常委会城建环资工委；区政府督查室。" in paragraphs, paragraphs


def test_one_reply_is_no_habit(tmp_path):
    """One reply signing off 承办人 without 抄送 teaches nothing: the template's 领导署名, 联系人 and the 抄送 of drafter.yaml."""
    _, _, paragraphs = _draft(tmp_path, {"39.txt": SHANGYU_39})
    assert "领导署名：【待补充：领导署名】" in paragraphs and "联系人：【待补充：联系人】" in paragraphs, paragraphs
    assert "抄送：区人大常委会代表工委；区政府督查室。" in paragraphs, paragraphs


def test_the_seeds_keep_their_sign_off(tmp_path, seeded_root):
    """泉州市科学技术局's two replies both have a leader's line and say 联系人, one copies to three units and one to none (they
    differ): its draft signs off as before, drafter.yaml's signatory, contact and 抄送."""
    document = draft_1350(seeded_root, tmp_path / "1350.docx")
    paragraphs = [p.text for p in document.paragraphs]
    at = paragraphs.index("领导署名：史思泉")
    assert paragraphs[at:at + 3] == ["领导署名：史思泉", "联系人：谢惠阳", "联系电话：0595-22579329"], paragraphs
    assert paragraphs[-1] == "抄送：市人大常委会代表工委、市人大常委会教科文卫工委；市政府督查室。", paragraphs
    ws = load_workspace(seeded_root)
    signs = sign_off(ws, own_replies(ws, FactIndex.load(ws)), False)
    assert (signs.label, signs.signed, signs.copied, signs.by) == ("联系人", True, True, ())


def _reply(n: int, label: str, proposal: bool = False, signatory: str | None = None, cc: tuple[str, ...] = ()) -> SourceMeta:
    return SourceMeta(id=f"r{n}", path=f"seeds/{n}.txt", sha256="0" * 64, kind=REPLY, date=f"2024-0{n}-01", proposal=proposal,
                      contact_label=label, contact=f"承办人{n}", signatory=signatory, cc=list(cc))


def test_replies_that_sign_off_unlike_keep_the_template(tmp_path):
    """Two replies saying 承办人 and two 联系人, or one with a leader's line or a 抄送 among those without: the template's part;
    replies to proposals signing off alike are a proposal's habit before those to suggestions."""
    ws = shangyu_workspace(tmp_path)
    mixed = [_reply(1, "承办人"), _reply(2, "联系人"), _reply(3, "承办人", signatory="王某某"), _reply(4, "联系人", cc=("区政府办",))]
    signs = sign_off(ws, mixed, False)
    assert (signs.label, signs.signed, signs.copied, signs.by) == ("联系人", True, True, ())
    kinds = [_reply(1, "承办人"), _reply(2, "承办人"), _reply(3, "经办人", True), _reply(4, "经办人", True)]
    assert (sign_off(ws, kinds, True).label, sign_off(ws, kinds, False).label) == ("经办人", "承办人")
    assert not sign_off(ws, kinds, True).signed and not sign_off(ws, kinds, True).copied
