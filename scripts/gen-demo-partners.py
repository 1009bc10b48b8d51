#!/usr/bin/env python3
"""Generate the demo partner registry data/partners.csv for Channel Station.

Deterministic: a fixed seed and only random.Random.random() / randrange()
are used, and no set or hash ordering is ever iterated, so rerunning the
script gives a byte-identical file.

Output format matches Excel's "CSV UTF-8": UTF-8 with BOM, CRLF line
endings, comma-delimited, fields quoted only when they contain a comma, a
double quote or a line break (RFC 4180). In-cell line breaks are bare LF,
as Excel writes them.

Usage: gen-demo-partners.py [OUTPUT]   (default: <repo>/data/partners.csv)
Standard library only.
"""

import csv
import datetime
import io
import math
import os
import sys
import random

SEED = 20260930
ROW_COUNT = 2000

HEADER = ["伙伴编号", "伙伴名称", "类型", "区域", "等级", "认证等级", "培养阶段",
          "导师", "上级伙伴编号", "加入日期", "状态", "联系人", "电话", "邮箱", "备注"]

# --------------------------------------------------------------------------
# Reference tables
# --------------------------------------------------------------------------

# region -> (code prefix, partner count, [(city, pinyin abbreviation, districts)])
REGIONS = [
    ("华东", "HD", 560, [
        ("上海", "sh", ["浦东", "闵行", "徐汇", "嘉定"]),
        ("杭州", "hz", ["西湖", "滨江", "余杭", "萧山"]),
        ("南京", "nj", ["江宁", "鼓楼", "玄武"]),
        ("苏州", "sz", ["工业园区", "吴中", "昆山"]),
        ("宁波", "nb", ["鄞州", "北仑", "海曙"]),
        ("合肥", "hf", ["蜀山", "包河", "高新区"]),
        ("济南", "jn", ["历下", "槐荫", "高新区"]),
        ("青岛", "qd", ["黄岛", "市南", "城阳"]),
        ("福州", "fz", ["鼓楼", "仓山", "马尾"]),
        ("厦门", "xm", ["思明", "湖里", "集美"]),
    ]),
    ("华南", "HN", 440, [
        ("广州", "gz", ["天河", "番禺", "白云", "黄埔"]),
        ("深圳", "sz", ["南山", "福田", "宝安", "龙岗"]),
        ("东莞", "dg", ["南城", "长安", "松山湖"]),
        ("佛山", "fs", ["顺德", "南海", "禅城"]),
        ("南宁", "nn", ["青秀", "西乡塘", "良庆"]),
        ("海口", "hk", ["龙华", "美兰", "秀英"]),
    ]),
    ("华北", "HB", 320, [
        ("北京", "bj", ["海淀", "朝阳", "丰台", "亦庄"]),
        ("天津", "tj", ["滨海新区", "南开", "西青"]),
        ("石家庄", "sjz", ["长安", "裕华", "高新区"]),
        ("太原", "ty", ["小店", "迎泽", "万柏林"]),
        ("呼和浩特", "hhht", ["赛罕", "新城", "回民"]),
    ]),
    ("华中", "HZ", 260, [
        ("武汉", "wh", ["洪山", "江汉", "东湖高新", "汉阳"]),
        ("长沙", "cs", ["岳麓", "雨花", "开福"]),
        ("郑州", "zz", ["金水", "二七", "郑东新区"]),
        ("南昌", "nc", ["红谷滩", "青山湖", "西湖"]),
    ]),
    ("西南", "XN", 220, [
        ("成都", "cd", ["高新区", "武侯", "锦江", "双流"]),
        ("重庆", "cq", ["渝北", "江北", "沙坪坝", "九龙坡"]),
        ("昆明", "km", ["五华", "盘龙", "官渡"]),
        ("贵阳", "gy", ["观山湖", "南明", "云岩"]),
        ("拉萨", "ls", ["城关", "堆龙德庆"]),
    ]),
    ("西北", "XB", 100, [
        ("西安", "xa", ["雁塔", "未央", "高新区", "曲江"]),
        ("兰州", "lz", ["城关", "七里河", "安宁"]),
        ("乌鲁木齐", "wlmq", ["天山", "沙依巴克", "新市"]),
        ("银川", "yc", ["金凤", "兴庆"]),
        ("西宁", "xn", ["城西", "城东"]),
    ]),
    ("东北", "DB", 100, [
        ("沈阳", "sy", ["浑南", "和平", "铁西", "沈河"]),
        ("大连", "dl", ["甘井子", "中山", "金州"]),
        ("长春", "cc", ["朝阳", "南关", "净月"]),
        ("哈尔滨", "hrb", ["南岗", "道里", "香坊"]),
    ]),
]
REGION_NAMES = [r[0] for r in REGIONS]
REGION_PREFIX = {r[0]: r[1] for r in REGIONS}
REGION_CITIES = {r[0]: r[3] for r in REGIONS}
# region-flavoured trade-name words, used now and then alongside the common ones
REGION_WORDS = {
    "华东": [("江南", "jiangnan"), ("东海", "donghai"), ("吴越", "wuyue"), ("海润", "hairun")],
    "华南": [("南粤", "nanyue"), ("岭南", "lingnan"), ("珠江", "zhujiang"), ("粤海", "yuehai")],
    "华北": [("京华", "jinghua"), ("北辰", "beichen"), ("燕山", "yanshan"), ("华北通", "huabeitong")],
    "华中": [("楚天", "chutian"), ("中原", "zhongyuan"), ("荆楚", "jingchu"), ("湘江", "xiangjiang")],
    "西南": [("蓉达", "rongda"), ("巴蜀", "bashu"), ("天府", "tianfu"), ("滇峰", "dianfeng")],
    "西北": [("秦川", "qinchuan"), ("陇原", "longyuan"), ("丝路", "silu"), ("天山", "tianshan")],
    "东北": [("北方星辰", "beifangxingchen"), ("黑土", "heitu"), ("关东", "guandong"), ("辽海", "liaohai")],
}

# Exact type quotas (sum = ROW_COUNT): 35 / 30 / 20 / 8 / 5 / 2 %
TYPE_QUOTAS = [("经销商", 700), ("零售商", 600), ("代理商", 400),
               ("独立销售代表", 160), ("外设销售机构", 100), ("内部销售团队", 40)]

TIERS = ["钻石", "金牌", "银牌", "铜牌"]
TIER_QUOTAS = [("钻石", 100), ("金牌", 300), ("银牌", 700), ("铜牌", 900)]  # 5/15/35/45 %
# base strength by type; a logistic noise term is added and partners are
# ranked by the sum to hand out the tier quotas
TYPE_STRENGTH = {"代理商": 1.2, "内部销售团队": 1.0, "外设销售机构": 0.7,
                 "经销商": 0.7, "零售商": -0.4, "独立销售代表": -0.6}
CERTS = ["基础", "进阶", "专家"]
CERT_WEIGHTS = {  # by tier
    "钻石": [5, 25, 70],
    "金牌": [15, 50, 35],
    "银牌": [40, 50, 10],
    "铜牌": [70, 27, 3],
}
STAGES = ["入门型", "成长型", "专家型"]
STAGE_WEIGHTS = {  # by certification ("" = certification unknown: by tier)
    "基础": [75, 23, 2],
    "进阶": [18, 70, 12],
    "专家": [3, 22, 75],
}
STAGE_WEIGHTS_BY_TIER = {
    "钻石": [5, 35, 60], "金牌": [15, 55, 30], "银牌": [35, 55, 10], "铜牌": [65, 32, 3],
}
# Status: exact counts (88 / 7 / 5 %); lower tiers churn and slip more.
STATUS_QUOTAS = {"已流失": 100, "重点关注": 140}
CHURN_WEIGHT = {"钻石": 1, "金牌": 2, "银牌": 4, "铜牌": 7}
WATCH_WEIGHT = {"钻石": 4, "金牌": 5, "银牌": 6, "铜牌": 8}
BLANK_CERTS = 60    # 3 %
BLANK_STAGES = 60   # 3 %
BLANK_EMAILS = 200  # 10 %
# partners with a note (about 5 %), by status
NOTE_QUOTAS = [("已流失", 25), ("重点关注", 28), ("合作中", 47)]
# partners with a parent partner: 40 % of retailers, 20 % of distributors
PARENT_QUOTAS = {"零售商": 240, "经销商": 140}
# join-date shape by tier: density over the date span proportional to
# exp(a * x), x in [0, 1]. a < 0 leans early (old partners are the higher
# tiers), a > 0 leans late (the channel grows about 30 % a year).
DATE_SHAPE = {"钻石": -1.6, "金牌": -0.4, "银牌": 0.9, "铜牌": 2.0}
DATE_START = datetime.date(2015, 1, 1)
DATE_END = datetime.date(2026, 9, 30)

# 40 internal mentors: (name, regions served). Primary region first.
MENTORS = [
    ("王建国", ["华东"]), ("李晓梅", ["华东"]), ("张志强", ["华东"]), ("陈静", ["华东"]),
    ("黄丽华", ["华东"]), ("徐海涛", ["华东"]), ("朱红梅", ["华东"]), ("郭婷", ["华东"]),
    ("林晓燕", ["华东"]), ("刘洋", ["华东", "华中"]), ("周杰", ["华东", "华中"]),
    ("杨帆", ["华南"]), ("赵磊", ["华南"]), ("吴敏", ["华南"]), ("孙悦", ["华南"]),
    ("何志明", ["华南"]), ("梁雪", ["华南"]), ("谢文华", ["华南"]), ("曾小燕", ["华南"]),
    ("罗刚", ["华南", "西南"]),
    ("马俊", ["华北"]), ("高峰", ["华北"]), ("郑伟", ["华北"]), ("宋佳", ["华北"]),
    ("韩冰", ["华北"]), ("许国庆", ["华北", "东北"]),
    ("胡斌", ["华中"]), ("唐明", ["华中"]), ("冯建华", ["华中"]), ("邓丽", ["华中"]),
    ("彭涛", ["华中"]),
    ("曹阳", ["西南"]), ("肖鹏", ["西南"]), ("田甜", ["西南"]), ("蒋志刚", ["西南", "西北"]),
    ("余海燕", ["西北"]), ("潘玉兰", ["西北"]),
    ("董建军", ["东北"]), ("袁军", ["东北"]), ("蔡文静", ["东北"]),
]

# surname, pinyin, relative frequency
SURNAMES = [
    ("王", "wang", 10), ("李", "li", 10), ("张", "zhang", 9), ("刘", "liu", 8), ("陈", "chen", 7),
    ("杨", "yang", 5), ("黄", "huang", 4), ("赵", "zhao", 4), ("吴", "wu", 4), ("周", "zhou", 4),
    ("徐", "xu", 3), ("孙", "sun", 3), ("马", "ma", 3), ("朱", "zhu", 3), ("胡", "hu", 3),
    ("郭", "guo", 2), ("何", "he", 2), ("高", "gao", 2), ("林", "lin", 2), ("罗", "luo", 2),
    ("郑", "zheng", 2), ("梁", "liang", 2), ("谢", "xie", 2), ("宋", "song", 2), ("唐", "tang", 2),
    ("许", "xu", 2), ("韩", "han", 2), ("冯", "feng", 2), ("邓", "deng", 2), ("曹", "cao", 2),
    ("彭", "peng", 1), ("曾", "zeng", 1), ("肖", "xiao", 1), ("田", "tian", 1), ("董", "dong", 1),
    ("袁", "yuan", 1), ("潘", "pan", 1), ("于", "yu", 1), ("蒋", "jiang", 1), ("蔡", "cai", 1),
    ("余", "yu", 1), ("杜", "du", 1), ("叶", "ye", 1), ("程", "cheng", 1), ("苏", "su", 1),
    ("魏", "wei", 1), ("吕", "lv", 1), ("丁", "ding", 1), ("任", "ren", 1), ("沈", "shen", 1),
    ("姚", "yao", 1), ("卢", "lu", 1), ("姜", "jiang", 1), ("崔", "cui", 1), ("钟", "zhong", 1),
    ("谭", "tan", 1), ("陆", "lu", 1), ("汪", "wang", 1), ("范", "fan", 1), ("金", "jin", 1),
    ("石", "shi", 1), ("廖", "liao", 1), ("贾", "jia", 1), ("夏", "xia", 1), ("韦", "wei", 1),
    ("付", "fu", 1), ("方", "fang", 1), ("白", "bai", 1), ("邹", "zou", 1), ("孟", "meng", 1),
    ("熊", "xiong", 1), ("秦", "qin", 1), ("邱", "qiu", 1), ("江", "jiang", 1), ("尹", "yin", 1),
    ("薛", "xue", 1), ("闫", "yan", 1), ("段", "duan", 1), ("雷", "lei", 1), ("侯", "hou", 1),
    ("龙", "long", 1), ("史", "shi", 1), ("黎", "li", 1), ("贺", "he", 1), ("顾", "gu", 1),
]
# whole given names (名) with pinyin: two-character ones, then single ones
GIVEN_NAMES_2 = [
    ("建国", "jianguo"), ("建华", "jianhua"), ("建军", "jianjun"), ("志强", "zhiqiang"), ("志明", "zhiming"),
    ("志刚", "zhigang"), ("海涛", "haitao"), ("海燕", "haiyan"), ("晓梅", "xiaomei"), ("晓燕", "xiaoyan"),
    ("晓东", "xiaodong"), ("晓明", "xiaoming"), ("丽华", "lihua"), ("丽娟", "lijuan"), ("红梅", "hongmei"),
    ("玉兰", "yulan"), ("秀英", "xiuying"), ("桂英", "guiying"), ("文华", "wenhua"), ("文静", "wenjing"),
    ("国庆", "guoqing"), ("国华", "guohua"), ("永强", "yongqiang"), ("永刚", "yonggang"), ("德明", "deming"),
    ("宏伟", "hongwei"), ("俊杰", "junjie"), ("子涵", "zihan"), ("子轩", "zixuan"), ("浩然", "haoran"),
    ("宇航", "yuhang"), ("思远", "siyuan"), ("嘉怡", "jiayi"), ("欣怡", "xinyi"), ("雨婷", "yuting"),
    ("佳琪", "jiaqi"), ("梦琪", "mengqi"), ("诗涵", "shihan"), ("雅琴", "yaqin"), ("婷婷", "tingting"),
    ("丹丹", "dandan"), ("明辉", "minghui"), ("立新", "lixin"), ("振华", "zhenhua"), ("春华", "chunhua"),
    ("秋云", "qiuyun"), ("金龙", "jinlong"), ("成林", "chenglin"), ("家豪", "jiahao"), ("博文", "bowen"),
    ("鹏飞", "pengfei"), ("文博", "wenbo"), ("天宇", "tianyu"), ("一鸣", "yiming"), ("泽宇", "zeyu"),
    ("少华", "shaohua"), ("卫东", "weidong"), ("红霞", "hongxia"), ("秀兰", "xiulan"), ("淑华", "shuhua"),
    ("美玲", "meiling"), ("慧敏", "huimin"), ("静怡", "jingyi"), ("凤英", "fengying"), ("春梅", "chunmei"),
    ("建平", "jianping"), ("明亮", "mingliang"), ("国强", "guoqiang"), ("海波", "haibo"), ("学军", "xuejun"),
    ("庆华", "qinghua"), ("新民", "xinmin"), ("光明", "guangming"), ("永红", "yonghong"), ("晓峰", "xiaofeng"),
    ("志华", "zhihua"), ("雪梅", "xuemei"), ("艳红", "yanhong"), ("丽萍", "liping"), ("宏亮", "hongliang"),
    ("振宇", "zhenyu"), ("俊峰", "junfeng"), ("云飞", "yunfei"), ("瑞华", "ruihua"), ("继红", "jihong"),
]
GIVEN_NAMES_1 = [
    ("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("丽", "li"),
    ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("洋", "yang"), ("勇", "yong"), ("艳", "yan"),
    ("杰", "jie"), ("娟", "juan"), ("涛", "tao"), ("明", "ming"), ("超", "chao"), ("霞", "xia"),
    ("平", "ping"), ("刚", "gang"), ("华", "hua"), ("斌", "bin"), ("鹏", "peng"), ("辉", "hui"),
    ("宇", "yu"), ("浩", "hao"), ("凯", "kai"), ("健", "jian"), ("俊", "jun"), ("帆", "fan"),
    ("婷", "ting"), ("雪", "xue"), ("琳", "lin"), ("慧", "hui"), ("欣", "xin"), ("晨", "chen"),
    ("峰", "feng"), ("飞", "fei"), ("亮", "liang"), ("波", "bo"), ("毅", "yi"), ("颖", "ying"),
    ("倩", "qian"), ("萍", "ping"), ("坤", "kun"), ("昊", "hao"), ("博", "bo"), ("琦", "qi"),
]

# two-character trade-name words (字号) with pinyin
TRADE_WORDS = [
    ("恒信", "hengxin"), ("华泰", "huatai"), ("宏达", "hongda"), ("鑫源", "xinyuan"), ("瑞丰", "ruifeng"),
    ("众诚", "zhongcheng"), ("博远", "boyuan"), ("启明", "qiming"), ("天成", "tiancheng"), ("金鼎", "jinding"),
    ("盛世", "shengshi"), ("联创", "lianchuang"), ("中科", "zhongke"), ("汇通", "huitong"), ("长城", "changcheng"),
    ("新锐", "xinrui"), ("永泰", "yongtai"), ("佳和", "jiahe"), ("立信", "lixin"), ("东方", "dongfang"),
    ("远航", "yuanhang"), ("百川", "baichuan"), ("卓越", "zhuoyue"), ("智联", "zhilian"), ("嘉禾", "jiahe"),
    ("润泽", "runze"), ("德胜", "desheng"), ("安信", "anxin"), ("融通", "rongtong"), ("正泰", "zhengtai"),
    ("凯德", "kaide"), ("华信", "huaxin"), ("同创", "tongchuang"), ("兴业", "xingye"), ("明德", "mingde"),
    ("鼎盛", "dingsheng"), ("宏图", "hongtu"), ("国泰", "guotai"), ("海纳", "haina"), ("万通", "wantong"),
    ("星辰", "xingchen"), ("晨光", "chenguang"), ("创维", "chuangwei"), ("蓝海", "lanhai"), ("银河", "yinhe"),
    ("九州", "jiuzhou"), ("腾达", "tengda"), ("旭日", "xuri"), ("奥博", "aobo"), ("聚力", "juli"),
    ("新天", "xintian"), ("合众", "hezhong"), ("金桥", "jinqiao"), ("瑞达", "ruida"), ("中联", "zhonglian"),
    ("信达", "xinda"), ("祥瑞", "xiangrui"), ("恒通", "hengtong"), ("天润", "tianrun"), ("志诚", "zhicheng"),
    ("华凯", "huakai"), ("锦程", "jincheng"), ("易通", "yitong"), ("捷诚", "jiecheng"), ("鸿运", "hongyun"),
    ("富源", "fuyuan"), ("广拓", "guangtuo"), ("诺信", "nuoxin"), ("优品", "youpin"), ("科达", "keda"),
    ("华瑞", "huarui"), ("思创", "sichuang"), ("宇航", "yuhang"), ("天宇", "tianyu"), ("弘毅", "hongyi"),
    ("鼎新", "dingxin"), ("昌盛", "changsheng"), ("汇丰源", "huifengyuan"), ("金色阳光", "jinseyangguang"), ("前程", "qiancheng"),
    ("泰和", "taihe"), ("明远", "mingyuan"), ("华宇", "huayu"), ("精诚", "jingcheng"), ("通达", "tongda"),
    ("光大", "guangda"), ("世纪", "shiji"), ("新纪元", "xinjiyuan"), ("天正", "tianzheng"), ("亿达", "yida"),
    ("方圆", "fangyuan"), ("鑫诚", "xincheng"), ("德信", "dexin"), ("中天", "zhongtian"), ("海川", "haichuan"),
    ("恒瑞", "hengrui"), ("金诺", "jinnuo"), ("和信", "hexin"), ("普瑞", "purui"), ("驰远", "chiyuan"),
]

# company industries: (industry words, domain slug)
COMPANY_INDUSTRIES = [
    ("智能科技", "tech"), ("科技", "tech"), ("信息技术", "it"), ("网络科技", "net"), ("电子", "elec"),
    ("电子科技", "etech"), ("商贸", "trade"), ("贸易", "trading"), ("实业", "ind"), ("机电设备", "me"),
    ("电气", "electric"), ("自动化", "auto"), ("系统集成", "si"), ("数码科技", "digital"),
    ("通信技术", "comm"), ("供应链管理", "scm"), ("办公设备", "office"), ("新能源科技", "energy"),
    ("计算机", "computer"), ("软件", "soft"),
]
COMPANY_SUFFIXES = [("有限公司", 60), ("有限责任公司", 25), ("股份有限公司", 4), ("经销部", 6), ("贸易中心", 5)]
AGENT_SUFFIXES = [("有限公司", 60), ("有限责任公司", 28), ("股份有限公司", 8), ("代理有限公司", 4)]
RETAIL_FORMS = [
    ("数码专卖店", "digital"), ("电子经销部", "elec"), ("电脑商行", "pc"), ("办公设备门市部", "office"),
    ("科技经营部", "tech"), ("数码广场店", "digital"), ("电器商行", "dianqi"), ("智能家居体验店", "home"),
    ("电子商行", "elec"), ("通讯器材店", "comm"), ("五金机电商店", "wujin"), ("网络科技工作室", "net"),
]
PUBLIC_MAIL = [("qq.com", 45), ("163.com", 30), ("126.com", 12), ("sina.com", 6), ("139.com", 7)]
MOBILE_PREFIXES = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151",
                   "152", "153", "155", "156", "157", "158", "159", "166", "173", "176", "177",
                   "180", "181", "182", "183", "185", "186", "187", "188", "189", "191", "198", "199"]
OWN_DOMAIN = "huaxin-mfg.com.cn"  # the (fictitious) manufacturer
CN_NUM = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

# Notes: {region} {city} {y} {q} {d} {s} {p} are filled in; the second item says
# who a note fits ("" anyone, a type group, a tier or a status). Some notes
# contain an ASCII comma, a double quote or a line break so that CSV quoting
# gets exercised.
NOTES = [
    ("主营{region}地区工业客户，{y}年起拓展新能源线", "trade"),
    ("曾有串货记录（{y}Q{q}），已整改", "external"),
    ("{y}Q{q}季度优秀伙伴, 返点已全部结清", "external"),
    ("客户反馈\"售后响应慢\"，已约谈负责人", "重点关注"),
    ("年销售额超2000万元\n拟申请升级钻石等级", "trade+金牌"),
    ("负责人变更，新联系人待确认", "external"),
    ("MDF申请材料不全，待补充发票", "external"),
    ("回款周期偏长（平均{d}天），需重点跟进", "trade"),
    ("已参加30天产品训练营，结业考试{s}分", ""),
    ("与{city}本地政府项目有合作", "trade"),
    ("已签署区域保护协议", "trade"),
    ("{y}Q{q}突破最低限价，已扣减当季返点", "external"),
    ("门店3家, 自有仓库1处", "零售商"),
    ("年度OKR：开发3家\"标杆客户\"", ""),
    ("{y}年并购{city}一家同行\n渠道覆盖明显扩大", "trade"),
    ("库存周转慢，建议控制压货", "external"),
    ("新品导入积极，{y}Q{q}新品占比达{p}%", ""),
    ("主要做{city}周边县市分销", "trade"),
    ("联系人常驻外地，电话优先", "external"),
    ("有意向代理全线产品, 待评估资金实力", "零售商"),
    ("试点\"以旧换新\"活动，效果良好", "零售商"),
    ("客户满意度连续两季度低于80%\n列入观察", "重点关注"),
    ("负责{region}区重点行业客户，兼带新人", "internal"),
]


def note_fits(need, p):
    if "+" in need:
        return all(note_fits(part, p) for part in need.split("+"))
    if need == "":
        return True
    if need == "trade":
        return p["type"] in ("经销商", "代理商")
    if need == "external":
        return p["type"] not in ("内部销售团队", "外设销售机构")
    if need == "internal":
        return p["type"] in ("内部销售团队", "外设销售机构")
    return need in (p["type"], p["tier"], p["status"])


CHURN_NOTES = [
    "{y}年终止合作，库存已回收",
    "转投竞品，{y}Q{q}起停止进货",
    "经营不善停业, 尾款待收回",
]


# --------------------------------------------------------------------------
# Helpers (only rng.random() / rng.randrange() — stable across versions)
# --------------------------------------------------------------------------

def wchoice(rng, items, weights):
    total = float(sum(weights))
    x = rng.random() * total
    acc = 0.0
    for item, w in zip(items, weights):
        acc += w
        if x < acc:
            return item
    return items[-1]


def wpick(rng, pairs):
    """pairs: [(value, weight)] -> value"""
    return wchoice(rng, [p[0] for p in pairs], [p[1] for p in pairs])


def choice(rng, seq):
    return seq[rng.randrange(len(seq))]


def logistic(rng):
    u = rng.random()
    while u == 0.0:
        u = rng.random()
    return math.log(u / (1.0 - u))


def shuffle(rng, lst):
    for i in range(len(lst) - 1, 0, -1):
        j = rng.randrange(i + 1)
        lst[i], lst[j] = lst[j], lst[i]


class Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.names = set()
        self.phones = set()
        self.domains = set()
        self.persons = set()

    # -- people ---------------------------------------------------------
    def person(self):
        """Returns (name, (surname pinyin, given-name pinyin))."""
        rng = self.rng
        for _ in range(50):
            s, spy, _w = wchoice(rng, SURNAMES, [x[2] for x in SURNAMES])
            g, gpy = choice(rng, GIVEN_NAMES_2 if rng.random() < 0.7 else GIVEN_NAMES_1)
            name = s + g
            # contacts need not be unique, but avoid too many namesakes
            if name in self.persons and rng.random() < 0.8:
                continue
            break
        self.persons.add(name)
        return name, (spy, gpy)

    def phone(self):
        rng = self.rng
        while True:
            p = choice(rng, MOBILE_PREFIXES) + "%08d" % rng.randrange(100000000)
            if p not in self.phones:
                self.phones.add(p)
                return p

    def public_mail(self, pys):
        rng = self.rng
        py = pys[0] + pys[1]
        host = wpick(rng, PUBLIC_MAIL)
        if host == "qq.com":
            return "%d@qq.com" % rng.randrange(10000000, 3000000000)
        r = rng.random()
        if r < 0.4:
            local = py + str(rng.randrange(1970, 2003))
        elif r < 0.7:
            local = py + str(rng.randrange(1, 999))
        else:
            local = py
        return local + "@" + host

    def company_mail(self, pys, domain):
        rng = self.rng
        r = rng.random()
        if r < 0.12:
            local = choice(rng, ["sales", "info", "service", "market"])
        elif r < 0.22:
            local = pys[1] + "." + pys[0]
        elif r < 0.27:
            local = pys[0] + str(rng.randrange(1, 20))
        else:
            local = pys[0] + pys[1]
        return local + "@" + domain

    def domain(self, region_city_py, word_py, slug):
        rng = self.rng
        tld = wpick(rng, [(".cn", 45), (".com", 35), (".com.cn", 20)])
        cand = "%s-%s%s" % (word_py, slug, tld)
        if cand in self.domains:
            cand = "%s%s-%s%s" % (region_city_py, word_py, slug, tld)
        n = 2
        base = cand
        while cand in self.domains:
            cand = base.replace(tld, "", 1) + str(n) + tld
            n += 1
        self.domains.add(cand)
        return cand

    # -- names ------------------------------------------------------------
    def claim(self, name):
        if name in self.names:
            return False
        self.names.add(name)
        return True

    def trade_word(self, region):
        rng = self.rng
        if rng.random() < 0.12:
            return choice(rng, REGION_WORDS[region])
        return choice(rng, TRADE_WORDS)

    def name_for(self, ptype, region, city):
        """Returns (name, email-domain or None, individual pinyin or None)."""
        rng = self.rng
        cname, cpy, districts = city
        if ptype == "内部销售团队":
            while True:
                r = rng.random()
                if r < 0.55:
                    n = 0
                    while not self.claim("%s区内部销售%s组" % (region, CN_NUM[n])):
                        n += 1
                    return "%s区内部销售%s组" % (region, CN_NUM[n]), OWN_DOMAIN, None
                if r < 0.75:
                    n = 0
                    while not self.claim("%s区行业销售%s组" % (region, CN_NUM[n])):
                        n += 1
                    return "%s区行业销售%s组" % (region, CN_NUM[n]), OWN_DOMAIN, None
                cand = choice(rng, ["%s区大客户部" % region, "%s区政企销售组" % region,
                                    "%s区电商运营组" % region, "%s直销团队" % cname])
                if self.claim(cand):
                    return cand, OWN_DOMAIN, None
        if ptype == "外设销售机构":
            while True:
                cand = choice(rng, [
                    "%s销售办事处" % cname, "%s分公司" % cname, "%s营业部" % cname,
                    "%s服务中心" % cname, "%s%s办事处" % (cname, choice(rng, districts)),
                    "%s%s营业部" % (cname, choice(rng, districts)),
                ])
                if self.claim(cand):
                    return cand, OWN_DOMAIN, None
        if ptype == "独立销售代表":
            while True:
                pname, ppy = self.person()
                r = rng.random()
                if r < 0.45:
                    cand = "%s（%s）" % (pname, cname)
                elif r < 0.8:
                    cand = "%s%s销售工作室" % (cname, pname)
                else:
                    cand = "%s%s%s商务咨询工作室" % (cname, choice(rng, districts), pname)
                if self.claim(cand):
                    return cand, None, (pname, ppy)
        if ptype == "零售商":
            while True:
                w, wpy = self.trade_word(region)
                form, slug = choice(rng, RETAIL_FORMS)
                if rng.random() < 0.35:
                    cand = "%s%s%s%s" % (cname, choice(rng, districts), w, form)
                else:
                    cand = "%s%s%s" % (cname, w, form)
                if self.claim(cand):
                    dom = self.domain(cpy, wpy, slug) if rng.random() < 0.45 else None
                    return cand, dom, None
        # 经销商 / 代理商
        while True:
            w, wpy = self.trade_word(region)
            ind, slug = choice(rng, COMPANY_INDUSTRIES)
            suffix = wpick(rng, AGENT_SUFFIXES if ptype == "代理商" else COMPANY_SUFFIXES)
            cand = cname + w + ind + suffix
            if self.claim(cand):
                return cand, self.domain(cpy, wpy, slug), None


# --------------------------------------------------------------------------
# Generation
# --------------------------------------------------------------------------

def join_date(rng, tier):
    u = rng.random()
    a = DATE_SHAPE[tier]
    f = math.log(1.0 + u * (math.exp(a) - 1.0)) / a  # inverse CDF
    span = (DATE_END - DATE_START).days
    return DATE_START + datetime.timedelta(days=min(span, int(f * (span + 1))))


def fill_note(rng, text, region, city, jd):
    # a quarter between the join quarter (2019Q1 at the earliest) and 2026Q3
    first = max(jd.year * 4 + (jd.month - 1) // 3, 2019 * 4)
    last = 2026 * 4 + 2
    k = first + rng.randrange(last - first + 1)
    return text.format(region=region, city=city, y=k // 4, q=k % 4 + 1,
                       d=choice(rng, [65, 72, 75, 81, 88, 95, 110, 120]),
                       s=choice(rng, [68, 75, 81, 86, 90, 92, 95]),
                       p=choice(rng, [12, 18, 23, 27, 31, 35, 42]))


def pick_k(rng, indices, k, weight=lambda i: 1.0):
    """Weighted sample of exactly k indices without replacement
    (Efraimidis-Spirakis keys u ** (1 / w)); returns a membership set."""
    keyed = [(rng.random() ** (1.0 / weight(i)), i) for i in indices]
    keyed.sort(key=lambda t: (-t[0], t[1]))
    return set(i for _key, i in keyed[:k])


def generate(seed=SEED):
    g = Gen(seed)
    rng = g.rng
    everyone = list(range(ROW_COUNT))

    # Type and region: exact quotas, shuffled independently.
    types = []
    for t, n in TYPE_QUOTAS:
        types += [t] * n
    regions = []
    for r, _prefix, n, _cities in REGIONS:
        regions += [r] * n
    assert len(types) == ROW_COUNT and len(regions) == ROW_COUNT
    shuffle(rng, types)
    shuffle(rng, regions)

    # Tier: exact quotas; partners are ranked by a type-dependent strength
    # plus noise, so agents are more often high tier than retailers.
    strength = [TYPE_STRENGTH[types[i]] + logistic(rng) for i in everyone]
    ranked = sorted(everyone, key=lambda i: (-strength[i], i))
    tiers = [""] * ROW_COUNT
    pos = 0
    for t, n in TIER_QUOTAS:
        for i in ranked[pos:pos + n]:
            tiers[i] = t
        pos += n

    # Status: exact quotas, weighted by tier. Own teams are never on the
    # watch list or churned; own offices can be watched but not churned.
    churned = pick_k(rng, [i for i in everyone if types[i] not in ("内部销售团队", "外设销售机构")],
                     STATUS_QUOTAS["已流失"], lambda i: CHURN_WEIGHT[tiers[i]])
    watched = pick_k(rng, [i for i in everyone if types[i] != "内部销售团队" and i not in churned],
                     STATUS_QUOTAS["重点关注"], lambda i: WATCH_WEIGHT[tiers[i]])
    statuses = ["已流失" if i in churned else "重点关注" if i in watched else "合作中"
                for i in everyone]

    # Exact counts of blanks and notes.
    cert_blank = pick_k(rng, everyone, BLANK_CERTS)
    stage_blank = pick_k(rng, everyone, BLANK_STAGES)
    email_blank = pick_k(rng, everyone, BLANK_EMAILS)
    noted = set()
    for st, k in NOTE_QUOTAS:
        noted |= pick_k(rng, [i for i in everyone if statuses[i] == st], k)

    mentors_by_region = {r: [] for r in REGION_NAMES}
    for name, regs in MENTORS:
        for j, r in enumerate(regs):
            # a mentor who also covers a second region takes fewer partners
            # in the first, so that loads stay a few dozen each
            w = 3 if len(regs) == 1 else (2 if j == 0 else 1.5)
            mentors_by_region[r].append((name, w))

    partners = []
    for i in everyone:
        ptype, region, tier, status = types[i], regions[i], tiers[i], statuses[i]
        city = choice(rng, REGION_CITIES[region])
        cert = "" if i in cert_blank else wchoice(rng, CERTS, CERT_WEIGHTS[tier])
        stage = "" if i in stage_blank else wchoice(
            rng, STAGES, STAGE_WEIGHTS[cert] if cert else STAGE_WEIGHTS_BY_TIER[tier])
        mentor = wpick(rng, mentors_by_region[region])
        jd = join_date(rng, tier)
        name, domain, individual = g.name_for(ptype, region, city)
        if individual:
            contact, cpy = individual
        else:
            contact, cpy = g.person()
        phone = g.phone()
        if i in email_blank:
            email = ""
        elif domain:
            email = g.company_mail(cpy, domain)
        else:
            email = g.public_mail(cpy)
        note = ""
        if i in noted:
            if status == "已流失":
                text = choice(rng, CHURN_NOTES)
            else:
                facts = {"type": ptype, "tier": tier, "status": status}
                text = choice(rng, [t for t, need in NOTES if note_fits(need, facts)])
            note = fill_note(rng, text, region, city[0], jd)
        partners.append({
            "seq": i, "type": ptype, "region": region, "tier": tier, "cert": cert,
            "stage": stage, "mentor": mentor, "date": jd, "status": status,
            "name": name, "contact": contact, "phone": phone, "email": email, "note": note,
            "parent": "",
        })

    # Registry order = admission order; codes are issued per region in order.
    partners.sort(key=lambda p: (p["date"], p["seq"]))
    counters = {r: 0 for r in REGION_NAMES}
    for p in partners:
        counters[p["region"]] += 1
        p["code"] = "%s-%04d" % (REGION_PREFIX[p["region"]], counters[p["region"]])

    # Multi-level channel: 代理商 (general agent) -> 经销商 (distributor) -> 零售商.
    # A parent is always an earlier row of the same region, so no cycles.
    # Exactly PARENT_QUOTAS children are picked among the rows that have a
    # possible parent; higher-tier, non-churned partners attract more children.
    def parent_types(child):
        # distributors hang under agents; retailers under either
        return ("代理商",) if child == "经销商" else ("代理商", "经销商")

    seen = {r: set() for r in REGION_NAMES}  # region -> types seen so far
    eligible = {t: [] for t in PARENT_QUOTAS}
    for n, p in enumerate(partners):
        if p["type"] in PARENT_QUOTAS and any(t in seen[p["region"]] for t in parent_types(p["type"])):
            eligible[p["type"]].append(n)
        seen[p["region"]].add(p["type"])
    children = set()
    for t, k in PARENT_QUOTAS.items():
        children |= pick_k(rng, eligible[t], k)

    tier_pull = {"钻石": 8, "金牌": 4, "银牌": 2, "铜牌": 1}
    earlier = {r: [] for r in REGION_NAMES}  # region -> [(partner, weight)]
    for n, p in enumerate(partners):
        if n in children:
            allowed = parent_types(p["type"])
            cands = [(c, w * (3 if c["type"] == "经销商" else 1))
                     for c, w in earlier[p["region"]] if c["type"] in allowed]
            parent = wchoice(rng, [c[0] for c in cands], [c[1] for c in cands])
            p["parent"] = parent["code"]
        if p["type"] in ("代理商", "经销商"):
            w = tier_pull[p["tier"]] * (0.15 if p["status"] == "已流失" else 1.0)
            earlier[p["region"]].append((p, w))
    return partners


def render(partners):
    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter=",", quotechar='"', quoting=csv.QUOTE_MINIMAL,
                   lineterminator="\r\n")
    w.writerow(HEADER)
    for p in partners:
        w.writerow([p["code"], p["name"], p["type"], p["region"], p["tier"], p["cert"],
                    p["stage"], p["mentor"], p["parent"], p["date"].isoformat(), p["status"],
                    p["contact"], p["phone"], p["email"], p["note"]])
    return "\ufeff".encode("utf-8") + buf.getvalue().encode("utf-8")


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    out = argv[1] if len(argv) > 1 else os.path.join(here, os.pardir, "data", "partners.csv")
    data = render(generate())
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, "wb") as f:
        f.write(data)
    print("wrote %s (%d partners, %d bytes)" % (os.path.normpath(out), ROW_COUNT, len(data)))


if __name__ == "__main__":
    main(sys.argv)
