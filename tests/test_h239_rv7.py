"""rv7's review of the morning's merges, findings 1, 2, 3, 7 and 9 (the distil side), each on the reviewer's input."""

from drafter.distill.places import _place_at

from helpers import place_names


def test_a_name_opening_on_a_level_words_character_is_read():
    """内江市, 民权县, 内乡县 open on 内 and 民, which make words after a level word (省内, 市民): a name still starts there at
    the text's start and after a scope (我省内江市), only not inside such a word after another (7位市民打进市长热线)."""
    assert place_names("内江市新建5G基站1200个。") == ["内江市"]
    assert place_names("民权县新建") == ["民权县"] and place_names("内乡县新建") == ["内乡县"]
    assert place_names("我省内江市、宜宾市入选") == ["内江市", "宜宾市"]
    assert place_names("全省内江市等5个市入选") == ["内江市"]
    text = "我市新增高新技术企业350家，内江市新增高新技术企业120家。"
    assert _place_at(text, text.index("内江")) == "内江市"
    assert place_names("7位市民打进市长热线") == [] and place_names("商丘市民权县新增") == ["民权县"]
