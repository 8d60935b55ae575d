# -*- coding: utf-8 -*-
"""Source texts of blind set 15 (棠梨镇, 云阶县). Markup used only here:
[[...]] = must_keep span, {{...}} = must_drop span (a {{...}} inside a [[...]] is written to the file and
cut out of the kept string).
z2.docx: Z2 is a list of (kind, text) items; make.py writes each item as a Word paragraph (see make.py).
z3.md: written as the Markdown file holds it; ** is bold markup and is not part of a kept string.
make.py strips the labels when writing the files and collects them for gold.yaml."""

# ------------------------------------------------------------------ z1.txt (范文 site page: UTF-8 + BOM, CRLF)
# A 范文 page with a typed 目录 (leaders and page numbers) listing the two essays, then 范文一/范文二 labels
# on their own lines. Essay 1 is a 述职述廉报告 (一、述职 / 二、述廉 / 三、) with （一）…（三） and 1.–3.
# heading+body items under （二）; （三） and 二、 come back after the deeper 1.–3.; paragraph-opening
# 一是/二是/三是 under 二、述廉 are headings, the in-paragraph 一是…二是…三是 under 三、 is body.
# Essay 2 is a 心得体会 whose headings end with “：” or hold a “——”; a body line ends with “：” and the
# next line is the title of a document in 《》 alone (body); 首先/其次/最后 inside one paragraph (body).
Z1 = """{{棠梨文秘网 > 范文大全 > 述职报告}}
{{乡镇领导干部述职述廉报告及学习心得体会范文（2篇）}}
{{发布时间：2026-02-14 09:31　来源：网友投稿　阅读：1368次}}

{{目　　录}}
{{范文一　棠梨镇副镇长2025年度述职述廉报告………………………1}}
{{范文二　“作风建设提升年”活动学习心得体会…………………………4}}

{{范文一}}
棠梨镇副镇长2025年度述职述廉报告
{{棠梨镇人民政府副镇长　许文博}}

　　[[2025年，本人在镇党委、镇政府的坚强领导下]]，分管农业农村、自然资源和生态环境工作。[[现将一年来履职尽责和廉洁自律情况报告如下]]，请予评议。
一、述职
（一）坚持学习，提升履职能力
　　[[全年参加镇党委理论学习中心组学习14次]]，撰写学习体会4篇。[[坚持向书本学、向群众学、向实践学]]，努力做到学以致用、用以促学。
（二）履职尽责，推动分管工作
　　1.抓好粮食生产。[[全镇粮食播种面积稳定在4.2万亩]]，完成高标准农田建设3600亩，[[粮食总产量达到1.86万吨]]。
　　2.推进人居环境整治。[[新建改建农村卫生户厕520座]]，[[棠梨河沿线12个村民小组实现垃圾分类全覆盖]]。
　　3.抓实自然资源管理。[[全年拆除违法占地建筑37处]]，[[耕地保护“田长制”落实到每一个网格]]。
（三）勇于担当，完成急难险重任务
　　[[7月遭遇强降雨后，我第一时间带队赶赴受灾最重的石门村]]，组织转移群众216人，[[实现了“不死一人、少伤人”的目标]]。
二、述廉
　　一是严守政治纪律。[[始终在思想上政治上行动上同党中央保持高度一致]]，[[不说违背原则的话，不做违背原则的事]]。
　　二是严守中央八项规定精神。[[全年未收受任何礼品礼金]]，[[公务接待严格执行标准]]。
　　三是严管身边人。[[经常提醒分管部门负责人和家属守住底线]]，做到干净干事。
三、存在的问题和今后努力方向
　　[[对照岗位要求，本人还存在一些不足]]：一是理论学习不够系统，二是抓工作落实的力度有待加强，三是深入群众还不够经常。[[2026年，我将进一步加强学习、改进作风]]，[[努力交出一份群众满意的答卷]]。

{{述职人：许文博}}
{{2026年1月12日}}

{{（本文共2368字，下载后可编辑）}}

{{范文二}}
“作风建设提升年”活动学习心得体会

　　[[按照镇党委统一部署，近期我参加了“作风建设提升年”活动集中学习]]。[[镇党委印发的学习材料中，排在第一篇的是：]]
　　[[《棠梨镇关于开展“作风建设提升年”活动的实施方案》]]
　　[[方案把“慵懒散、推拖绕”列为整治重点]]，[[读来句句切中要害]]。结合自身工作，我谈三点体会。
一、几点收获：
　　[[通过学习，我对作风建设有了更深的认识]]。首先，作风问题本质上是党性问题，[[作风不实，群众就会“用脚投票”]]；其次，作风建设必须从小事抓起，[[一次推诿、一句冷话都会伤了群众的心]]；最后，作风建设贵在常态长效，[[决不能搞“一阵风”]]。
二、从“要我干”到“我要干”——转变的是观念
　　[[过去遇到难事，总想着等上级安排]]。[[今年在石门村驻点，群众一句“你们来了就好”让我很受触动]]，[[也让我明白了“干部干部，先干一步”的道理]]。
三、下一步打算：
　　[[今后，我将把学习成果转化为干事创业的实际行动]]：坚持每周到联系村走访不少于两次，[[做到群众反映的问题件件有回音]]。

{{相关文章：}}
{{·乡镇党委书记2025年度抓基层党建工作述职报告}}
{{·2026年乡镇作风建设专项整治工作方案}}
{{上一篇：村党支部书记述职述廉报告}}
{{下一篇：乡镇干部作风建设心得体会3篇}}
{{Copyright © 2016-2026 棠梨文秘网　版权所有　滇ICP备16008821号-1}}
"""

# ------------------------------------------------------------------ z2.docx (Word: TOC field, outlineLvl on Normal)
# A 调研报告 whose headings are Normal paragraphs with a direct w:outlineLvl (no heading styles) and five
# levels 一、/（一）/1．/（1）/①; ① items are heading+body paragraphs. A TOC field with page numbers sits
# under the title. Captions 图1/表1 and a numbered reference “第（1）类” in a sentence are not headings.
# kinds: title, byline, toc (the TOC field, built from the h items), h1..h4 (heading, outline level n;
#        text typed with its marker), hb (heading+body: bold lead, outline level 4 not set), p, cap, table, sign
Z2 = [
    ("title", "关于棠梨镇村级集体经济发展情况的调研报告"),
    ("byline", "{{棠梨镇人大主席团调研组}}"),
    ("toc", ""),
    ("p", "[[为全面掌握全镇村级集体经济发展现状]]，[[2026年2月，镇人大主席团组织调研组]]，采取实地走访、座谈交流、查阅资料等方式，[[对全镇14个村（社区）进行了专题调研]]。现将调研情况报告如下。"),
    ("h1", "一、基本情况"),
    ("h2", "（一）集体经济总量稳步增长"),
    ("p", "[[2025年，全镇村级集体经济总收入达到682万元]]，[[较2021年增长1.4倍]]（见图1）。[[年收入50万元以上的村达到5个]]，[[集体经济“空壳村”全部清零]]。"),
    ("cap", "图1　2021—2025年棠梨镇村级集体经济总收入变化情况"),
    ("h2", "（二）发展模式日趋多元"),
    ("p", "[[各村立足资源禀赋，探索形成了三种主要发展模式]]。"),
    ("h3", "1．物业经营型"),
    ("p", "[[依托区位优势建设物业项目，通过出租获得稳定收益]]，主要有以下两类。"),
    ("h4", "（1）标准厂房出租"),
    ("hb", "①石门村标准厂房项目。|[[石门村利用闲置校舍改建标准厂房2400平方米]]，[[年租金收入36万元]]。"),
    ("hb", "②㮾溪村农贸市场项目。|[[㮾溪村建成农贸市场一座]]，[[摊位费和管理费年收入28万元]]。"),
    ("h4", "（2）仓储冷链服务"),
    ("p", "[[棠梨社区联合周边3个村建设冷链仓库]]，[[为果蔬经营户提供仓储服务]]。"),
    ("h3", "2．服务创收型"),
    ("p", "[[部分村组建劳务合作社、农机服务队]]，[[为农户和企业提供有偿服务]]。[[这类模式投入少、见效快]]，但收益不如第（1）类稳定，[[适合资源较少的村]]。"),
    ("h3", "3．资源盘活型"),
    ("p", "[[通过清理闲置土地、山林、水面等资源]]，[[采取发包、入股等方式盘活集体资产]]。"),
    ("h1", "二、存在的问题"),
    ("p", "[[调研发现，全镇村级集体经济发展还存在一些突出问题]]，各村收入分档情况见表1。"),
    ("cap", "表1　2025年棠梨镇各村（社区）集体经济收入分档情况"),
    ("table", [["收入档次", "村（社区）数", "占比"], ["50万元以上", "5", "35.7%"],
               ["20万—50万元", "6", "42.9%"], ["20万元以下", "3", "21.4%"]]),
    ("h2", "（一）发展不平衡问题突出"),
    ("p", "[[收入最高的石门村与最低的苦竹村相差近20倍]]，[[偏远山区村发展明显滞后]]。"),
    ("h2", "（二）经营管理人才缺乏"),
    ("p", "[[村“两委”干部平均年龄52岁]]，[[懂经营、会管理的人才严重不足]]。"),
    ("h1", "三、对策建议"),
    ("h2", "（一）因村施策拓宽增收渠道"),
    ("h3", "1．推行“强村带弱村”"),
    ("p", "[[由收入较高的村与薄弱村结对]]，[[通过联合投资、抱团发展实现共同增收]]。"),
    ("h3", "2．用好帮扶资金"),
    ("p", "[[优先将衔接资金投向收益稳定的物业经营项目]]，[[确保资产保值增值]]。"),
    ("h2", "（二）加强人才队伍建设"),
    ("p", "[[实施“能人回引”工程]]，[[每年从返乡创业人员中培养村级后备力量不少于20人]]。"),
    ("sign", "{{棠梨镇人大主席团}}"),
    ("sign", "{{2026年3月10日}}"),
]

# ------------------------------------------------------------------ z3.md (Markdown note: 经验交流材料)
# Unnumbered bold-lead parallel headings (marker ""): the first one a bold paragraph of its own followed
# by paragraph-opening 一是/二是/三是 items, the other two a bold lead sentence followed by body text in the
# same paragraph. A bold phrase in the middle of a sentence and a final bold-free paragraph stay body.
Z3 = """# 以“三抓三促”激活乡村振兴内生动力

**——棠梨镇在全县乡村振兴工作推进会上的交流发言**

{{棠梨镇党委书记　周望舒}}

[[近年来，棠梨镇坚持以党建引领乡村振兴]]，[[聚焦班子、产业、服务三个关键]]，走出了一条山区乡镇加快发展的路子。[[2025年全镇农村居民人均可支配收入达到19860元]]，同比增长8.1%。现将主要做法汇报如下。

**抓班子、带队伍，夯实基层治理根基。**

一是选优配强带头人。[[结合村“两委”换届，从致富能手、退役军人中选拔村党组织书记6名]]，[[村干部队伍平均年龄下降7.3岁]]。

二是建强后备力量。[[每村储备35岁以下后备干部不少于3名]]，[[实行“导师帮带”制度]]。

三是严格管理考核。[[推行村干部“星级化”管理]]，[[考核结果与绩效报酬直接挂钩]]。

**抓产业、促增收，拓宽群众致富门路。**[[围绕“一村一品”，重点发展高山茶叶、软籽石榴和林下中药材]]，[[全镇特色产业面积达到3.6万亩]]。[[全镇推行**“支部+合作社+农户”**模式]]，[[带动1860户农户稳定增收]]。

**抓服务、优环境，提升群众幸福指数。**[[整合党群服务中心、便民服务站等阵地资源]]，[[推行“帮办代办”服务]]，[[群众办事“最多跑一次”事项占比达到92%]]。

[[下一步，我们将认真学习兄弟乡镇的好经验好做法]]，[[推动全镇乡村振兴工作再上新台阶]]。

{{#经验交流 #乡村振兴 #棠梨镇}}
"""

# ------------------------------------------------------------------ z4.txt (讲话: GB18030, CRLF)
# A speech with a speaker line, a date line, “同志们：”, an opening paragraph ending with “：”, three 一、
# headings; paragraph-opening 一是…三是 under 二、 (headings, level 2) and （一）（二） heading+body
# items under 三、 (level 2, a family first seen only there); a closing paragraph with in-paragraph
# 一是/二是 (body) and “谢谢大家！”. A Chinese-Extension-A place name (㮾溪村) needs GB18030, not GBK.
Z4 = """在全镇2026年安全生产和森林防火工作会议上的讲话
{{镇长　林启航}}
{{（2026年3月2日）}}

同志们：
　　[[今天召开全镇安全生产和森林防火工作会议]]，[[主要任务是总结2025年工作，部署2026年任务]]。刚才，应急办通报了全镇安全生产形势，[[㮾溪村、石门村作了表态发言]]，我都同意。下面，我讲三点意见：

一、认清形势，切实增强做好安全工作的责任感
　　[[2025年，全镇未发生较大以上安全生产事故]]，[[森林火灾受害率控制在0.5‰以内]]。[[但我们也要清醒地看到]]，当前全镇安全生产基础仍然薄弱，[[春季是森林火灾高发期]]，[[丝毫不能麻痹大意]]。

二、突出重点，全面抓好隐患排查整治
　　一是抓好森林防火。[[清明节前后要严格落实“五个一律”管控措施]]，[[重点林区卡口24小时有人值守]]。
　　二是抓好道路交通安全。[[加大对农村面包车、三轮车违法载人的查处力度]]，[[临水临崖路段年内全部安装防护设施]]。
　　三是抓好自建房安全。[[对全镇经营性自建房开展“回头看”]]，[[发现一处、整治一处、销号一处]]。

三、压实责任，确保各项措施落到实处
　　（一）压实属地责任。[[各村党组织书记是本村安全工作第一责任人]]，[[要把网格员、护林员组织起来]]。
　　（二）压实部门责任。[[镇应急办、派出所、交管站要按照“三管三必须”要求]]，[[各负其责、形成合力]]。
　　同志们，[[安全生产责任重于泰山]]。会后，一是各村要在3月10日前召开村民大会传达会议精神，二是镇督查室要开展专项督查，[[确保全镇安全形势持续稳定]]。
　　谢谢大家！

{{（根据录音整理，未经本人审阅）}}
"""

# ------------------------------------------------------------------ z5.txt (county portal page: UTF-8, LF)
# A 党建工作总结 in three parts: “第一部分　…”, “第二部分　…”, “第三部分　…” (level 1); under 第一部分 three
# unnumbered headings framed in 〖〗 (marker "", level 2); under 第三部分 一、二、三、 (level 2, a family
# first seen there). 第二部分 has an in-paragraph （1）（2）（3） list (body).
Z5 = """{{云阶县棠梨镇人民政府}}
{{首页 > 政务公开 > 工作总结}}
{{【字号：大 中 小】　【打印本页】　【关闭窗口】}}

棠梨镇2025年党建工作总结
{{发布时间：2026-01-20 16:05　来源：镇党建办　浏览次数：412}}

　　[[2025年，棠梨镇党委坚持以高质量党建引领高质量发展]]，[[各项工作取得了新的成效]]。现总结如下。

第一部分　2025年工作回顾
〖聚焦政治建设，把牢发展方向〗
　　[[全年召开党委理论学习中心组学习会12次]]，[[开展“书记讲党课”活动28场次]]，[[推动学习教育走深走实]]。
〖聚焦组织建设，筑牢战斗堡垒〗
　　[[整顿软弱涣散村党组织2个]]，[[新建村级党群服务中心3个]]，[[发展党员21名]]，其中35岁以下青年党员15名。
〖聚焦作风建设，树立良好形象〗
　　[[深入开展“作风建设提升年”活动]]，[[查处群众身边不正之风和腐败问题案件6件]]，[[给予党纪政务处分7人]]。

第二部分　存在的问题
　　[[对照上级要求和群众期盼，我们的工作还有差距]]：（1）[[部分村党组织政治功能发挥不够充分]]；（2）党员队伍老龄化问题依然突出；（3）[[基层减负工作还需持续用力]]。

第三部分　2026年工作思路
一、持续强化理论武装
　　[[坚持把学习贯彻党的创新理论作为首要政治任务]]，[[全年举办党员干部培训班不少于4期]]。
二、全面提升组织力
　　[[深化“红色棠梨”党建品牌建设]]，[[推动全镇村党组织全部达到“五星”标准]]。
三、驰而不息正风肃纪
　　[[持续整治形式主义、官僚主义]]，[[营造风清气正的良好政治生态]]。

{{【打印本页】　【关闭窗口】}}
{{上一篇：棠梨镇2025年度政府工作报告}}
{{下一篇：棠梨镇召开2026年党风廉政建设工作会议}}
{{主办：云阶县棠梨镇人民政府　　网站标识码：5329230017　　滇ICP备05003512号}}
"""

HEADER = """# Held-out gold for drafter cleaning + outline extraction — blind set 15.
# Written blind (without reading drafter code or tests). Generated by make.py from texts.py.
# Conventions (same as the earlier sets):
#   - titles/heading texts/must_keep are Simplified, full-width punctuation, “” quotes.
#   - levels = nesting depth by first appearance of each marker family within the document
#     (a new family nests under the heading that is current when it first appears; a family that has
#     appeared keeps its level, so 二、 after ① is level 1 again).
#   - heading text is without marker and end punctuation (“。”, “：”); for heading+body paragraphs it is
#     the lead clause up to the first “。”. A “——” inside a heading belongs to its text. Decoration around
#     a heading (“〖…〗”, Markdown **) is not the marker; unnumbered headings have marker "".
#   - marker is what the reader sees at the start of the heading, as typed (“1.” in z1, “1．” in z2,
#     “第一部分” in z5, “一是” for paragraph-opening 一是).
#   - must_keep strings occur in what a reader sees within one paragraph (Markdown ** removed).
#   - must_drop strings occur in the file's own text (the decoded .txt, the raw .md, every part of the
#     .docx incl. field codes and docProps), including control characters (CR).
#   - NOT headings (and not labelled as such): the 目录 lines and the TOC field entries, the captions
#     图1/表1, “下面，我讲三点意见：”, the body line ending “：” before the 《》 line, the 《》 line itself,
#     in-paragraph 一是…/首先…其次…最后…/（1）（2）（3）, “第（1）类” in a sentence, the bold phrase
#     inside a z3 sentence.
#   - not labelled either way: “同志们：”, “谢谢大家！”, the z3 subtitle line “——棠梨镇在…交流发言”,
#     the table cells and captions of z2, the non-kept items of the in-paragraph lists.
"""
