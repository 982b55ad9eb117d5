"""What a visiting group of the congress or the CPPCC did is not the bureau's work (hd12, 自贡市民政局): the 市政协's
news of its inspection of 老年助餐 (zgzx.gov.cn/details/txgj/16331.html), distilled into the bureau's base as a clerk
files it, gave 视察组成员…就老年助餐长效发展机制、优化财政奖补标准等提出意见建议 as work done, and a draft answered the
deputy's ask on funding with it."""

from __future__ import annotations

from helpers import distil, unit_workspace

ZIGONG_NEWS = ("为解决好老年人就餐难题,今年市政协提案委将全市老年助餐服务工作列入年度民主监督议题并作为“同心共建现代化四川助力自贡老工业城市转型升级”特色履职行动重点协商任务。4月30日,市政协副主席徐武斌带领提案委部分委员和市民政局有关同志围绕“全市老年助餐服务工作”开展民主监督视察。\n视察组一行走访了白果社区老年助餐服务点(无忧康养中心)、新华路社区老年助餐服务点和磨子井社区老年助餐服务点,从政策支持、群众满意度、建设运营、服务保障等方面情况,听取了相关负责同志对工作推进中遇到的困难问题、取得成效、具体做法和创新举措等方面情况介绍。\n视察组成员围绕老年助餐服务场所、服务模式、用餐环境,饭菜价格、就餐人数、就餐补贴等情况进行了广泛交流和探讨,并就老年助餐长效发展机制、优化财政奖补标准等提出意见建议。\n视察组一致表示,通过实地察看对我市老年助餐工作的开展和现行政策有了直观、深入的了解,并将持续聚焦这一关系老年群体切身利益的民生实事,建务实之言、议群众之需,进一步提升民主监督质效,助力推动全市老年助餐服务工作再上新台阶。\nCopyright © 中国人民政治协商会议自贡市委员会版权所有 ICP备案号:蜀ICP备07008122号-1\n联系电话: 0813-2205578 政协信箱: zgzx@zgzx.gov.cn\n地址:四川省自贡市滨江路4号 技术支持:四川百信智创科技有限公司\n")


def test_a_visiting_groups_doings_are_context_not_the_bureaus_work(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "自贡市民政局", "市民政局", "自贡市")
    ff = distil(tmp_path, ws, ZIGONG_NEWS, "zgzx.txt")
    kinds = {f.text[:6]: f.kind for f in ff.facts}
    assert ff.facts and not [t for t, k in kinds.items() if k == "done"], kinds
