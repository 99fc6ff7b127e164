package dev.hkfilings.classify;

import static dev.hkfilings.avro.AnnouncementType.ESG;
import static dev.hkfilings.avro.AnnouncementType.OTHER;
import static dev.hkfilings.avro.AnnouncementType.PLEDGE;
import static dev.hkfilings.avro.AnnouncementType.POLL;

import dev.hkfilings.avro.AnnouncementType;
import dev.hkfilings.text.ChineseScript;
import dev.hkfilings.text.Numbers;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Weighs cues for each class: phrases of the text (English, Traditional and Simplified Chinese), the feed's
 * headline category codes and the source's title. The text decides: the category and title are priors that
 * add or subtract a little, because A+H issuers file pledges under ordinary categories and inbox files have no
 * metadata at all. Near misses (notices of meetings, proxy forms, circulars, financial results, pledges of assets,
 * annual reports with an ESG chapter) carry negative cues, so they fall below the threshold and stay OTHER.
 *
 * <p>Confidence: with {@code best} the highest class score and {@code second} the runner-up, a class wins when
 * {@code best >= THRESHOLD}; its confidence is {@code sigmoid((best - THRESHOLD) / 2 + 1) * (1 - max(0, second) / best / 2)}.
 * An OTHER verdict has confidence {@code sigmoid((THRESHOLD - best) / 2)}: the further the best class stayed below
 * the threshold, the surer.
 */
public final class AnnouncementClassifier {

    /** The score a class must reach to be chosen over OTHER. */
    public static final double THRESHOLD = 5.0;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern WRAP_INSIDE_WORDS = Pattern.compile("(?<=[\\x{3400}-\\x{9FFF}\\x{F900}-\\x{FAFF}])[ \\t\\x0B\\f]*[\\n\\r]\\s*(?=[\\x{3400}-\\x{9FFF}\\x{F900}-\\x{FAFF}])");
    private static final Pattern KPI_CODE = Pattern.compile("(?<![a-z0-9.])([ab][1-8]\\.[1-9])(?![0-9])");
    /** Below this length a text is too short to be an ESG report unless the cues are strong (a notice of publication is short). */
    private static final int SHORT_TEXT = 600;
    /** Below this length a text that names key performance indicators without their codes is a notice, not a report. */
    private static final int NOTICE_LENGTH = 2_500;

    /** A results announcement names itself so in Chinese ("全年業績公告"), and its per-share line is often "每股基本盈利". */
    private static final String RESULTS_ZH = "每股基本盈利|(?:全年|年度|中期|末期|季度)业绩公告";

    private static final String RETURN_FORMS =
            "monthly return of equity issuer|next day disclosure return|翌日披露报表|证券变动月报表";

    /** "PUBLICATION OF 2024 ESG REPORT ... has been published on the websites": the words of a notice about a report. */
    private static final Cue PUBLICATION_NOTICE = Cue.of(ESG, -4, "publication of (?:the )?(?:\\d{4} )?(?:environmental, social and governance|esg|sustainability) report|(?:has|have) been published on the (?:websites?|website of)|will be published on the websites?|刊发.{0,30}(?:环境、社会及管治|可持续发展)报告|(?:已|将)登载于");
    /** Below this length a text that announces a report's publication is the notice, whatever highlights it quotes. */
    private static final int PUBLICATION_NOTICE_LENGTH = 8_000;

    /**
     * Who pledges in a headline: a (controlling) shareholder, or a director's own shares ("PLEDGE OF H SHARES BY THE
     * CHAIRMAN"), or those of his company ("CHARGE OVER H SHARES BY THE CHAIRMAN'S INVESTMENT COMPANY").
     */
    private static final String HOLDER_BY = "(?:(?:controlling |substantial |largest |single largest )?shareholders?"
            + "|(?:chairman|chairwoman|(?:executive )?directors?|chief executive)(?:'s [a-z ]{0,30}?compan(?:y|ies))?)";

    private static final List<Cue> UNBOUND_CUES = List.of(
            // --- pledge of shares
            // "PLEDGE OF H SHARES BY THE CHAIRMAN": a director's own shares, pledged as a shareholder's are
            Cue.of(PLEDGE, 5, "pledge of (?:certain |part of |partial |the )?(?:a |h |domestic )?shares by (?:the |a |its )?" + HOLDER_BY),
            Cue.of(PLEDGE, 4, "number of (?:the )?(?:pledged shares|(?:h |a |domestic )?shares (?:pledged|charged))"),
            Cue.of(PLEDGE, 3, "(?:accumulated|cumulative) (?:pledged shares|pledges?|number of pledged)"),
            Cue.of(PLEDGE, 5, "release of (?:the )?(?:pledge of (?:certain |part of |partial )?shares|pledged shares|share pledge|shares? pledged)"),
            // each alternative opens with a literal, which Cue.find skips to (an optional opening makes it scan every position)
            Cue.of(PLEDGE, 5, "release of (?:the )?pledges? over (?:the )?(?:ordinary |h |a )?shares"
                    + "|pledges? (?:over|of) (?:the )?(?:(?:ordinary|h|a|domestic|unlisted) shares and )?(?:ordinary |h |a |domestic |unlisted )?shares"
                    + " by (?:the |a |its )?(?:controlling |substantial )?shareholders?"),
            // the charge itself, over a number of the issuer's own shares: a 13.17 pledge stays one beside a 13.18 loan
            Cue.of(PLEDGE, 6, "over [\\d,]{5,} (?:ordinary )?shares[^;]{0,40}?in the share capital of the company"
                    + "|(?:charged|mortgaged|pledged) [\\d,]{5,} (?:ordinary )?shares[^;]{0,40}?in the share capital of the company"
                    // "executed a share charge ... over 312,000,000 Shares held by it": the holder's own shares
                    + "|over [\\d,]{5,} (?:ordinary )?shares held by (?:it|him|her|them)\\b"),
            Cue.of(PLEDGE, 3, "whether (?:a |the )?controlling shareholder or (?:the )?largest shareholder"),
            Cue.of(PLEDGE, 2, "pledgee"),
            Cue.of(PLEDGE, 2, "purpose of (?:the )?pledge"),
            Cue.of(PLEDGE, 3, "pledged (?:in (?:his|her|its) (?:personal|own) capacity )?(?:an aggregate of |a total of |all of (?:its|his|her) )?[\\d,]+ (?:h |a |ordinary |domestic |unlisted )?shares"),
            Cue.of(PLEDGE, 3, "(?:shares|shareholding)[^.;]{0,80}(?:were|have been|has been|had been|was) pledged"),
            // Written without a group around the whole pattern (same matches): its top-level alternatives then each
            // start with a literal, which Cue.find skips to, where the grouped form was tried at every position.
            Cue.of(PLEDGE, 2, "share pledge|pledge of (?:its |his |her |their )?shares|shares pledged|pledged shares|charged shares|mortgaged shares"),
            Cue.of(PLEDGE, 5, "股份质押|质押股份|股票质押"),
            Cue.of(PLEDGE, 5, "解除质押"),
            // Listing Rule 13.17 (GEM 17.43) is the disclosure of a controlling shareholder's pledge of its shares to
            // secure the issuer's debts; in Hong Kong such a pledge is often a "share charge" (股份押记).
            Cue.of(PLEDGE, 5, "rules? 13\\.17\\b|rules? 17\\.43\\b|第13\\.17条|第17\\.43条"),
            // the headline of a Hong Kong charge, as "pledge of shares by the controlling shareholder" above
            // "CHARGE OF SHARES BY THE CONTROLLING SHAREHOLDERS" too
            Cue.of(PLEDGE, 5, "(?:charges?|mortgages?) (?:over|of) (?:the )?(?:ordinary |h |a |domestic )?shares by (?:the |a |its )?" + HOLDER_BY),
            Cue.of(PLEDGE, 3, "share charges?|charge over (?:the |its |his |her |their )?(?:[\\d,]+ )?(?:ordinary )?shares|charged (?:an aggregate of |a total of )?[\\d,]+ (?:ordinary )?shares|chargee"),
            // "the charge of 210,000,000 ordinary shares ... by Rich Summit", "all of the 210,000,000 Shares charged by Rich
            // Summit ... were released": a holder's own shares under a charge, whatever loan the text also names
            Cue.of(PLEDGE, 3, "charge of [\\d,]{5,} (?:ordinary )?shares|shares charged by"),
            Cue.of(PLEDGE, 5, "股份押记|押记.{0,12}股份"),
            // a Rule 13.17/13.18 announcement whose controlling shareholder signs the charge for the issuer's facility
            // "控股股東解除部分股份押記及重新押記": the headline of the release
            Cue.of(PLEDGE, 5, "控股股东(?:之)?(?:质押|押记)(?:其)?(?:所持)?(?:部分)?股份|控股股东(?:之)?解除(?:部分)?(?:股份)?(?:质押|押记)"),
            // the holder's own act, as "executed a share charge" below
            Cue.of(PLEDGE, 5, "签立股份押记|签署股份押记"),
            // "将其持有之600,000,000股本公司普通股…押记予贷款人": the holder's own count of the issuer's shares under the charge,
            // as "over 312,000,000 shares held by it" in English
            Cue.of(PLEDGE, 6, "其(?:所)?持有?(?:之|的)[\\d,]{5,}股本公司[^。；]{0,40}?(?:押记|质押)(?:予|给)"),
            // "SHARE MORTGAGE BY CONTROLLING SHAREHOLDER": the headline as "charge over shares by ..." above; the holder's
            // own act ("Crestfield executed a share charge", "executed a deed of share mortgage") outweighs the 13.18
            // facility it secures
            Cue.of(PLEDGE, 5, "share (?:charges?|mortgages?) by (?:the |a |its )?(?:controlling |substantial |single largest )?shareholders?"),
            Cue.of(PLEDGE, 5, "executed a (?:deed of )?share (?:charge|mortgage)"),
            Cue.of(PLEDGE, 3, "share mortgages?|mortgagee"),
            Cue.of(PLEDGE, 5, "discharge of (?:the )?share charges?|release of (?:the )?share (?:charges?|mortgages?)|released from (?:the )?(?:pledge|share charge)"),
            Cue.of(PLEDGE, 3, "累计(?:被)?质押"),
            Cue.of(PLEDGE, 3, "质权人"),
            Cue.of(PLEDGE, 2, "质押用途|质押起始日|质押到期日|本次质押"),
            Cue.of(PLEDGE, 2, "质押(?:予|给)"),
            // a Rule 13.18 announcement names its rule and the specific performance it imposes: one sign, counted once
            Cue.of(PLEDGE, -6, "specific performance|特定责任|特定履约|rule(?:s)? 13\\.1[89]|第13\\.1[89]条"),
            Cue.of(PLEDGE, -3, "(?:facility|loan) agreement|融资协议|贷款协议|融资函件"),
            Cue.of(PLEDGE, -3, "pledge of (?:the group's |the company's |its )?assets|charges? on (?:the group's |the company's )?assets|pledged (?:bank )?deposits|assets? pledged|资产抵押|资产质押|已抵押存款"),
            Cue.of(PLEDGE, -2, "land use rights|土地使用权"),
            // "本次质押、抵押的资产不涉及…公司股份，亦不涉及控股股东股份质押": said outright that no shares are pledged
            Cue.of(PLEDGE, -6, "不涉及[^。；]{0,30}股份(?:的)?质押|(?:does|do|did) not involve any (?:pledge|charge) (?:of|over) (?:the |any )?shares"),
            // A clarification answers press reports (of a pledge, often denied); a judicial freeze quotes the holder's
            // pledges as background. Neither announces a pledge.
            // The headline names a clarification; a pledge it recalls (as background to the denial) adds cues of its own.
            Cue.of(PLEDGE, -8, "clarification announcement|澄清公告"),
            Cue.of(PLEDGE, -4, "press reports?|media reports?|news reports?|报章报道|媒体报道|新闻报道"),
            Cue.of(PLEDGE, -5, "被(?:司法)?冻结|司法冻结"),
            // the headline of a freeze ("关于控股股东所持部分股份被司法冻结的公告") where it announces no pledge besides: the
            // holder's pledges it states as background must not outweigh it (an earlier announcement cited as 《…》 is none)
            Cue.of(PLEDGE, -6, "(?<!《)关于(?:(?!质押)[^。，；《》]){0,40}?冻结的公告|announcement on (?:the )?(?:judicial )?freez(?:e|ing) of (?:part of )?(?:the )?shares"),
            // a pledgee that changed its name ("关于控股股东股份质押之质权人名称变更的公告"): the register's entry is renamed, no
            // share is pledged or released; its own words say so, and the pledges it recalls outweigh either alone
            Cue.of(PLEDGE, -10, "(?<!《)关于[^。，；《》]{0,40}质权人(?:名称变更|更名)的公告|announcement (?:on|in relation to) (?:the )?change (?:of|in) (?:the )?name of (?:the )?pledgee"),
            Cue.of(PLEDGE, -10, "仅涉及质权人(?:名称变更|更名)|不涉及新增质押(?:或|及|和|、)解除质押|relates? only to (?:a |the )?change (?:of|in) (?:the )?(?:name of (?:the )?pledgee|pledgee's name)|(?:does|do) not involve any new pledge or release"),
            // the equity of an unlisted subsidiary (股权), pledged by the issuer for the group's loan, is no shareholder's pledge
            Cue.of(PLEDGE, -5, "股权质押|股权出质"),
            // "关于以全资子公司股权提供质押担保的公告", "质押标的：公司持有的全资子公司…100%股权": a subsidiary's equity, not the issuer's shares
            Cue.of(PLEDGE, -5, "以[^。，；]{0,12}(?:子公司|附属公司)(?:的)?股权|(?:子公司|附属公司)(?:的)?股权(?:提供)?质押|质押标的[：:][^。；]{0,40}股权"),
            // a quarterly report lists the top holders' pledged shares in passing
            Cue.of(PLEDGE, -8, "季度报告|quarterly report"),
            // a change of directors: the new director's biography may name share pledge financing among his past work
            Cue.of(PLEDGE, -5, "董事变更|辞任|change (?:of|in) directors?|(?:appointment|resignation) of (?:an? )?(?:independent )?(?:non-)?executive directors?|rule 13\\.51\\(2\\)|第13\\.51\\(2\\)"),
            // a plan to increase a holding recalls the holder's released pledges as background
            Cue.of(PLEDGE, -5, "增持计划|增持主体"),
            // a disclosure-of-interests form: a bank reporting its security interest in shares, not the holder's pledge
            Cue.of(PLEDGE, -8, "法团大股东通知|个人大股东通知|corporate substantial shareholder notice|individual substantial shareholder notice"),
            // A share pledge taken as security in a deal of the issuer (a loan it grants, an acquisition) is no pledge by its shareholder.
            Cue.of(PLEDGE, -3, "discloseable transaction|major transaction|connected transaction|provision of financial assistance|money lending|须予披露交易|主要交易|关连交易|提供财务资助"),
            // --- poll results of a general meeting
            Cue.of(POLL, 5, "poll results|results? of (?:the )?poll"),
            Cue.of(POLL, 4, "results? of (?:the )?(?:\\d{4} )?(?:annual|extraordinary|special|class) general meeting"),
            Cue.of(POLL, 2, "voting results"),
            Cue.of(POLL, 3, "(?:acted|act) as (?:the )?scrutineers?|scrutineers? for (?:the )?vote"),
            Cue.of(POLL, 3, "total number of (?:issued )?shares entitling the holders? to attend and vote"),
            Cue.of(POLL, 2, "number of votes"),
            Cue.of(POLL, 2, "(?:was|were) (?:duly )?passed as (?:an? )?(?:ordinary|special) resolutions?|(?:has|have) been (?:duly )?passed"),
            Cue.of(POLL, 1, "by way of poll"),
            Cue.of(POLL, 5, "投票表决结果|表决结果"),
            Cue.of(POLL, 3, "投票结果"),
            // the mainland template of a meeting's resolutions announcement (A+H issuers file it in Hong Kong)
            Cue.of(POLL, 4, "股东(?:大)?会决议公告"),
            Cue.of(POLL, 3, "审议结果"),
            Cue.of(POLL, 3, "监票|点票"),
            Cue.of(POLL, 2, "赞成.{0,60}反对"),
            Cue.of(POLL, 1, "以投票(?:方式)?(?:进行)?表决|放弃投票"),
            Cue.of(POLL, 3, "赋予(?:持有人|股东)权利出席|有权出席.{0,20}并.{0,6}投票"),
            Cue.of(POLL, 2, "获(?:正式)?通过"),
            Cue.of(POLL, -8, "notice is hereby given|兹通告|谨此通告"),
            // the results of another meeting, announced elsewhere ("有关…投票表决结果的详情，请参阅本公司日期为…的公告")
            Cue.of(POLL, -5, "投票表决结果的详情[，,]?\\s*请参阅|details of the poll results[^.]{0,80}refer to"),
            Cue.of(POLL, -3, "将以投票(?:方式)?(?:进行)?表决|will be (?:taken|conducted|voted on) by (?:way of )?poll"),
            // the board's own resolutions, voted by its directors ("表决结果：同意9票，反对0票，弃权0票")
            Cue.of(POLL, -5, "董事会(?:会议)?决议公告|同意\\d{1,2}票"),
            Cue.of(POLL, -4, "will be held (?:at|on)|将于.{0,30}举行"),
            Cue.of(POLL, -6, "as (?:my|our|my/our) proxy|i/we|本人/吾等|本人／吾等"),
            Cue.of(POLL, -4, "form of proxy|proxy form|代表委任表格"),
            // an interim or annual results announcement mentions that the AGM's resolutions were passed by poll
            Cue.of(POLL, -3, "unaudited (?:condensed )?consolidated (?:interim )?results|未经审核(?:简明)?综合(?:中期)?业绩|简明综合损益"),
            Cue.of(POLL, -3, "announces? the (?:audited |unaudited )?(?:consolidated )?(?:annual|final|interim|quarterly|third quarterly|first quarterly) results|announces? the (?:audited |unaudited )?consolidated results|results of the (?:company|group) and its subsidiaries for the|综合损益|earnings per share|每股盈利|" + RESULTS_ZH),
            // --- standalone ESG report
            Cue.of(ESG, 3, "environmental, social and governance (?:\\(esg\\) )?report|esg report|sustainability report|环境、社会及管治报告|环境,社会及管治报告|可持续发展报告|社会责任报告"),
            Cue.of(ESG, 3, "(?:esg|environmental, social and governance) reporting (?:guide|code)|环境、社会及管治报告(?:指引|守则)|环境,社会及管治报告(?:指引|守则)"),
            Cue.of(ESG, 1, "tco2e|scope [12]\\b|范围一|范围二|二氧化碳当量"),
            Cue.of(ESG, 1, "\\bkpis?\\b|performance data|绩效数据"),
            PUBLICATION_NOTICE,
            Cue.of(ESG, 2, "appendix 27|appendix c2|附录二十七|附录27|附录c2"),
            Cue.of(ESG, 2, "reporting boundary|scope of (?:this |the )?report|报告范围|报告边界"),
            Cue.of(ESG, 1, "reporting period|报告期"),
            Cue.of(ESG, 2, "materiality (?:assessment|analysis|matrix)|重要性评估|重要性议题"),
            Cue.of(ESG, 2, "stakeholder (?:engagement|communication)|持份者|利益相关方"),
            Cue.of(ESG, 1, "greenhouse gas|温室气体"),
            Cue.of(ESG, 1, "\\bgri\\b|global reporting initiative"),
            Cue.of(ESG, 2, "key performance indicators?|关键绩效指标"),
            Cue.of(ESG, -5, "independent auditor'?s'? report|独立核数师报告"),
            Cue.of(ESG, -3, "consolidated statement of financial position|综合财务状况表"),
            Cue.of(ESG, -3, "notes to the (?:condensed )?(?:consolidated )?(?:interim )?financial statements|综合财务报表附注|财务报表附注"),
            Cue.of(ESG, -3, "announces? the (?:audited |unaudited )?(?:consolidated )?(?:annual|final|interim|quarterly|third quarterly|first quarterly) results|announces? the (?:audited |unaudited )?consolidated results|results of the (?:company|group) and its subsidiaries for the|earnings per share|每股盈利|综合损益|" + RESULTS_ZH),
            Cue.of(ESG, -6, "notice is hereby given|兹通告|谨此通告|as (?:my|our|my/our) proxy|form of proxy|代表委任表格"),
            // --- documents that are none of the classes whatever they mention
            Cue.of(PLEDGE, -8, "notice is hereby given|兹通告|谨此通告|as (?:my|our|my/our) proxy|i/we|本人/吾等|本人／吾等"),
            Cue.of(PLEDGE, -4, "announces? the (?:audited |unaudited )?(?:consolidated )?(?:annual|final|interim|quarterly|third quarterly|first quarterly) results|announces? the (?:audited |unaudited )?consolidated results|results of the (?:company|group) and its subsidiaries for the|综合损益|每股盈利|independent auditor'?s'? report|独立核数师报告|" + RESULTS_ZH),
            Cue.of(PLEDGE, -8, "this circular is important|if you are in any doubt as to any aspect of this circular|此乃要件|阁下如对本通函"),
            Cue.of(POLL, -8, "this circular is important|if you are in any doubt as to any aspect of this circular|此乃要件|阁下如对本通函"),
            Cue.of(ESG, -8, "this circular is important|if you are in any doubt as to any aspect of this circular|此乃要件|阁下如对本通函"),
            // Statutory return forms list share movements, and may have a "shares pledged" line, but report no event.
            Cue.of(PLEDGE, -8, RETURN_FORMS),
            Cue.of(POLL, -8, RETURN_FORMS),
            Cue.of(ESG, -8, RETURN_FORMS));


    private static final Pattern ANNUAL_REPORT_PART = Pattern.compile(
            "independent auditor'?s'? report|consolidated statement of financial position|notes to the (?:condensed )?(?:consolidated )?(?:interim )?financial statements|"
                    + "独立核数师报告|综合财务状况表|财务报表附注");

    /** Each alternative of {@link #ANNUAL_REPORT_PART} starts with one of these: no match starts before the first of them. */
    private static final List<String> ANNUAL_REPORT_PREFIXES = annualReportPrefixes();

    private static List<String> annualReportPrefixes() {
        List<String> prefixes = new ArrayList<>();
        for (String alternative : RequiredLiterals.topLevelAlternatives(ANNUAL_REPORT_PART.pattern())) {
            prefixes.addAll(RequiredLiterals.prefixes(alternative));
        }
        return List.copyOf(prefixes);
    }

    private static final LiteralIndex CUE_LITERALS = cueLiterals();

    private static LiteralIndex cueLiterals() {
        List<String> literals = new ArrayList<>(Cue.literals(UNBOUND_CUES));
        literals.addAll(ANNUAL_REPORT_PREFIXES);
        return new LiteralIndex(literals);
    }

    private static final List<Cue> CUES = UNBOUND_CUES.stream().map(cue -> cue.boundTo(CUE_LITERALS)).toList();

    /** Headline category codes (DOMAIN.md) and the class each one argues for or, for near misses, against all. */
    private static final Map<String, AnnouncementType> CATEGORY_FOR = Map.of(
            "17250", PLEDGE, "14700", POLL, "14800", POLL, "40400", ESG);
    private static final Set<String> NEAR_MISS_CATEGORIES = Set.of(
            "14400", "14500", "52000", "20000", "13150", "13300", "13400", "40100", "19300", "19100");

    private static final List<Cue> TITLE_CUES = List.of(
            Cue.of(PLEDGE, 3, "pledge|质押"),
            Cue.of(POLL, 3, "poll results|results of (?:the )?.*general meeting|投票结果|表决结果"),
            Cue.of(ESG, 3, "environmental, social and governance|esg|sustainability|环境、社会及管治|可持续发展"),
            Cue.of(PLEDGE, -3, "notice of|proxy|circular|results announcement|annual report|通告|委任表格|通函|年报|业绩"),
            Cue.of(POLL, -3, "notice of|proxy|circular|annual results|interim results|final results|annual report|通告|委任表格|通函|年报|业绩公告"),
            Cue.of(ESG, -3, "notice of|proxy|circular|annual report|results|通告|委任表格|通函|年报|业绩"));

    /** The text cues, for tests that check the literal prefilter against the plain regex. */
    static List<Cue> textCues() {
        return CUES;
    }

    /** The index the text cues are bound to, for the same tests. */
    static LiteralIndex cueLiteralIndex() {
        return CUE_LITERALS;
    }

    /** Classifies a text; the metadata may be null and its fields may be empty. */
    public Classification classify(String text, List<String> categoryCodes, String categoryText, String sourceTitle) {
        String t = normalize(text);
        Map<AnnouncementType, Double> score = new EnumMap<>(AnnouncementType.class);
        Map<AnnouncementType, List<String>> evidence = new EnumMap<>(AnnouncementType.class);
        for (AnnouncementType c : List.of(PLEDGE, POLL, ESG)) {
            score.put(c, 0.0);
            evidence.put(c, new ArrayList<>());
        }
        List<String> otherEvidence = new ArrayList<>();

        LiteralIndex.Occurrences occurrences = CUE_LITERALS.scan(t);
        boolean publicationNotice = false;
        for (Cue cue : CUES) {
            Matcher m = cue.find(occurrences);
            if (m != null) {
                add(score, evidence, cue, (cue.weight() < 0 ? "-" : "") + "text:\"" + m.group() + "\"");
                publicationNotice |= cue.pattern() == PUBLICATION_NOTICE.pattern();
            }
        }
        int codes = kpiCodes(t, score, evidence);
        if (publicationNotice && codes - codesInRanges(t, codes) < 3 && t.length() < PUBLICATION_NOTICE_LENGTH && score.get(ESG) > 0) {
            // a notice may quote a table of the report's highlights; the report itself answers the guide's KPIs at length
            score.merge(ESG, -6.0, Double::sum);
            evidence.get(ESG).add("-publication-notice:" + t.length());
        }
        if (t.length() < SHORT_TEXT && score.get(ESG) > 0 && score.get(ESG) < THRESHOLD + 3) {
            score.merge(ESG, -2.0, Double::sum);
            evidence.get(ESG).add("-length:" + t.length());
        }
        annualReport(occurrences, score, evidence);

        if (categoryCodes != null) {
            for (String code : categoryCodes) {
                String c = code == null ? "" : code.strip();
                AnnouncementType forType = CATEGORY_FOR.get(c);
                if (forType != null) {
                    score.merge(forType, 3.0, Double::sum);
                    evidence.get(forType).add("category:" + c);
                } else if (NEAR_MISS_CATEGORIES.contains(c)) {
                    for (AnnouncementType k : List.of(PLEDGE, POLL, ESG)) {
                        score.merge(k, -2.0, Double::sum);
                    }
                    otherEvidence.add("category:" + c);
                }
            }
        }
        String meta = normalize((sourceTitle == null ? "" : sourceTitle) + " " + (categoryText == null ? "" : categoryText)).strip();
        if (!meta.isEmpty()) {
            for (Cue cue : TITLE_CUES) {
                Matcher m = cue.pattern().matcher(meta);
                if (m.find()) {
                    add(score, evidence, cue, (cue.weight() < 0 ? "-" : "") + "title:\"" + m.group() + "\"");
                }
            }
        }
        return decide(score, evidence, otherEvidence);
    }

    private static void add(Map<AnnouncementType, Double> score, Map<AnnouncementType, List<String>> evidence, Cue cue, String label) {
        score.merge(cue.type(), cue.weight(), Double::sum);
        evidence.get(cue.type()).add(label);
    }

    /**
     * An annual report carries an ESG chapter with all its cues; what a standalone ESG report never has is the
     * audited financial statements and the directors' report. Two or more such parts make the document an annual report.
     */
    private static void annualReport(LiteralIndex.Occurrences occurrences, Map<AnnouncementType, Double> score,
            Map<AnnouncementType, List<String>> evidence) {
        int from = -1;
        for (String prefix : ANNUAL_REPORT_PREFIXES) {
            int at = occurrences.first(prefix);
            if (at >= 0 && (from < 0 || at < from)) {
                from = at;
            }
        }
        if (from < 0) {
            return;
        }
        Set<String> parts = new HashSet<>();
        Matcher m = ANNUAL_REPORT_PART.matcher(occurrences.text);
        if (!m.find(from)) {
            return;
        }
        parts.add(m.group());
        while (m.find()) {
            parts.add(m.group());
        }
        if (parts.size() >= 2) {
            // A veto rather than a weight: an annual report's ESG chapter can carry more ESG cues than many reports.
            score.put(ESG, Math.min(score.get(ESG) - 10.0, THRESHOLD - 2.0));
            evidence.get(ESG).add("-annual-report-parts:" + parts.size());
        }
    }

    /** "關鍵績效指標A1.1至A3.1及B1.1至B8.2": a notice names the ranges its report covers, a report answers each code. */
    private static final Pattern CODE_RANGE = Pattern.compile("[ab][1-8]\\.[1-9]\\s*(?:至|to|-|–|—|~|～)\\s*[ab][1-8]\\.[1-9]");

    /** How many of the text's codes stand as the ends of ranges; looked for only where a notice's words and codes both are. */
    private static int codesInRanges(String t, int codes) {
        if (codes < 3) {
            return 0;
        }
        int n = 0;
        Matcher m = CODE_RANGE.matcher(t);
        while (m.find()) {
            n += 2;
        }
        return Math.min(n, codes);
    }

    /** An ESG report answers the Reporting Guide's KPIs one by one: many distinct codes are strong evidence. */
    private static int kpiCodes(String t, Map<AnnouncementType, Double> score, Map<AnnouncementType, List<String>> evidence) {
        Set<String> codes = kpiCodeSet(t);
        if (codes.size() >= 3) {
            double w = codes.size() >= 12 ? 6 : codes.size() >= 5 ? 4 : 3;
            score.merge(ESG, w, Double::sum);
            evidence.get(ESG).add("text:kpi-codes=" + codes.size());
        } else if (score.get(ESG) > 0 && (t.length() < NOTICE_LENGTH || !t.contains("key performance indicator") && !t.contains("关键绩效指标"))) {
            // A report answers the guide's KPIs; a text that only names the report (a notice of its publication) does
            // not, even where it lists the KPIs' topics: a report that names its KPIs without the guide's codes is long.
            score.merge(ESG, -4.0, Double::sum);
            evidence.get(ESG).add("-no-kpis");
        }
        return codes.size();
    }

    /**
     * The distinct matches of {@link #KPI_CODE}, found from the dots of the text: the regex, having no literal to
     * skip to, was tried at every position of every document.
     */
    static Set<String> kpiCodeSet(String t) {
        Set<String> codes = new HashSet<>();
        for (int i = t.indexOf('.', 2); i >= 0 && i + 1 < t.length(); i = t.indexOf('.', i + 1)) {
            char letter = t.charAt(i - 2);
            char group = t.charAt(i - 1);
            char item = t.charAt(i + 1);
            if ((letter == 'a' || letter == 'b') && group >= '1' && group <= '8' && item >= '1' && item <= '9'
                    && (i - 3 < 0 || !kpiCodeNeighbour(t.charAt(i - 3)))
                    && (i + 2 >= t.length() || !Numbers.isAsciiDigit(t.charAt(i + 2)))) {
                codes.add(t.substring(i - 2, i + 2));
            }
        }
        return codes;
    }

    /** Regex-defined codes, the reference {@link #kpiCodeSet} is tested against. */
    static Set<String> kpiCodeSetByRegex(String t) {
        Set<String> codes = new HashSet<>();
        Matcher m = KPI_CODE.matcher(t);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    private static boolean kpiCodeNeighbour(char c) {
        return (c >= 'a' && c <= 'z') || Numbers.isAsciiDigit(c) || c == '.';
    }

    private static Classification decide(Map<AnnouncementType, Double> score, Map<AnnouncementType, List<String>> evidence,
            List<String> otherEvidence) {
        AnnouncementType best = PLEDGE;
        double second = Double.NEGATIVE_INFINITY;
        for (AnnouncementType c : List.of(POLL, ESG)) {
            if (score.get(c) > score.get(best)) {
                best = c;
            }
        }
        for (AnnouncementType c : List.of(PLEDGE, POLL, ESG)) {
            if (c != best) {
                second = Math.max(second, score.get(c));
            }
        }
        double b = score.get(best);
        if (b >= THRESHOLD) {
            double conf = sigmoid((b - THRESHOLD) / 2 + 1) * (1 - Math.max(0, second) / b / 2);
            List<String> ev = new ArrayList<>(evidence.get(best));
            ev.add("score:" + best.name().toLowerCase(Locale.ROOT) + "=" + round(b));
            return new Classification(best, round(conf), ev);
        }
        List<String> ev = new ArrayList<>(otherEvidence);
        for (AnnouncementType c : List.of(PLEDGE, POLL, ESG)) {
            List<String> e = evidence.get(c);
            if (!e.isEmpty()) {
                ev.addAll(e);
                ev.add("score:" + c.name().toLowerCase(Locale.ROOT) + "=" + round(score.get(c)));
            }
        }
        return new Classification(OTHER, round(sigmoid((THRESHOLD - b) / 2)), ev);
    }

    /**
     * Lower case, full-width forms to ASCII, Traditional folded to Simplified, whitespace (line wraps, tabs) collapsed;
     * a line break between two Chinese characters dropped.
     */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        if (text.indexOf('Σ') >= 0) {
            // Lower-casing a capital sigma depends on its neighbours, which the one-pass form below would change first.
            return slowNormalize(text);
        }
        // One pass for the per-character mappings, the whitespace runs and lower case, which commutes with both here.
        // Lower-casing a char on its own equals String.toLowerCase(ROOT) below U+0100; above, a few letters lower-case
        // to two chars or by context, so a text with any upper-case letter there is lower-cased as a whole at the end.
        // A char array rather than a StringBuilder: appending char by char to a builder that a CJK character turned
        // into UTF-16 was most of this pass's time.
        // The text is copied into the array once and rewritten in place: no char becomes more than one, so the
        // write position never passes the read position.
        int n = text.length();
        char[] b = new char[n];
        text.getChars(0, n, b, 0);
        int k = 0;
        boolean inSpace = false;
        boolean lineBreak = false;
        boolean lowerAll = false;
        for (int i = 0; i < n; i++) {
            char c = b[i];
            if (c > ' ' && c < 0x80) {
                // Printable ASCII, most of any text: the width, script and punctuation mappings leave it as it is, and
                // it is no whitespace; only lower case applies.
                b[k++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
                inSpace = false;
                continue;
            }
            if (c >= 0x80) {
                c = punctuation(ChineseScript.toSimplified(Numbers.normalizeWidth(c)));
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                if (!inSpace) {
                    b[k++] = ' ';
                    lineBreak = false;
                }
                lineBreak |= c == '\n' || c == '\r';
                inSpace = true;
            } else {
                if (inSpace && lineBreak && isHan(c) && k >= 2 && isHan(b[k - 2])) {
                    k--;
                }
                if (c < 0x100) {
                    c = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c < 0x80 ? c : Character.toLowerCase(c);
                } else if (!lowerAll && mayHaveCase(c) && (Character.isSurrogate(c) || Character.toLowerCase(c) != c)) {
                    lowerAll = true;
                }
                b[k++] = c;
                inSpace = false;
            }
        }
        String t = new String(b, 0, k);
        return lowerAll ? t.toLowerCase(Locale.ROOT) : t;
    }

    /** A CJK ideograph: a line break between two of them is where a PDF's line ended inside a word ("簽立股" / "份押記"). */
    static boolean isHan(char c) {
        return c >= 0x3400 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF;
    }

    /**
     * False for U+2D00 to U+A63F (CJK punctuation, kana, hangul and the ideographs), where no character has a lower case:
     * a Chinese text's characters were each looked up in the case tables for nothing.
     */
    static boolean mayHaveCase(char c) {
        return c < 0x2D00 || c >= 0xA640;
    }

    private static char punctuation(char c) {
        return switch (c) {
            case '’', '‘' -> '\'';
            case '（' -> '(';
            case '）' -> ')';
            case '：' -> ':';
            case '，' -> ',';
            default -> c;
        };
    }

    /** The definition that {@link #normalize} computes in one pass. */
    static String slowNormalize(String text) {
        String t = ChineseScript.toSimplified(Numbers.normalizeWidth(text)).toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('‘', '\'').replace('（', '(').replace('）', ')').replace('：', ':').replace('，', ',');
        return WHITESPACE.matcher(WRAP_INSIDE_WORDS.matcher(t).replaceAll("")).replaceAll(" ");
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
