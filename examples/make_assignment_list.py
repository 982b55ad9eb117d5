"""Generate examples/交办清单.xlsx: a sample assignment list (交办清单) for ``drafter batch``.

The items are invented but plausible for a municipal science bureau: suggestions of the 2026
people's congress session and two CPPCC proposals, with a title row above the header as office
lists have, mixed 主办/会办/协办 and one extended item. Run: ``python examples/make_assignment_list.py``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
OUT = HERE / "交办清单.xlsx"
NPC = "市十七届人大五次会议"
CPPCC = "市政协十三届五次会议"
US = "市科技局"
MARCH, APRIL = dt.datetime(2026, 3, 20), dt.datetime(2026, 4, 3)

HEADER = ["序号", "建议号", "标题", "领衔代表", "届次", "类别", "承办方式", "主办单位", "会办单位",
          "交办日期", "是否延期"]
ITEMS = [
    (1288, "关于推动科技创新与产业创新深度融合的建议", "林永红", NPC, "建议", "主办", US,
     "市工信局、市财政局", MARCH, ""),
    (1084, "关于加大科技型中小企业培育力度的建议", "周文清", NPC, "建议", "主办", US,
     "市财政局、市人社局、市金融局", MARCH, ""),
    (1103, "关于支持高新技术企业扩量提质的建议", "黄志明", NPC, "建议", "主办", US, "市税务局",
     MARCH, ""),
    (1125, "关于引导企业加大研发投入的建议", "陈雅琴", NPC, "建议", "主办", US, "市财政局", MARCH, ""),
    (1142, "关于加快科技成果转化和产业化的建议", "吴建华", NPC, "建议", "主办", US, "", MARCH, ""),
    (1156, "关于建设共性技术中试平台的建议", "蔡丽娟", NPC, "建议", "主办", US, "市工信局",
     MARCH, "是"),
    (1167, "关于完善科技金融服务体系的建议", "郑国平", NPC, "建议", "主办", US, "市金融局、人行泉州市分行",
     MARCH, ""),
    (1178, "关于深化农业科技特派员制度的建议", "许文斌", NPC, "建议", "主办", US, "市农业农村局",
     MARCH, ""),
    (1189, "关于加强新型研发机构建设的建议", "王秀英", NPC, "建议", "主办", US, "", MARCH, ""),
    (1194, "关于加快引进培育科技创新人才的建议", "李志强", NPC, "建议", "会办", "市人社局", US,
     MARCH, ""),
    (1203, "关于强化知识产权保护和运用的建议", "张美玲", NPC, "建议", "会办", "市市场监管局", US,
     MARCH, ""),
    (1215, "关于推动民营企业数字化转型的建议", "洪振宇", NPC, "建议", "会办", "市工信局", US, MARCH, ""),
    (1227, "关于支持专精特新企业创新发展的建议", "苏晓燕", NPC, "建议", "协办", "市工信局",
     "市科技局、市财政局", MARCH, ""),
    (1236, "关于加强县域科技创新工作的建议", "杨振东", NPC, "建议", "主办", US, "", APRIL, ""),
    (1249, "关于推进产学研协同创新的建议", "林淑华", NPC, "建议", "主办", US, "市教育局", APRIL, ""),
    (1258, "关于提升科技创新平台服务能力的建议", "曾庆元", NPC, "建议", "主办", US, "", APRIL, ""),
    (1266, "关于培育发展未来产业的建议", "傅雪梅", NPC, "建议", "会办", "市发改委", US, APRIL, ""),
    (1279, "关于加强科普基础设施建设的建议", "骆明辉", NPC, "建议", "协办", "市科协", US, APRIL, ""),
    (45, "关于加大科技金融支持科创企业的提案", "民建泉州市委会", CPPCC, "提案", "主办", US,
     "市金融局", MARCH, ""),
    (112, "关于推动科技成果在泉转化落地的提案", "吕文杰", CPPCC, "提案", "主办", US, "", MARCH, ""),
]


def build(path: Path = OUT) -> Path:
    """Write the sample list to ``path`` (deterministic bytes apart from the zip timestamps)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "交办清单"
    sheet.append(["2026年市人大代表建议、政协提案交办清单（市科技局）"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet.append(HEADER)
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for n, item in enumerate(ITEMS, 1):
        sheet.append([n, *item])
        sheet.cell(row=n + 2, column=HEADER.index("交办日期") + 1).number_format = "yyyy-mm-dd"
    for letter, width in zip("ABCDEFGHIJK", (6, 8, 44, 14, 22, 6, 9, 14, 28, 12, 9)):
        sheet.column_dimensions[letter].width = width
    book.properties.created = book.properties.modified = dt.datetime(2026, 4, 3)
    book.save(path)
    return path


if __name__ == "__main__":
    print(build())
