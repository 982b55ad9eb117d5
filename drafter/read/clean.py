"""Cleaning shared by every reader: from raw pieces of text to the paragraphs of a Document.

A reader cuts its file into :class:`Piece` objects (a line of a text file, a Word paragraph, an
HTML block, a line of a PDF page) and :func:`clean_blocks` turns them into :class:`Block` objects:

1. whitespace is normalised (full-width/no-break spaces, tabs, zero-width characters) and blank
   pieces are dropped;
2. site chrome and page furniture are dropped (:func:`is_chrome`): "scan with your phone" prompts,
   公网安备/ICP lines, copyright lines, login/registration prompts, print/close/share/font-size
   toolbars, breadcrumbs, previous/next links, view counters, page numbers, a forum post's header, buttons and counters
   (``avatar 发表于 2024-1-19 09:40:22 | 显示全部楼层 |阅读模式``, ``[复制链接]``, ``2. 倒序看帖``, ``• 回复:0``) and its calls to
   register (``马上注册,结交更多好友…。``) or to log in for its attachments (``您需要 登录 才可以下载或查看,没有账号?注册``), its board's tag
   opening a thread's title (``[城事] 【关注】…``), a news site's hotlines
   and address and its editors' credits, disclaimers, reprint and copyright notices, a document-sharing site's notice of who shared
   the text (由会员分享…, 小编为大家整理…), comment counters and an old browser's notice (even as a sentence), a chart's data, lines with nothing to read
   (``![]() |``) and bare codes (an image's hash); so are a comment board's rules, a paper's list of its page's headlines,
   another page's teaser cut short (``…方向班开...``) and a mark a page stamps at the end of its lines (:func:`clean_blocks`), and a
   forum's anti-scraping strings within its lines (``…交通网。8 o1 _1 N& M3 z: r``, :func:`strip_jammer`);
3. the text is normalised (:func:`normalize_text`): list bullets and a closing footnote mark ``[1]``
   stripped, a Chinese-numeral year typed with a letter O read as one (二OO五年 → 二〇〇五年), half-width ``, : ; ( ) ? !``
   next to Chinese turned full-width, spaces between a plain number and Chinese removed, as is a space a mirror printed
   after a decimal point within a sentence (13. 47亿条), spaced-out
   label words (``联 系 人``) closed up, spaces after/before full-width punctuation removed, and the spaces a
   wrapped file's joined lines left between Chinese characters in a line of prose (创 新主体, three or
   more outside brackets and quotes);
4. paragraphs broken by page breaks or hard wraps are rejoined (:func:`should_join`), never across
   a blank line of a text file (``Piece.ends``); a line the
   reader knows fills the whole width of its page (a PDF line) goes on in the next one unless that
   opens with numbering or is a date, even when it looks like a heading (``1.新建…创新载体`` / ``42家，…``);
   a document-sharing site's preview chunk (``2、，整合…``) goes on in the chunk numbered before it when
   that stopped mid-sentence (:func:`_next_chunk`).

The rules are about the shape of the text, never about a particular document's wording.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from ..grammar import (
    CHAPTER_NUMBER, CIRCLED_NUMBER, CN_DAY, CN_MONTH, DASHED_DATE, DATED_ADDRESS, DIGIT_DAY, DIGIT_MONTH, HEADED_BREAK, HEADING_NUMBERS,
    OWNER_KEYS, CHART_ROLES, PICTURE_ROLES, CLOSING_CREDIT, END_MARK, ITEM_START, SUPPLIED_CREDIT, LETTER_OPINION, LETTER_SENT, NEWS_COLUMN_WORDS, PHOTO_CREDIT, PLAN_FIELD_WORDS, PUBLISHING_ADVERBS, SITE_FOOTER, SUBSECTION_NUMBER, TIME_WORDS, UNIT_END, UNIT_NAME, words,
)
from ..lazyre import lazy
from ..model import Block
from ..reply import PLACEHOLDER_RE, is_figure_flag
from ..textutil import CJK, CLOCK, is_cjk, simplified

# Full-width punctuation that counts as "Chinese context" for the half-width → full-width rule.
CJK_PUNCT = "，。、；：？！“”‘’（）《》〈〉【】〔〕…—「」『』"
_CTX = CJK + CJK_PUNCT

# Sentence-final punctuation, optionally followed by closing quotes/brackets.
_CLOSERS = "”’」』）)》〉】〕\"'"
_TERMINAL = lazy(rf"[。！？；：…!?;:.][{re.escape(_CLOSERS)}]*$")
# …of a statement or its clause: its full stop or semicolon (not a caption trailing off, 如今已不是旧模样……, nor a headline's
# cry, …上线！); or a field a plan prints under each item (责任单位：市住房和城乡建设局, 完成时限：2024年12月底前, rv5; not a site's
# 友情链接：…, rv6) — never a page's clutter, however often printed.
_NEVER_CLUTTER = lazy(rf"[。；][{re.escape(_CLOSERS)}]*$|^(?:{words(PLAN_FIELD_WORDS)})[:：]\s*\S")
# A line ending with one of these clearly continues on the next line.
_CONTINUES = lazy(r"[，、,（(“《—\-]$")
# A line opening on a dash (——这十年，我们坚持办“人民满意”的教育，发展活力更加强劲): a feature's subtitle, a line of its own.
_DASH_LEAD = lazy(r"^[—－]{2}")

# Numbering that starts a heading (the grammar's: 一、 （一） (一) 1. 1、 （1） 1.1 第X章 ①) or an
# item (一是).
_HEADING_MARK = lazy("^(?:" + "|".join(
    [rx for _, rx in HEADING_NUMBERS] + [rf"{SUBSECTION_NUMBER}(?=\s|[{CJK}])", CHAPTER_NUMBER, CIRCLED_NUMBER]) + ")")
_ITEM_MARK = ITEM_START
# A label before a colon: 联系人： 领导署名： 抄送： 答复类型： 备注/文号: 林永红代表：
_LABEL = lazy(rf"^[{CJK}A-Za-z/ ]{{1,10}}[：:]")
# A distribution list (抄送：A、B；) that stops on a separator goes on in the next line.
_LIST_LABEL = lazy(r"^(?:抄送|主送|分送|报送|发送)[：:].*[、，；,;]$")
_DATE_LINE = lazy(rf"^(?:{DIGIT_MONTH}(?:{DIGIT_DAY})?|{CN_MONTH}(?:{CN_DAY})?|{DASHED_DATE})$")
# A date in digits opening a line: 2024-07-16, 2024年7月16日
_LINE_DATE = rf"^(?:{DASHED_DATE}|\d{{4}}年\d{{1,2}}月\d{{1,2}}日)"
# A line that opens with a date and goes on with a time or a label: "2024-07-16 07:30 来源：…", or a page's field run
# into the date (2024-12-24来源:新华社作者:…: a news page's byline, hd20b)
# (its count of views one: 浏览：639, 点击:12 — pattern text)
VIEW_FIELDS = "浏览|点击|阅读"
BYLINE_FIELDS = rf"(?:(?:本文)?来源|作者|记者|编辑|责任编辑|{VIEW_FIELDS}|字号)[：:]"
_DATED_LINE = lazy(rf"{_LINE_DATE}(?:\s|(?={BYLINE_FIELDS}))")
# A news page's byline under its headline: its date, perhaps its time, then a field (2024-12-24来源:新华社作者:…).
DATED_BYLINE = lazy(rf"{_LINE_DATE}\s*(?:{CLOCK}\s*)?{BYLINE_FIELDS}")
# A page's dateline naming its site's address and the day it posted, nothing said (http://www.kxys.org.cn〢发布：kxys.org.cn
# [2020-08-07] under its headline, hd70b): the page's, no statement.
SITE_DATELINE = lazy(rf"^(?=[^。；，！？]*?[A-Za-z0-9-]\.(?:com|cn|net|org)\b)(?=[^。；，！？]*?{DASHED_DATE})[^。；，！？]{{0,80}}$")
# A page's timestamp opening a line (2023-03-08 10:15:02 范文参考): a dateline, never half a paragraph.
_TIMESTAMP = lazy(rf"{_LINE_DATE}\s*{CLOCK}")
# (or closing it, after the publisher's name: 梨树县人民政府   2023-09-12 08:49:00, or its day alone after the
# publisher and the channel: 郑州市生态环境局上街分局 政协提案 2025-07-08; or the day a unit signed, written out, after its name: 杭州市余杭区
# 人民政府办公室 2025年10月28日 — the plan's text starts on the next line)
_ENDS_IN_TIMESTAMP = lazy(rf"(?:^|\s){DASHED_DATE}(?:\s+{CLOCK})?$"
                          rf"|^[{CJK}]{{2,30}}?(?:办公室|办公厅|人民政府|政府|局|委员会|厅|中心)\s*\d{{4}}年\d{{1,2}}月\d{{1,2}}日$")
# A news item's lede opening on its day (9月11日，…, 4月21日下午，…; or a day it does not name: 近日,陕西省西安市召开…, hd24a;
# or the reporter's day: 记者3月24日从…获悉, hd37b): after a short line without a stop, the headline, it starts anew.
_UNNAMED_DAY = "近日|日前"  # a day the lede does not name, its own or the reporter's
# The time a news lede opens on (9月11日下午, 近日, 近期): here and in distill's bylines (facts._LEDE_TIME).
LEDE_TIME = rf"\d{{1,2}}月\d{{1,2}}日(?:上午|下午|晚上|晚间|中午)?|{_UNNAMED_DAY}|近期"
_LEDE_DAY = lazy(rf"^(?:(?:{LEDE_TIME}|昨日|昨天)[，,]"
                 rf"|记者(?:(?:\d{{1,2}}月)?\d{{1,2}}日|{_UNNAMED_DAY})(?:从|在|获悉))")
# A line ending in the value of a page's metadata label (来源：成都日报) does not go on.
_ENDS_IN_LABEL = lazy(r"(?:来源|作者|记者|编辑|责任编辑|发布时间|发布日期|更新时间|时间|日期)[：:][^，。；：]{1,20}$")
# The words naming a document's kind, which a title ends in (答复, 总结, 要点; …办理人大代表建议政协委员提案情况: a report's).
DOC_KIND_WORDS = (r"答复|建议|提案|总结|安排|计划|打算|思路|报告|通知|意见|方案|办法|规定|措施|决定|要点|通报|函|规划|纲要|细则|"
                  r"条例|说明|(?:建议|提案|办理|工作|完成|落实|进展|执行)情况")
# Titles: no sentence punctuation, ending in a document-type word or starting with 关于.
_TITLE = lazy(rf"^(?:关于.*|.*(?:{DOC_KIND_WORDS})(?:（[^（）]*）|\([^()]*\))?)$")
_SENTENCE_PUNCT = lazy(r"[，。；！？,;!?]")
_INNER_FINAL = lazy(r"[。！？；!?;]")

# One character alone on a line after a sentence stopped mid-way: what a hard wrap left over (…片区）/预/计实现…).
_WRAP_RESIDUE = lazy(rf"^(?!无$)[{CJK}]$")  # (not 无, an empty field's value: 文号 / 无)
# A year alone on a line, its 年 on the next (a table's cell broke 2017年，我局共承办… after the digits).
_YEAR_ALONE = lazy(r"^(?:19|20)\d{2}$")
# A title on the line after a paragraph stopped mid-way starts anew (a page's preview of the
# text, cut off, then the document's title): up to this length.
MAX_TITLE = 40
# A picture's file name left on its line where the page showed it (图一 陶溪川历史文化街区陶然集.JPG): chrome; where it is named in
# words between paragraphs, the short line of no stop right under it is the picture's caption (陶溪川歷史文化街區陶然集, 中國陶瓷產業貿易數字化大會11月8日在景德鎮召開, hd53a), no
# heading nor a paragraph's part.
PICTURE_FILE_ENDS = "jpe?g|png|gif|bmp|webp"
_PICTURE_FILE = lazy(rf"\.(?:{PICTURE_FILE_ENDS})$", re.I)
_CJK_RUN = lazy(rf"[{CJK}]{{2}}")
# A line the page prints this many times or more, of a sentence's length (a photo's caption under each picture: 她们，
# 承载了薛城人太多记忆，如今已不是旧模样…… ×10, hd43a; not a table's cell, 已完成): its prints after the first are clutter,
# neither a paragraph's part nor a heading (the first may be its headline, 大众网's over its fields, hd24; or a sentence a
# clerk said under each heading, kept once: qa18); never a whole sentence (a plan's 完成时限：2024年12月底前。 under each of
# its items, rv4).
CLUTTER_REPEATS = 3
CLUTTER_LEN = 10
# A paragraph shorter than this that does not end in a continuing mark is a title, caption,
# label, unit name or date, never half of a broken paragraph.
MIN_BROKEN_LEN = 20

_SPACES = lazy(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = lazy(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_CONTROL = lazy(r"[\x00-\x08\x0b-\x1f\x7f]")

# --- site chrome ---------------------------------------------------------------------------

# How a page's breadcrumb opens: 当前位置：首页 > …, 您当前的位置：首页 » ….
_WHERE = "当前位置|您当前的位置|您当前位置|您的位置|您现在的位置|你的位置|所在位置"
# What a reader does on a page's screen, and what it shows them there (a call to it is chrome: 打开…查看精彩图片).
_SCREEN_VERBS = "打开|点击|点此|轻触|下载|安装|展开|收起|查看|阅读|进入|前往|返回|分享到|分享至"
_SCREEN_THINGS = "图片|大图|原图|图集|高清|全文|原文|更多|详情|视频|精彩|APP|客户端|上一级"
# A forum post's header: its poster (or the avatar's alt text) and the time it was posted, then its buttons (avatar 发表于
# 2024-1-19 09:40:22 | 显示全部楼层 |阅读模式; • 发表于:2019/12/7 13:50:45 of a forum's repost, hd57b); or a line of its buttons
# alone, after its poster's name at most (楼主| 只看该作者 |倒序浏览, 倒序看帖, 不甚了了 楼主回复) — never a button's words inside a
# sentence (为既有住宅加装电梯36部，实现电梯直达各楼层: rv20): chrome, and the page a forum's (:func:`on_forum`).
_FORUM_BUTTONS = "显示全部楼层|只看该作者|只看楼主|倒序浏览|倒序看帖|电梯直达|楼主回复|楼主"
FORUM_POST = lazy(rf"^[^，。；：]{{0,24}}?发表于\s*[:：]?\s*{DASHED_DATE}"
                  rf"|^(?:[^，。；：\s]{{1,12}}\s+)?(?:(?:{_FORUM_BUTTONS})\s*[|｜]?\s*)+$")
# The longest line a forum post's header fills (its poster, time and buttons: 47 characters of hd34b's).
FORUM_LINE_LEN = 60
# The longest a short line of chrome runs (a button's, a counter's, a call's: 打开APP查看高清大图, • 回复:0).
SHORT_CHROME_LEN = 30
# The roles a news item's credits name its staff by (编辑：… 校对：… 审核：… 终审：…).
EDITING_ROLES = "总监制|监制|责任编辑|编辑|责编|校对|审核|审校|终审|初审|复审"
_CHROME_SEARCH = [  # (pattern, max line length it applies to)
    (lazy(r"扫一扫.{0,12}(?:手机|移动端|微信).{0,12}(?:查看|打开|浏览|阅读|分享)"), 60),
    (lazy(r"公网安备"), 100),
    (lazy(r"ICP\s*[备证]|互联网新闻信息服务许可证|网站标识码|网站识别码|技术(?:支持|服务)\s*[:：]|建议使用.{0,30}浏览器|最佳浏览|分辨率", re.I), 160),
    # the site's builder named in its footer (华光照排公司 提供技术服务) and its readers' rating box (网友为此稿件打分的平均分是：)
    (lazy(r"提供技术(?:支持|服务)$|(?:打分|评分)的?平均分"), 40),
    (lazy(r"版权所有|Copyright|©|\(c\)\s*\d{4}", re.I), 120),
    # its link to its notices after the site's name (怀远热线版权及免责声明), alone or run into the item's editor's credit
    # (…免责声明责任编辑：怀论舒漫, hd74a)
    (lazy(rf"^[^，。；：\s]{{0,16}}?版权(?:[及和与、]?(?:免责|法律))?声明\s*(?:$|(?:{EDITING_ROLES})\s*[:：])"), 60),
    (lazy(rf"^(?:{_WHERE}|当前页面|位置)\s*[:：]"), 80),
    (lazy(rf"^(?:{_WHERE})\s*首页(?:\s|$)"), 80),  # (its colon and arrows lost: 您的位置首页  种植技术  水果种植)
    # a paper's masthead, the body it answers to or is run by alone on a line (国家市场监督管理总局主管, 中国消费者协会主办)
    (lazy(r"^[\u4e00-\u9fff]{4,24}\s*(?:主管|主办)$"), SHORT_CHROME_LEN),  # (长城新媒体集团  主办, hd45b)
    (lazy(r"^首页\s*[>›»＞/]"), 80),
    # a paper's page label and its issue under its masthead (第1版:时政要闻 PDF原版PDF下载, 星期三 第1698期, hd61a)
    (lazy(r"^第\s*[A-Z]?\d{1,3}\s*版\s*[:：]|^(?:(?:19|20)\d{2}\s*年[\d\s月日]*)?星期[一二三四五六日天]\s*第\s*\d+\s*期$"), 40),
    # a site's toolbar: its reading modes and buttons alone (无障碍浏览 长者模式 打开适老化模式 政府信箱 加入收藏 x)
    (lazy(r"^(?:(?:无障碍(?:浏览|阅读)?|长者模式|关怀版|(?:打开|关闭)?适老化(?:模式|版)?|政府信箱|加入收藏|设为首页|繁體|简体|[xX×])\s*)+$"), 60),
    # (after an arrow, one a symbol font's digit became: 3上一篇  下一篇4 of a paper's page, ◄上一篇)
    (lazy(r"^[\d<←◀◄《\s]{0,3}(?:上一篇|下一篇|上一条|下一条|上一页|下一页)"), 80),
    # a link to a site's home page (进入惠州市政府门户网站首页, 返回首页)
    (lazy(r"^(?:进入|返回|回到)[^，。；]{0,20}首[页頁]$"), SHORT_CHROME_LEN),
    # a site's notice on a link leaving it (您所访问的页面将跳转到第三方网站，确定要继续吗？, 即将离开“某某市人民政府”门户网站)
    # and its English label of a channel, a lower-case word or two alone on a line (governor, news center)
    (lazy(r"(?:将|即将)(?:跳转|离开)[到至]?[^，。]{0,16}网站|即将离开本?(?:站|网站)"), 60),
    (lazy(r"^[a-z]{3,}(?: [a-z]{2,}){0,3}$"), 40),
    (lazy(r"^(?:分享到|分享至)"), 60),
    # a news site's or app's call to its reader, a line of such calls alone: a verb of the reader's screen and what it
    # shows, last (打开网易新闻 查看精彩图片, 点击查看大图, 打开APP阅读全文, 下载客户端 查看更多): no heading (打开发展新局面, 进入高清时代)
    (lazy(rf"^(?=.*(?:{_SCREEN_THINGS})[!！>》»]*$)(?:(?:{_SCREEN_VERBS})[^，。；！？\s]{{0,10}}[\s，,]*){{1,3}}$", re.I), SHORT_CHROME_LEN),
    # …or a link's label calling to read more of a kind, whatever it names (点击查阅更多2021年地方政府工作报告 over a report, hd65d)
    (lazy(r"^(?:请)?(?:点击|点此)(?:查阅|查看|阅读|浏览|了解|获取)更多"), 40),
    # an image's or a video's place-holder alone on a line, left where the page showed it (图片, [图片]: hd39b's 图片 became a section;
    # 文章插图, hd64b)
    (lazy(r"^[\[【（(]?(?:文章)?(?:图片|图像|视频|插图|配图)[\]】）)]?$"), 6),
    (lazy(r"^正在阅读\s*[:：]"), 80),  # 正在阅读：<the page's own headline>
    # a news app's top bar: the day's weather and its buttons (杭州小雨21℃-19℃ 下载APP 我要投稿, h258); its weather a place's
    # sky and the day's range in ℃, not a latitude (地处北纬30°至31°之间) nor a table's cell (平均气温-2℃~5℃, rv15 8)
    (lazy(r"^[^，。；\d]{0,8}?(?:晴|阴|雨|雪|云)[^，。；\d]{0,4}?-?\d+\s*℃\s*[-~～至/]\s*-?\d+\s*℃|我要投稿|^下载\s*APP", re.I), 40),
    (lazy(r"^评论列表\s*[（(]\d+\s*条?[）)]$"), 20),  # 评论列表(0条): an empty comment box
    (lazy(r"扫描二维码|扫码(?:阅读|查看|浏览|分享)|^在(?:您|你)的(?:设备|手机)上(?:浏览|查看|阅读|打开)"), SHORT_CHROME_LEN),  # 扫描二维码随身看资讯,
    # 用微信扫描二维码; 扫描二维码 / 在您的设备上浏览本页
    # (and its greeting to a guest over the buttons: 你好，游客 登录 注册 搜索, hd69a)
    (lazy(r"(?:您好|你好).{0,10}(?:请|欢迎).{0,4}(?:登录|登陆)|(?:登录|登陆)后.{0,10}(?:查看|评论|留言|下载|操作|访问)"
          r"|^(?:您好|你好)[，,\s]*(?:游客|访客)\s*(?:登录|登陆)\s*[|｜/]?\s*注册"), 40),
    # a bar of login links (公务安全邮箱登录 | 政务服务门户登录 |): each item a place to log in or register
    (lazy(r"^(?:[^|｜，。；]{1,12}(?:登录|登陆|注册)\s*[|｜]?\s*){2,}$"), 60),
    (lazy(r"欢迎(?:访问|光临|来到|浏览).{0,24}(?:网站|网|门户|平台|主页|文库)"), 80),
    # a document library's file card: ID:16903377, 大小:17.00 KB, 页数:3页
    (lazy(r"^(?:ID|编号)\s*[:：]\s*\d+$|^大小\s*[:：]\s*[\d.]+\s*[KMG]B$|^页数\s*[:：]\s*\d+\s*页$", re.I), SHORT_CHROME_LEN),
    (lazy(r"^[^，。；]{2,24}欢迎(?:您|你)[！!]?$"), SHORT_CHROME_LEN),  # 某县人民政府欢迎您！
    (lazy(r"^[^，。；\s]{2,24}\s+(?:https?://)?www\.[A-Za-z0-9.\-]+$", re.I), 60),  # 某县人民政府 www.….gov.cn
    # a page's own address, a media or attachment link, a date-of-today widget
    # (its label too: URL: https://www.longling.gov.cn/info/5634/176318.htm, 原文链接：…)
    (lazy(r"^(?:(?:URL|网址|链接|原文链接|原文地址|本文链接)\s*[:：]\s*)?(?:https?://|www\.)\S+$", re.I), 400),
    (lazy(rf"\.(?:mp3|mp4|wav|avi|flv|pdf|docx?|xlsx?|wps|zip|rar|{PICTURE_FILE_ENDS})$", re.I), 160),
    (lazy(r"^今天是\s*[:：]?"), 40),
    # a chart's data, a day and a count each (2025-12-26,12687| 2025-12-25,12675| …)
    (lazy(rf"^(?:{DASHED_DATE}\s*[,，]\s*\d+\s*[|｜]?\s*){{2,}}$"), 4000),
    (lazy(r"^浏览\s*[:：]?\s*\d+\s*次(?!.*(?:时间|日期)\s*[:：]\s*(?:19|20)\d{2})"), 60),  # not 浏览:740次'时间:2024年1月5日
    # the site's footer: who runs it, where it is
    (lazy(r"(?:主\s?办|承\s?办|维\s?护)(?:单位)?\s*[:：].{0,60}(?:地址|邮编|邮政编码|承办|维护|电话)\s*[:：]"  # (主 办：…)
                r"|地址\s*[:：].{0,60}(?:邮编|邮政编码)\s*[:：]"
                r"|^\S{2,24}主办\s+\S{2,24}(?:承办|技术(?:支持|服务))"), 160),  # (某区人民政府主办 某区政府办公室承办 电话：…;
    # 临沂市体育局主办 市政府网站群技术支持, hd28c)
    # (and its mail and domain: Email:…@….cn 中文域名:某县人民政府.政务)
    (lazy(r"^(?:E-?mail|电子邮箱|电子信箱|邮箱)\s*[:：]\s*\S+@|中文域名\s*[:：]", re.I), 100),
    # a news site's footer: its hotlines and its address
    (lazy(r"举报(?:电话|邮箱|中心)|(?:发行|广告|爆料|新闻|投稿|订阅)热线|^(?:服务热线|法律顾问|(?:联系|通讯|通信)?地址)\s*[:：]"), 100),
    # a news item's credits: 编辑：… 校对：… 审核：…; 罗某 何某 文/图
    (lazy(rf"^(?:责任)?编辑\s*[:：]\S+\s+(?:{EDITING_ROLES})\s*[:：]"), 80),
    # (or run together, its staff's roles first: 總監制:黃金杰監制:陳葉靜責編:趙海鎮編輯:項露露)
    (lazy(rf"^(?:(?:{EDITING_ROLES}|出品人|总编辑|主编|统筹|制作)\s*[:：]\s*[\u4e00-\u9fff]{{2,4}}\s*){{2,}}$"), 60),
    # (or one role on its line, its names after it: 校对：党琦 刘诗雅 王婧 樊洁 刘曼容, 终审：张海滨, hd59b)
    (lazy(rf"^(?:{EDITING_ROLES})\s*[:：]\s*[\u4e00-\u9fff]{{2,4}}(?:[\s、，,]+[\u4e00-\u9fff]{{2,4}})*$"), 60),
    (lazy(rf"^(?:[{CJK}]{{2,4}}\s+)+(?:{words(PICTURE_ROLES)})$"), 40),
    # (its role first, then a colon or a space: 制图 田兰芳 over a page's chart, h258; not a heading, 设计理念, 摄影比赛, rv15 8)
    (lazy(rf"^(?:{words(CHART_ROLES, PICTURE_ROLES)})(?:\s*[:：]|\s)\s*[{CJK}]{{2,4}}(?:[\s、][{CJK}]{{2,4}})*$"), SHORT_CHROME_LEN),
    # (a photo's caption crediting its photographer: 阿里地区某代表发言 杨某（摄）)
    (lazy(rf"[（(]\s*(?:{words(PICTURE_ROLES)})\s*[）)]$"), 60),
    # (or said twice on its line, an image's alt text and its caption, no mark between: 曹妃甸稻农心里乐开花 曹妃甸稻农心里乐开花)
    (lazy(r"^([^，。；！？\s]{4,40})\s+\1$"), 90),
    # a comment box: its fields without values (姓名：城市：手机：邮箱：) and its disclaimer (所有评论谨代表网友意见，…仅保持中立)
    (lazy(rf"^(?:[{CJK}]{{1,4}}\s*[:：]\s*){{3,}}$"), 40),
    (lazy(r"谨代表网友(?:个人)?(?:意见|观点)|仅保持中立"), 60),
    # (in brackets at its end: （通讯员 谈某）, （记者 王某 通讯员 李某）; not its 来源, which names a writer)
    # (its outlet before the role: （天门市融媒体中心记者 熊旋 付磊磊）)
    (lazy(r"^[（(]\s*(?:[^（）()，。:：\s]{2,16}?(?=通讯员|记者))?(?:(?:通讯员|记者|作者|编辑|责编|摄影|摄)\s*[:：]?\s*[^（）()，。:：]{2,12}\s*)+[）)]$"), 40),
    # (or a line of them alone, its outlet before a role: 通讯员刘建鹏兰州日报社全媒体记者常舒清, hd52a)
    (lazy(r"^(?:[\u4e00-\u9fff]{0,12}?(?:通讯员|记者|摄影|摄像)\s*[:：]?\s*[\u4e00-\u9fff]{2,3}\s*){2,}$"), 40),
    # a news account's plug: its new channel (天门发布官方视频号上线) and its call to follow it (欢迎关注)
    (lazy(r"(?:视频号|公众号|抖音号|头条号|微博号)(?:正式)?(?:上线|开通)了?[！!]?$|^(?:欢迎|敬请)关注"), SHORT_CHROME_LEN),
    (FORUM_POST, FORUM_LINE_LEN),
    (lazy(r"(?:^|\s)(?:阅读|回复)\s*[:：]\s*\d+$"), SHORT_CHROME_LEN),  # (and its counters: • 阅读:11991, • 回复:0)
]
# A site's disclaimer or reprint notice, even when it ends in 。: 免责声明：…, 本网站所有文章均不代表
# 我站观点, 未经…书面授权，任何人不得转载…, 转载请注明出处; numbered, too (二、凡来源非北疆新闻的新闻（作品）只代表本网传播该消息，
# 并不代表赞同其观点: hd36b, no section heading).
_NOTICE = lazy(
    r"^免责声明|不代表本?(?:站|网|网站|我站|平台)(?:任何)?(?:的)?(?:观点|立场)|不代表(?:本?(?:站|网|网站|平台))?赞同其(?:观点|立场)|(?:不得|禁止|严禁|请勿)(?:擅自)?(?:转载|复制|镜像)"
    r"|转载请(?:注明|保留)|均为(?:公益)?转载|版权归原?作者所有|(?:作品|文章|内容|图片)(?:搜集|收集|来源|转载)(?:于|自)网络"
    r"|^\d*\s*条(?:回复|评论)|^暂无(?:评论|讨论|回复)"
    # a forum's call to register, even as a sentence (马上注册，结交更多好友，享用更多功能，让你轻松玩转…社区。; 立即注册。已有帐号？
    # 登录或使用QQ登录…, hd57b)
    r"|^(?:马上|立即|免费)注册[，,。.！!\s]|已有(?:帐|账)号[？?]"
    # (and its wall over a post's attachments: 您需要 登录 才可以下载或查看，没有账号?注册, hd62b)
    r"|^(?:您|你)需要\s*(?:登录|登陆)\s*才(?:可以|能)|没有(?:帐|账)号[？?]\s*\S{0,4}注册"
    # a news account's call to follow it for its news, even as a sentence (关注河北新闻网，了解河北最新新闻。; 更多精彩资讯请关注
    # tft每日头条，我们将持续为您更新最新资讯！ hd49b): the reader bidden to follow or subscribe to a channel (its 网, 号, 头条,
    # 客户端…) to learn, get or see its latest, asked to follow for more, or told it will keep them coming
    r"|^(?:请|欢迎|敬请|点击|长按)?(?:关注|订阅)[^，。！？]{1,16}?(?:网|号|头条|客户端|APP|微博|微信|频道)[，,]\s*(?:了解|获取|查看|第一时间)"
    r"|(?:更多|最新)[^，。！？]{0,12}请(?:您|你)?(?:关注|订阅)|(?:持续|及时|每日)为(?:您|你)(?:更新|推送|带来)"
    # (or to scan its QR code to follow it: 更多资讯，欢迎扫描下方二维码关注仙桃网（cnxiantao）…官方微信。 hd52b)
    r"|扫(?:描|一扫)?[^，。！？]{0,6}二维码[，,]?\s*(?:即可|并)?(?:关注|订阅)"
    # (its tail on a line of its own, the account's handle and kind: （hai_xiantao）官方微信。)
    r"|^[^，。！？]{0,12}[（(][A-Za-z0-9_\-]{3,}[）)]\s*(?:官方)?(?:微信|微博|公众号|抖音号?|视频号)[。！!]?$"
    # a site's copyright notice: 版权声明：凡注明“来源：中国西藏网”…的所有作品，版权归…公司。任何媒体转载…（hd35c）
    r"|^版权(?:声明|所有)|^凡注明[“\"]?(?:来源|稿源)|版权(?:归|属于?)[^，。；]{2,30}(?:所有|公司)"
    # a document-sharing or essay site's notice: 《….docx》由会员分享，可在线阅读…请在…上搜索;
    # 下面是小编为大家整理的…，供大家参考
    r"|由(?:会员|用户|网友)(?:上传)?(?:分享|上传)|小编(?:为|给)?(?:大家|您|你)?(?:精心|用心)?(?:整理|收集|搜集|准备|带来)"
    # (本站的会员“crazylaugh”为你整理了这篇…范文，希望能给你的学习、工作带来参考借鉴作用。)
    r"|(?:本站|本网|我站)的?(?:会员|网友|用户|编辑)[^，。]{0,24}?(?:为|给)(?:大家|您|你)(?:精心|用心)?(?:整理|收集|搜集|准备)"
    r"|希望(?:能|可以)?(?:给|对|为)(?:大家|您|你)的?学习[、和]?工作"
    # and its download notes: 请放心下载, 下载前请仔细阅读…, …请联系客服, 超出免费预览范围, 上传人：… 文档编号：…
    # (in the site's own words: 为企业提供…免费下载, 可在线咨询客服, 在下载前需… are report sentences)
    r"|请放心下载|下载前请|下载(?:文档)?时可能|请联系(?:在线)?客服|超出免费预览|^上传人\s*[:：].{0,40}文档编号"
    # and its end of preview: 预览结束，免费获取全文或定制代笔此类文章…; 文稿预览结束，查看原文请点击…
    r"|预览结束|免费获取全文|定制代笔|(?:查看|阅读)(?:全文|原文)请"
    # and its wall: （阅读全部图文内容，您需要先登录！）
    r"|(?:阅读|查看)全部[^，。]{0,8}，?(?:您|你)?需要?先?登录"
    # and its name over a document's title: 腾讯文库2020年县民政局工作总结
    r"|^(?:腾讯文库|百度文库|道客巴巴|豆丁网?|原创力文档|人人文库|360文库|爱问共享资料|文档之家)"
    # a reposting site's disclaimer: 郑重声明：此文内容为本网站转载企业宣传资讯…与本站立场无关
    r"|^郑重声明|(?:此|本)文(?:内容)?(?:为|系)本?(?:网站|站|网)转载|与本?(?:网站|站|网)立场无关"
    # (本文转载于网络，如涉及版权问题请…联系，我们定会配合删除)
    r"|^(?:本文|此文|文章)(?:转载|转自|来源|来自|摘自)于?网络|如(?:涉及|有|存在)(?:版权|侵权)问题"
    # (声明：转载此文是出于传递更多信息之目的。若有来源标注错误或侵犯了您的合法权益，请作者持权属证明与本网联系…: hd50b)
    r"|(?:出于|在于)传递更多信息|若?(?:有|存在)(?:来源|出处)(?:标注)?错误"
    # a comment board's rules on its readers' words (大理时讯拥有管理笔名和留言的一切权力。您在…留言板发表的言论，…有权在网站内转载或引用。, hd61a)
    r"|(?:管理|删除)(?:笔名|昵称|网名)和(?:留言|评论)|(?:留言|评论)(?:板|区)?(?:上)?发表的(?:言论|评论|内容)[^。]{0,16}?有权"
    # a page's notice on an old browser: 您的IE浏览器版本太低，请升级至IE8及以上版本或安装webkit内核浏览器。
    r"|浏览器(?:的)?版本(?:太|过)低|请(?:升级|更换)(?:至|到|为)?\s*(?:IE|浏览器)"
)
MAX_NOTICE = 200
# A site's notice on its own works and reposts, however long (本网注明“来源：XXX（非中国质量新闻网）”的作品，均转载自其他媒体，
# 转载目的在于传递更多信息，并不代表本网赞同其观点…): a line opening on the site and its marking of works, no report's sentence.
_SITE_NOTICE = lazy(r"^(?:凡)?(?:本网|本站|本网站)(?:注明|未注明|所载|刊载|发布)[^。]{0,40}?(?:作品|文章|稿件|内容)")
# A line with nothing to read (![]() ![]() |, ---) or one bare code (an image's hash
# f3a9c1d27e6b4d0a9c8e5b7a1d2c3e4f): page residue, not text.
_NOTHING_TO_READ = lazy(rf"[{CJK}A-Za-z0-9]")
_BARE_CODE = lazy(r"^(?=[A-Za-z0-9_\-/]*\d)(?=[A-Za-z0-9_\-/]*[A-Za-z])[A-Za-z0-9_\-/]{16,}$"  # (an index code: 11511122MB16320264/2023-00040)
                  r"|^\d{6,}(?:-\d+)?[A-Za-z\d]*/(?:19|20)\d{2}-?\d{3,}$")  # (of digits: 005299216/2017-00032, 640104-107/2019-00169,
# 0152885889/202200316)
# Chrome inside a line that also holds something worth keeping (a date, a source):
# "发布时间：2025-06-01 浏览次数：123 字号：[大 中 小] 【打印】".
_INLINE_CHROME = lazy(
    r"(?:浏览|阅读|访问|点击)(?:次数|量|数)\s*[:：]\s*\d*|^浏览\s*[:：]?\s*\d+\s*次\W?"
    r"|[【\[（(]?\s*(?:字号|字体)\s*[:：]?\s*[【\[（(]?\s*大\s*中\s*小\s*[】\]）)]?(?:\s*[】\]）)])?"
    r"|(?:字号|字体)\s*[:：]\s*[【\[（(]\s*[】\]）)]"  # the switch its sizes' links lost (字体:[  ])
    r"|[【\[](?:打印|关闭|打印本页|关闭窗口|收藏|分享|返回顶部|纠错|我要纠错)[】\]]"
    r"|[【\[]\s*大\s*中\s*小\s*[】\]]"  # a font-size switch without its label
    r"|第\s*\d+\s*页\s*[,，/]?\s*共\s*\d+\s*页"  # a library's page count run into the text: 第1页共8页区水利局…
    # a news site's credit and app plug after the text: （本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP）
    r"|[（(]\s*本文(?:来自|来源于|转自|转载自)[^（）()]{1,60}[）)]"
    # a reporter's or editor's credit in brackets after a paragraph's last sentence (…稳步推进。（天门市融媒体中心记者付磊磊）), or its end mark
    rf"|{CLOSING_CREDIT.pattern}|{SUPPLIED_CREDIT.pattern}|{END_MARK.pattern}"
    # the label of the site's news column run into the text after a space, before a sentence's start (信息发布 一是抓政策落地。…, hd47b;
    # 部门动态 3月12日，…, 工作动态 全市完成…, rv10 3): a column's name, not a sentence's subject and verb, an organ or an adverb before
    # the column's word and a title after it (市政府正式发布 《…行动方案》，明确…, rv9 3)
    rf"|^(?![{CJK}]{{0,6}}?(?:{UNIT_END}|{words(PUBLISHING_ADVERBS)})(?:{words(NEWS_COLUMN_WORDS)}))"
    rf"[{CJK}]{{0,6}}(?:{words(NEWS_COLUMN_WORDS)})(?:中心)?\s+(?=[^\s《〈“\"「『]\S.{{8,}}?[。！？])"
    # an HTML tag a page's copy kept, its < lost or not (打?。?span id="printapp">, <br/>): markup, no text
    r"|<?/?[A-Za-z][A-Za-z0-9]*(?:\s+[A-Za-z][-\w:]*\s*=\s*(?:\"[^\"]*\"|'[^']*'))+\s*/?>|</?[A-Za-z][A-Za-z0-9]*\s*/?>"
)
_PAGE_NUMBER = lazy(
    r"^(?:[-—–]\s*\d+\s*[-—–]"
    r"|第\s*\d+\s*页\s*[,，/]?\s*(?:共\s*\d+\s*页)?"
    r"|共\s*\d+\s*页\s*[,，/]?\s*第\s*\d+\s*页"
    r"|page\s*\d+(?:\s*of\s*\d+)?)$",
    re.I,
)
_DATED_ADDRESS = lazy(DATED_ADDRESS)
# A news site's article address dated by a month folder and a day folder without an e-paper's html/ before them
# (hb.china.com.cn/2020-09/30/content_41315967.htm): groups year, month, day.
CONTENT_ADDRESS = r"^https?[:：]//\S+?/((?:19|20)\d{2})-(0[1-9]|1[0-2])/([0-3]\d)/content_\d+\.\w+$"
_CONTENT_ADDRESS = lazy(CONTENT_ADDRESS)
_NAV_ITEM = lazy(rf"^\d{{1,2}}\.\s+(?=[>›»＞]|{_WHERE}|首页)")
_LIST_NUMBER = lazy(r"^\d{1,2}\.\s+")
_BREADCRUMB_SEP = lazy(r"\s*(?:[>›»＞]+|→)\s*")
# A breadcrumb's first step naming the site (岳阳网, 首页): its one step after it is a channel, no title.
# (or an outlet's channel or paper: 华声在线永州频道, 三湘都市报, 华声杂志)
_SITE_STEP = lazy(r"(?:网|网站|官网|首页|门户|频道|日报|晚报|时报|都市报|新报|杂志)$")
# A line of this many names or more apart by spaces, nearly all (SITE_LIST_SHARE) of sites, channels or papers: a news site's list
# of its own (华声在线永州频道 华声在线张家界频道 … 三湘都市报 长沙网 华声, hd38b: kept as a fact).
MIN_SITE_LIST, SITE_LIST_SHARE = 5, 0.8
# A line of this many Chinese words or more apart by single spaces, one of them a news column's (要闻, 关注: NEWS_COLUMN_WORDS): a news
# site's navigation bar (本地要闻 聚焦 监督 文化 视频 媒体看瓯海 关注 辟谣 专题 图说瓯海, hd66d: joined to the headline under it).
MIN_NAV_ITEMS = 5
_NAV_BAR = lazy(rf"^[{CJK}]{{2,6}}(?: [{CJK}]{{1,6}}){{{MIN_NAV_ITEMS - 1},}}$")
_COLUMN_WORD = lazy(rf"(?:{words(NEWS_COLUMN_WORDS)})$")
# …or such a bar run into the headline after it, on one line (本地要闻 聚焦 … 专题 图说瓯海7年来户籍当年出生人口首次回升，…), longer
# than a channel's name: its words go.
_NAV_HEAD = lazy(rf"^(?:[{CJK}]{{2,6}} ){{{MIN_NAV_ITEMS - 1},}}(?=\S{{7,}}$)")


def _names_column(items: list[str]) -> bool:
    """Whether one of a bar's ``items`` is a news column's word (:data:`_COLUMN_WORD`: 本地要闻, 关注)."""
    return any(_COLUMN_WORD.search(w) for w in items)


_TOKEN_SPLIT = lazy(r"[\s|｜/·•,，、【】\[\]（）()：:]+")
# Words that make up toolbars and login boxes; a line made only of them is chrome.
CHROME_WORDS = frozenset(
    """首页 登录 登陆 注册 退出 请登录 用户登录 会员登录 个人登录 法人登录 免费注册 用户注册 会员注册
    打印 打印本页 打印此页 打印文章 打印页面 关闭 关闭窗口 关闭本页 收藏 加入收藏 收藏本页 设为首页 分享 分享到
    字号 字体 大 中 小 默认 返回 返回顶部 回到顶部 返回首页 无障碍 无障碍浏览 长者模式 关怀版 适老化 繁体 简体 繁體
    English 网站地图 联系我们 微信 微博 QQ QQ空间 纠错 我要纠错 扫一扫 二维码 正文 视力保护色 搜索 站内搜索
    今日 文章来源 保存 相关链接 相关文章 手机版 移动版 智能问答 返回上一级 返回上一页 返回列表 朗读 听全文
    新用户注册 个人中心 用户中心 会员中心 购物车 优惠券 优惠劵 签到 今日签到 私信 私信列表 有新私信
    放大字体 缩小字体 默认字体 放大 缩小 已收藏 点击收藏 取消收藏 点击取消收藏 长辈版 长者助手 无障碍版 浏览记录 支持IPv6 网站支持IPv6
    政府信息公开指南 政府信息公开制度 政府信息公开目录 无障碍阅读 适老模式 进入适老模式 退出适老模式 我要收藏 文章分享
    公共资源调用站点 有效 失效 收藏本站 帮助说明
    返回手机版 请输入检索词 请输入关键词 请输入关键字 请输入文字 发表评论 提交 请登录后提交 查看更多评论
    政府信息公开 友情链接 关于我们 网站帮助 版权声明 法律声明 隐私声明 免责声明
    网站简介 广告服务 标识说明 联系方式 建议投诉 网站声明 意见反馈 手机站 今天是 我的订阅
    开启左侧 关闭左侧 复制链接 阅读模式 发新帖 使用道具 楼主 推荐 评论 更多功能""".split()
    # (有效: the value of a page's 有效性 field, alone on its line; 请输入检索词: a search box's hint, 发表评论
    # … 查看更多评论: a comment box under the text; 政府信息公开: a site's channel over the title; 友情链接 … 免责声明: its
    # footer's links, 关于我们|网站地图|网站帮助|版权声明|法律声明; 今天是: a date widget's words before its date; 开启左侧 …
    # 楼主: a forum's sidebar switch, its [复制链接] button and its post's buttons; 推荐 评论 更多功能: a paper's page's toolbar,
    # 收藏 打印 推荐 朗读 评论 更多功能)
)
# A toolbar run after a page's date (2007年6月8日 收藏 打印 推荐 朗读 评论 更多功能 of a paper's page: hd44a's title): three of its
# words or more, to the line's end (not after a site's name: 中国政府网 云南省人民政府门户网站 注册 登录 is chrome whole).
_TOOLBAR_TAIL = lazy(rf"(?<=[\d日])(?:\s+(?:{'|'.join(sorted(CHROME_WORDS, key=len, reverse=True))})){{3,}}\s*$")


# A mirror's ad put where a place's name stood, words joined by _ and a bracketed plug (收到您在澳门金沙城中心_欧洲杯足球网-
# 【投注官网平台】第十八届人民代表大会…) or a plug after a dash ending on what a site calls itself (大发体育在线_大发体育投注-
# 彩票平台：第十六届…, printed twice over, or alone on a line), at a line's start or after a function word or a mark: its
# words go, and the ones around it join.
SITE_SELF_WORDS = ("平台", "官网", "官方网站", "网站", "首页", "入口", "登录", "娱乐城")  # (what a site calls itself)
# …and the last words of a gambling site's brand (凯发k8国际, 大发娱乐, ab体育): with those, what a mirror's brand ends on.
BRAND_END_WORDS = (*SITE_SELF_WORDS, "娱乐", "国际", "体育", "彩票", "棋牌", "app", "APP")
_AD_PLUG = rf"-?【[^】]{{1,12}}】|-[\u4e00-\u9fff]{{0,6}}?(?:{'|'.join(SITE_SELF_WORDS)})"
_MIRROR_AD = lazy(rf"(?:(?<=[在对于向为从与和的，。：:“《（(\s])|^)(?:[{CJK}]{{2,8}}(?:_[{CJK}]+)+(?:{_AD_PLUG}))+[:：]?")


def strip_inline_chrome(text: str) -> str:
    """Remove view counters, font-size switches, 【打印】-style buttons, a news site's navigation bar before a headline
    (:data:`_NAV_HEAD`) and a mirror's ads from a line (a mirror's in traditional characters too: …新天新地新栖霞 [打印本頁], hd62b)."""
    text = _MIRROR_AD.sub("", text) if "_" in text else text
    text = _TOOLBAR_TAIL.sub("", text)
    if " " in text:  # (a navigation bar's words stand apart by spaces)
        bare = BULLET.sub("", text)
        nav = _NAV_HEAD.match(simplified(bare))  # (simplified keeps the length: the match ends where it does in bare)
        text = bare[nav.end():] if nav and _names_column(nav.group().split()) else text
    spans = [m.span() for m in _INLINE_CHROME.finditer(simplified(text))]  # (the same length: its spans are the text's)
    if not spans:
        return text
    cuts = zip([0] + [end for _, end in spans], [start for start, _ in spans] + [len(text)])
    return _SPACES.sub(" ", " ".join(text[a:b] for a, b in cuts)).strip()


# A forum's anti-scraping string: five or more bits of one or two ASCII marks apart by single spaces, run into the Chinese of a
# line (…交通网。8 o1 _1 N& M3 z: r, * R& {6 R8 \6 N2 O; [全长约180公里5 V. L/ ~( l* }# r8 Y, hd72a) — no word of the text
# where two bits hold a letter and two a mark (not a table's row of figures, | 1 | 23 | 45 |, nor terms, PM2.5 GDP 5G).
_JAMMER = lazy(r"(?<![!-~])[!-~]{1,2}(?: [!-~]{1,2}){4,}(?![!-~])")
_JAMMER_LETTER = lazy(r"[A-Za-z]")
_JAMMER_MARK = lazy(r"[^A-Za-z0-9|.]")
JAMMER_BITS = 2


def _jammed(m: re.Match) -> str:
    bits = m.group().split(" ")
    letters = sum(bool(_JAMMER_LETTER.search(b)) for b in bits)
    marks = sum(bool(_JAMMER_MARK.search(b)) for b in bits)
    return "" if letters >= JAMMER_BITS and marks >= JAMMER_BITS else m.group()


def strip_jammer(text: str) -> str:
    """``text`` (its spaces normalised) without a forum's anti-scraping strings (:data:`_JAMMER`)."""
    return _JAMMER.sub(_jammed, text).strip() if " " in text else text


# A site's banner naming the organs whose site it is, apart by dashes or rules (安义县人民政府 - 中共安义县委): no title.
_ORGAN_NAME = r"(?:中共)?[\u4e00-\u9fff]{2,12}?(?:人民政府|县委|市委|区委|州委|人大常委会|委员会)"
_SITE_BANNER = lazy(rf"^{_ORGAN_NAME}(?:\s*[-—–|｜]\s*{_ORGAN_NAME})+$")


# A line of five or more short phrases apart by commas or underscores and nothing else, no sentence's stop nor a field's colon:
# a mirror's search words (SEO; 一级黄色片在线播放_…_朴妮唛捏奶29分钟视频_…,日日躁夜夜躁…,AV在线… over hd48d's 2010 news page,
# both kinds of parting in one line), never a title (标题_栏目_站点 has three) or a sentence.
_KEYWORD_SEP = lazy(r"[，,_]")
_NOT_KEYWORDS = lazy(r"[。；;：:！？、“”《》（）()]")
# A teaser of another page, cut short with the site's mark (双喜临门！全国首个听力康复产业学院首届方向班开..., …共同参与。据了解，四...,
# hd70c): a headline or summary the site lists, no line of the page's own — not a field's value still loading (点击数:载入中…), nor
# a sentence trailing off in an ellipsis (如今已不是旧模样……).
_TEASER_CUT = lazy(r"(?:\.{3,}|(?<!…)…)$")
_FIELD_VALUE_END = lazy(r"[：:][^，。；：:]{0,12}$")


def _teaser(text: str) -> bool:
    """Whether ``text`` is another page's teaser cut short (:data:`_TEASER_CUT`), no field's value; dropped where it stands, after
    the page's link lists are found (a teaser under 新闻推荐 is one of its items: :func:`_link_list_start`)."""
    return bool(_TEASER_CUT.search(text)) and not _FIELD_VALUE_END.search(text)


def is_chrome(text: str) -> bool:
    """True for a line that is website chrome or page furniture rather than document text (a
    mirror's in traditional characters too: 掃一掃在手機打開當前頁)."""
    text = simplified(text)
    bare = BULLET.sub("", text)
    if _BARE_CODE.match(bare):  # (a bulleted field: • 005299216/2017-00032)
        return True
    nav = _NAV_ITEM.match(text)  # a breadcrumb printed as a numbered list: 1. 当前位置： / 2. 首页 > … / 3. > 正文
    if nav:
        rest = text[nav.end():].lstrip(" >›»＞→")
        return not rest or is_chrome(rest)
    numbered = _LIST_NUMBER.match(text)  # (a forum post's buttons printed as a numbered list: 1. 楼主 / 2. 倒序看帖 / 3. 只看该作者)
    rest = text[numbered.end():] if numbered else ""  # (a numbered sentence is no button: 2. 新建住宅楼12栋，全部配备电梯直达…)
    if numbered and len(rest) <= SHORT_CHROME_LEN and (rest in CHROME_WORDS or FORUM_POST.search(rest)):
        return True
    if _PAGE_NUMBER.match(text) or not _NOTHING_TO_READ.search(text) or _BARE_CODE.match(text) or _SITE_BANNER.match(text):
        return True
    parts = _KEYWORD_SEP.split(text) if "，" in text or "," in text or "_" in text else ()
    if len(parts) >= 5 and all(0 < len(_SPACES.sub("", p)) <= 14 for p in parts) and not _NOT_KEYWORDS.search(text):
        return True  # (a mirror's list of search words over the page: 中文字幕亚州综合,欧美一区免费在线观看,国产精品不卡一区二区,…)
    if (len(text) <= MAX_NOTICE and _NOTICE.search(text)) or _SITE_NOTICE.match(text):
        return True
    if text.endswith("。") or _HEADING_MARK.match(text):  # a sentence or a heading is content
        return False
    if _DATED_ADDRESS.match(text) or _CONTENT_ADDRESS.match(text):  # (a page's own address kept where it dates the page: distill reads its day)
        return False
    for pattern, max_len in _CHROME_SEARCH:
        if len(text) <= max_len and pattern.search(text):
            return True
    parts = [p for p in _BREADCRUMB_SEP.split(text.strip(" >›»＞→")) if p]  # (首页 > > 人大代表建议: an empty step)
    if len(parts) >= 3 and all(len(p) <= 15 for p in parts):
        return True
    if len(parts) == 2 and _SITE_STEP.search(parts[0]) and len(parts[1]) <= 8:
        return True  # (a site's name and its channel: 岳阳网> 县区)
    if text[:1] in ">›»＞" and parts and all(len(p) <= 15 for p in parts):
        return True  # (a breadcrumb's steps after its 首页 on a line of their own: >资讯>新闻, hd35a)
    if _FIELD_NAME_ALONE.match(text):  # a field's name whose value the page put on the next line
        return True
    tokens = [t for t in _TOKEN_SPLIT.split(text) if t]
    if len(tokens) == 1 and _run_of_chrome_words(text):
        return True
    others = [t for t in tokens if t not in CHROME_WORDS]
    if len(others) < len(tokens) and all(_SITE_STEP.search(t) for t in others):
        return True  # (a toolbar naming its sites: 中国政府网 云南省人民政府门户网站 注册 登录, 陕西工人报官方网站 | 陕工网首页 手机站)
    if (len(tokens) >= MIN_SITE_LIST and not _NOT_KEYWORDS.search(text)
            and sum(1 for t in tokens if _SITE_STEP.search(t)) >= SITE_LIST_SHARE * len(tokens)):
        return True  # (a news site's list of its channels and papers: 华声在线永州频道 … 三湘都市报 长沙网 华声)
    if _NAV_BAR.match(bare) and _names_column(tokens):
        return True
    # a toolbar with one widget of its own (注册 | 登录 一网搜: the site's search box) among its usual words
    return bool(tokens) and (not others or (len(others) == 1 and len(tokens) >= 3 and "|" in text
                                            and len(others[0]) <= 4 and is_cjk(others[0])))


# A run of chrome words is chrome from this many words on (网站简介广告服务标识说明…: a footer's links run together).
MIN_CHROME_RUN = 3
_LONG_CHROME_WORDS = sorted((w for w in CHROME_WORDS if len(w) >= 2), key=len, reverse=True)


def _run_of_chrome_words(text: str) -> bool:
    """Whether ``text`` is MIN_CHROME_RUN or more words of CHROME_WORDS of two characters or more run together, nothing
    else (网站简介广告服务标识说明联系方式法律声明建议投诉: a footer's links whose separators the copy lost)."""
    words_to = {0: 0}  # position → fewest words reaching it
    for i in range(len(text)):
        if i in words_to:
            for w in _LONG_CHROME_WORDS:
                if text.startswith(w, i) and i + len(w) not in words_to:
                    words_to[i + len(w)] = words_to[i] + 1
    return words_to.get(len(text), 0) >= MIN_CHROME_RUN


# --- page metadata tables -------------------------------------------------------------------

# Field names of the metadata table government sites print above a document.
META_FIELDS = (
    "索引号 发文字号 文号 主题分类 体裁分类 组配分类 服务对象 分类 发布机构 发文机关 发文单位 成文日期 发布日期 "
    "发文日期 生效日期 失效日期 废止日期 公开方式 公开范围 公开时限 有效性 名称 标题 主题词 信息来源 来源 "
    "信息名称 存放位置 公开日期 点击数"  # (临沂's: 存放位置 公开日期 2024-10-30 / 信息名称 …总体情况, hd14)
).split()
_FIELD_KEY = "|".join(r"\s*".join(k) for k in sorted(META_FIELDS, key=len, reverse=True))
# (not a word a document may use as a heading of its own: 标题, 名称, 分类, 主题词)
_ALONE_KEY = "|".join(r"\s*".join(k) for k in sorted(set(META_FIELDS) - {"标题", "名称", "分类", "主题词", "文号"}, key=len, reverse=True))


def _name_alone(keys: str):
    """A line holding only a field's name of ``keys`` (in brackets or before a colon, or bare)."""
    return lazy(rf"^[\[【]?\s*(?:{keys})\s*[\]】]?\s*[:：]?$")


_FIELD_NAME_ALONE = _name_alone(_ALONE_KEY)
# a field at the start of the line: [ 发布机构 ] …  【索引号】…  索  引  号 …  文 号 : …
# Any field's name alone on a line (文 号 over an empty value): a page's metadata, never a title's nor a fact's words.
FIELD_NAME = _name_alone(_FIELD_KEY)
_FIELD_START = lazy(rf"^(?:[\[【]\s*(?:{_FIELD_KEY})\s*[\]】]|(?:{_FIELD_KEY})(?:\s|[:：]))")
_FIELD = lazy(rf"(?:^|(?<=\s))(?:[\[【]\s*({_FIELD_KEY})\s*[\]】]|({_FIELD_KEY})(?=\s|[:：]|$))\s*[:：]?\s*")


_CELL_RULE = lazy(r"\s*[|｜]\s*")
# A table's rules at a line's ends (…建议的答复 |, | 正文 |): no text.
_EDGE_CELLS = lazy(r"^(?:[|｜]\s*)+|(?:\s*[|｜])+$")
# The names of a table's fields over a reply, a cell each (办理部门 | 某局 | 处理状态 | 已办结 |).
_ROW_KEYS = frozenset(META_FIELDS) | frozenset("签发人 签发日期 办理部门 办理单位 承办单位 处理状态 类别 答复类别".split())


# A forum's tag of its board or region opening a thread's title ([城事] 【关注】烟台栖霞…启动, [浙江] 2023年温州市洞头区政府工作报告,
# hd62): the board's, no words of the title — stripped once a page's fields are read (its [ 发布机构 ] 区府办 is a field).
_BOARD_TAG = lazy(rf"^[\[［][{CJK}]{{1,6}}[\]］]\s*(?=\S)")


def metadata_fields(text: str) -> str:
    """A line of a page's metadata table as ``key：value`` fields (see the module docstring):
    ``[ 成文日期 ] 2024-09-14 [ 发布日期 ] 2024-09-14`` → ``成文日期：2024-09-14 发布日期：2024-09-14``;
    also a table flattened into cells, ``发布机构 | 市政府办 | 发文日期 | 2019-03-01 |``."""
    cells = [c for c in _CELL_RULE.split(text) if c]
    if "|" in text and len(cells) >= 2 and cells[0] in _ROW_KEYS:
        # a row of a table of fields flattened into cells: 签发人 | 张某 | 签发日期 | 2021-09-22 | 类别 | A |
        pairs = [f"{key}：{value}" for key, value in zip(cells[::2], cells[1::2]) if key in _ROW_KEYS]
        return " ".join(pairs) if len(pairs) * 2 >= len(cells) - 1 else text
    if not _FIELD_START.match(text):
        return text
    text = _CELL_RULE.sub(" ", text).strip()  # a table flattened into cells: 发布机构 | 市政府办 | 发文日期 | …
    fields = _FIELD.sub(lambda m: " " + re.sub(r"\s", "", m.group(1) or m.group(2)) + "：", text)
    return _SPACES.sub(" ", fields).strip()


# --- text normalisation --------------------------------------------------------------------

# (a solid mark needs no space after it: ●我市以规范涉企行政执法… of a bulletin's headline)
BULLET = lazy(r"^(?:[-*+·]\s+|[•●▪■◆▲◎★☆◇□]\s*)")
_FULL_WIDTH = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
_PAREN_PAIR = lazy(r"\(([^()\n]*)\)")
_CTX_CHAR = lazy(f"[{_CTX}]")
# (a semicolon between figures too: 同比改善19.6%;6项指标… of a 西安 news item, hd24a; not a comma or colon, 1,000 and 10:30)
_HALF_PUNCT = lazy(rf"(?<=[{_CTX}])[,:;?!()]|[,:;?!()](?=[{_CTX}])|(?<=[\d%]);(?=\d)")
# A plain number (not part of a date, phone number, code or time) next to Chinese.
_NUM = r"\d+(?:\.\d+)?%?"
_SPACE_AFTER_NUM = lazy(rf"(?<![A-Za-z0-9_\-/:.])({_NUM})\s+(?=[{CJK}])")
_SPACE_BEFORE_NUM = lazy(rf"(?<=[{CJK}])\s+({_NUM})(?![A-Za-z0-9_\-/:.])")
# A decimal point a mirror printed a space after (…1327张表、13. 47亿条数据, hd33b): one number, within a sentence — not a list
# number opening a line or following a stop or colon (1. 加强…; 如下：1. 2023年…).
_SPACED_DECIMAL = lazy(rf"(?<=[{CJK}、，（])(\d+)\. (?=\d)")
_SPACE_AROUND_PLUS = lazy(rf"(?<=[{CJK}])\s*([+＋])\s*(?=[{CJK}])")
# A plain Latin word (PCT, R&D — not a code like v1.2) and Chinese: PDF text layers put a space
# between them that the text never had.
_WORD = r"[A-Za-z][A-Za-z&]*"
_SPACE_AFTER_WORD = lazy(rf"(?<![A-Za-z0-9_\-/:.])({_WORD})\s+(?=[{CJK}])")
_SPACE_BEFORE_WORD = lazy(rf"(?<=[{CJK}])\s+({_WORD})(?![A-Za-z0-9_\-/:.])")
_SPACED_LABEL = lazy(rf"(?<![{CJK}])[{CJK}](?: [{CJK}]){{1,5}}(?=\s*[:：])")
_SPACED_WORD = lazy(rf"(?<![{CJK}])[{CJK}](?: [{CJK}]){{2,5}}(?![{CJK}])")
_SPACE_AFTER_PUNCT = lazy(r"(?<=[，。、；：？！（《“])\s+")
_SPACE_BEFORE_PUNCT = lazy(r"\s+(?=[，。、；：？！）》”])")
# A space between two Chinese characters, and the bracketed/quoted spans whose spaces are meant
# (a byline （记者 王某 通讯员 李某）, a slogan “焕新消费 焕新智造”, a title 《…作用 助推…》).
_CJK_SPACE = lazy(rf"(?<=[{CJK}]) (?=[{CJK}])")
_ENCLOSED = lazy(r"（[^（）]*）|《[^《》]*》|“[^“”]*”")
# A line of prose (this many clause marks) holding this many such spaces outside brackets is a
# wrapped file's lines joined with a space (创 新主体, 分 管领导): they go.
WRAP_SPACES, PROSE_MARKS = 3, 2
LIST_WORD = 4  # characters: a name or a short word between the spaces of a list
_CJK_TAIL = lazy(rf"[{CJK}]+$")
_CJK_HEAD = lazy(rf"[{CJK}]*")


def normalize_space(text: str) -> str:
    """Collapse every kind of space to one ASCII space, drop invisible characters, strip."""
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def _paren_pair(m: re.Match) -> str:
    """``(…)`` → ``（…）`` when the brackets hold or touch Chinese."""
    text, s, e = m.string, m.start(), m.end()
    around = text[s - 1 : s] + m.group(1) + text[e : e + 1]
    return f"（{m.group(1)}）" if _CTX_CHAR.search(around) else m.group(0)


# A year in Chinese numerals typed with a Latin letter O (or a full-width one, or a digit zero)
# for 〇: 二OO五年 → 二〇〇五年.
_CN_YEAR_WITH_O = lazy(r"[一二][〇○零OoＯ0０一二三四五六七八九]{3}(?=\s*年)")
_LOOKS_LIKE_ZERO = str.maketrans({"O": "〇", "o": "〇", "Ｏ": "〇", "0": "〇", "０": "〇"})
# A wiki mirror's footnote mark closing a line: 二〇〇五年八月三日[1]
_FOOTNOTE_MARK = lazy(rf"(?<=[{CJK}。；）”])\[\d{{1,3}}\]$")


# A mirror's reading aid: a character's pinyin in brackets after it, 答复(fù), 关(guān)于 — a syllable
# with a tone mark (a list's (a) or a unit's (m) has none).
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN_NOTE = lazy(rf"(?<=[{CJK}])[（(][a-zü{_TONED}]{{0,6}}[{_TONED}][a-zü{_TONED}]{{0,6}}[）)]")
# A mirror's toneless notes, 為(wei) 引領, 萬(wan) 人次: a syllable of pinyin's shape, the space after it gone too. A
# note is one when a Chinese character goes on after its space, or when the line holds PINYIN_RUN of them
# (a list's (a), a unit's (ha) 100, a note 值（value）须 stay).
_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
             r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|ve|"
             r"a|o|e|i|u|v|ü)")
_BARE_NOTE = rf"(?<=[{CJK}])[（(]{_SYLLABLE}[）)]"
_BARE_NOTES = lazy(rf"{_BARE_NOTE} ?")
_SPACED_NOTE = lazy(rf"{_BARE_NOTE} (?=[{CJK}])")
PINYIN_RUN = 2


def strip_pinyin(text: str) -> str:
    """``text`` without a mirror's pinyin notes after its characters (:data:`_PINYIN_NOTE`, :data:`_BARE_NOTES`)."""
    if "(" not in text and "（" not in text:
        return text
    text = _PINYIN_NOTE.sub("", text)
    many = len(_BARE_NOTES.findall(text)) >= PINYIN_RUN
    return (_BARE_NOTES if many else _SPACED_NOTE).sub("", text)


# A mirror's doubled marks (收悉,。 一,、大力宣傳 博覽會,,舉辦 鮑魚節,、海帶節): a comma before another mark, or a
# mark said twice, is no mark of the text — the last one stands.
_EXTRA_COMMA = lazy(r"，+(?=[，、。；：！？])")
_REPEATED_STOP = lazy(r"([、。；])\1+")


# Mojibake: a run of marks standing for characters a page's encoding lost (宁波市宁？?h成为全省唯一的…, a mirror's 宁海县), or the
# replacement character. The clause holding it says nothing sure: it is dropped, with its comma.
# (or split by a mark the lost bytes left between them: 打?。? of a mirror's 打印 button)
# (with the marks it ends on: …悟魯?shù)氐鹊?。 of 悟魯等地, the ? before the stop a lost character too, no question, hd26c)
# (a mark before a digit in such a clause is a lost character too, none of its stops: 總?cè)丝?23萬 of 總人口123萬, 占總?cè)丝诘?7.2% of
# 占總人口的47.2%: its figure lost digits, kept as 23萬 or 7.2% it would be a number the page never gave, hd44b)
_MOJIBAKE_CLAUSE = lazy(rf"(?:[^，。；！？：\n]|[?？](?=\d))*(?:[?？]{{2,}}|[?？][，。、][?？]|\ufffd|(?<=[{CJK}])[?？](?=[A-Za-z]))"
                        r"(?:[^，。；！？：\n]|[?？](?=\d))*[?？]*(?:[，；]|(?=[。！？：]|$))")
# One character a mirror lost, a half-width ? between Chinese ones (實施方案?月初通過了技術評審, 您們?在縣十八屆…) or before a
# half-width ! (主體?!笆濉逼陂g…: “十三五”期間 garbled): shown as □, the mark of a character missing, for the reader to restore
# (hd26a, hd26c) — not a question's mark, its clause asking (是否可行?请回复!).
# (or a half-width comma: 質量?,F(xiàn)已完成 of a mirror's 質量。現已完成 — the character after it a letter of its pinyin, hd27a)
LOST_CHARACTER = lazy(rf"(?<=[{CJK}])\?[!,]?(?=[{CJK}□])")
MISSING_MARK = "□"
# A character a mirror lost but for its pinyin note: a Latin letter left in its place, the note after it (F(xiàn) of 現, hd27a).
_NOTED_LOST = lazy(rf"(?<![A-Za-z])[A-Za-z][（(][a-zü{_TONED}]{{0,6}}[{_TONED}][a-zü{_TONED}]{{0,6}}[）)]")
_ASKING = lazy(r"[吗嗎呢]$|是否|是不是|能否|可否|如何|怎么|怎樣|怎样|什么|什麼|为何|為何|为什么|為什麼|哪|多少|有没有|有沒有")
# Where the sentence a ? ends starts: after a stop, a question's or a cry's mark, or a semicolon (not a decimal point).
_SENTENCE_BREAK = lazy(rf"{_INNER_FINAL.pattern}|(?<!\d)\.(?!\d)")


def _lost_character(m: re.Match) -> str:
    """:data:`MISSING_MARK` for a character a mirror lost (:data:`LOST_CHARACTER`), the ? kept where its sentence asks, the
    question's word in an earlier clause too (生娃之后,如何實現工作與家庭的平衡,給予孩子更多的關心關愛?近5年來…, hd66d)."""
    text = m.string
    breaks = list(_SENTENCE_BREAK.finditer(text, 0, m.start()))
    return m.group() if _ASKING.search(text, breaks[-1].end() if breaks else 0, m.start()) else MISSING_MARK


# The end of a mojibake run: its marks, and the letters, brackets and characters they garbled (們?cè)诳h十八屆…: 十 on).
_MOJIBAKE_RUN = lazy(rf"(?:[?？\ufffd][A-Za-z{_TONED}()（）]*[{CJK}]?[A-Za-z]+|[?？\ufffd])+")
# What a reply's opening says after the run, whole: the item it answers, its session and title (十八屆人大一次會議上提出的關於…的議案).
_ITEM_ANSWERED = lazy(r"提出的?关于[^，。；]{2,80}?(?:建议|提案|议案)$")


# A sentence the cut left as its time alone (29日。 of 29日,全國網絡媒體行采訪團一進入?yún)侵,就被其…吸引。): no sentence.
_TIME_ONLY = lazy(rf"(?:(?:{DIGIT_MONTH})?(?:\d{{1,2}}月)?{DIGIT_DAY}(?:[上下]午|晚上?|凌晨)?|{words(TIME_WORDS)})。")


# What follows a single run where it stands for a stop and a character lost between two statements (…取得新进展新成效??N云山
# 国家级自然保护区…综合整治340宗问题全部整改完毕，): a statement of its own, words then its own figure, none the run touches.
_STATEMENT_AFTER = lazy(rf"[{CJK}]{{2}}[^\d，；。]*[{CJK}]\d")


def _without_mojibake(text: str) -> str:
    """``text`` without the clauses holding mojibake (:data:`_MOJIBAKE_CLAUSE`), no comma left before a sentence's stop, nor
    a sentence left as its time alone (:data:`_TIME_ONLY`, hd44b); of a reply's opening, only up to the run's end: the item it
    answers after it stays (:data:`_ITEM_ANSWERED`, hd26c); a single run before a statement with a figure of its own
    (:data:`_STATEMENT_AFTER`) is only itself lost, shown □ (hd63a)."""
    def cut(m: re.Match) -> str:
        runs = list(_MOJIBAKE_RUN.finditer(m.group()))
        tail = m.group()[runs[-1].end():] if runs else ""
        if len(runs) == 1 and _STATEMENT_AFTER.match(tail):
            return m.group()[:runs[0].start()] + MISSING_MARK + tail
        return tail if _ITEM_ANSWERED.search(simplified(tail.rstrip("，；"))) else ""

    def whole(sentence: re.Match) -> str:
        left = re.sub(r"[，；]+(?=[。！？]|$)", "", _MOJIBAKE_CLAUSE.sub(cut, sentence.group()))
        return "" if left != sentence.group() and _TIME_ONLY.fullmatch(left) else left

    return re.sub(r"[^。！]*(?:[。！]+|$)", whole, text)  # (a ？ may be a lost character: no sentence's end)


# A journal database's mark opening an abstract (<正>自2022年10月入选…, ‹正>, 〈正〉): no word of the text.
_ABSTRACT_MARK = lazy(r"[<‹〈＜]正[>›〉＞]")


def normalize_text(text: str) -> str:
    """Normalise one space-normalised line: bullets, an abstract's mark, punctuation width and spacing."""
    text = BULLET.sub("", text)
    if "正" in text:
        text = _ABSTRACT_MARK.sub("", text)
    if "(" in text or "（" in text:
        text = _NOTED_LOST.sub(MISSING_MARK, text)
    text = strip_pinyin(text)
    text = _FOOTNOTE_MARK.sub("", text)
    if "年" in text:
        text = _CN_YEAR_WITH_O.sub(lambda m: m.group().translate(_LOOKS_LIKE_ZERO), text)
    if "(" in text:
        text = _PAREN_PAIR.sub(_paren_pair, text)
    if "?" in text:
        text = LOST_CHARACTER.sub(_lost_character, text)
    text = _HALF_PUNCT.sub(lambda m: _FULL_WIDTH[m.group()], text).replace("\ufe6a", "％")  # (﹪, the small form: 覆盖率只有50﹪)
    if "?" in text or "？" in text or "\ufffd" in text:
        text = _without_mojibake(text)
    if "，" in text or "、" in text or "。" in text or "；" in text:
        text = _REPEATED_STOP.sub(r"\1", _EXTRA_COMMA.sub("", text))
    if " " in text:
        text = _SPACED_LABEL.sub(lambda m: m.group().replace(" ", ""), text)
        text = _SPACED_WORD.sub(lambda m: m.group().replace(" ", ""), text)
        text = _SPACED_DECIMAL.sub(r"\1.", text)
        text = _SPACE_AFTER_NUM.sub(r"\1", text)
        text = _SPACE_BEFORE_NUM.sub(r"\1", text)
        text = _SPACE_AROUND_PLUS.sub(r"\1", text)
        text = _SPACE_AFTER_WORD.sub(r"\1", text)
        text = _SPACE_BEFORE_WORD.sub(r"\1", text)
        text = _SPACE_AFTER_PUNCT.sub("", text)
        text = _SPACE_BEFORE_PUNCT.sub("", text)
        text = _unwrap_spaces(text)
    return text


def _unwrap_spaces(text: str) -> str:
    """``text`` without the spaces a wrapped file's joined lines left between Chinese characters
    (in brackets and quotes too), when it is prose holding at least WRAP_SPACES of them outside
    brackets and quotes."""
    if len(_SENTENCE_PUNCT.findall(text)) < PROSE_MARKS:
        return text
    enclosed = [(m.start(), m.end()) for m in _ENCLOSED.finditer(text)]
    wraps = [m.start() for m in _CJK_SPACE.finditer(text) if _cuts_a_run(text, m.start())]
    if len([i for i in wraps if not any(a <= i < b for a, b in enclosed)]) < WRAP_SPACES:
        return text
    cut = set(wraps)
    return "".join(c for i, c in enumerate(text) if i not in cut)


def _cuts_a_run(text: str, at: int) -> bool:
    """Whether the space at ``at`` cuts a run of text as a wrapped line does (创 新主体, …培育 创新…), not
    one between short words of a list (张三 李四 王五, 记者 王某 通讯员 李某): a side of more than
    LIST_WORD Chinese characters."""
    left = len(text[:at]) - len(_CJK_TAIL.sub("", text[:at]))
    right = len(_CJK_HEAD.match(text, at + 1).group())
    return left > LIST_WORD or right > LIST_WORD


# --- rejoining broken paragraphs -----------------------------------------------------------


def is_heading_line(text: str) -> bool:
    """A numbered heading (``一、…``, ``（一）…``, ``1.…``) with no sentence ending inside it."""
    return bool(_HEADING_MARK.match(text)) and not _INNER_FINAL.search(text[:-1])


def _is_title(text: str) -> bool:
    return not _SENTENCE_PUNCT.search(text) and bool(_TITLE.match(text))


# A line wholly in brackets (（甘肃省水利厅网站转载页，原页地址未给出…）): a note standing by itself; a line opening on a
# bracketed column or label (【甘肃新闻】甘肃：…): a headline or a field of its own.
_WHOLE_NOTE = lazy(r"^[（(][^（）()]*(?:[（(][^（）()]*[）)][^（）()]*)*[）)]$")
_BRACKET_LABEL = lazy(r"^【[^【】]{1,12}】")
# A letter's closing thanks opening a line (最后，感谢代表们对水利工作的关心和支持…): its own paragraph, even after a line the
# page left without its stop (…正在列入乡村振兴项目库中).
CLOSING_THANKS = lazy(r"^(?:最后[，,])?(?:再次|衷心|诚挚)?(?:感谢|谢谢)[^。！]{0,30}(?:关心|支持|关注)")
# A letter's last words but its thanks (以上意见，供参考。 of a 会办意见; 特此函复。): their own paragraph, even after a
# line left without its stop (a draft's 【待补充：…】 paragraph).
LETTER_END = lazy(rf"^(?:{LETTER_OPINION}[，,]|特此(?:{LETTER_SENT})[。！]?$)")


def ends_in_gap(text: str) -> bool:
    """Whether ``text`` ends on a draft's mark for the clerk to write (【待补充：…】, 【待市文旅局提供：…】), which a
    paragraph ends on with no stop of its own; a figure's flag (【待核实：年份】, :func:`~drafter.reply.is_figure_flag`)
    stands inside a sentence."""
    marks = list(PLACEHOLDER_RE.finditer(text))
    return bool(marks) and marks[-1].end() == len(text) and not is_figure_flag(marks[-1].group())


# A reply's title on a line of its own (关于县第十九届…第63号代表建议《关于…，打通…的建议》的答复): its own paragraph, even after
# the suggestion's last line that the page left without its stop (…为乡村发展出谋划策).
REPLY_TITLE_LINE = lazy(r"^(?:关于|对)[^。；！？]{4,120}(?:建议|提案|议案)[^。；！？]{0,60}?(?:的答复|的复函|答复的函|的回复|办理情况的函)$")


def _starts_new(text: str) -> bool:
    """True when ``text`` can only be the start of a paragraph (numbering, label or date)."""
    return bool(_HEADING_MARK.match(text) or _ITEM_MARK.match(text) or _LABEL.match(text)
                or _DATE_LINE.match(text) or _DATED_LINE.match(text) or _BRACKET_LABEL.match(text)
                or CLOSING_THANKS.match(text) or LETTER_END.match(text) or REPLY_TITLE_LINE.match(text))


# A numbered line saying which of the asks its section answers, quoting them (一、对第2“…”的答复意见): a heading, never a
# sentence broken by a wrap, however long.
_ANSWER_HEAD_LINE = lazy(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])\s*(?:对|关于|针对)"
                         r".*[”\"]的?(?:答复|办理|回复|落实)(?:意见|情况)[：:]?$")


# A line opening a statement on its time, then a comma (今年以来，我县紧紧围绕…): a paragraph of its own, after a line the page
# left without its stop (…2024年全省森林防灭火“平安春季行动”先进单位).
# A title wrapped after a word joining it to its next line (关于…执行情况和 / 2025年预算草案的报告): one title.
_TITLE_GOES_ON = lazy(r"^关于[^。；！？，]{2,60}[和与及、暨的]$")
# A news item's lede opening on its credit (本报讯（记者 李娜…）, 新华社北京5月3日电（记者…）): a paragraph's start, never a
# headline's words going on.
NEWS_CREDIT = lazy(r"^[^，。；！？“”\s]{0,16}[讯电]\s*[（(](?:记者|通讯员|见习记者)")
TIME_OPENER = lazy(r"^(?:今年以来|近年来|近年以来|(?:19|20)\d{2}年以来|截至目前|目前)，")
# A chronicle's entry, opening on its day of the month (31日，市民政局…; 20日至21日，…): an entry of its own, under a line of its
# month (hd38a: …救助保护机构 / 31日，市民政局… read as one).
DAY_ENTRY = lazy(r"^\s*\d{1,2}日(?:[至到—-]\d{1,2}日)?[，,]")
# What a sentence broken before a day's date ends on: its year or month (…于2023年3月 / 5日，…), or the word leading into it
# (…定于 / 3月5日，…; …截至 / 11月21日，…; …在 / 3月5日…): never a line of its own.
_INTO_DATE = ("年", "月", "于", "在", "至", "到", "自", "从", "止")


def day_entry(prev: str, nxt: str) -> bool:
    """Whether ``nxt`` opens a chronicle's entry (:data:`DAY_ENTRY`) rather than going on with the date ``prev`` stopped in
    (…于2023年3月 / 5日，…, :data:`_INTO_DATE`)."""
    return bool(DAY_ENTRY.match(nxt)) and not prev.rstrip().endswith(_INTO_DATE)


# An article's byline, its writer and their post (文 何强宇 临沧市文化和旅游局党组书记、局长; 文/张某; 作者：李某 某县水务局局长): a line of
# its own, never the start of the first paragraph (hd26b: glued onto the first fact).
AUTHOR_BYLINE = lazy(rf"^(?:文|作者)\s*(?:[/／:：]\s*|\s+)[{CJK}]{{2,4}}(?:\s+(?P<post>[^，。；！？\s]{{2,40}}?"
                     r"(?:书记|局长|主任|厅长|部长|处长|科长|县长|市长|区长|主席|院长|所长|委员|研究员|教授)))?$")


# A day and a time anywhere on a line (中国新闻网2024-08-14 11:04:55  65).
_POSTED_AT = lazy(rf"{DASHED_DATE}\s+{CLOCK}")
# A line ending on an e-mail address or a telephone number (0839-8722512 zhqwxzx@163.com): a site's or a letter's contact.
_CONTACT_END = lazy(r"(?:[\w.-]+@[\w-]+(?:\.[\w-]+)+|\d{3,4}-\d{7,8})$", re.ASCII)
# A line of four or more short items parted by bars (久久久久久35区|中国高清一级欧美|…|久草香视频在线看): a site's links or a table's row.
_BARRED_ITEMS = lazy(r"^(?:[^|｜。！？]{1,20}[|｜]){3,}")


# A sentence opening on its doer, the bureau or a unit (我局继续加大…, 市林业局正谋划…): after a line longer than any wrap
# that stops with no stop of its own (…推进项目早日完成建设, a page's paragraph missing its 。), a paragraph of its own
# (hd34c: the closing glued onto the body, 建设我局继续加大…, one fact of both).
DOER_OPENER = lazy(rf"^(?:[我本](?:局|委|厅|办|院|们|市|县|区)|[省市县区][{CJK}]{{1,8}}?(?:局|委员会|委|厅|办公室))"
                   r"(?![长的])")
MAX_WRAP = 50  # characters of a line a page or a file wraps at most (GB/T 9704's 28 a line; a PDF's or a site's fewer than this)


def doer_after_paragraph(prev_line: str, nxt: str) -> bool:
    """True when ``nxt`` opens on a doer (:data:`DOER_OPENER`) after ``prev_line``, a line as printed longer than any wrap:
    a paragraph ends there, stop or none."""
    return len(normalize_space(prev_line)) > MAX_WRAP and bool(DOER_OPENER.match(simplified(nxt.strip())))


def should_join(prev: str, prev_heading: int | None, nxt: str, next_heading: int | None,
                prev_full: bool = False, prev_line: str = "") -> bool:
    """Whether ``nxt`` continues the paragraph ``prev`` that a page break or hard wrap split.

    ``prev`` must stop mid-sentence (no 。！？；：… at its end) and not be a heading, title, date,
    timestamp or short line (label, signature, caption); ``nxt`` must not start with numbering, a
    label or a date, nor be a title, nor a short line that neither ends a sentence nor continues (one character alone is
    what a wrap left over: it goes on). A 抄送/主送 list ending in 、，； goes on.
    ``prev_full``: the reader knows ``prev`` ends a line filled to the page's width; then only
    numbering or a date in ``nxt`` (or a sentence end in ``prev``) stops the join. ``prev_line``: ``prev``'s last line as
    printed (:func:`doer_after_paragraph`).
    """
    if prev_heading is not None or next_heading is not None:
        return False
    if _YEAR_ALONE.match(prev) and nxt.startswith("年"):
        return True
    if _TITLE_GOES_ON.match(prev) and len(nxt) <= MAX_TITLE and _is_title(nxt) and not _starts_new(nxt):
        return True  # (关于广元市利州区2024年预算执行情况和 / 2025年预算草案的报告（书面）)
    if AUTHOR_BYLINE.match(prev) or AUTHOR_BYLINE.match(nxt):
        return False  # (文 何强宇 临沧市文化和旅游局党组书记、局长 / 党的二十大报告提出…)
    if _ANSWER_HEAD_LINE.match(prev):  # (一、对第2“…讲座。、…代表。”的答复意见 / 采纳此两条建议。)
        return False
    if ends_in_gap(prev):  # (a draft read back: 【待补充：已开展的工作及成效…】 / 下一步，我局将…)
        return False
    if _CONTACT_END.search(prev) or _BARRED_ITEMS.match(prev):
        return False  # (a site's contact line, 0839-8722512 zhqwxzx@163.com, or its links over the headline: no sentence goes on)
    if _POSTED_AT.search(nxt) or _POSTED_AT.search(prev) or PHOTO_CREDIT.search(prev):
        return False  # (a page's posting line with its counter, 中国新闻网2024-08-14 11:04:55  65; a caption's credit, …揭牌仪式。唐云宽 摄, …月饼烘培 。 钟卫东摄)
    if len(nxt) >= 8 and prev.startswith(nxt):  # (a title printed again, wrapped, under it: 关于…的报告（书面） / 关于…国民经济和社会)
        return False
    if prev_full and not _TERMINAL.search(prev):
        return not (_HEADING_MARK.match(nxt) or _ITEM_MARK.match(nxt) or _DATE_LINE.match(nxt))
    if (_starts_new(nxt) or (_is_title(nxt) and len(nxt) <= MAX_TITLE) or TIME_OPENER.match(simplified(nxt))  # (近年來，)
            or NEWS_CREDIT.match(nxt) or day_entry(prev, nxt)):
        return False
    if _LEDE_DAY.match(simplified(nxt)) and len(prev) <= MAX_TITLE and not _SENTENCE_PUNCT.search(prev):
        return False
    if doer_after_paragraph(prev_line, nxt):
        return False
    if _LIST_LABEL.match(prev):
        return True
    if _TERMINAL.search(prev) or is_heading_line(prev) or _LABEL.match(prev) or _WHOLE_NOTE.match(prev) or _DASH_LEAD.match(prev):
        return False
    if (_DATE_LINE.match(prev) or _is_title(prev) or _ENDS_IN_LABEL.search(prev) or _TIMESTAMP.match(prev)
            or _ENDS_IN_TIMESTAMP.search(prev)):
        return False
    if len(prev.replace(" ", "")) < MIN_BROKEN_LEN and not _CONTINUES.search(prev):
        return False
    return (len(nxt.replace(" ", "")) >= MIN_BROKEN_LEN or bool(_TERMINAL.search(nxt))
            or bool(_CONTINUES.search(nxt)) or bool(_WRAP_RESIDUE.match(nxt)))


# A news lede a phone-sized page broke into short lines, none ending its clause (近日，省环委会印发 / “湖北省生态文明建设示范市
# （县、区）” / 名单 / 天门市榜上有名 / 成功创建省级生态文明建设示范市): one sentence, which a clerk reads as such. A line opening
# a clause of its own is set off by a comma; a quotation, or a word of one or two characters (名单), goes on the phrase before it.
_LEDE_OPENS = lazy(rf"^(?:{LEDE_TIME})，")
# (an ellipsis trailing off stops it too: 近日，记者来到这几个市场，…已不是旧模样…… / 北批市场 — a photo's label, hd43a)
_LEDE_STOP = lazy(r"[。！？；：…]")
MAX_LEDE_LINE = 24
_PHRASE_GOES_ON = lazy(r"^[“《（]|^.{1,2}$")


def lede_line_joint(prev: str, nxt: str) -> str | None:
    """What joins ``nxt`` to ``prev`` when ``prev`` is such a lede so far and ``nxt`` its next short line (a comma, or
    nothing), else None."""
    if not _LEDE_OPENS.match(prev) or _LEDE_STOP.search(prev) or len(nxt) > MAX_LEDE_LINE or _LEDE_STOP.search(nxt[:-1]):
        return None
    if _starts_new(nxt) or TIME_OPENER.match(nxt) or _LEDE_OPENS.match(nxt) or _is_title(nxt):
        return None
    return "" if _PHRASE_GOES_ON.match(nxt) or _CONTINUES.search(prev) or prev.endswith("“") else "，"


def _headline_over(rows: list[list], nxt: str) -> bool:
    """Whether the last of ``rows`` (see :func:`clean_blocks`) is a page's headline over ``nxt``: one line that neither stops
    nor goes on (:data:`_CONTINUES`), no sentence before it, of a title's length over a paragraph on one line longer than
    any wrap, whole to its stop (衡南城管开展“春季攻势”，整治“市容乱象” / 为深化城市管理执法体制改革，…集中整治。, hd38b: its first fact
    glued the two), or with no stop inside over a lede opening on its day (辉煌十三五 奋进新德州 | 宁津：累计投入26.8亿元，新建改建
    中小学、幼儿园校舍51.9万平方米 / 1月13日，我市召开…, hd48e: a column's label before the headline, past a title's length)."""
    prev, raw = rows[-1][0], rows[-1][1]
    if _CONTINUES.search(prev) or "\n" in raw or any(_TERMINAL.search(row[0]) for row in rows[:-1]):
        return False
    return lede_under_headline(prev, nxt) or (MIN_BROKEN_LEN <= len(prev) <= MAX_TITLE and len(nxt) > MAX_WRAP
                                              and bool(_TERMINAL.search(nxt)))


def lede_under_headline(prev: str, nxt: str) -> bool:
    """Whether ``nxt`` opens a news lede on its day (:data:`_LEDE_DAY`: 1月13日，我市召开…) under ``prev``, a line with no stop
    inside: its headline, commas and all, of a title's length after any column's bar (:data:`MAX_TITLE`), never a sentence it goes
    on with (…研究部署，明确由分管副局长牵头，定于 / 3月5日，开展…, rv14; nor a date broken after its year: …于2023年 / 1月13日，:
    :data:`_INTO_DATE`)."""
    return (bool(_LEDE_DAY.match(simplified(nxt))) and not _INNER_FINAL.search(prev) and not prev.rstrip().endswith(_INTO_DATE)
            and len(re.split(r"[|｜]", prev)[-1].strip()) <= MAX_TITLE)


def _stopped(text: str) -> str:
    """``text`` ending on its sentence's stop (a lede joined from short lines)."""
    return text if _TERMINAL.search(text) else text + "。"


# A document-sharing site's preview of a file, in numbered chunks cut anywhere (1、…力度 / 2、，整合…):
# a chunk goes on in the one numbered before it when that stopped mid-sentence after at least
# MIN_CHUNK characters (a list's item that long ends its sentence), even across the blank line the
# page puts between chunks.
_CHUNK_NUMBER = lazy(r"^(\d{1,2})、")
MIN_CHUNK = 150


def _next_chunk(prev: str, prev_raw: str, nxt: str) -> bool:
    """Whether ``nxt`` is the chunk after the one ending ``prev`` in such a preview."""
    m = _CHUNK_NUMBER.match(nxt)
    if not m or m.group(1) == "1" or len(prev) < MIN_CHUNK or _TERMINAL.search(prev):
        return False
    last_line = normalize_space(prev_raw.rsplit("\n", 1)[-1])
    return last_line.startswith(f"{int(m.group(1)) - 1}、")


def _glue(a: str, b: str) -> str:
    """Join two pieces of one paragraph: a space only between two Latin words, none within a number the wrap broke between
    its digits (…农村居民人均可支配收入17 / 772元、增长8.5%。: 17772元, hd61b)."""
    latin = a[-1:].isascii() and a[-1:].isalnum() and b[:1].isascii() and b[:1].isalnum()
    return a + (" " if latin and not (a[-1:].isdigit() and b[:1].isdigit()) else "") + b


# --- the pipeline --------------------------------------------------------------------------


@dataclass
class Piece:
    """A raw piece of a source as a reader cut it.

    ``raw`` is the original text (kept as Block.raw); ``text`` the text to clean when the reader
    already removed format syntax (a markdown ``#``), else ``raw``; ``heading`` a level the
    format itself gives; ``full`` that the piece is a line filling the page's width (so it may
    go on in the next piece); ``ends`` that the paragraph ends with the piece (a blank line
    follows it in a text file), so it never goes on in the next one.
    """

    raw: str
    heading: int | None = None
    text: str | None = None
    full: bool = False
    ends: bool = False


# A reply a page printed whole on one line (a table's cell), its paragraphs run together with spaces
# (张某委员: 您提出的…答复如下: 近年来，…。 感谢您…。 联系电话:3221671 2021年7月15日 |), and where they were
# run together: a space after the addressee, the opening or a sentence, before the contact or the closing date.
# (its number and signer may come first: 沭财复字〔2022〕4号 签发人:庞佃宝 尊敬的李晓林、周志勋等代表: 您提出的…)
_RUN_ON_REPLY = lazy(rf"^(?:[{CJK}]{{1,10}}[〔\[]\d{{4}}[〕\]]\d+号\s+)?(?:签发人\s*[:：]\s*[{CJK}]{{2,4}}\s+)?"
                     rf"(?:尊敬的)?[{CJK}、]{{2,24}}?(?:代表|委员)们?\s*[:：]\s*(?:您好[，,！!]?\s*)?[您你]")
_RUN_ON_BREAK = lazy(r"(?:(?<=代表[:：])|(?<=委员[:：])|(?<=如下[:：])|(?<=[。！？!?]))[ \u3000]+(?=\S)|[ \u3000]+(?=签发人\s*[:：]|尊敬的)"
                     r"|[ \u3000]+(?=联系(?:人|电话)\s*[:：]|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[\s|｜]*$)"
                     # (and the date its contact and 抄送 follow: … 2022年7月1日 联系科室、人员及电话:经建科… 抄送:县政府办公室 |)
                     r"|[ \u3000]+(?=(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s+联系|联系(?:人|电话|科室|单位)[^:：，。]{0,8}[:：]|抄\s*送\s*[:：])")


# A report a page printed whole on one line, its sections run together with spaces (一、基本情况 2021年度，…。 二、主要做法
# （一）压实…): a space after a Chinese-numbered heading's words (short, Chinese only: not a PDF's 一、2023 年工作总结; its stop
# kept) or after any numbered heading closing on a heading's word (HEADED_BREAK: 2、制度规范建设及落实情况; 我局坚持…, not an item
# 1、南和区 完成造林…, rv9 1) before a sentence, or after a sentence before the next heading, of any rank (…编制。 一、概述 2018年度，…。
# 1、工作机构和人员情况 根据…, hd45c: a 政府信息公开年度报告 in one table cell, its note on itself first).
_CN_NUMBERED = r"(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])"
_RUN_ON_REPORT = lazy(rf"^(?:{_CN_NUMBERED}[{CJK}]{{2,16}}[;；]?[ \u3000]+|{HEADED_BREAK})(?=[^。！？!?]*[。！？!?])")
_RUN_ON_SECTION = lazy(rf"(?<=[。！？!?])[ \u3000]+(?={_CN_NUMBERED}|\d{{1,2}}、)")


def _run_on_report(text: str) -> list[str]:
    """The headings and paragraphs of a report run together on one line (:data:`_RUN_ON_REPORT`, :data:`_RUN_ON_SECTION`)."""
    out = []
    for part in _RUN_ON_SECTION.split(text):
        m = _RUN_ON_REPORT.match(part)
        out += [part[:m.end()].rstrip().rstrip(";；"), part[m.end():]] if m else [part]
    return out


# A report's title a document library ran into its first sentence (县体育发展中心 2024 年工作总结和 2025 年工作思路2024 年,
# 县体育部门…): a title ending on a report's or a plan's word, right before a year opening a clause.
_RUN_ON_TITLE = lazy(r"^[^。，,；;：:]{6,60}?(?:总结|思路|要点|计划|报告)(?=\s?(?:19|20)\d{2}\s?年度?\s?[，,])")


def _unrun(piece: Piece) -> list[Piece]:
    """``piece``, or the paragraphs of a reply (:data:`_RUN_ON_REPLY`) or a report (:data:`_RUN_ON_REPORT`) run
    together on its one line, or a title run into its text (:data:`_RUN_ON_TITLE`)."""
    text = piece.raw if piece.text is None else piece.text
    title = _RUN_ON_TITLE.match(text) if not piece.heading else None
    if title:
        return [Piece(raw=title.group(), ends=True), *_unrun(Piece(raw=text[title.end():], full=piece.full, ends=piece.ends))]
    reply = _RUN_ON_REPLY.match(text)
    if piece.heading or not (reply or _RUN_ON_REPORT.match(text) or _RUN_ON_SECTION.search(text)):
        return [piece]
    parts = [p for p in (_RUN_ON_BREAK.split(text) if reply else _run_on_report(text)) if p.strip()]
    return [Piece(raw=p, ends=True) for p in parts[:-1]] + [Piece(raw=parts[-1], full=piece.full, ends=piece.ends)]


# The fields of a site's contact line giving a number (电话：0477-8588228, 邮编：…).
_NUMBER_FIELDS = "电话|传真|邮编|邮政编码"
# A line of a number alone (联系电话：0427-…): under the site's footer (SITE_FOOTER), the site's.
_NUMBER_FIELD = lazy(rf"^(?:联系电话|{_NUMBER_FIELDS})\s*[:：]\s*[\d\-－—()（） ]+$")
# A site's owner and keeper closing the page (主办单位：某县人民政府办公室, 主办单位：鄂尔多斯市民政局 / 建设与维护：某市电子
# 政务外网运营中心; the body over it too: 主管主办单位：中国共产党四川省委员会《四川党的建设》杂志社, hd51a), the footer's other
# lines dropped under them or over them: no line of the text. (A line of the owner alone: an event's 主办单位：区体育中心
# 协办单位：… names more.)
_SITE_OWNER = lazy(rf"^(?:(?:{OWNER_KEYS})(?<=单位)|网站主办)\s*[:：]\s*\S{{2,24}}$"  # (its 单位 said: 主办 alone is an event's too)
                   r"|^(?:建设与维护|建设维护|网站维护|维护单位|运维单位|运行维护)\s*[:：]")
# A contact line of the site's under its owner (电话：0477-8588228（传真）, 邮箱：eedsmzj@126.com, 纪检组邮箱：…, 技术支持电话：
# 0519-85685023（工作日9:00-17:00）: its hours too).
_SITE_CONTACT = lazy(rf"^[\u4e00-\u9fff]{{0,16}}?(?:{_NUMBER_FIELDS}|邮箱|e-?mail)\s*[:：]\s*[\w@.\-－—()（）、 :：~～]{{3,40}}$", re.I)

# The unit owning the site, named in its footer: 主办单位：天津市北辰区人民政府 版权所有, 版权所有：武汉市科学技术局,
# Copyright © 2024 某某市人民政府.
_SITE_NAMED = lazy(rf"(?:主办单位|网站主办|版权所有|Copyright|©)\s*[:：]?\s*(?:©\s*)?(?:\d{{4}}(?:\s?[-—]\s?\d{{4}})?\s*)?({UNIT_NAME})"
                   rf"(?![{CJK}])|({UNIT_NAME})\s*(?:版权所有|©)", re.I)


# …or its header welcoming the reader to it: 欢迎访问晋城市卫生健康委员会网站！ (hd21a).
_SITE_WELCOME = lazy(rf"欢迎(?:您)?(?:访问|光临|来到|浏览)\s*({UNIT_NAME})(?:门户|官方|政务)?(?:网站|网)")


# A page's breadcrumb (首页 / 动态 / 工作动态 / 正文, 当前位置：首页 > 新闻中心 > 要闻): its steps after 首页, on > or /.
_CRUMBS = lazy(rf"^(?:(?:{_WHERE})\s*[:：]?\s*)?首页\s*(?:[>›»＞/／]|→)(.*)$")
_CRUMB_SEP = lazy(r"\s*(?:[>›»＞/／]+|→)\s*")
_NEWS_STEP = lazy(rf"^[{CJK}]{{0,6}}(?:{words(NEWS_COLUMN_WORDS)})$")


def in_news_column(piece: Piece) -> bool:
    """True when ``piece`` is a page's breadcrumb whose last step (before 正文) is a news column (:data:`_NEWS_STEP`:
    首页 / 动态 / 工作动态 / 正文): the page is a news item (a line :func:`clean_blocks` drops)."""
    crumbs = _CRUMBS.match(normalize_space(piece.raw if piece.text is None else piece.text).strip())
    steps = [s for s in _CRUMB_SEP.split(crumbs.group(1).strip()) if s and s != "正文"] if crumbs else []
    return bool(steps) and bool(_NEWS_STEP.match(steps[-1]))


def on_forum(piece: Piece) -> bool:
    """True when ``piece`` is a forum post's header or buttons (:data:`FORUM_POST`): the page is a forum's, a third party's
    post, news (a line :func:`clean_blocks` drops)."""
    line = normalize_space(piece.raw if piece.text is None else piece.text)
    return len(line) <= FORUM_LINE_LEN and bool(FORUM_POST.search(line))


def site_owner(piece: Piece) -> str | None:
    """The unit owning the site a page is from, where ``piece`` is a line of its chrome naming it (:data:`_SITE_NAMED`,
    :data:`_SITE_WELCOME`): a line :func:`clean_blocks` drops. (A mirror's pinyin notes are no part of it: 歡迎訪問盤錦市衛(wèi)生
    健康委員會網(wǎng)站 names 盘锦市卫生健康委员会, hd38c.)"""
    text = simplified(strip_pinyin(normalize_space(piece.raw if piece.text is None else piece.text)))
    named = _SITE_NAMED.search(text) if SITE_FOOTER.search(text) else None
    welcome = None if named else _SITE_WELCOME.search(text)
    if not (named or welcome) or not is_chrome(text):  # (the cheap patterns first: this runs on each piece of a page)
        return None
    return (named.group(1) or named.group(2)) if named else welcome.group(1)


# A mirror's plug put in place of a word wherever it stood, a brand and its country in brackets (《开云(中国)完善…的建议》,
# 市委市政府开云(中国)教育工作的部署 for 关于): said after different words, it is no company's name (…(中国)有限公司).
_PLUG_COUNTRY = lazy(r"[（(]中国[）)](?!有限|公司|集团|股份|投资)")
_WORD_BEFORE = lazy(rf"[{CJK}]{{1,6}}$")


def _mirror_plug(text: str) -> str | None:
    """The plug a mirror put in ``text`` at two places or more (:data:`_PLUG_COUNTRY`): the brand the words before each
    bracket end in alike (two characters at least; where they are alike whole, their last two), with its bracket; else None."""
    found = [(m.group(), w.group() if (w := _WORD_BEFORE.search(text, 0, m.start())) else "") for m in _PLUG_COUNTRY.finditer(text)]
    if len(found) < 2:
        return None
    befores = [w for _, w in found]
    common = befores[0]
    while common and not all(w.endswith(common) for w in befores):
        common = common[1:]
    brand = common[-2:] if len(set(befores)) == 1 else common
    if len(brand) < 2:
        return None
    return brand + found[0][0] if all(b == found[0][0] for b, _ in found) else None


def _glue_plugged(text: str) -> str:
    """``text`` once a plug is taken out: no space left where it stood (《 完善… → 《完善…)."""
    return re.sub(r"(?<=[《“（])\s+|\s+(?=[》”）])", "", text).strip()


# A headline of another page, listed under the article (宝鸡市首个“税惠到坊”服务驿站揭牌成立): a short line, no stop, no colon,
# no date; and the fewest of them that make the page's list of links.
_HEADLINE = lazy(r"[^。！？；：:!?;]{8,48}")
_LINK_LIST = 3


def _link_list_start(lines: list[str]) -> int:
    """Where the run of headlines closing a page's ``lines`` starts (:data:`_HEADLINE`, at least :data:`_LINK_LIST` of them after
    a line with a sentence's stop: the article ended, the site lists its other news), else ``len(lines)``."""
    start = len(lines)
    while start and _HEADLINE.fullmatch(lines[start - 1]) and not _DATE_LINE.match(lines[start - 1]):
        start -= 1
    ended = start and re.search(r"[。！？]", lines[start - 1])
    return min(start if ended and len(lines) - start >= _LINK_LIST else len(lines), _listed_tail(lines))


# A link list's label (推荐阅读, 相关新闻, 猜你喜欢; a portal's sidebar, 新闻图片 / 新闻排行, hd52b), and a listed page's date opening
# a line (2025/06/04, 2025-06-04).
_LINK_LABEL = lazy(r"(?:推荐|相关|延伸|热点|热门|精彩|更多)(?:阅读|新闻|文章|报道|推荐)|猜你喜欢|往期回顾|(?:新闻|热门|点击|阅读)排行榜?"
                   r"|新闻图片|图片新闻|(?:新闻|频道|为你|为您)推荐|图文看点")
# What may stand around a link list's label on its line: a bullet, a colon after it (• 热点阅读, 相关推荐:).
_LABEL_MARKS = " \t•·●▪■◆-:："
_LISTED_DATE = lazy(rf"^{DASHED_DATE}")


def _listed_tail(lines: list[str]) -> int:
    """Where the links closing a page's ``lines`` start: a link list's label after its first sentence, the lines right after it no
    sentences (新闻推荐 / 华亭市党政考察团… / 他山之石，…城市建设...: links and a teaser; 新闻图片 / 新闻排行: the page's end — not a
    section's heading, 热点新闻 / 全县召开春季森林防火工作会议 / 3月15日，…23处。, rv17); else the lines after its last sentence (a line ending on 。, or 。”), none a field
    (:data:`_LABEL`), from a link list's label (推荐阅读 / 外汇局官网|…突破20万亿元…), or all of them where two or more open on a
    date (…综述 / 2025/06/04: each listed headline's) but the paragraphs right after that sentence ending on another stop, its
    closing quote after it (:data:`_TERMINAL`: …贡献力量！, …让群众满意！”, rv14), else ``len(lines)``; a signature's one date is
    no list."""
    def stopped(line: str) -> bool:
        return line.rstrip(_CLOSERS).endswith("。")

    # (the label may come before the last sentence, a teaser's: …记者常舒清 / 新闻推荐 / 华亭市党政考察团… / 他山之石，…, hd52a)
    told = next((k for k in range(len(lines)) if stopped(lines[k])), len(lines))
    label = next((k for k in range(told + 1, len(lines)) if _LINK_LABEL.fullmatch(simplified(lines[k]).strip(_LABEL_MARKS))
                  and not any(stopped(t) for t in lines[k + 1:k + 3])), None)
    if label is not None:
        return label
    start = len(lines)
    while start and not stopped(lines[start - 1]) and not _LABEL.match(lines[start - 1]):
        start -= 1
    if not start or not stopped(lines[start - 1]):
        return len(lines)
    if sum(bool(_LISTED_DATE.match(t)) for t in lines[start:]) < 2:
        return len(lines)
    while _TERMINAL.search(lines[start]) and not _LISTED_DATE.match(lines[start]):
        start += 1
    return start


# A comment board's rules under their label (我要评报 隐藏留言须知 / 2.大理时讯拥有管理笔名和留言的一切权力。 / 3.…, hd61a): the label
# closing a short line, then its numbered rules.
_BOARD_RULES = lazy(r"(?:留言|评论|跟帖|发帖)须知$")
BOARD_RULES_LEN = 20
_RULE_NUMBER = lazy(r"^\d{1,2}\s*[.、．]")


def _board_rules(texts: list[str]) -> set[int]:
    """The indexes of ``texts`` a comment board's rules stand at: a short line closing on their label (:data:`_BOARD_RULES`) and the
    numbered lines right after it."""
    found: set[int] = set()
    for k, text in enumerate(texts):
        if len(text) <= BOARD_RULES_LEN and _BOARD_RULES.search(text):
            found.add(k)
            found.update(range(k + 1, next((j for j in range(k + 1, len(texts)) if not _RULE_NUMBER.match(texts[j])), len(texts))))
    return found


# A paper's list of its page's headlines, run together apart by spaces (大理时讯时政要闻 更好肩负起新时代的职责使命 …常务会议 图片新闻
# …15条 市政协开展重点提案督办, hd61a): no sentence, at least this many parts, the headline standing on its own within the
# next lines among them — the page's index, over the story.
HEADLINE_LIST_PARTS = 3
HEADLINE_LIST_AHEAD = 3


def _headline_lists(texts: list[str]) -> set[int]:
    """The indexes of ``texts`` holding a paper's list of headlines (:data:`HEADLINE_LIST_PARTS`) one of the next lines
    (:data:`HEADLINE_LIST_AHEAD`) says alone."""
    found = set()
    for k, text in enumerate(texts):
        parts = text.split()
        if len(parts) < HEADLINE_LIST_PARTS or _SENTENCE_PUNCT.search(text):
            continue
        if any(len(t) >= CLUTTER_LEN // 2 and t in parts for t in texts[k + 1:k + 1 + HEADLINE_LIST_AHEAD]):
            found.add(k)
    return found


# A page's mark stamped at the end of its lines (…第四次会议上7rw, 一、2019年工作回顾7rw, hd61b): a short token of Latin letters and
# digits, a lower-case letter among them (no acronym: GDP, APP), run onto a Chinese character or mark, ending this many lines or
# more — clutter wherever it stands, in a heading or a sentence.
LINE_MARK_REPEATS = 5
_LINE_END_MARK = lazy(rf"(?<=[{_CTX}])(?=[A-Za-z0-9]*[a-z])[A-Za-z0-9]{{2,6}}$")


def _line_mark(texts: list[str]) -> re.Pattern | None:
    """The pattern of the mark ending :data:`LINE_MARK_REPEATS` or more of ``texts`` (:data:`_LINE_END_MARK`), if any."""
    ends = Counter(m.group() for t in texts for m in [_LINE_END_MARK.search(t)] if m)
    mark = next((w for w, n in ends.most_common(1) if n >= LINE_MARK_REPEATS), None)
    return re.compile(rf"(?<![A-Za-z0-9]){re.escape(mark)}(?![A-Za-z0-9])") if mark else None


# A run of marks opening a line: the indent a page's encoding lost (its full-width spaces, ??一、實施背景, ??(一)發展基礎, hd70c),
# no character of the text — the line is read without it, never dropped as mojibake (:data:`_MOJIBAKE_CLAUSE`). One mark
# alone, or marks run onto a Latin letter (?h of 縣), stand for a lost character.
_LOST_INDENT = lazy(r"^[?？\ufffd]{2,}(?![A-Za-z])\s*")


def clean_blocks(pieces: Iterable[Piece]) -> tuple[list[Block], str | None]:
    """Clean the pieces of one source into numbered paragraphs (see the module docstring); and the unit owning the site
    it is from, as the first line of its chrome naming one names it (:func:`site_owner`), if any."""
    merged: list[list] = []  # [text, raw, heading, full, ends]
    lede = False  # (the last row is a news lede joined from short lines: lede_line_joint)
    footer = False
    pictured = False  # (the last line kept out was a picture's file name: :data:`_PICTURE_FILE`)
    site = None
    pieces = list(pieces)
    lines = [(whole, piece, strip_jammer(_LOST_INDENT.sub("", normalize_space(piece.raw if piece.text is None else piece.text))))
             for whole in pieces for piece in _unrun(whole)]
    mark = _line_mark([text for _, _, text in lines])
    lines = [(whole, piece, mark.sub("", text).strip()) for whole, piece, text in lines] if mark else lines
    said = Counter(text for _, _, text in lines)
    seen: set[str] = set()  # (the lines kept so far)
    kept = [i for i, (_, _, text) in enumerate(lines) if text and not is_chrome(text)]
    texts = [lines[i][2] for i in kept]
    links = set(kept[_link_list_start(texts):])  # (the other news listed under the article: no text of it)
    links |= {kept[k] for k in _board_rules(texts) | _headline_lists(texts)}
    for i, (whole, piece, text) in enumerate(lines):
        site = site or site_owner(whole)
        if i in links or _teaser(text):
            continue
        # (the times a line that is no sentence nor a field is printed; a site's own fields, 来源：…, are its chrome)
        printed = said[text] if not _NEVER_CLUTTER.search(text) or _FIELD_START.match(text) else 1
        if printed >= CLUTTER_REPEATS and len(text) >= CLUTTER_LEN and text in seen:
            if merged:  # (where it stood, the paragraph before it ended: 北批市场 / caption ×7 / 薛城区将农贸市场改造…)
                merged[-1][0] = _stopped(merged[-1][0]) if lede else merged[-1][0]
                merged[-1][4], lede = True, False
            continue
        seen.add(text)
        # a line the page prints again and again, no sentence of its own (its headline under each picture): a line
        # alone, never a paragraph's part (济南“预付宝”上线！… 架起预付消费的“信任之桥” / 2月26日，…)
        alone = printed > 1 and not _TERMINAL.search(text)
        text = strip_pinyin(text)  # (版權(quán)聲明: read as chrome without)
        text = _BOARD_TAG.sub("", metadata_fields(strip_inline_chrome(_EDGE_CELLS.sub("", text))))
        if not text or is_chrome(text):
            footer = footer or bool(text and SITE_FOOTER.search(simplified(text)))
            # (a picture of the story, named in words, under a paragraph: not the site's 38-top_img.png over the headline)
            pictured = pictured or bool(text and _PICTURE_FILE.search(text) and _CJK_RUN.search(text) and merged
                                        and _TERMINAL.search(merged[-1][0]))
            continue
        if pictured and len(text) <= MAX_TITLE and not _TERMINAL.search(text) and not re.search(r"[。！？；]", text):
            pictured = False
            continue  # (the picture's caption)
        pictured = False
        if footer and _NUMBER_FIELD.match(simplified(text)):
            continue
        bulleted = bool(BULLET.match(text))  # (a bulletin's ● line is an item of its own, never a wrapped line's rest, hd55c)
        text = normalize_text(text)
        if not text:
            continue
        last = merged[-1] if merged else None
        goes_on = last and not bulleted
        joint = None
        if goes_on and _next_chunk(last[0], last[1], text):  # across a blank line too
            joined = _glue(last[0], _CHUNK_NUMBER.sub("", text, count=1))
        elif (goes_on and not last[4] and last[2] is None and piece.heading is None
              and (joint := lede_line_joint(last[0], text)) is not None):
            joined = last[0] + joint + text
        elif goes_on and not last[4] and not alone and not _headline_over(merged, text) and should_join(
                last[0], last[2], text, piece.heading, last[3], last[1].rsplit("\n", 1)[-1]):
            joined = _glue(last[0], text)
        else:
            if lede:  # (the lede's lines ended: the sentence they made ends on its stop)
                last[0] = _stopped(last[0])
            lede = False
            merged.append([text, piece.raw, piece.heading, piece.full, piece.ends or alone])
            continue
        lede = joint is not None
        last[0], last[1] = joined, f"{last[1]}\n{piece.raw}"
        last[3], last[4] = piece.full, piece.ends
    if lede:
        merged[-1][0] = _stopped(merged[-1][0])
    while True:  # the site's owner closing the page, with its contact lines (电话：0477-8588228（传真） / 邮箱：…)
        end = len(merged)
        while end and _SITE_CONTACT.match(simplified(merged[end - 1][0])):
            end -= 1
        if not (end and _SITE_OWNER.match(simplified(merged[end - 1][0]))):
            break
        del merged[end - 1:]
    plug = _mirror_plug("\n".join(row[0] for row in merged))
    for row in merged if plug else ():
        row[0] = _glue_plugged(row[0].replace(plug, ""))
    merged = [row for row in merged if row[0]]
    merged = drop_repeated_copy(merged)
    return [Block(text=t, raw=r, index=i, heading=h) for i, (t, r, h, _, _) in enumerate(merged, 1)], site


# Consecutive paragraphs that must repeat earlier ones, in order, to count as a second copy.
MIN_REPEAT = 3


def drop_repeated_copy(rows: list[list]) -> list[list]:
    """Rows (text first) without a second copy of the document on the same page.

    A run of at least :data:`MIN_REPEAT` paragraphs equal, in order, to an earlier run is a
    repeat; it is dropped with a last paragraph that is only the start of the next one of the
    earlier run (a copy cut off mid-sentence). The lines between the copies (a page header of
    the second) are kept.
    """
    first: dict[str, int] = {}
    out: list[list] = []
    i = 0
    while i < len(rows):
        text = rows[i][0]
        j = first.get(text)
        if j is not None and all(
            i + k < len(rows) and rows[i + k][0] == rows[j + k][0] for k in range(MIN_REPEAT)
        ):
            k = 0
            while i + k < len(rows) and j + k < i and rows[i + k][0] == rows[j + k][0]:
                k += 1
            i += k
            if i < len(rows) and j + k < len(rows) and rows[j + k][0].startswith(rows[i][0]):
                i += 1
            continue
        first.setdefault(text, i)
        out.append(rows[i])
        i += 1
    return out
