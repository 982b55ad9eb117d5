"""h274: the draft's hot loops made cheaper, their results unchanged (checked by hand on real ask phrases)."""

from drafter.compose.select import shared_words


def test_shared_words_runs_from_the_texts_first_character():
    # 1288's ask 畅通科技成果转化渠道 against the bigrams another text shares with it (科技, 转化 not among them)
    grams = {"通科", "畅通", "化渠", "果转", "渠道", "成果", "技成"}
    assert shared_words("畅通科技成果转化渠道", grams) == {"畅通科", "技成果转", "化渠道"}


def test_shared_words_a_word_inside_a_longer_one_is_that_word():
    grams = {"中小", "小学", "学校"}
    assert shared_words("推进中小学校建设，学校", grams) == {"中小学校"}
    assert shared_words("学校学校", {"学校"}) == {"学校"}  # (学校 said twice, 校学 no word: two runs, one word)


def test_shared_words_overlapping_bigrams_and_no_bigram():
    assert shared_words("哈哈哈", {"哈哈"}) == {"哈哈哈"}  # (each place of 哈哈, overlapping, one run)
    assert shared_words("科技创新", {"科"}) == set()  # (only bigrams are words' parts)
    assert shared_words("科技创新", set()) == set()
    assert shared_words("", {"科技"}) == set()
