"""General reading rules found on held-out round 14 (units the earlier rounds did not hold — 林业局/林草局,
综合行政执法局/城管局, 水务局, 民政局, 教育局, 商务厅, 供销社, 退役军人事务局, 生态环境部, a 乡's government —
from 重庆 綦江/铜梁/沙坪坝, 宁夏 银川, 辽宁 盘锦, 上海 青浦, 海南, 甘肃, 新疆, 吉林, 黑龙江, 广西, 湖北 武汉, 湖南 衡南/湘阴,
四川 达川, 山东 莒南, 云南 禄丰/弥勒/临沧/武定, 广东 惠东, and mirrors in traditional characters).

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in
the test) through the public path a user's ``drafter distill`` takes (read_document → distill_document, in
the demo workspace), and asserts on the facts and metadata that come out.
"""

from __future__ import annotations

import pytest
from helpers import distil, fact_texts

# 银川市西夏区城市管理综合执法局's reply (ycxixia.gov.cn/zwgk/bmxxgkmn/xxqcsglzhzfj/fdzdgknr_48521/yajytablqk_9992/
# 201811/t20181129_1185832.html): the page's table of fields, printed as rows of label and value without colons.
PARKING = ("首页>政府信息公开>部门信息公开目录>西夏区综合执法局>法定主动公开内容>建议提案办理\n\n"
           "索 引 号 640105-113/2018-89569 文号\n发布日期 2018-11-29 公开时限 长期公开\n所属分类 建议提案办理 效力状态 有效\n"
           "责任部门 西夏区城管局 公开方式 主动公开\n\n关于“银川市政协十三届二次会议第103号提案”的答复\n\n发布日期:2018-11-29\n\n"
           "尹相梅、范学峰、李庆梅代表:\n\n"
           "您们提出“关于全面开放市区机关事业单位内部停车场的提案”,已由西夏区政府转交我局办理并答复,现将办理情况答复如下:\n\n"
           "为进一步推进市政府为民办实事工作的顺利开展,2017年以来,西夏区城管局根据西夏区政府安排,积极协调西夏区教育局、"
           "西夏区法院、西夏区检察院,西夏区卫计局、文昌路街道办事处等10家机关事业单位,对其内部400多个停车场分时段对外开放。\n\n"
           "银川市西夏区城市管理综合执法局\n\n2018年7月23日\n\n(此件公开发布)\n")
# 弥勒市民政局's reply (hhml.gov.cn/info/3141/129051.htm): the fields run into their values without colons.
ACTIVITY_ROOM = ("- 索引号000014348/2020-02432\n- 发布机构弥勒市政府办公室\n- 文号弥民函〔2017〕14号\n- 发布日期2018-08-19\n"
                 "- 有效性有效\n弥勒市民政局关于市人大代表建议第200号答复的函\n李文章代表:\n"
                 "你在人代会上提出的《关于瓦草冲建老年活动室的建议》第200号建议,已转交市民政局办理,现将办理情况答复如下:\n"
                 "三、积极主动,政策支持。市民政局积极主动加强与有关部门的沟通联系,争取借助2017年全市建设村民小组活动场所契机,"
                 "把瓦草冲村民小组活动场所列入建设项目。\n")
