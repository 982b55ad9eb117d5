"""Small text helpers shared by the readers, the distiller, the composer and the checker.

- :data:`CJK`: the character ranges of Chinese characters, for regex character classes;
  :func:`is_cjk`: a text of Chinese characters only.
- :func:`cn_number` / :func:`cn_numeral`: ordinals in Chinese numerals (``二十三`` ⇄ 23).
- :func:`cn_digits`: a number written digit by digit (``二〇二五`` → 2025).
- :func:`doc_number_year`: the year in a document number (``泉科函〔2025〕81号`` → 2025).
- :func:`nfkc`: ``unicodedata.normalize("NFKC", text)``, several times faster on Chinese text.
- :func:`digit_date`: a date as people type it in digits (``2026-05-20``, ``2026/5/20``,
  ``2026.5.20``, ``2026年5月20日``, ``20260520``; full-width digits too) → a date; :data:`CLOCK`,
  a time of day after a date (``10:15``, ``10:15:02``), for regexes.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from .lazyre import lazy

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


def digit_date(text: str) -> dt.date | None:
    """The date a text in digits is (``2026-05-20``, ``2026/5/20``, ``2026.5.20``, ``2026年5月20日``,
    ``20260520``, full-width ``２０２６年５月２０日``), or None: another form, or no such day."""
    text = nfkc(text).strip()
    for pattern in _DIGIT_DATES:
        match = pattern.fullmatch(text)
        if match:
            try:
                return dt.date(*(int(g) for g in match.groups()))
            except ValueError:
                return None
    return None


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


# Traditional characters and their simplified forms, one for one (a mirror of a page in traditional
# characters: 臺前縣交通運輸局對縣十一屆人大一次會議第25號建議的答復): the words metadata and chrome are read by
# (號 屆 類 會議 答復 縣 區 局 廳…), place and unit words, the usual surnames and the common words around them.
# Only characters that are never a simplified character of their own (not 著 乾 覆 藉 瞭 隻 干 后 里); those after
# 廚厨 none of GB 2312's characters (a mirror's 水毀, 籠子, 曾鮮桂, 片多麵广, 遊港河).
_T2S_PAIRS = (
    "號号 類类 屆届 會会 議议 縣县 區区 書书 廳厅 廣广 東东 臺台 運运 輸输 對对 關关 於于 復复 複复 來来 時时 間间 發发 開开 "
    "業业 務务 員员 際际 鄉乡 鎮镇 黨党 馬马 線线 邊边 約约 納纳 規规 劃划 農农 達达 舉举 國国 門门 財财 衛卫 視视 聽听 辦办 "
    "電电 話话 處处 長长 範范 圍围 環环 資资 濟济 題题 經经 營营 設设 計计 報报 統统 籌筹 醫医 療疗 險险 補补 費费 擔担 級级 "
    "準准 實实 現现 傳传 習习 總总 結结 歲岁 專专 進进 階阶 層层 與与 給给 導导 參参 構构 選选 聯联 絡络 說说 請请 讓让 認认 "
    "識识 調调 記记 錄录 細细 則则 織织 組组 紅红 綠绿 藍蓝 黃黄 觀观 熱热 點点 雙双 應应 當当 歡欢 網网 頁页 頭头 條条 據据 "
    "戶户 鐵铁 銀银 錢钱 項项 萬万 億亿 風风 氣气 體体 質质 產产 勞劳 動动 態态 協协 覽览 瀏浏 擊击 數数 標标 證证 責责 負负 "
    "幫帮 親亲 愛爱 護护 維维 權权 機机 屬属 歸归 檔档 審审 訂订 鑒鉴 鑑鉴 簡简 適适 齡龄 驗验 鹽盐 礦矿 漁渔 養养 飼饲 倉仓 "
    "儲储 糧粮 穀谷 麥麦 豐丰 飯饭 館馆 樓楼 廠厂 場场 園园 鄰邻 師师 學学 兒儿 婦妇 華华 僑侨 僅仅 衆众 眾众 個个 們们 這这 "
    "為为 爲为 問问 稱称 頒颁 佈布 聞闻 訊讯 評评 論论 講讲 諮咨 詢询 讀读 寫写 畫画 圖图 藝艺 術术 歷历 曆历 遺遗 節节 慶庆 "
    "濱滨 灣湾 濕湿 淺浅 潔洁 淨净 溫温 測测 監监 災灾 難难 撥拨 擬拟 將将 積积 極极 穩稳 壓压 確确 帶带 創创 優优 勢势 緊紧 "
    "張张 貫贯 徹彻 紮扎 嚴严 厲厉 懲惩 罰罚 違违 檢检 許许 註注 冊册 鏈链 幹干 職职 稅税 貸贷 債债 賬账 帳账 幣币 價价 貨货 "
    "買买 賣卖 購购 銷销 貿贸 匯汇 彙汇 兌兑 換换 輛辆 車车 軌轨 橋桥 樑梁 燈灯 貼贴 獎奖 勵励 綜综 雜杂 齊齐 隊队 陽阳 陰阴 "
    "陸陆 隨随 鄭郑 劉刘 羅罗 聶聂 陳陈 楊杨 趙赵 吳吴 孫孙 鄧邓 蕭萧 馮冯 葉叶 龍龙 鳳凤 魯鲁 韓韩 蘇苏 賈贾 蔣蒋 譚谭 鍾钟 "
    "鐘钟 顧顾 湯汤 閻阎 瀋沈 盧卢 錦锦 鄒邹 賴赖 龔龚 歐欧 滿满 橫横 寬宽 遼辽 寧宁 閩闽 贛赣 粵粤 瓊琼 陝陕 內内 島岛 嶺岭 "
    "巖岩 峽峡 灘滩 濤涛 漢汉 濰潍 瀘泸 廈厦 莊庄 壩坝 溝沟 滬沪 澤泽 嶽岳 義义 興兴 錫锡 揚扬 閘闸 潁颍 鄲郸 並并 併并 鬆松 "
    "裡里 裏里 麼么 嗎吗 沒没 還还 過过 從从 後后 樣样 種种 變变 連连 麗丽 壯壮 聲声 幾几 雖虽 雲云 塊块 堅坚 執执 墊垫 壞坏 "
    "壇坛 夠够 夢梦 奮奋 寶宝 尋寻 岡冈 廢废 廟庙 彈弹 徑径 徵征 恆恒 惡恶 悅悦 慮虑 憂忧 戰战 擴扩 擁拥 損损 搶抢 擾扰 攜携 "
    "敵敌 斷断 暢畅 暫暂 曉晓 棄弃 樹树 殘残 決决 沖冲 衝冲 況况 滅灭 煙烟 爭争 狀状 獨独 獲获 異异 盡尽 盤盘 礎础 礙碍 禍祸 "
    "窮穷 競竞 筆笔 糾纠 紀纪 純纯 紙纸 紛纷 終终 絕绝 緒绪 編编 練练 縮缩 績绩 繼继 續续 罷罢 聖圣 脅胁 腦脑 臨临 舊旧 艱艰 "
    "蓋盖 薦荐 藥药 蘭兰 虛虚 蟲虫 裝装 製制 見见 覺觉 討讨 訓训 託托 訴诉 診诊 詞词 試试 詳详 誠诚 誤误 課课 談谈 諸诸 謀谋 "
    "謝谢 譽誉 貝贝 貢贡 貧贫 貴贵 賓宾 賦赋 賽赛 贊赞 趕赶 蹤踪 軍军 軟软 較较 載载 輔辅 輕轻 輪轮 輯辑 轉转 遠远 遲迟 遷迁 "
    "郵邮 釋释 針针 鋼钢 錯错 鍵键 鎖锁 閉闭 閒闲 閱阅 闊阔 陣阵 隱隐 雞鸡 離离 靜静 響响 頂顶 順顺 預预 領领 頻频 額额 顏颜 "
    "願愿 顯显 飛飞 餘余 駐驻 鬥斗 魚鱼 鳥鸟 齒齿 掃扫 碼码 讚赞 樂乐 燒烧 爐炉 湧涌 殯殡 棟栋 繳缴 獻献 閣阁 遞递 壘垒 鑄铸 "
    "靈灵 鹹咸 邏逻 輿舆 撫抚 壽寿 濾滤 汙污 汚污 灑洒 亞亚 彌弥 醬酱 無无 兩两 週周 劑剂 廁厕 鞏巩 單单 別别 備备 "
    "畝亩 噸吨 頃顷 鎊镑 訪访 繫系 係系 強强 荊荆 潛潜 紹绍 閑闲 濃浓 揮挥 諾诺 勝胜 啟启 儀仪 該该 勁劲 飲饮 呂吕 糞粪 廚厨 "
    "毀毁 鮮鲜 麵面 籠笼 煒炜 傑杰 榮荣 誌志 偉伟 遊游 窯窑 頓顿 韋韦 瑋玮 輝辉 鋒锋 憲宪 遜逊 瑩莹 鳴鸣 鵬鹏 軒轩 韻韵 穎颖 攝摄 膽胆 纖纤 絲丝 澇涝 閥阀 塹堑 濁浊 瀾澜 渦涡 滲渗 漲涨 滯滞 "
    "澆浇 墾垦 漿浆 蝦虾 鴨鸭 鵝鹅 豬猪 鴿鸽 蠶蚕 驅驱 駕驾 駛驶 艙舱 採采 辯辩 謂谓 詐诈 騙骗 緝缉 攤摊 販贩 鬧闹 蘆芦 葦苇 蘿萝 萊莱 蓮莲 餅饼 餵喂 團团 圓圆 囑嘱 喪丧 嘗尝 啓启 噴喷 夾夹 "
    "奪夺 妝妆 婁娄 媽妈 寢寝 嶼屿 廬庐 彎弯 憶忆 懷怀 戀恋 戲戏 拋抛 掛挂 揀拣 擇择 擠挤 擺摆 攔拦 敗败 敘叙 斂敛 暈晕 曬晒 朧胧 桿杆 棲栖 槍枪 樁桩 櫃柜 殼壳 氫氢 淚泪 淪沦 渙涣 湊凑 滾滚 "
    "滷卤 漸渐 潑泼 潤润 澀涩 濺溅 燦灿 燭烛 爛烂 牆墙 犧牺 狹狭 猶犹 獄狱 獅狮 獸兽 瑣琐 瓏珑 畢毕 疊叠 瘋疯 癒愈 盜盗 盞盏 睜睁 瞞瞒 禮礼 禦御 禪禅 窩窝 竄窜 竊窃 筍笋 築筑 簽签 簾帘 籃篮 "
    "籤签 紋纹 紡纺 絹绢 綁绑 綱纲 緣缘 縫缝 繩绳 繪绘 繡绣 纜缆 罈坛 聰聪 肅肃 脈脉 腎肾 腫肿 膚肤 艦舰 蘊蕴 蝕蚀 蠟蜡 襪袜 覓觅 觸触 誇夸 誼谊 諒谅 謊谎 謹谨 譯译 豎竖 貓猫 貞贞 賀贺 賊贼 "
    "賠赔 賢贤 賤贱 贈赠 贏赢 趨趋 躍跃 轄辖 辭辞 遙遥 釀酿 鈴铃 鉛铅 銅铜 鋪铺 鍋锅 鏡镜 閃闪 闆板 隸隶 靂雳 韌韧 頑顽 頸颈 顆颗 颱台 飄飘 飽饱 饑饥 騰腾 驚惊 髮发 鬍胡 鬱郁 鮑鲍 鯉鲤 鴻鸿 "
    "鵲鹊 鶴鹤 鷹鹰 鹼碱 龜龟 緩缓 鏟铲 錘锤 軸轴 墳坟 壟垄 灤滦 瀉泻 氾泛 濫滥 漬渍 煉炼 熾炽 燼烬 礫砾 碩硕 磚砖 稈秆 穫获 糴籴 糶粜 絨绒 綢绸 緞缎 縱纵 繞绕 羥羟 脫脱 臉脸 膠胶 艷艳 蕩荡 "
    "薊蓟 蘋苹 蟻蚁 詮诠 諧谐 謠谣 豈岂 貯贮 賑赈 賜赐 賞赏 贓赃 躉趸 輻辐 轎轿 邁迈 醞酝 釘钉 鈣钙 銘铭 鋤锄 錨锚 鍛锻 鎔熔 鐳镭 閡阂 闡阐 陘陉 雋隽 靄霭 韜韬 頌颂 頗颇 頰颊 顛颠 飢饥 餃饺 "
    "饅馒 駁驳 駝驼 騎骑 驟骤 髒脏 魷鱿 鯨鲸 鰲鳌 鱗鳞 鳩鸠 鵑鹃 "
    "釣钓 撈捞 賃赁 庫库 褲裤 傘伞 饋馈 紐纽 鈕钮 凱凯 鰻鳗 鱺鲡 鰱鲢 鯽鲫 鱸鲈 鱉鳖 蠔蚝 鯊鲨 鰭鳍 稟禀 蟬蝉 撐撑 牽牵 鐫镌 "
    "棗枣 劇剧 驛驿 靚靓 晉晋 譜谱 踐践 須须 諍诤 慣惯 瘧疟"  # (临沂's and 仙居's mirrors: 音乐劇, 驛站, 精神譜系, 踐行, 必須, hd14)
)
T2S = {ord(pair[0]): pair[1] for pair in _T2S_PAIRS.split() if pair[0] != pair[1]}
_TRADITIONAL = lazy("[" + "".join(chr(c) for c in T2S) + "]")


def simplified(text: str) -> str:
    """``text`` with the traditional characters of :data:`T2S` in their simplified forms; the same
    length, so spans stay valid."""
    return text.translate(T2S) if _TRADITIONAL.search(text) else text


_SIMPLIFIED_FORMS = lazy("[" + "".join(sorted(set(T2S.values()))) + "]")


def mostly_traditional(text: str) -> bool:
    """Whether ``text`` is written in traditional characters (a mirror's page): more of its characters are
    traditional forms of :data:`T2S` than are their simplified forms, never a simplified text with a rare variant."""
    return len(_TRADITIONAL.findall(text)) > len(_SIMPLIFIED_FORMS.findall(text))
