"""The calls and notes of the sites around an essay, each found by a word it needs: blurbs
(下面是小编整理的…, 以上就是某某网为您整理的…), calls to act (点击下载, 立即下载, 开通VIP,
点击上方蓝字关注), the file name a document site offers, image captions (图为…), a forum post's
byline with its time stamp (and an account's, whose name then stands alone at the post's foot),
and disclaimers (如有侵权…, 不代表本站观点).

Tables only: bodylines finds the lines holding a word (through a character of it that prose
rarely holds) and cleanrules.chrome_line tries each such line against that word's rule.
No third-party import.
"""

from __future__ import annotations

import re

# A site's blurb around the essays (下面是小编精心整理的…, 以上就是某某网为您整理的…): no author
# of an official text calls themself 小编 or serves the reader (您) a collection, so the words
# mark the line wherever it stands.
BLURB_SIGNS = (("小编", "编"), ("小編", "編"), ("您", "您"))
SERVED = re.compile(
    r"(?:为|為|给|給|帮|幫)(?:您|大家)(?:精心)?(?:整理|收集|搜集|提供|分享|推荐|推薦|带来|帶來|准备|準備)"
)
# A site's calls to act (点击下载完整版, 立即下载, 开通VIP…) ending a short line, and the file
# name of the document a document site shows (…调研报告.doc): what body_lines looks for first.
_CALL = r"(?:点击|點擊|长按|長按|扫码|掃碼|扫描|掃描)[^。！？]{0,12}(?:关注|關注)"
# (a row of a question-and-answer site's buttons, each with its count: 关注问题 写回答 邀请回答
# 好问题 12 添加评论 分享; 赞同 128 8 条评论)
_QA_ROW = (
    r"^(?:(?:关注问题|關注問題|写回答|寫回答|邀请回答|邀請回答|好问题|好問題|添加评论|添加評論|分享|收藏|喜欢|喜歡"
    r"|举报|舉報|感谢|感謝|没有帮助|沒有幫助|收起|赞同|贊同|反对|反對|[\d,.]+\s*[万萬千kK]?\s*(?:条评论|條評論|个回答|個回答)"
    r"|默认排序|默認排序|按时间排序|按時間排序)[\s·•|｜]*(?:[\d,.]+\s*[万萬千kK]?(?![\d,.\s]*(?:条|條|个|個)))?[\s·•|｜]*){2,12}$"
)
CAPTION = re.compile(r"^[▲△]\s*[^。！？]{2,40}$")  # (a picture's caption under a triangle)
# Each rule with the words it needs, each word with a character of its own that prose rarely
# holds, tested first (a substring test for a word costs several times what one for a single
# character does).  A line is tried only against the rules whose word it holds.
ACTION_RULES = tuple(
    (word, anchor, re.compile(pattern, re.IGNORECASE))
    for words, pattern in (
        ((("点击", "击"), ("點擊", "擊")),
         rf"(?:点击|點擊)(?:查看|开通|開通|下载|下載|进入|進入|阅读|閱讀)[^。！？]{{0,30}}$|{_CALL}"),
        ((("下载", "载"), ("下載", "載")), r"(?:立即|免费|免費)(?:下载|下載)[^。！？]{0,30}$"),
        ((("VIP", "V"),), r"VIP.{0,30}(?:下载|下載|开通|開通|会员|會員)|(?:开通|開通|加入|升级|升級)\s*VIP"),
        # (the name of the file a document site offers)
        (((".doc", "c"), (".pdf", "f")), r"^[^。！？，,]{2,60}\.(?:docx?|pdf)(?:\s*[-—|｜_]\s*[\w·]{1,12})?$"),
        # (關 and 發: only Traditional text holds them)
        ((("关注", "注"), ("關注", "關")), rf"{_CALL}|^[^\w]{{0,8}}(?:关注|關注)(?:我|本号|本號|公众号|公眾號|\s*$)"),
        # (an image's caption; ended by 。 only as one clause, 图为…讨论村规民约修订稿。: with a
        # comma it states a fact, 图为…示范点建设，全镇共建成示范点12个。)
        ((("图为", "图"), ("圖為", "圖")),
         r"^[▲△▼↑●■]?\s*(?:图为|圖為)(?:[^。！？]{2,40}|[^。！？，,；;]{2,40}。)$"),
        # (a post's byline: 楼主 某某 发表于 2026-1-10 21:36, 本帖最后由 某某 于 … 编辑)
        ((("发表", "表"), ("發表", "發"), ("本帖", "帖"), ("发布于", "布"), ("發佈於", "佈"), ("编辑于", "辑"),
          ("編輯於", "輯")),
         r"^[^。！？，,；]{0,40}\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}[^。！？，,；]*$"),
        ((("如有侵", "侵"),), r"如有侵[权權]"),
        # (a reprint ban, 本文为作者原创，未经授权禁止转载; a poster's close, 以上，希望对你有帮助)
        ((("转载", "载"), ("轉載", "載")),
         r"(?:禁止|不得|严禁|嚴禁|谢绝|謝絕)(?:任何形式的)?(?:转载|轉載)|(?:转载|轉載)(?:请|請)注明"),
        ((("如需", "需"),), r"^如需.{0,16}(?:原文|全文|完整版|完整文[档檔]|word|doc)"),  # (如需Word原文，请点击…)
        ((("有帮助", "助"), ("有幫助", "助")),
         r"^.{0,10}希望(?:能)?[对對](?:你|您|大家|各位|题主|題主)有所?(?:帮助|幫助)"),
        # (a question-and-answer site: its rows of buttons, 关注问题 写回答 邀请回答 好问题 12 分享,
        # the count of answers over them, 11 个回答 默认排序, and of the votes over an answer,
        # 128 人赞同了该回答; the answerer's greeting, 谢邀。…, and call for votes, 觉得有用就点个赞)
        ((("回答", "答"), ("条评论", "评"), ("條評論", "評")), _QA_ROW),
        ((("赞同了", "赞"), ("贊同了", "贊")), r"^[\d,.]+\s*[万萬千kK]?\s*人(?:赞同|贊同)了[该該](?:回答|文章|想法)$"),
        ((("谢邀", "邀"), ("謝邀", "邀")), r"^\W{0,4}(?:谢邀|謝邀)"),
        ((("赞吧", "吧"), ("个赞", "个"), ("個讚", "讚"), ("个关注", "个")),
         r"(?:有用|有帮助|有幫助|有收获|有收穫|不错|不錯)[^。！？]{0,8}(?:点|點|给|給)(?:个|個)(?:赞|讚|关注|關注)"),
        # (where a post was sent from, which a site shows under it: 编辑于 … · IP 属地河北)
        ((("属地", "属"), ("屬地", "屬")), r"^[^。！？，,；]{0,40}IP\s*(?:属地|屬地)\s*[:：]?\s*\w{1,8}$"),
        ((("本站", "站"),), r"不代表本(?:站|网|網)(?:观点|觀點|立场|立場)"),
        # (a self-media author's asks: 欢迎评论区交流, 建议先收藏再看)
        ((("评论区", "区"), ("評論區", "區"), ("留言区", "区"), ("留言區", "區")),
         r"^.{0,4}(?:欢迎|歡迎).{0,6}(?:评论区|評論區|留言区|留言區)|(?:评论区|評論區|留言区|留言區)(?:见|見|交流|留言|讨论|討論)\W*$"),
        # (and a greeting that introduces the author before asking it: 大家好，我是老某……建议先收藏再看)
        ((("收藏", "藏"),),
         r"^(?:\W{0,4}|(?:大家好|哈喽|哈嘍)\W{0,2}(?:我是|我叫).{0,100})(?:建议|建議)(?:大家)?(?:先)?收藏(?:后|後|再)"),
        # (a document's number alone, or with its signer, over its title: 某政发〔2025〕46号　签发人：某某;
        # and the red head of a document set with spaces: 某 某 镇 人 民 政 府 文 件)
        ((("〔", "〔"),), r"^\w{1,12}〔\d{4}〕\d{1,4}号(?:[\s\u3000]+(?:签发人|簽發人)\s*[:：]\s*\S{1,12})?$"),
        ((("文 件", " "),), r"^(?:\w[ \u3000]+){3,}文[ \u3000]+件$"),
        # (a photo's credit closing its caption: 某某培训现场（某某镇供图）, 图为…方案。（某某镇供图）)
        ((("供图", "供"),), r"^[^。！？]{2,40}。?[（(][^()（）。！？]{0,20}供图[)）]$"),
        # (a list of a text's pages: 上一页 1 [2] 3 下一页)
        ((("一页", "页"), ("一頁", "頁")),
         r"^(?:上一[页頁]|上[页頁]|首[页頁])?[\s\[\]【】\d]{3,40}(?:下一[页頁]|下[页頁]|尾[页頁])?$|^上一[页頁][\s\[\]\d]*$"),
        # (an office system's approval of a record, one line per approver: 办公室负责人　某某
        # 2026-01-09 16:20　意见：同意。; the stamp is what no sentence holds)
        ((("意见：", "见"), ("意見：", "見"), ("意见:", "见")),
         r"^[^。！？，,；]{2,30}?\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?[\s\u3000]*"
         r"(?:审批|審批|审核|審核|办理|辦理|签批|簽批)?意[见見]\s*[:：][^。！？]{0,30}[。！]?$"),
        # (a picture in Markdown, as a web clipper saves it: ![图片](https://…))
        ((("](", "]"),), r"^[!！]?\[[^\]]{0,20}\]\([^)\s]*\)\s*$"),
        # (a picture's caption under a triangle: ▲ 网格员入户走访独居老人（来源：某镇）)
        ((("▲", "▲"), ("△", "△")), CAPTION.pattern),
        # (the staff of an account's post: 作者丨某某　编辑丨某某; 本文约2100字，阅读需要6分钟)
        ((("丨", "丨"),),
         r"^(?:(?:作者|编辑|編輯|审核|審核|校对|校對|排版|责编|責編|来源|來源|图片|圖片|文|图|圖)\s*丨\s*\S{1,12}\s*){1,6}$"),
        ((("本文约", "约"), ("本文約", "約"), ("阅读需要", "需"), ("閱讀需要", "需")),
         r"^[>》\s]*(?:本文|全文)[约約共]?\s*[\d,，]+\s*字.{0,16}$|(?:阅读|閱讀)(?:需要|大约|大約|约|約)\s*\d+\s*分[钟鐘]\W*$"),
        # (an account's byline: 原创 某某 某某号 2026年01月28日 07:30 河南)
        ((("原创", "原"), ("原創", "創")),
         r"^(?:原创|原創)\s+\S.{0,40}\d{4}年\d{1,2}月\d{1,2}日(?:\s+\d{1,2}:\d{2})?(?:\s+\S{1,8})?$"),
        # (an account's gift after the text: 【文末福利】后台回复关键词…)
        ((("回复", "复"), ("回覆", "覆"), ("福利", "福")),
         r"^\W{0,2}(?:文末)?福利\W|^后台回复|^後台回覆|(?:后台|後台)(?:回复|回覆)(?:关键词|關鍵詞)"),
    )
    for word, anchor in words
)
ACTION_MASK = (1 << len(ACTION_RULES)) - 1
# The names an account's byline gives before its date (原创 某某镇融媒体中心 某某微讯 2026年…):
# the account's name stands again alone on a line of the post's foot, over its QR code
_SIGNERS = re.compile(r"(?:原创|原創)\s+(\S.{0,40}?)\s*\d{4}年")


def byline_names(line: str) -> set[str]:
    """The names (of two characters or more) an account's byline gives before its date."""
    m = _SIGNERS.match(line)
    return {name for name in m.group(1).split() if len(name) >= 2} if m is not None else set()
# Any of the words, for a line asked of every rule at once (the reading stage's is_chrome_line)
ACTION_WORDS = re.compile("|".join(re.escape(word) for word, _, _ in ACTION_RULES))
