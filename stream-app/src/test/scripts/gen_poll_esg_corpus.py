#!/usr/bin/env python3
"""Writes the poll and ESG documents of the development corpus and their expected fields.

The expected values come from the same data the text is rendered from (never from the extractors),
in the layouts Tika produces from HKEX PDFs: tab-split rows, or one cell per line.
Run from the repository root: python3 stream-app/src/test/scripts/gen_poll_esg_corpus.py
"""
import json, os

ROOT = "stream-app/src/test/resources/corpus"
DISCLAIMER_EN = ("Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no responsibility "
                 "for the contents of this announcement, make no representation as to its accuracy or completeness and expressly "
                 "disclaim any liability whatsoever for any loss howsoever arising from or in reliance upon the whole or any part "
                 "of the contents of this announcement.")
DISCLAIMER_ZH = "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責，對其準確性或完整性亦不發表任何聲明，並明確表示概不就因本公告全部或任何部分內容而產生或因倚賴該等內容而引致的任何損失承擔任何責任。"
DISCLAIMER_ZHS = "香港交易及结算所有限公司及香港联合交易所有限公司对本公告的内容概不负责，对其准确性或完整性亦不发表任何声明，并明确表示概不就因本公告全部或任何部分内容而产生或因倚赖该等内容而引致的任何损失承担任何责任。"


def fmt(n):
    return f"{n:,}"


def pct(a, total, places):
    return round(100.0 * a / total, places) if total else 0.0


def pstr(v, places):
    return f"{v:.{places}f}"


def resolution_rows(res, places, with_abstain):
    """Adds the written percentages to each resolution, from its counts."""
    out = []
    for r in res:
        total = r["for"] + r["against"] + (r["abstain"] if with_abstain else 0)
        r = dict(r)
        r["for_pct"] = pct(r["for"], total, places)
        r["against_pct"] = pct(r["against"], total, places)
        if with_abstain:
            r["abstain_pct"] = pct(r["abstain"], total, places)
        out.append(r)
    return out


def table(doc, res, lang):
    layout, places, ab = doc["layout"], doc["places"], doc["abstain"]
    labels = {"en": ("For", "Against", "Abstain", "ORDINARY RESOLUTIONS", "SPECIAL RESOLUTIONS", "Number of Votes (%)"),
              "zh-Hant": ("贊成", "反對", "棄權", "普通決議案", "特別決議案", "票數(%)"),
              "zh-Hans": ("赞成", "反对", "弃权", "普通决议案", "特别决议案", "票数(%)")}[lang]
    f, a, b, ordh, spech, numh = labels
    lines = []
    kinds_seen = None
    for r in res:
        if r["kind"] != kinds_seen:
            kinds_seen = r["kind"]
            head = ordh if r["kind"] == "ORDINARY" else spech
            cols = [f, a] + ([b] if ab else [])
            if layout == "tab":
                lines.append(f"{head}\t{numh}\t")
                lines.append("\t\t" + "\t".join(cols))
            else:
                lines += [head, numh] + cols
        figs = [(r["for"], r["for_pct"]), (r["against"], r["against_pct"])] + ([(r["abstain"], r["abstain_pct"])] if ab else [])
        text_lines = r["text"]
        if layout == "tab":
            cells = [fmt(n) + f" ({pstr(p, places)}%)" for n, p in figs]
            lines.append(f"{r['number']}.\t{text_lines[0]}\t" + "\t".join(cells))
            for cont in text_lines[1:]:
                lines.append(f"\t{cont}")
        elif layout == "lines":
            lines.append(f"{r['number']}.")
            lines += text_lines
            for n, p in figs:
                lines += [fmt(n), f"({pstr(p, places)}%)"]
        else:  # lines_sep: count and percentage in separate cells
            lines.append(r["number"])
            lines += text_lines
            for n, p in figs:
                lines += [fmt(n), f"{pstr(p, places)}%"]
    return "\n".join(lines)


def expected_fields(doc, res):
    fields = {"meetingKind": doc["kind"], "meetingDate": doc["date"],
              "sharesEntitledToVote": doc["entitled"], "sharesRepresented": doc["represented"],
              "sharesRepresentedPercent": doc["represented_pct"], "scrutineer": doc["scrutineer"]}
    if doc.get("venue_expected"):
        fields["venue"] = doc["venue_expected"]
    for i, r in enumerate(res):
        p = f"resolutions[{i}]."
        fields[p + "number"] = r["number"]
        fields[p + "kind"] = r["kind"]
        fields[p + "votesFor"] = r["for"]
        fields[p + "votesForPercent"] = r["for_pct"]
        fields[p + "votesAgainst"] = r["against"]
        fields[p + "votesAgainstPercent"] = r["against_pct"]
        if doc["abstain"]:
            fields[p + "votesAbstain"] = r["abstain"]
        fields[p + "passed"] = r["passed"]
        fields[p + "text"] = " ".join(r["text"]) if doc["lang"] == "en" else "".join(r["text"])
    return fields


def write(kind, name, text, exp):
    d = os.path.join(ROOT, kind)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".txt"), "w", encoding="utf-8") as fh:
        fh.write(text)
    with open(os.path.join(d, name + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def R(number, kind, text, f, a, ab=0, passed=None):
    return {"number": number, "kind": kind, "text": text, "for": f, "against": a, "abstain": ab, "passed": passed}


def en_poll(doc):
    res = resolution_rows(doc["res"], doc["places"], doc["abstain"])
    for r in res:
        if r["passed"] is None:
            r["passed"] = r["for_pct"] > 50 if r["kind"] == "ORDINARY" else r["for_pct"] >= 75
    meeting = doc["meeting_name"]
    short = doc["short"]
    body = f"""

{DISCLAIMER_EN}

{doc['company']}
{doc['company_zh']}
(incorporated in {doc['place']} with limited liability)
(Stock Code: {doc['code']})

{doc['title']}

{doc['intro']}

{doc['attendance']}

No Shareholder was required to abstain from voting on any of the resolutions at the {short} under the Listing Rules. No Shareholder has stated his/her intention in the circular to vote against or to abstain from voting on any of the resolutions at the {short}.

The poll results in respect of the resolutions proposed at the {short} are as follows:

{table(doc, res, 'en')}

{doc['outcome']}

{doc['scrutineer_sentence']}

By order of the Board
{doc['company']}
{doc['signer']}
Chairman

Hong Kong, {doc['written_date']}

As at the date of this announcement, the Board comprises {doc['board']}.
"""
    return body, res


def zh_poll(doc):
    res = resolution_rows(doc["res"], doc["places"], doc["abstain"])
    for r in res:
        if r["passed"] is None:
            r["passed"] = r["for_pct"] > 50 if r["kind"] == "ORDINARY" else r["for_pct"] >= 75
    disclaimer = DISCLAIMER_ZH if doc["lang"] == "zh-Hant" else DISCLAIMER_ZHS
    body = f"""
{disclaimer}

{doc['company_zh']}
{doc['company']}
（{doc['place']}）
（股份代號：{doc['code']}）

{doc['title']}

{doc['intro']}

{doc['attendance']}

{doc['table_intro']}

{table(doc, res, doc['lang'])}

{doc['outcome']}

{doc['scrutineer_sentence']}

{doc['closing']}
"""
    return body, res


POLLS = []

# 1. AGM, tab-split, 12 resolutions with sub-numbers, one ordinary resolution fails
POLLS.append(dict(
    name="poll_en_agm_tab_01828", lang="en", layout="tab", places=4, abstain=False, kind="AGM", date="2023-05-17",
    company="HARBOURVIEW LOGISTICS HOLDINGS LIMITED", company_zh="港景物流控股有限公司", place="the Cayman Islands", code="01828",
    short="AGM", meeting_name="annual general meeting",
    title="POLL RESULTS OF THE ANNUAL GENERAL MEETING\nHELD ON 17 MAY 2023",
    intro="The board of directors (the \u201cBoard\u201d) of Harbourview Logistics Holdings Limited (the \u201cCompany\u201d) is pleased to announce that the annual general meeting of the Company (the \u201cAGM\u201d) was held at Jade Room, 3/F, Harbour Grand Hotel, 23 Oil Street, North Point, Hong Kong on Wednesday, 17 May 2023 at 10:30 a.m. and all the resolutions set out in the notice of the AGM dated 14 April 2023 were voted on by way of poll.",
    venue_expected="Jade Room, 3/F, Harbour Grand Hotel, 23 Oil Street, North Point, Hong Kong",
    attendance="As at the date of the AGM, the total number of issued Shares was 2,406,913,500 Shares, which was the total number of Shares entitling the holders to attend and vote for or against the resolutions proposed at the AGM. Shareholders and authorised proxies holding an aggregate of 1,512,334,870 Shares, representing approximately 62.8330% of the total number of issued Shares, were present at the AGM.",
    entitled=2406913500, represented=1512334870, represented_pct=62.8330,
    res=[
        R("1", "ORDINARY", ["To receive and consider the audited consolidated financial statements of the", "Company and the reports of the directors and auditor for the year ended", "31 December 2022."], 1511998870, 336000),
        R("2", "ORDINARY", ["To declare a final dividend of HK6.5 cents per Share for the year ended", "31 December 2022."], 1512300870, 34000),
        R("3(a)", "ORDINARY", ["To re-elect Mr. Lau Chi Keung as an executive director."], 1498765432, 13569438),
        R("3(b)", "ORDINARY", ["To re-elect Ms. Cheung Wing Yan as an independent non-executive director."], 1500122870, 12212000),
        R("3(c)", "ORDINARY", ["To re-elect Dr. Ho Kin Man as an independent non-executive director."], 1499876500, 12458370),
        R("3(d)", "ORDINARY", ["To authorise the Board to fix the remuneration of the directors."], 1511000870, 1334000),
        R("4", "ORDINARY", ["To re-appoint Ernst & Young as auditor and to authorise the Board to fix", "its remuneration."], 1510334870, 2000000),
        R("5", "ORDINARY", ["To grant a general mandate to the directors to issue, allot and deal with", "additional Shares not exceeding 20% of the total number of issued Shares."], 702334870, 810000000),
        R("6", "ORDINARY", ["To grant a general mandate to the directors to buy back Shares not", "exceeding 10% of the total number of issued Shares."], 1512034870, 300000),
        R("7", "ORDINARY", ["To extend the general mandate granted under resolution no. 5 by the number", "of Shares bought back under resolution no. 6."], 702134870, 810200000),
        R("8", "SPECIAL", ["To approve the adoption of the second amended and restated memorandum", "and articles of association of the Company."], 1498334870, 14000000),
        R("9", "SPECIAL", ["To approve the change of the English name of the Company and the adoption", "of a dual foreign name in Chinese."], 1512234870, 100000),
    ],
    outcome="As more than 50% of the votes were cast in favour of each of resolutions nos. 1 to 4 and 6, such resolutions were duly passed as ordinary resolutions. As less than 50% of the votes were cast in favour of resolutions nos. 5 and 7, such resolutions were not passed as ordinary resolutions. As more than 75% of the votes were cast in favour of resolutions nos. 8 and 9, such resolutions were duly passed as special resolutions.",
    scrutineer="Tricor Investor Services Limited",
    scrutineer_sentence="Tricor Investor Services Limited, the branch share registrar of the Company in Hong Kong, acted as the scrutineer for the vote-taking at the AGM.",
    signer="Lau Chi Keung", written_date="17 May 2023",
    board="Mr. Lau Chi Keung and Mr. Tam Ka Ho as executive directors, and Ms. Cheung Wing Yan, Dr. Ho Kin Man and Mr. Yip Tsz Lun as independent non-executive directors"))

# 2. EGM, line-split with abstain column, one resolution
POLLS.append(dict(
    name="poll_en_egm_lines_02277", lang="en", layout="lines", places=4, abstain=True, kind="EGM", date="2023-09-08",
    company="SUNRISE NEW ENERGY EQUIPMENT CO., LTD.", company_zh="旭日新能源裝備股份有限公司", place="the People's Republic of China", code="02277",
    short="EGM", meeting_name="extraordinary general meeting",
    title="POLL RESULTS OF THE SECOND EXTRAORDINARY\nGENERAL MEETING OF 2023",
    intro="The board of directors of Sunrise New Energy Equipment Co., Ltd. (the \u201cCompany\u201d) announces that the second extraordinary general meeting of 2023 (the \u201cEGM\u201d) was held at the conference room of the Company, No. 88 Xinhua Road, Changzhou, Jiangsu Province, the PRC on Friday, 8 September 2023 by way of a combination of on-site voting and online voting.",
    venue_expected="the conference room of the Company, No. 88 Xinhua Road, Changzhou, Jiangsu Province, the PRC",
    attendance="As at the date of the EGM, the total number of Shares entitling the holders to attend and vote on the resolutions at the EGM was 1,125,000,000 Shares (comprising 900,000,000 A Shares and 225,000,000 H Shares). Shareholders and proxies attending the EGM held a total of 604,880,120 Shares with voting rights, representing approximately 53.7671% of the total number of Shares with voting rights of the Company.",
    entitled=1125000000, represented=604880120, represented_pct=53.7671,
    res=[
        R("1", "SPECIAL", ["To consider and approve the proposed amendments to the Articles of", "Association and the Rules of Procedure for General Meetings."], 600120500, 4012620, 747000),
        R("2", "ORDINARY", ["To consider and approve the provision of guarantees for wholly-owned", "subsidiaries for the year 2024."], 588001200, 16129920, 749000),
    ],
    outcome="Resolution no. 1 was duly passed as a special resolution and resolution no. 2 was duly passed as an ordinary resolution.",
    scrutineer="Computershare Hong Kong Investor Services Limited",
    scrutineer_sentence="Computershare Hong Kong Investor Services Limited, the H Share registrar of the Company, the representatives of the Shareholders and the supervisors of the Company, and Jiangsu Tianmu Law Firm acted as the scrutineers for the vote-taking at the EGM.",
    signer="Zhou Wenbin", written_date="8 September 2023",
    board="Mr. Zhou Wenbin and Ms. Qian Li as executive directors, Mr. Sun Hao as non-executive director, and Mr. Wu Dong, Ms. Lin Ya and Mr. Guo Rui as independent non-executive directors"))

# 3. H share class meeting, line-split, separate count/percent cells
POLLS.append(dict(
    name="poll_en_hclass_lines_sep_01919", lang="en", layout="lines_sep", places=2, abstain=True, kind="H_SHARE_CLASS_MEETING", date="2023-06-20",
    company="HUAXIN HEAVY INDUSTRY CO., LTD.", company_zh="華鑫重工股份有限公司", place="the People's Republic of China", code="01919",
    short="H Shareholders Class Meeting", meeting_name="class meeting",
    title="POLL RESULTS OF THE 2023 FIRST H SHAREHOLDERS CLASS MEETING",
    intro="The board of directors of Huaxin Heavy Industry Co., Ltd. (the \u201cCompany\u201d) announces that the 2023 First H Shareholders Class Meeting (the \u201cH Shareholders Class Meeting\u201d) was held at Huaxin Tower, 16 Jianguo Road, Chaoyang District, Beijing, the PRC on Tuesday, 20 June 2023 immediately after the conclusion of the 2022 annual general meeting.",
    venue_expected="Huaxin Tower, 16 Jianguo Road, Chaoyang District, Beijing, the PRC",
    attendance="As at the date of the H Shareholders Class Meeting, the total number of H Shares entitling the holders to attend and vote on the resolution at the H Shareholders Class Meeting was 412,500,000 H Shares. H Shareholders and proxies holding an aggregate of 183,040,552 H Shares, representing approximately 44.37% of the total number of H Shares, attended the H Shareholders Class Meeting.",
    entitled=412500000, represented=183040552, represented_pct=44.37,
    res=[
        R("1", "SPECIAL", ["To consider and approve the grant of a general mandate to repurchase", "H Shares."], 183010552, 20000, 10000),
    ],
    outcome="As more than two-thirds of the votes were cast in favour of the resolution, the above resolution was duly passed as a special resolution.",
    scrutineer="Computershare Hong Kong Investor Services Limited",
    scrutineer_sentence="Computershare Hong Kong Investor Services Limited, the H Share registrar of the Company, acted as the scrutineer for the vote-taking at the H Shareholders Class Meeting.",
    signer="Wang Guoqiang", written_date="20 June 2023",
    board="Mr. Wang Guoqiang and Mr. Zhao Lei as executive directors, and Mr. Fang Zhi, Ms. He Min and Mr. Deng Kai as independent non-executive directors"))

# 4. AGM, line-split, ordinary and special sections, a special resolution fails with 68%
POLLS.append(dict(
    name="poll_en_agm_lines_special_fail_03368", lang="en", layout="lines", places=2, abstain=False, kind="AGM", date="2024-06-06",
    company="PEARL DELTA PROPERTIES GROUP LIMITED", company_zh="珠江三角洲置業集團有限公司", place="Bermuda", code="03368",
    short="AGM", meeting_name="annual general meeting",
    title="RESULTS OF THE ANNUAL GENERAL MEETING HELD ON 6 JUNE 2024",
    intro="Reference is made to the circular of Pearl Delta Properties Group Limited (the \u201cCompany\u201d) and the notice of annual general meeting both dated 26 April 2024. The board of directors of the Company announces that the annual general meeting of the Company (the \u201cAGM\u201d) was held on 6 June 2024 at 11:00 a.m. at Function Room 2, Level 5, Conrad Hong Kong, 88 Queensway, Hong Kong.",
    venue_expected="Function Room 2, Level 5, Conrad Hong Kong, 88 Queensway, Hong Kong",
    attendance="As at the date of the AGM, the total number of issued shares of the Company was 3,310,240,000 shares, which was the total number of shares entitling the holders to attend and vote for or against all the resolutions at the AGM. A total of 2,204,581,016 shares, representing approximately 66.60% of the total issued shares, were represented at the AGM in person or by proxy.",
    entitled=3310240000, represented=2204581016, represented_pct=66.60,
    res=[
        R("1", "ORDINARY", ["To receive the audited financial statements and the reports of the", "directors and the auditor for the year ended 31 December 2023."], 2204001016, 580000),
        R("2", "ORDINARY", ["To declare a final dividend for the year ended 31 December 2023."], 2204581016, 0),
        R("3", "ORDINARY", ["To re-elect Mr. Leung Siu Fai as director."], 2150221016, 54360000),
        R("4", "ORDINARY", ["To re-elect Ms. Kwok Mei Ling as director."], 2160111016, 44470000),
        R("5", "ORDINARY", ["To re-appoint PricewaterhouseCoopers as auditor."], 2203581016, 1000000),
        R("6", "ORDINARY", ["To grant a general mandate to issue new shares."], 1700581016, 504000000),
        R("7", "ORDINARY", ["To grant a general mandate to buy back shares."], 2204381016, 200000),
        R("8", "SPECIAL", ["To approve the amendments to the bye-laws of the Company."], 1499115091, 705465925),
    ],
    outcome="As more than 50% of the votes were cast in favour of each of resolutions nos. 1 to 7, all such resolutions were duly passed as ordinary resolutions. As less than 75% of the votes were cast in favour of resolution no. 8, resolution no. 8 was not passed as a special resolution.",
    scrutineer="Computershare Hong Kong Investor Services Limited",
    scrutineer_sentence="Computershare Hong Kong Investor Services Limited, the Hong Kong branch share registrar of the Company, was appointed as the scrutineer for the vote-taking at the AGM.",
    signer="Leung Siu Fai", written_date="6 June 2024",
    board="Mr. Leung Siu Fai (Chairman), Ms. Kwok Mei Ling and Mr. Chan Tak Wing as executive directors, and Mr. Lo Kwok Hung, Ms. Yuen Sze Man and Mr. Pang Chi Wai as independent non-executive directors"))

# 5. EGM tab-split without abstain, connected transaction, independent shareholders
POLLS.append(dict(
    name="poll_en_egm_tab_00987", lang="en", layout="tab", places=3, abstain=False, kind="EGM", date="2022-11-30",
    company="GOLDEN CREST HOLDINGS LIMITED", company_zh="金冠控股有限公司", place="Hong Kong", code="00987",
    short="EGM", meeting_name="extraordinary general meeting",
    title="POLL RESULTS OF THE EXTRAORDINARY GENERAL MEETING\nHELD ON 30 NOVEMBER 2022",
    intro="The board of directors of Golden Crest Holdings Limited (the \u201cCompany\u201d) is pleased to announce that the extraordinary general meeting (the \u201cEGM\u201d) was held at 2/F, Golden Crest Centre, 18 Wang Chiu Road, Kowloon Bay, Hong Kong on 30 November 2022 and the ordinary resolutions were voted by way of poll.",
    venue_expected="2/F, Golden Crest Centre, 18 Wang Chiu Road, Kowloon Bay, Hong Kong",
    attendance="As at the date of the EGM, the total number of issued Shares was 842,000,000 Shares. Mr. Kwan and his associates, holding 505,200,000 Shares, were required to abstain from voting on the resolutions. Accordingly, the total number of Shares entitling the Independent Shareholders to attend and vote on the resolutions at the EGM was 336,800,000 Shares. Independent Shareholders and proxies holding 120,331,224 Shares, representing approximately 35.728% of the total number of Shares held by the Independent Shareholders, attended the EGM.",
    entitled=336800000, represented=120331224, represented_pct=35.728,
    res=[
        R("1", "ORDINARY", ["To approve, confirm and ratify the Sale and Purchase Agreement and the", "transactions contemplated thereunder."], 120131224, 200000),
        R("2", "ORDINARY", ["To approve the proposed annual caps for the continuing connected", "transactions under the Framework Services Agreement."], 98331224, 22000000),
    ],
    outcome="As more than 50% of the votes were cast in favour of each of the resolutions, all the resolutions were duly passed as ordinary resolutions of the Company.",
    scrutineer="Union Registrars Limited",
    scrutineer_sentence="The Company's share registrar, Union Registrars Limited, acted as scrutineer for the vote-taking at the EGM.",
    signer="Kwan Wai Ming", written_date="30 November 2022",
    board="Mr. Kwan Wai Ming and Mr. Hui Ka Lok as executive directors, and Mr. Sze Kwok Wing, Ms. Mak Yee Man and Mr. Chow Chun Kit as independent non-executive directors"))

# 6. Traditional Chinese AGM, tab-split with abstain, one ordinary resolution fails
POLLS.append(dict(
    name="poll_zhhant_agm_tab_01828", lang="zh-Hant", layout="tab", places=4, abstain=True, kind="AGM", date="2023-06-28",
    company="HARBOURVIEW LOGISTICS HOLDINGS LIMITED", company_zh="港景物流控股有限公司", place="於開曼群島註冊成立之有限公司", code="01828",
    title="於2023年6月28日舉行之股東週年大會投票表決結果",
    intro="港景物流控股有限公司（「本公司」）董事會（「董事會」）欣然宣佈，本公司於2023年6月28日（星期三）上午十時正在香港北角油街23號港島海逸君綽酒店3樓翡翠廳舉行股東週年大會（「股東週年大會」），大會通告所載之所有決議案均以投票方式進行表決。",
    venue_expected="香港北角油街23號港島海逸君綽酒店3樓翡翠廳",
    attendance="於股東週年大會日期，賦予股東權利出席股東週年大會並於會上投票贊成或反對決議案之股份總數為2,406,913,500股。出席股東週年大會之股東及獲授權代表合共持有1,402,118,305股股份，佔本公司已發行股份總數約58.2538%。概無股東須於股東週年大會上放棄投票。",
    entitled=2406913500, represented=1402118305, represented_pct=58.2538,
    table_intro="股東週年大會上提呈之決議案之投票表決結果如下：",
    res=[
        R("1", "ORDINARY", ["省覽及考慮截至2022年12月31日止年度之經審核綜合財務報表、董事會", "報告及核數師報告。"], 1401118305, 800000, 200000),
        R("2", "ORDINARY", ["宣派截至2022年12月31日止年度之末期股息每股6.5港仙。"], 1402018305, 100000, 0),
        R("3", "ORDINARY", ["重選劉志強先生為執行董事。"], 1390118305, 11000000, 1000000),
        R("4", "ORDINARY", ["授權董事會釐定董事酬金。"], 1400118305, 1500000, 500000),
        R("5", "ORDINARY", ["授予董事一般授權以配發、發行及處理不超過已發行股份總數20%之", "額外股份。"], 600118305, 801000000, 1000000),
        R("6", "SPECIAL", ["批准採納本公司第二份經修訂及重列組織章程大綱及細則。"], 1392118305, 9000000, 1000000),
    ],
    outcome="由於超過50%之票數贊成第1至4項決議案，該等決議案已獲正式通過為普通決議案。由於贊成第5項決議案之票數少於50%，第5項決議案未獲通過。由於超過75%之票數贊成第6項決議案，該決議案已獲正式通過為特別決議案。",
    scrutineer="卓佳證券登記有限公司",
    scrutineer_sentence="本公司之香港股份過戶登記分處卓佳證券登記有限公司獲委任為股東週年大會之點票監察員。",
    closing="承董事會命\n港景物流控股有限公司\n主席\n劉志強\n\n香港，2023年6月28日"))

# 7. Simplified Chinese EGM, line-split with abstain, special resolutions
POLLS.append(dict(
    name="poll_zhhans_egm_lines_02277", lang="zh-Hans", layout="lines", places=4, abstain=True, kind="EGM", date="2024-01-15",
    company="SUNRISE NEW ENERGY EQUIPMENT CO., LTD.", company_zh="旭日新能源装备股份有限公司", place="于中华人民共和国注册成立的股份有限公司", code="02277",
    title="2024年第一次临时股东大会投票结果公告",
    intro="旭日新能源装备股份有限公司（「本公司」）董事会宣布，本公司2024年第一次临时股东大会（「临时股东大会」）已于2024年1月15日（星期一）下午二时正在中国江苏省常州市新华路88号本公司会议室召开。",
    venue_expected="中国江苏省常州市新华路88号本公司会议室",
    attendance="于临时股东大会日期，本公司已发行股份总数为1,125,000,000股，即赋予持有人权利出席临时股东大会并于会上投票的股份总数。出席临时股东大会的股东及股东代理人合共持有本公司有表决权股份598,412,300股，占本公司有表决权股份总数约53.1922%。",
    entitled=1125000000, represented=598412300, represented_pct=53.1922,
    table_intro="临时股东大会上提呈的决议案的投票结果如下：",
    res=[
        R("1", "SPECIAL", ["审议及批准建议修订《公司章程》的议案。"], 590112300, 8000000, 300000),
        R("2", "SPECIAL", ["审议及批准建议授予董事会发行债务融资工具的一般性授权的", "议案。"], 560412300, 37000000, 1000000),
        R("3", "ORDINARY", ["审议及批准2024年度日常关联交易预计额度的议案。"], 598012300, 400000, 0),
    ],
    outcome="由于赞成票数超过三分之二，第1及2项决议案已获正式通过为特别决议案。由于赞成票数超过二分之一，第3项决议案已获正式通过为普通决议案。",
    scrutineer="香港中央证券登记有限公司",
    scrutineer_sentence="本公司H股证券登记处香港中央证券登记有限公司、本公司股东代表、监事代表及江苏天目律师事务所担任临时股东大会投票的监票人。",
    closing="承董事会命\n旭日新能源装备股份有限公司\n董事长\n周文彬\n\n中国常州，2024年1月15日"))

# 8. English AGM with numbered sub-resolutions under a heading row (5. To re-elect: (a) (b))
POLLS.append(dict(
    name="poll_en_agm_lines_subitems_06118", lang="en", layout="lines", places=4, abstain=False, kind="AGM", date="2023-05-25",
    company="ORIENT BIOPHARMA INTERNATIONAL LIMITED", company_zh="東方生物醫藥國際有限公司", place="the Cayman Islands", code="06118",
    short="AGM", meeting_name="annual general meeting",
    title="POLL RESULTS OF ANNUAL GENERAL MEETING",
    intro="The board of directors of Orient Biopharma International Limited (the \u201cCompany\u201d) announces that at the annual general meeting of the Company held on Thursday, 25 May 2023 (the \u201cAGM\u201d), all the proposed resolutions as set out in the notice of the AGM were taken by poll.",
    venue_expected=None,
    attendance="As at the date of the AGM, the total number of issued shares of the Company was 1,640,556,200 shares, which was the total number of shares entitling the holders to attend and vote for or against the resolutions at the AGM. Shareholders holding a total of 980,225,118 shares, representing approximately 59.7495% of the total issued shares, were present in person or by proxy at the AGM.",
    entitled=1640556200, represented=980225118, represented_pct=59.7495,
    res=[
        R("1", "ORDINARY", ["To receive the audited consolidated financial statements for the year", "ended 31 December 2022."], 980105118, 120000),
        R("2(a)", "ORDINARY", ["To re-elect Dr. Zhang Yimin as executive director."], 975225118, 5000000),
        R("2(b)", "ORDINARY", ["To re-elect Ms. Huang Xiaoyu as non-executive director."], 970225118, 10000000),
        R("2(c)", "ORDINARY", ["To re-elect Prof. Lee Chun Kit as independent non-executive director."], 979225118, 1000000),
        R("3", "ORDINARY", ["To re-appoint Deloitte Touche Tohmatsu as auditor."], 980025118, 200000),
        R("4", "ORDINARY", ["To grant a general mandate to issue shares."], 890225118, 90000000),
        R("5", "ORDINARY", ["To grant a general mandate to buy back shares."], 980215118, 10000),
    ],
    outcome="As more than 50% of the votes were cast in favour of each of the above resolutions, all the resolutions were duly passed as ordinary resolutions.",
    scrutineer="Tricor Investor Services Limited",
    scrutineer_sentence="Tricor Investor Services Limited, the Hong Kong branch share registrar and transfer office of the Company, acted as the scrutineer for the vote-taking at the AGM.",
    signer="Zhang Yimin", written_date="25 May 2023",
    board="Dr. Zhang Yimin as executive director, Ms. Huang Xiaoyu as non-executive director, and Prof. Lee Chun Kit, Mr. Ng Ho Yin and Ms. Siu Ka Yan as independent non-executive directors"))

# 9. Traditional Chinese EGM, line-split separate percent cells, no abstain
POLLS.append(dict(
    name="poll_zhhant_egm_lines_sep_00987", lang="zh-Hant", layout="lines_sep", places=3, abstain=False, kind="EGM", date="2022-11-30",
    company="GOLDEN CREST HOLDINGS LIMITED", company_zh="金冠控股有限公司", place="於香港註冊成立之有限公司", code="00987",
    title="於2022年11月30日舉行之股東特別大會之投票表決結果",
    intro="金冠控股有限公司（「本公司」）董事會欣然宣佈，本公司於2022年11月30日在香港九龍灣宏照道18號金冠中心2樓舉行股東特別大會（「股東特別大會」），所有決議案均以投票方式表決。",
    venue_expected="香港九龍灣宏照道18號金冠中心2樓",
    attendance="於股東特別大會日期，本公司已發行股份總數為842,000,000股。關先生及其聯繫人持有505,200,000股股份，須放棄投票。因此，賦予獨立股東權利出席股東特別大會並於會上投票之股份總數為336,800,000股。出席股東特別大會之獨立股東及受委代表合共持有120,331,224股股份，佔獨立股東所持股份總數約35.728%。",
    entitled=336800000, represented=120331224, represented_pct=35.728,
    table_intro="股東特別大會上之投票表決結果如下：",
    res=[
        R("1", "ORDINARY", ["批准、確認及追認買賣協議及其項下擬進行之交易。"], 120131224, 200000),
        R("2", "ORDINARY", ["批准框架服務協議項下持續關連交易之建議年度上限。"], 98331224, 22000000),
    ],
    outcome="由於超過50%之票數贊成各項決議案，所有決議案均獲正式通過為普通決議案。",
    scrutineer="聯合證券登記有限公司",
    scrutineer_sentence="本公司之股份過戶登記處聯合證券登記有限公司擔任股東特別大會之監票人。",
    closing="承董事會命\n金冠控股有限公司\n主席\n關偉明\n\n香港，2022年11月30日"))

# 10. A share class meeting, English, tab-split with abstain (A+H issuer)
POLLS.append(dict(
    name="poll_en_aclass_tab_01919", lang="en", layout="tab", places=4, abstain=True, kind="A_SHARE_CLASS_MEETING", date="2023-06-20",
    company="HUAXIN HEAVY INDUSTRY CO., LTD.", company_zh="華鑫重工股份有限公司", place="the People's Republic of China", code="01919",
    short="A Shareholders Class Meeting", meeting_name="class meeting",
    title="POLL RESULTS OF THE 2023 FIRST A SHAREHOLDERS CLASS MEETING",
    intro="The board of directors of Huaxin Heavy Industry Co., Ltd. (the \u201cCompany\u201d) announces that the 2023 First A Shareholders Class Meeting (the \u201cA Shareholders Class Meeting\u201d) was held at Huaxin Tower, 16 Jianguo Road, Chaoyang District, Beijing, the PRC on Tuesday, 20 June 2023.",
    venue_expected="Huaxin Tower, 16 Jianguo Road, Chaoyang District, Beijing, the PRC",
    attendance="As at the date of the A Shareholders Class Meeting, the total number of A Shares entitling the holders to attend and vote on the resolution at the A Shareholders Class Meeting was 1,237,500,000 A Shares. A Shareholders and proxies holding an aggregate of 702,118,000 A Shares, representing approximately 56.7368% of the total number of A Shares, attended the A Shareholders Class Meeting.",
    entitled=1237500000, represented=702118000, represented_pct=56.7368,
    res=[
        R("1", "SPECIAL", ["To consider and approve the grant of a general mandate to repurchase", "A Shares."], 701918000, 150000, 50000),
    ],
    outcome="The above resolution was duly passed as a special resolution.",
    scrutineer="Beijing Zhonglun Law Firm",
    scrutineer_sentence="Pursuant to the Listing Rules, Beijing Zhonglun Law Firm, the PRC legal adviser of the Company, together with the representatives of the Shareholders and the supervisors, acted as the scrutineers for the vote-taking at the A Shareholders Class Meeting.",
    signer="Wang Guoqiang", written_date="20 June 2023",
    board="Mr. Wang Guoqiang and Mr. Zhao Lei as executive directors, and Mr. Fang Zhi, Ms. He Min and Mr. Deng Kai as independent non-executive directors"))

for doc in POLLS:
    text, res = en_poll(doc) if doc["lang"] == "en" else zh_poll(doc)
    exp = {"type": "poll", "language": doc["lang"], "stockCodes": [doc["code"]], "fields": expected_fields(doc, res)}
    write("poll", doc["name"], text, exp)


# ---------------------------------------------------------------- ESG reports

def K(code, metric, unit, values, metric_lines=None):
    return {"code": code, "metric": metric, "unit": unit, "values": values, "metric_lines": metric_lines or [metric]}


def num(text):
    t = text.replace(",", "").replace("%", "").strip()
    try:
        return float(t)
    except ValueError:
        return None


def render_table(tab, lang):
    years, rows, layout = tab["years"], tab["rows"], tab["layout"]
    head = {"en": ("KPI", "Indicator", "Unit"), "zh-Hant": ("關鍵績效指標", "指標", "單位"), "zh-Hans": ("关键绩效指标", "指标", "单位")}[lang]
    out = []
    if tab.get("title"):
        out.append(tab["title"])
    if layout == "tab":
        out.append("\t".join(head) + "\t" + "\t".join(str(y) for y in years))
        for r in rows:
            if r.get("heading"):
                out.append(r["heading"])
                continue
            first = r["metric_lines"][0] + (f" ({r['unit']})" if r.get("unit_in_metric") else "")
            unit_cell = "" if r.get("unit_in_metric") else r["unit"]
            out.append("\t".join([r["code"] or "", first] + ([unit_cell] if unit_cell else []) + r["values"]))
            for cont in r["metric_lines"][1:]:
                out.append("\t" + cont)
    else:
        out += list(head) + [str(y) for y in years]
        for r in rows:
            if r.get("heading"):
                out.append(r["heading"])
                continue
            if r["code"]:
                out.append(r["code"])
            lines = list(r["metric_lines"])
            if r.get("unit_in_metric"):
                lines[-1] = lines[-1] + f" ({r['unit']})"
            out += lines
            if not r.get("unit_in_metric"):
                out.append(r["unit"])
            out += r["values"]
    return "\n".join(out)


def esg_expected(doc):
    f = {"reportingYear": doc["year"]}
    if doc.get("start"):
        f["periodStart"] = doc["start"]
    if doc.get("end"):
        f["periodEnd"] = doc["end"]
    for i, s in enumerate(doc["standards"]):
        f[f"standards[{i}]"] = s
    k = 0
    for tab in doc["tables"]:
        for r in tab["rows"]:
            if r.get("heading"):
                continue
            p = f"kpis[{k}]."
            f[p + "code"] = r["code"]
            f[p + "metric"] = r["metric"]
            f[p + "unit"] = r["unit"]
            for j, v in enumerate(r["values"]):
                f[p + f"values[{j}].year"] = tab["years"][j]
                f[p + f"values[{j}].value"] = num(v)
                f[p + f"values[{j}].text"] = v
            k += 1
    return f


ESG = []

ESG.append(dict(
    name="esg_en_tab_01828_2023", lang="en", code="01828", year=2023, start="2023-01-01", end="2023-12-31",
    standards=["HKEX ESG Reporting Guide (Appendix C2)", "GRI Standards", "TCFD"],
    front="""HARBOURVIEW LOGISTICS HOLDINGS LIMITED
(Stock Code: 01828)
ENVIRONMENTAL, SOCIAL AND GOVERNANCE REPORT 2023

ABOUT THIS REPORT
This Environmental, Social and Governance (\u201cESG\u201d) Report sets out the policies, initiatives and performance of
Harbourview Logistics Holdings Limited and its subsidiaries (the \u201cGroup\u201d). The reporting period is from 1 January 2023
to 31 December 2023 (the \u201cReporting Period\u201d).

REPORTING STANDARDS
This report has been prepared in accordance with the Environmental, Social and Governance Reporting Code set out in
Appendix C2 to the Rules Governing the Listing of Securities on The Stock Exchange of Hong Kong Limited, and with
reference to the GRI Standards. Our climate disclosures are aligned with the recommendations of the TCFD.
""",
    tables=[dict(layout="tab", years=[2023, 2022, 2021], title="Environmental Performance Data", rows=[
        K("A1.1", "Nitrogen oxides (NOx)", "kg", ["1,204.5", "1,310.2", "1,288.0"]),
        K("A1.1", "Sulphur oxides (SOx)", "kg", ["18.3", "19.9", "20.4"]),
        K("A1.2", "Total GHG emissions (Scope 1 and Scope 2)", "tCO2e", ["28,406", "30,112", "29,875"]),
        K("A1.2", "GHG emissions intensity", "tCO2e/RMB million", ["4.12", "4.58", "4.71"]),
        K("A1.3", "Hazardous waste", "tonnes", ["12.6", "14.1", "N/A"]),
        K("A1.4", "Non-hazardous waste", "tonnes", ["2,318", "2,501", "2,466"]),
        K("A2.1", "Total energy consumption", "MWh", ["51,220", "54,870", "53,904"]),
        K("A2.2", "Water consumption", "m3", ["186,540", "193,002", "190,118"]),
        K("A2.5", "Total packaging material used for finished products", "tonnes", ["845", "902", "911"],
          ["Total packaging material used for", "finished products"]),
    ])],
    middle="""CLIMATE CHANGE
The Group identifies physical and transition risks following the TCFD framework and reports its scope 1 and scope 2 emissions annually.
"""))

ESG.append(dict(
    name="esg_en_lines_06118_fy2023", lang="en", code="06118", year=2023, start=None, end="2023-03-31",
    standards=["HKEX ESG Reporting Guide (Appendix 27)", "SASB Standards"],
    front="""ORIENT BIOPHARMA INTERNATIONAL LIMITED
(Stock Code: 06118)
Environmental, Social and Governance Report

Reporting Scope and Period
This report covers the Group's headquarters in Hong Kong and its two production plants in Suzhou for the year ended
31 March 2023. It was prepared in compliance with the ESG Reporting Guide in Appendix 27 to the Listing Rules, and the
Group has also considered the SASB Standards for the biotechnology and pharmaceuticals industry.
""",
    tables=[dict(layout="lines", years=[2023, 2022], title="Key Performance Indicators", rows=[
        K(None, "Direct GHG emissions (Scope 1)", "tCO2e", ["3,204.7", "3,118.2"]),
        K(None, "Energy indirect GHG emissions (Scope 2)", "tCO2e", ["11,872.3", "12,440.9"],
          ["Energy indirect GHG emissions", "(Scope 2)"]),
        K(None, "Electricity consumption", "kWh", ["16,330,124", "17,002,876"]),
        K(None, "Water consumption", "m3", ["98,440", "101,220"]),
        K(None, "Hazardous waste disposed of", "tonnes", ["64.2", "58.9"], ["Hazardous waste disposed", "of"]),
    ])],
    middle="""Our Suzhou plants treat all wastewater on site before discharge. No non-compliance with environmental laws was recorded
during the year.
"""))

ESG.append(dict(
    name="esg_zhhant_tab_00987_2022", lang="zh-Hant", code="00987", year=2022, start="2022-01-01", end="2022-12-31",
    standards=["HKEX ESG Reporting Guide (Appendix 27)", "GRI Standards"],
    front="""金冠控股有限公司
（股份代號：00987）
2022年環境、社會及管治報告

關於本報告
本報告涵蓋本集團於香港及深圳的主要營運。報告期為2022年1月1日至2022年12月31日（「報告期」）。
本報告乃根據香港聯合交易所有限公司證券上市規則附錄二十七所載之《環境、社會及管治報告指引》編製，並參考全球報告倡議組織（GRI）標準。
""",
    tables=[dict(layout="tab", years=[2022, 2021], title="環境關鍵績效指標", rows=[
        K("A1.2", "溫室氣體排放總量", "噸二氧化碳當量", ["5,402.8", "5,611.3"]),
        K("A1.2", "範圍一排放", "噸二氧化碳當量", ["402.1", "455.6"]),
        K("A1.3", "有害廢棄物", "噸", ["1.8", "2.2"]),
        K("A1.4", "無害廢棄物", "噸", ["366.0", "402.5"]),
        K("A2.1", "耗電量", "千瓦時", ["6,880,412", "7,102,339"]),
        K("A2.2", "耗水量", "立方米", ["40,215", "43,880"]),
    ])],
    middle="""本集團致力於減少營運對環境的影響，並於報告期內推行多項節能措施，包括更換LED照明及優化空調系統運作時間。
"""))

ESG.append(dict(
    name="esg_zhhans_lines_02277_2023", lang="zh-Hans", code="02277", year=2023, start="2023-01-01", end="2023-12-31",
    standards=["HKEX ESG Reporting Guide (Appendix C2)", "TCFD", "ISSB Standards (IFRS S1/S2)"],
    front="""旭日新能源装备股份有限公司
（股份代号：02277）
2023年度环境、社会及管治报告

报告说明
报告期：2023年1月1日至12月31日。
编制依据：本报告依据香港联合交易所有限公司《证券上市规则》附录C2《环境、社会及管治报告守则》编制，并参考气候相关财务信息披露工作组（TCFD）建议及国际可持续发展准则理事会（ISSB）发布的IFRS S2。
""",
    tables=[dict(layout="lines", years=[2023, 2022, 2021], title="社会关键绩效指标", rows=[
        K("B1.1", "员工总数", "人", ["6,204", "5,877", "5,310"]),
        K("B1.1", "女性员工", "人", ["1,836", "1,702", "1,544"]),
        K("B1.2", "员工流失率", "%", ["6.8", "7.4", "8.1"]),
        K("B2.1", "因工亡故人数", "人", ["0", "0", "0"]),
        K("B2.2", "因工伤损失工作日数", "天", ["312", "355", "401"]),
        K("B3.2", "员工平均受训时数", "小时", ["36.5", "32.0", "28.7"]),
    ])],
    middle="""本公司坚持以人为本，持续完善员工培训体系，并于报告期内开展安全生产专项培训共计二百余场次。
"""))

ESG.append(dict(
    name="esg_en_tab_single_year_03368_2024", lang="en", code="03368", year=2024, start="2024-01-01", end="2024-12-31",
    standards=["HKEX ESG Reporting Guide (Appendix C2)", "ISO 14064", "GHG Protocol"],
    front="""PEARL DELTA PROPERTIES GROUP LIMITED
(Stock Code: 03368)
2024 Environmental, Social and Governance Report

About the Report
This report covers the period from 1 January 2024 to 31 December 2024. It follows the Environmental, Social and
Governance Reporting Code (Appendix C2 to the Main Board Listing Rules). Greenhouse gas emissions are calculated under
ISO 14064-1 and the Greenhouse Gas Protocol.
""",
    tables=[dict(layout="tab", years=[2024], title="Performance Data Summary", rows=[
        K("A1.2", "Scope 1 GHG emissions", "tCO2e", ["812.4"]),
        K("A1.2", "Scope 2 GHG emissions", "tCO2e", ["9,455.0"]),
        K("A1.5", "Reduction in GHG intensity against 2020 baseline", "%", ["18.6%"]),
        K("A2.1", "Natural gas consumption", "GJ", ["14,220"]),
        K("B8.2", "Community investment", "HK$", ["2,360,000"]),
    ])],
    middle="""The Group engaged an independent consultant to verify its 2024 greenhouse gas inventory.
"""))

ESG.append(dict(
    name="esg_en_lines_social_01919_2022", lang="en", code="01919", year=2022, start="2022-01-01", end="2022-12-31",
    standards=["HKEX ESG Reporting Guide (Appendix 27)", "GRI Standards"],
    front="""HUAXIN HEAVY INDUSTRY CO., LTD.
(Stock Code: 01919)
2022 ENVIRONMENTAL, SOCIAL AND GOVERNANCE REPORT

Reporting period: This report covers 1 January 2022 to 31 December 2022.
Basis of preparation: the report is prepared in accordance with the Environmental, Social and Governance Reporting
Guide in Appendix 27 to the Listing Rules and with reference to the GRI Standards 2021.
""",
    tables=[dict(layout="lines", years=[2022, 2021, 2020], title="Employment and Training", rows=[
        K("B1.1", "Total number of employees", "persons", ["12,408", "11,932", "11,240"]),
        K("B1.1", "Number of employees aged 30 or below", "persons", ["3,106", "3,240", "3,302"],
          ["Number of employees aged 30 or", "below"]),
        K("B1.2", "Employee turnover rate", "%", ["5.2", "5.9", "6.3"]),
        K("B2.1", "Number of work-related fatalities", "persons", ["0", "1", "0"]),
        K("B3.1", "Percentage of employees trained", "%", ["96.4", "94.8", "92.1"]),
        K("B3.2", "Average training hours per employee", "hours", ["42.6", "40.3", "37.9"]),
    ])],
    middle="""Huaxin maintains an occupational health and safety management system certified to ISO 45001.
"""))

for doc in ESG:
    body = doc["front"] + "\n" + doc["middle"] + "\n" + "\n\n".join(render_table(t, doc["lang"]) for t in doc["tables"]) + "\n\n"
    body += ("Further details of our sustainability governance are set out in the Corporate Governance Report of the annual report.\n"
             if doc["lang"] == "en" else "有關可持續發展管治的進一步詳情載於年報之企業管治報告。\n")
    exp = {"type": "esg", "language": doc["lang"], "stockCodes": [doc["code"]], "fields": esg_expected(doc)}
    write("esg", doc["name"], body, exp)


# ---------------------------------------------------------------- hand-written layouts

MAINLAND = f"""
{DISCLAIMER_EN}

QINGHE PHARMACEUTICAL GROUP CO., LTD.
清河醫藥集團股份有限公司
(A joint stock company incorporated in the People's Republic of China with limited liability)
(Stock Code: 02419)

ANNOUNCEMENT ON THE POLL RESULTS OF THE 2022 ANNUAL GENERAL MEETING

The board of directors of Qinghe Pharmaceutical Group Co., Ltd. (the "Company") hereby announces that the 2022 annual general meeting (the "AGM") of the Company was convened at the Conference Room, 5th Floor, Qinghe Building, No. 9 Kexue Avenue, Zhengzhou, Henan Province, the PRC on 26 May 2023.

I. ATTENDANCE OF THE AGM

As at the date of the AGM, the total number of issued Shares of the Company was 1,506,000,000 Shares, comprising 1,200,000,000 A Shares and 306,000,000 H Shares, which was the total number of Shares entitling the holders to attend and vote on the resolutions at the AGM. Shareholders and their proxies holding an aggregate of 803,552,410 Shares, representing approximately 53.3567% of the total number of Shares with voting rights of the Company, attended the AGM.

II. POLL RESULTS OF THE AGM

ORDINARY RESOLUTIONS
1.
To consider and approve the work report of the Board for the year 2022
Class of Shares
For
Against
Abstain
A Shares
650,200,000 (99.9693%)
150,000 (0.0231%)
50,000 (0.0077%)
H Shares
153,002,410 (99.9987%)
2,000 (0.0013%)
0 (0.0000%)
Total
803,202,410 (99.9764%)
152,000 (0.0189%)
50,000 (0.0062%)
2.
To consider and approve the profit distribution plan for the year 2022
A Shares
650,400,000 (100.0000%)
0 (0.0000%)
0 (0.0000%)
H Shares
150,000,000 (98.0364%)
3,004,410 (1.9636%)
0 (0.0000%)
Total
800,400,000 (99.6261%)
3,004,410 (0.3739%)
0 (0.0000%)
SPECIAL RESOLUTION
3.
To consider and approve the grant of a general mandate to issue additional A Shares and/or H Shares
A Shares
400,400,000 (61.5621%)
250,000,000 (38.4379%)
0 (0.0000%)
H Shares
52,000,000 (33.9869%)
101,002,410 (66.0131%)
0 (0.0000%)
Total
452,400,000 (56.3293%)
351,002,410 (43.7043%)
150,000 (0.0187%)

Resolutions nos. 1 and 2 were duly passed as ordinary resolutions. As less than two-thirds of the votes were cast in favour of resolution no. 3, resolution no. 3 was not passed as a special resolution.

III. SCRUTINEERS

Computershare Hong Kong Investor Services Limited, the H Share registrar of the Company, Henan Yuanzheng Law Firm, the PRC legal adviser of the Company, and representatives of the Shareholders and supervisors acted as scrutineers for the vote-taking at the AGM.

By order of the Board
Qinghe Pharmaceutical Group Co., Ltd.
Li Jianguo
Chairman
Zhengzhou, the PRC, 26 May 2023
"""

MAINLAND_FIELDS = {
    "meetingKind": "AGM", "meetingDate": "2023-05-26",
    "venue": "the Conference Room, 5th Floor, Qinghe Building, No. 9 Kexue Avenue, Zhengzhou, Henan Province, the PRC",
    "sharesEntitledToVote": 1506000000, "sharesRepresented": 803552410, "sharesRepresentedPercent": 53.3567,
    "resolutions[0].number": "1", "resolutions[0].kind": "ORDINARY",
    "resolutions[0].text": "To consider and approve the work report of the Board for the year 2022",
    "resolutions[0].votesFor": 803202410, "resolutions[0].votesForPercent": 99.9764,
    "resolutions[0].votesAgainst": 152000, "resolutions[0].votesAbstain": 50000, "resolutions[0].passed": True,
    "resolutions[1].number": "2", "resolutions[1].votesFor": 800400000, "resolutions[1].votesAgainst": 3004410,
    "resolutions[1].passed": True,
    "resolutions[2].number": "3", "resolutions[2].kind": "SPECIAL", "resolutions[2].votesFor": 452400000,
    "resolutions[2].votesForPercent": 56.3293, "resolutions[2].votesAgainst": 351002410, "resolutions[2].votesAbstain": 150000,
    "resolutions[2].passed": False,
    "scrutineer": "Computershare Hong Kong Investor Services Limited",
}
write("poll", "poll_en_agm_mainland_class_breakdown_02419", MAINLAND,
      {"type": "poll", "language": "en", "stockCodes": ["02419"], "fields": MAINLAND_FIELDS})

ESG_GROUPED = """ZHONGYUAN CEMENT HOLDINGS LIMITED
(Stock Code: 01366)
Environmental, Social and Governance Report 2023

1. ABOUT THIS REPORT
Reporting Period
This report covers the period from 1 January 2023 to 31 December 2023 (the "Reporting Period").
Reporting Standard
The report is prepared in accordance with the ESG Reporting Code under Appendix C2 of the Listing Rules.

9. KEY PERFORMANCE INDICATORS
Social Performance
Indicator
Unit
2023
2022
B1 Employment
B1.1
Total workforce
persons
4,618
4,902
Total workforce by gender
Male
persons
3,870
4,133
Female
persons
748
769
Total workforce by age group
Under 30
persons
1,022
1,250
30-50
persons
2,866
2,901
Over 50
persons
730
751
B1.2
Employee turnover rate by gender
Male
%
9.1
10.4
Female
%
7.7
8.2
B2 Health and Safety
B2.1
Number of work-related fatalities
persons
0
0
B2.2
Lost days due to work injury
days
186
243

Note: Figures for 2022 were restated to include the Guangxi subsidiary acquired in that year.
"""

ESG_GROUPED_KPIS = [
    ("B1.1", "Total workforce", "persons", ["4,618", "4,902"]),
    ("B1.1", "Male", "persons", ["3,870", "4,133"]),
    ("B1.1", "Female", "persons", ["748", "769"]),
    ("B1.1", "Under 30", "persons", ["1,022", "1,250"]),
    ("B1.1", "30-50", "persons", ["2,866", "2,901"]),
    ("B1.1", "Over 50", "persons", ["730", "751"]),
    ("B1.2", "Male", "%", ["9.1", "10.4"]),
    ("B1.2", "Female", "%", ["7.7", "8.2"]),
    ("B2.1", "Number of work-related fatalities", "persons", ["0", "0"]),
    ("B2.2", "Lost days due to work injury", "days", ["186", "243"]),
]
f = {"reportingYear": 2023, "periodStart": "2023-01-01", "periodEnd": "2023-12-31",
     "standards[0]": "HKEX ESG Reporting Guide (Appendix C2)"}
for i, (code, metric, unit, vals) in enumerate(ESG_GROUPED_KPIS):
    f[f"kpis[{i}].code"] = code
    f[f"kpis[{i}].metric"] = metric
    f[f"kpis[{i}].unit"] = unit
    for j, v in enumerate(vals):
        f[f"kpis[{i}].values[{j}].year"] = [2023, 2022][j]
        f[f"kpis[{i}].values[{j}].value"] = num(v)
write("esg", "esg_en_lines_grouped_01366_2023", ESG_GROUPED,
      {"type": "esg", "language": "en", "stockCodes": ["01366"], "fields": f})
