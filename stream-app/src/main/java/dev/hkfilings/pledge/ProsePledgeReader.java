package dev.hkfilings.pledge;

import dev.hkfilings.avro.PledgeAction;
import dev.hkfilings.avro.PledgePosition;
import dev.hkfilings.avro.PledgeTransaction;
import dev.hkfilings.avro.ShareClass;
import dev.hkfilings.text.ChineseScript;
import dev.hkfilings.text.Dates;
import dev.hkfilings.text.FirstCharScan;
import dev.hkfilings.text.Keywords;
import dev.hkfilings.text.Names;
import dev.hkfilings.text.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads pledges and releases from the sentences of an announcement without a table, e.g. "On 1 March 2023,
 * Sunrise Holdings Limited pledged 10,000,000 Shares to ABC Bank Limited" or
 * "丁先生已將其持有的本公司20,000,000股H股質押予中國銀行". Matching runs on a copy folded to Simplified
 * Chinese of the same length, so names are cut from the original text unchanged.
 */
final class ProsePledgeReader {

    /** A line wrap inside Chinese text, or inside a quoted Chinese term ("（以下简称\"" then "鹭江控股\"）" on the next line). */
    private static final Pattern CJK_WRAP = Pattern.compile("(?<=[\\p{IsHan}）」])[ \\t\\r\\n]+(?=[\\p{IsHan}（「“\\d])|(?<=\\d)[ \\t\\r\\n]+(?=[\\p{IsHan}（「])"
            + "|(?<=[「（“\"])[ \\t\\r\\n]+(?=[\\p{IsHan}「“])|(?<=\\p{IsHan})[ \\t\\r\\n]+(?=[」）”\"])");
    // a Chinese date's figures cut by a line end: "於2025年1" / "0月20日", "202" / "5年"
    private static final Pattern NUMBER_WRAP = Pattern.compile("(?<=\\d,)[\\r\\n]+(?=\\d{3})"
            + "|(?<=[年月]\\d{1,2})[\\r\\n]+(?=\\d{0,2}[月日])|(?<=\\d)[\\r\\n]+(?=\\d{1,3}年)");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern HAS_HAN = Pattern.compile(".*\\p{IsHan}.*");
    private static final Pattern RELEASE_WORDS = Pattern.compile(".*\\b(released|release of|has been released|were released|discharged)\\b.*");
    /** Hong Kong holders often charge or mortgage their shares: "executed a share mortgage in favour of X over N shares". */
    private static final String CREATED_SECURITY =
            "(?:executed|created|entered into|granted) (?:a |an |the )?(?:further |additional |new )?(?:first[- ]ranking |second[- ]ranking )?(?:deed of )?(?:share )?(?:pledge|charge|mortgage)s?";
    /** "(i) the charge of 210,000,000 Shares by X in favour of Y created on 3 May 2023" (a director "in charge of" no pledge). */
    private static final Pattern PLEDGE_WORDS = Pattern.compile(".*\\b(pledged|charged|mortgaged|pledge of|(?<!\\bin )charge of|created a pledge|" + CREATED_SECURITY + ")\\b.*");
    /** "the accumulated number of shares pledged by X is 96,000,000 shares": a holding after the event, no transaction. */
    private static final Pattern POSITION_STATEMENT = Pattern.compile(
            "\\b(?:accumulated|cumulative|aggregate) number of (?:the )?(?:shares|pledged shares)|\\bpledged in aggregate\\b|\\bremaining pledged shares\\b"
            // "Following the above pledges, the Shareholder has pledged a total of 46,000,000 Domestic Shares"
            + "|\\b(?:following|after|upon completion of) (?:the |such |these )?(?:above |said )?(?:pledges?|releases?|charges?|transactions?)\\b.{0,60}"
            + "\\bha(?:s|ve) (?:pledged|charged) (?:a total of|an aggregate of|in aggregate)"
            + "|\\bremains? (?:subject to (?:a |the |that |such |those |these )?(?:share charges?|pledges?|charges?)|pledged|charged)\\b"
            // "an aggregate of 220,000,000 Shares held by X ... are subject to charges in favour of the Bank"
            + "|\\bare subject to (?:the |such )?(?:share )?(?:charges|pledges|mortgages)\\b"
            // "the remaining 50,000,000 Shares ... continue to be charged in favour of the Chargee"
            + "|\\bcontinues? to be (?:charged|pledged|mortgaged)\\b"
            + "|\\b(?:pledged|charged) (?:by (?:them|it|him|her) )?before and after\\b"
            // a Shanghai notice's maturity profile: "54,000,000 shares ... will become due within the next six months"
            + "|\\b(?:will|shall) (?:become|fall|be) due\\b|\\b(?:due|expiring|maturing) within the next\\b");
    /**
     * "連同上述新質押，輝盛合共已質押180,000,000股", "本次解除质押后，国联集团持有本公司455,900,000股股份": the holder's position
     * after the event, no transaction of its own.
     */
    private static final Pattern ZH_POSITION_STATEMENT = Pattern.compile(
            "连同[^。；]{0,30}?(?:合共|合计|共计|累计|总共)|(?:其余|余下|剩余)[^。；]{0,60}?(?:并无|没有|未|并未)被?质押"
            // "餘下250,000,000股股份仍以恒昌銀行為受益人押記": what stays pledged after a partial release
            + "|(?:^|[。；，])\\s*(?:其余|余下|剩余)[^。；，]{0,30}?股[^。；]{0,12}?仍[^。；]{0,40}?(?:质押|押记)|(?:^|[；。])\\s*(?:上述|该等|所有)?(?:质押|押记)股份(?:合共|合计|共计|总共)|(?:本次|上述)[^，。；]{0,8}(?:质押|解押)(?:完成)?后[，,]?[^。；]{0,30}?持有"
            // "截至本公告日，汀九集團持有本公司股份35,000萬股": the holding as the announcement stands
            + "|截至本公告(?:日期|日|披露日)[，,]\\s*[^。；，将]{0,20}?持有(?:本)?公司(?:[AH]股|股份)"
            // "陳志遠先生持有本公司A股20,000,000股，…，本次解除質押後其所持本公司股份已無質押": a holding, then its state after the event
            + "|^[^，。；]{1,30}?持有(?:本)?公司(?:[AH]股|股份)[^。；]{0,80}?(?:本次|上述)[^，。；]{0,8}(?:质押|解押)(?:完成)?后"
            // "堅峰所持有的其餘90,000,000股股份…並無受任何押記或產權負擔所限": shares said to be free
            + "|(?:并无|并未|概无|未有)受?任何(?:质押|押记|产权负担)");
    /** A sentence that pledges or charges a number of shares itself. */
    private static final Pattern ANOTHER_PLEDGE = Pattern.compile(
            "(?i)\\b(?:pledged|charged|mortgaged)\\s+(?:a\\s+(?:further|total\\s+of)\\s+)?\\d{1,3}(?:,\\d{3})+|质押\\d|押记\\d");
    private static final Pattern PART_OF = Pattern.compile("(\\d{1,3}(?:,\\d{3})+)\\s+(?:of|out of)\\s+(?:the|its|all)\\s+$");
    /** A sentence about an earlier announcement's subject: "Reference is made to ...", "茲提述...". */
    private static final Pattern REFERENCE = Pattern.compile(
            "(?i)\\breference is made to\\b|\\bas disclosed in the (?:company's |\\d{4} |previous |earlier |pledge |charge |share charge |share pledge )?announcement\\b|兹提述|兹提及|谨此提述|诚如[^。，]{0,30}公告所披露");
    /** A pledge topping up an existing one, to keep a loan-to-value ratio. */
    // "executed a further share charge ... over an additional 45,000,000 Shares": a top-up of the charge before
    private static final Pattern SUPPLEMENTAL = Pattern.compile("\\bsupplemental (?:security|pledge|(?:share )?charge)\\b|\\btop-up pledge\\b|\\bpledged a further\\b"
            + "|\\bfurther (?:share )?(?:charge|pledge|mortgage)\\b");
    /** "Apex Crown on 14 October 2024 pledged": the date is no part of the name. */
    private static final Pattern TRAILING_ON_DATE = Pattern.compile("\\s+on\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+[A-Z][a-z]{2,8},?\\s+\\d{4}$|\\s+on\\s+[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2},?\\s+\\d{4}$");
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("(?i)(it|he|she|they|the shareholder|such shareholder|which|who)");
    private static final Pattern PASSIVE_SUBJECT = Pattern.compile("(?s).*\\s(?:was|were|been|is|are)$");
    private static final Pattern SUFFIX_SUBJECT = Pattern.compile("(?i)^(?:ltd|co|limited)\\b.*");
    /** "本公司主席、執行董事兼控股股東梁志明先生": the roles before a holder's name, matched on the folded copy. */
    private static final Pattern ZH_ROLE_PREFIX = Pattern.compile(
            // "內容有關本公司控股股東朗暉投資有限公司": the words that tie a reference to its subject
            "^(?:内容有关|有关)?(?:本公司)?(?:的)?兼?(?:(?:主席|董事会主席|执行董事|非执行董事|董事|行政总裁|总裁|控股股东|主要股东|股东|实际控制人)(?:之一)?[、及兼和]?)+");
    /** "梁先生亦將其…": an adverb between the holder and the verb. */
    // "鄱陽投資於二零二三年六月二十八日" before "以…為受益人押記": the date the subject acted on is no part of its name
    private static final Pattern ZH_ADVERB_END = Pattern.compile(
            // "陳先生以其個人名義將其…押記予…": the capacity he acts in
            "以其?(?:个人|本人|個人)名(?:义|義)$|(?:亦|也|均|则|另|則)$|[于於](?:[零〇○一二三四五六七八九]{4}|\\d{4})年[零〇○一二三四五六七八九十\\d]{1,3}月[零〇○一二三四五六七八九十\\d]{1,3}日$");
    private static final Pattern ZH_PRONOUN_SUBJECT = Pattern.compile("(其|彼|该股东|該股東|本公司).*");
    private static final Pattern GENERIC_ALIAS = Pattern.compile("(?i)company|board|group|本公司|董事会|公司|本集团");
    private static final Pattern ON_DATE_PREFIX = Pattern.compile("^(?:On [^,]{4,30}, )");
    private static final Pattern THE_PREFIX = Pattern.compile("^(?i:the )");
    private static final Pattern QUOTED_ALIAS = Pattern.compile("\\s*[(（][“\"「].*$");
    private static final Pattern TRAILING_COMMA = Pattern.compile("[，,]$");

    /** Titles and company forms whose full stop ends no sentence ("Dr. Yeung", "Co., Ltd."). */
    private static final String ABBREVIATIONS = "Mr|Ms|Mrs|Mdm|Dr|Co|Ltd|No|Inc|Corp|St";
    private static final Pattern SENTENCE = Pattern.compile(
            // "…就以下兩項股份押記獲得解除：（i）錦盛投資於…": a list's lead-in is a sentence of its own, as its items are
            "(?<=[。；;])|(?<=：)(?=\\s*[（(](?:i|a|1|一)[）)])|(?<!\\b(?:" + ABBREVIATIONS + "|approx|i\\.e|e\\.g)\\.)(?<=\\.)\\s+(?=[A-Z“\"(])");
    /** "38,000,000 unrestricted tradable A shares": the class after a few words of the A-share templates. */
    private static final String CLASS = "(?:(?:unrestricted|restricted|tradable|tradeable|circulating|listed|charged|pledged)\\s+){0,3}(?:(H|A|ordinary|domestic|unlisted|non-listed) )?";
    private static final Pattern EN_SHARES = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d{4,})\\s+" + CLASS + "shares", Pattern.CASE_INSENSITIVE);
    private static final String EN_ENTITY = "([A-Z][A-Za-z0-9&'.,()\\- ]{1,100}?"
            + "(?:Co\\., ?Ltd\\.|Company Limited|Limited|Ltd\\.|Branch|Corporation|plc|Inc\\.|L\\.P\\.)"
            // "Meridian Pacific Bank Limited, Hong Kong Branch"
            + "(?:,?\\s(?:[A-Z][A-Za-z]*\\s){1,3}(?:Branch|Sub-[Bb]ranch))?)";
    /** Words that name the pledgee for certain, tried before the weaker "to", "with" and "by". */
    private static final Pattern EN_PLEDGEE_STRONG = Pattern.compile(
            "(?:in favou?r of|pledged to|charged to|pledgee,?|(?:pledged|charged|mortgaged) by [A-Z][\\w&'.\\-]*(?:\\s[A-Z][\\w&'.\\-]*){0,5} to)\\s+(?:the\\s+)?"
            + EN_ENTITY);
    private static final Pattern EN_PLEDGEE = Pattern.compile("(?:to|with|by)\\s+(?:the\\s+)?" + EN_ENTITY);
    /** "in favour of the Bank", where "the Bank" is a term the announcement defined. */
    private static final Pattern EN_PLEDGEE_DEFINED = Pattern.compile(
            "(?:in favou?r of|pledged to|charged to)\\s+(?:the\\s+)?([A-Z][\\w&'\\-]*(?:\\s[A-Z][\\w&'\\-]*){0,3})\\b");
    /** The weakest: "pledged ... shares (the "Pledged Shares") to the Bank", the Bank a defined term. */
    private static final Pattern EN_PLEDGEE_DEFINED_TO = Pattern.compile(
            "\\bto\\s+(?:the\\s+)?([A-Z][\\w&'\\-]*(?:\\s[A-Z][\\w&'\\-]*){0,3})\\b");
    /**
     * The sentence that gives the pledged shares' percentages apart from the pledge ("The Charged Shares represent
     * approximately 66.67% of ...", "質押股份分別佔：(i)...；及(ii)...").
     */
    private static final Pattern PERCENT_LEAD = Pattern.compile(
            "(?i)\\b(?:charged|pledged|mortgaged|released|discharged|top-up) shares (?:represent|account for)|\\bshares (?:released|discharged) (?:represent|account for)|\\bsuch (?:\\d{1,3}(?:,\\d{3})+ )?shares (?:represent|account for)|\\bshares (?:(?:pledged|charged|mortgaged) )?(?:subject to|under) the [\\w -]{0,30}?(?:pledge|charge|mortgage)s?\\s+(?:represent|account for)|(?:质押股份|押记股份|该等股份|(?:解除)?质押的股份|已解除(?:质押)?股份)(?:分别)?(?:占|相当于)");
    private static final Pattern EN_INFORMED = Pattern.compile(
            "(?:informed|notified|advised) by (?:its |the )?(?:controlling |substantial )?(?:shareholder,? )?([A-Z](?:[^,()“\"]|" + ProsePledgeReader.COMMA_IN_NAME
                    + "){1,100}?)(?:\\s*\\(|,(?! (?:Ltd|Limited|Inc|LLC)\\b)| that)");
    private static final Pattern EN_IN_EFFECT_UNTIL = Pattern.compile(
            "(?i)\\b(?:remain|continue|be)\\s+in\\s+(?:full\\s+)?(?:force|effect)\\s+until\\s+(\\d{1,2}\\s+[A-Z][a-z]{2,8},?\\s+\\d{4}|[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2},?\\s+\\d{4})");
    /** The comma of "Co., Ltd.", which a company's name holds. */
    static final String COMMA_IN_NAME = ",(?= (?:Ltd|Limited|Inc|LLC)\\b)";
    private static final Pattern EN_BY_HOLDER = Pattern.compile(
            // "the share charge dated 14 March 2023 (the "Share Charge") executed by Bryn Ventures Limited": its date and term between
            "\\b(?:share\\s+charge|share\\s+pledge|share\\s+mortgage|pledge|charge|mortgage)\\s+(?:dated\\s+[\\w ,]{4,30}?\\s+)?(?:\\([^()]{0,40}\\)\\s+)?"
                    + "(?:executed\\s+|created\\s+|given\\s+|made\\s+)?by\\s+"
                    + "((?:Mr\\.|Ms\\.|Mrs\\.|Mdm\\.|Madam|Dr\\.)?\\s*[A-Z](?:[A-Za-z0-9&'.\\- ]|" + COMMA_IN_NAME + "){1,80}?)(?:\\s*\\(|,|\\s+(?:of|on|in|over|to)\\b)");
    /**
     * Right after a count of shares: "held by X in favour of ...", "held by X was released", "(a) all of the 210,000,000
     * Shares charged by Rich Summit in favour of ...".
     */
    private static final Pattern HELD_BY_AFTER_COUNT = Pattern.compile(
            "\\s*(?:held|charged|pledged|mortgaged)\\s+by\\s+((?:Mr\\.|Ms\\.|Mrs\\.|Mdm\\.|Madam|Dr\\.)?\\s*[A-Z][A-Za-z0-9&'.\\- ]{1,60}?)"
                    + "(?:\\s*\\(|,|\\s+(?:in|on|to|was|were|has|have|had|and|as|under|with|created|which|that|for|since)\\b)");
    /** At a character that ends no sentence: not a full stop and a space, unless the stop ends a title ("Mr. Ho"). */
    private static final String NO_SENTENCE_END = "(?!(?<!\\bM[rs]|\\bMrs|\\bMdm|\\bDr)\\.\\s)";
    /** "Keystone Harbour Bank Limited, as chargee, released the charge ...": the subject names its role. */
    private static final Pattern AS_LENDER = Pattern.compile("(?i)\\s*(?:\\([^)]*\\))?,\\s+as\\s+(?:the\\s+)?(?:chargee|pledgee|mortgagee|lender|security\\s+agent)\\b");

    private static boolean actsAsLender(String sentence, String subject) {
        int at = sentence.indexOf(subject);
        return at >= 0 && AS_LENDER.matcher(sentence).region(at + subject.length(), sentence.length()).lookingAt();
    }

    private static final Pattern LENDER_TERM = Pattern.compile("(?i)(?:the )?(?:pledgee|chargee|mortgagee|lender|security agent|bank)");
    private static final Pattern EN_SUBJECT = Pattern.compile(
            // "..., on 18 March 2024 Ember Crest executed a share charge": the date before the subject without a comma; "(i) X,
            // a company ... wholly owned by Mr. Leung ("Mr. Leung"), the chairman of the Board, executed": a list item, two commas more
            // "... informed by X and Mr. Tsang that on 2 May 2024: (a) X pledged ...; and (b) Mr. Tsang pledged": list items
            // after the lead-in's colon
            "(?:^\\s*|, |:\\s+|\\b[Oo]n \\d{1,2} [A-Z][a-z]{2,8} \\d{4} )(?:pursuant to which |under which |whereby )?(?:(?:and |or )?\\((?:[ivx]{1,4}|[a-h])\\) )?((?:Mr\\.|Ms\\.|Mrs\\.|Mdm\\.|Madam|Dr\\.)?\\s*(?![Oo]n \\d)[A-Z](?:[A-Za-z0-9&'.\\- ]|" + COMMA_IN_NAME + "){1,100}?)(?:\\s*\\([^)]*\\))?(?:, (?:a|an|the|its) [^,]{0,160}(?:, [^,]{0,80}){0,2},|, [^,]{0,160},)?\\s+(?:has |had |have )?(?:pledged|charged|mortgaged|released|" + CREATED_SECURITY + ")"
            // "(a) Number and class of Shares charged: ...": a particular's label, no subject
            + "(?![:：])");
    /** A full stop inside a clause: a decimal point, "Co., Ltd.", "Ltd. (the ...". */
    private static final String ABBREVIATION_DOT = "\\.(?=\\d|,|\\s*(?:ltd|limited)\\b)|(?<=\\b(?:co|ltd|inc|no|mr|ms|mrs|dr))\\.";
    /**
     * The purpose, which Rule 17.43 asks for: "as security for a term loan facility granted to X", "to secure a personal
     * loan", up to the end of the clause (a full stop that ends no abbreviation, a semicolon, ", representing").
     */
    // The "as" that opens the clause is kept, as written: "as security for X", like "to secure X"
    private static final Pattern EN_PURPOSE = Pattern.compile(
            "((?:\\bas\\s+(?:a\\s+)?)?\\b(?:security|collateral)\\s+for\\s+|to\\s+secure\\s+)"
            + "((?:[^.;]|" + ABBREVIATION_DOT + ")+?)(?=\\s*(?:(?!" + ABBREVIATION_DOT + ")\\.|;|,\\s+(?:and|which|representing|as\\s+at)\\b|\\s+\\(the\\s|\\s+\\([\"“]|$"
                // a party's defined term ('to Harbour Summit Trading Limited ("Harbour Summit"), a fellow subsidiary'), as "(the
                // Facility)" does; "As security for the Loan Facilities, on 18 December 2024, X pledged ...": the clause ends at the date
                + "|,\\s+on\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\s+[a-z]{3,9}|[a-z]{3,9}\\.?\\s+\\d{1,2}),?\\s+\\d{4}))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EN_PCT_CAPITAL = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)%\\s+of the (?:total )?(?:issued )?(?:share capital|(?:\\d{1,3}(?:,\\d{3})+ )?shares(?= in issue)|shares|total number of (?:\\d[\\d,]* )?(?:issued )?(?:ordinary )?shares)(?!(?: of the company)? held by| in which)", Pattern.CASE_INSENSITIVE);
    private static final Pattern EN_PCT_HOLDING = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)%\\s+of (?:the (?:total )?(?:\\d[\\d,]* )?(?:h |a |ordinary |domestic )?shares (?:of the company )?(?:then )?(?:beneficially )?(?:held|owned) by\\b|(?:its|his|her|their) (?:respective )?(?:total )?(?:shareholding|shares|holding)"
            // "20.57% of the Shares in which she is interested"
            + "|the (?:\\d[\\d,]* )?shares in which (?:he|she|it|they) (?:is|are|was|were) (?:beneficially )?interested)", Pattern.CASE_INSENSITIVE);

    /** "…之合共400,000,000股…中，其中150,000,000股", "…的38,000,000股公司A股股份中的12,000,000股": the part after the whole. */
    private static final Pattern ZH_PART_OF = Pattern.compile("(?:中|当中)(?:[，,]\\s*其中|的|之)\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)");
    private static final Pattern ZH_RELEASED_REPLEDGED = Pattern.compile(
            "将(?:上述|该等|该)?已解除(?:质押|押记)(?:的|之)?股份(?:中|当中)(?:之|的)?\\s*(?:\\d{1,3}(?:,\\d{3})+|\\d+)\\s*(?:万)?股[^。；]{0,80}?(?:质押|押记)");
    private static final Pattern ZH_SHARES = Pattern.compile("(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*(万)?\\s*股(h股|a股|内资股)?", Pattern.CASE_INSENSITIVE);
    /** "以X為受益人簽立股份押記": in favour of X. */
    // "以信通財務有限公司（「承押人」，一間…持牌之放債人）為受益人": the defined term's bracket may go on with a description
    private static final Pattern ZH_BENEFICIARY = Pattern.compile("以((?:[^，。；,、（(]|[（(][^）)，。「」]{1,10}[）)]){2,60}?)(?:[（(][^）)]{1,12}[）)]|[（(]「[^」]{1,12}」[，,][^）)]{1,80}[）)])?为受益人");
    // "向質權人額外質押": an adverb before the verb is no part of the pledgee; "應質權人要求" names no pledgee after the word
    private static final Pattern ZH_PLEDGEE = Pattern.compile(
            "(?:(?:质押|押记)(?:予|给)(?!以)|向|质权人(?:为|[:：]|(?!要求|同意|批准|通知)))([^，。；,、]{2,60}?)(?:额外|另行|另外|再次|进一步)?(?:办理|质押|作为|以|的|，|。|；|,|$)");
    private static final Pattern ZH_INFORMED = Pattern.compile("(?:接获|接到|收到|获)(?:本公司)?(?:控股股东|股东|主要股东)?([^，。；,（(]{2,40}?(?:[（(][^）)]{1,10}[）)])?)(?:的)?(?:通知|函|知会|告知)");
    /** A date as Chinese announcements write it: 2024年3月5日, 二零二四年三月五日. */
    private static final String ZH_DAY = "(?:\\d{4}年\\d{1,2}月\\d{1,2}日|[零〇○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)";
    private static final String ZH_ON_DATE = "(?:于" + ZH_DAY + ")?";
    private static final Pattern ZH_SUBJECT = Pattern.compile("(?:^|，|,|：|:)(?:获悉|得悉|知悉)?(?:股东|控股股东)?([^，。；,：:]{2,40}?)(?:已)?" + ZH_ON_DATE + "(?:将其|将|把)");
    private static final Pattern ZH_SUBJECT_ACTS = Pattern.compile(
            // "(i) 遠航投資以…為受益人，將其持有之162,000,000股…作出質押": a list item's marker before the holder, after the
            // "及" that closed the item before it (only before a marker: a name may open with 及)
            "(?:^|，|,|：|:)(?:\\s*(?:及|以及)(?=\\s*[(（]))?(?:\\s*[(（](?:[ivx]{1,4}|\\d{1,2}|[a-h])[)）]\\s*)?([^，。；,：:（）()「」\\d]{2,20}?)(?:[（(]「[^」]{1,12}」[）)])?(?:已|亦)?"
            // "(i) 金耀於2023年8月10日以凱盛證券有限公司為受益人，就其持有的…": the day the holder acted, after its name
            + ZH_ON_DATE
            // "黃俊輝先生（「黃先生」）亦以貸款人為受益人，就其個人實益擁有之30,000,000股…簽立股份押記"
            // a bracket may hold a comma: "以信通財務有限公司（「承押人」，一間…持牌之放債人）為受益人"
            + "(?:解除其|以(?:[^，。；（(]|[（(][^）)]{0,100}[）)]){2,60}?为受益人(?:而?(?:质押|押记)|，就其|，将其))");
    /** "大新銀行已於二零二四年七月十日解除泰豐環球…所質押的…股份的質押": the lender releases, and is the pledgee. */
    private static final Pattern ZH_RELEASED_BY = Pattern.compile("(?:^|，|,)([^，。；,]{2,40}?)(?:已)?" + ZH_ON_DATE + "解除");
    /** "解除泰豐環球以其為受益人所質押的合共180,000,000股…的質押": what is released named between the verb and its object. */
    private static final Pattern ZH_RELEASE_OF = Pattern.compile("解除[^，。；]{0,100}?的(?:质押|押记)");
    /** "上述285,000,000股股份的押記已獲全部解除": the charge, then the word that releases it. */
    private static final Pattern ZH_CHARGE_RELEASED = Pattern.compile("(?:质押|押记)(?:已|均)?(?:获|被)?(?:全部|部分)?解除");
    /** "上述285,000,000股", "該等42,000,000股": the shares of a charge recalled just before. */
    private static final Pattern ZH_ABOVE_SHARES = Pattern.compile("(?:上述|该等)\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)\\s*(万)?股");
    private static final Pattern ZH_RELEASED_HOLDER = Pattern.compile("解除([^，。；,（(「“]{2,40}?)(?:以其为受益人)?所(?:质押|押记)");
    private static final Pattern ZH_ACTOR = Pattern.compile("(?:^|，|,)(?:获悉|得悉|知悉)?(?:其)?(?:间接)?(?:全资拥有|全资持有|控制)?(?:的)?(?:投资控股公司|附属公司)?"
            + "((?!获悉|得悉|知悉)(?:(?!质押|解除)[^，。；,（(\\d：:、\\s]){2,30}?)(?:[（(]「[^」]{1,12}」[）)])?(?:已|原)?于(?:\\d{4}年\\d{1,2}月\\d{1,2}日|[零〇○一二三四五六七八九]{4}年)[^，。；]{0,60}?"
            // "…已於二零二四年五月八日以貸款人為受益人，就其實益擁有之…股…簽立股份押記": the beneficiary's clause ends at a comma
            + "(?:押记|质押|为受益人，就其)");
    private static final Pattern ZH_LENDER = Pattern.compile("银行|证券|信托");
    private static final Pattern ZH_PCT_CAPITAL = Pattern.compile(
            "(?:占|及)(?:本公司|公司)?(?:于[^，。；,]{1,12}?)?(?:已发行)?(?:股份总数|总股本|已发行股本|股本总额)(?:[（(][^）)]{0,40}[）)])?"
                    // "佔本公司於本公告日期已發行股份總數1,000,000,000股約15.00%": the total stated before its share
                    + "(?:\\d{1,3}(?:,\\d{3})+股)?(?:的|之)?(?:约)?(\\d+(?:\\.\\d+)?)%");
    /**
     * "作為質權人向X授出的孖展貸款融資的擔保" (作為 kept, as "as" is in English), "用於補充流動資金", "押記予貸款人，為該融資提供擔保":
     * the purpose, in the folded (Simplified) text.
     */
    private static final Pattern ZH_PURPOSE = Pattern.compile(
            "(作为[^。；]{2,80}?(?:担保|抵押品|抵押|质押物))|(?:用于|用途(?:为|是)?[:：]?)([^，。；,]{2,60})"
            + "|(?:押记|质押)(?:予|给)[^，。；,]{1,30}?[，,](为[^，。；,]{2,40}?提供(?:担保|抵押))");
    // "約佔盛輝投資所持本公司股份總數之37.50%", "佔黃先生個人所持本公司股份之50.00%"
    // "該等股份即陳先生個人所持股份的100%": all of the holder's shares
    private static final Pattern ZH_PCT_HOLDING = Pattern.compile("(?:占|即)(?:其|[^，。；,、]{2,20}?)(?:所)?持(?:有)?(?:本公司)?股份(?:总数)?(?:的|之)?(?:约)?(\\d+(?:\\.\\d+)?)%");
    /** The same, in an enumeration after "分别占": "(i)裕昇於本公告日期所持本公司股份總數約44.63%；及(ii)本公司...已發行股份總數約23.43%". */
    private static final Pattern ZH_PCT_HOLDING_LISTED = Pattern.compile("(?:^|[(（][ivx]+[)）]|[:：])[^，。；,(（]{0,20}?所持(?:有)?(?:本公司)?股份(?:总数)?(?:的)?(?:约)?(\\d+(?:\\.\\d+)?)%");
    private static final Pattern ZH_PCT_CAPITAL_LISTED = Pattern.compile("[(（][ivx]+[)）](?:本公司)?(?:于[^，。；,]{1,12}?)?已发行股份总数(?:的)?(?:约)?(\\d+(?:\\.\\d+)?)%");

    private ProsePledgeReader() {
    }

    static void read(ProseText prose, List<PledgeTransaction> out, List<String> missing) {
        String orig = prose.orig();
        String folded = prose.folded();
        java.util.Map<String, String> aliases = prose.aliases();
        String informedBy = null;
        int firstOfThis = out.size();
        List<PledgeTransaction> referred = new ArrayList<>();
        Matcher sm = SENTENCE.matcher(folded);
        int from = 0;
        List<int[]> spans = new ArrayList<>();
        while (sm.find()) {
            if (sm.end() > from) {
                spans.add(new int[] {from, sm.end()});
                from = sm.end();
            }
        }
        spans.add(new int[] {from, folded.length()});
        int chainFrom = out.size();
        boolean referenceChain = false;
        boolean changed = false;
        for (int k = 0; k < spans.size(); k++) {
            int[] span = spans.get(k);
            String f = folded.substring(span[0], span[1]);
            String o = orig.substring(span[0], span[1]);
            String nextF = k + 1 < spans.size() ? folded.substring(spans.get(k + 1)[0], spans.get(k + 1)[1]) : "";
            if (k == 0 || !endsWithSemicolon(folded.substring(spans.get(k - 1)[0], spans.get(k - 1)[1]).strip())) {
                chainFrom = out.size();
                referenceChain = false;
            }
            // "Reference is made to ... (i) the charge of 210,000,000 Shares ...; and (ii) the charge of 36,000,000 Shares
            // ...": every item of the sentence is a pledge referred to
            referenceChain |= REFERENCE.matcher(f).find();
            int sentence = k;
            // looked for only when the sentence is a transaction and states no percentage itself
            String[] found = new String[1];
            Supplier<String> percentF = () -> found[0] != null ? found[0] : (found[0] = percentSentence(folded, spans, sentence));
            String[][] described = new String[1][];
            Supplier<String[]> about = () -> described[0] != null ? described[0] : (described[0] = aboutThisPledge(folded, orig, spans, sentence));
            String who = find(EN_INFORMED, f, o);
            if (who == null) {
                who = find(ZH_INFORMED, f, o);
                // "獲本公司主要股東兼執行董事何志明先生知會": the roles after the first before the name
                Matcher role = who == null ? null : ZH_ROLE_PREFIX.matcher(ChineseScript.toSimplified(who));
                who = role != null && role.find() && role.end() < who.length() ? who.substring(role.end()) : who;
            }
            if (who != null) {
                informedBy = trimName(who);
            }
            boolean zh = HAS_HAN.matcher(f).matches();
            // "over 230,000,000 and 115,000,000 Shares ... in favour of VCB and KUB, respectively": two pledges
            // the folded and the original sentence split alike: folding keeps the length and the Latin text, and a Chinese
            // company name above the first sentence is part of its span
            List<String> parts = f.contains("respectively") ? RespectiveClauses.split(f) : List.of(f);
            List<String> origParts = parts.size() > 1 ? RespectiveClauses.split(o) : List.of(o);
            if (origParts.size() != parts.size()) {
                parts = List.of(f);
                origParts = List.of(o);
            }
            for (int p = 0; p < parts.size(); p++) {
                String part = parts.get(p);
                String po = origParts.get(p);
                PledgeTransaction t = zh && (part.contains("质押") || part.contains("押记") || HOLDER_MORTGAGED.matcher(part).find())
                        ? chinese(part, po, informedBy, nextF, percentF, about)
                        : english(part, po, informedBy, nextF, percentF, aliases);
                if (t != null) {
                    if (t.getPledgor() == null && zh) {
                        t.setPledgor(definedActor(part, po, aliases));
                    }
                    if (zh) {
                        ofTheWhole(t, folded, orig, spans, k);
                    }
                    sameDateAsBefore(t, part, out);
                    dateOfLeadingClauses(t, folded, spans, k);
                    t.setPledgor(aliases.getOrDefault(t.getPledgor(), t.getPledgor()));
                    t.setPledgee(aliases.getOrDefault(t.getPledgee(), t.getPledgee()));
                    // "On the same date, it pledged ..." introduces another pledge, whatever it shares with the one before
                    if (SAME_DATE.matcher(part).find() || !restates(t, out, firstOfThis) && !sumOfTheAbove(t, part, out, firstOfThis)) {
                        if (referenceChain) {
                            referred.add(t);
                        }
                        out.add(t);
                        listMissing(t, out.size() - 1, missing);
                        changed |= pledgeeInEachCase(t, part, out, chainFrom);
                        changed |= releaseOfTheAbove(t, part, out, firstOfThis);
                        changed |= zh && releasedLater(t, part, folded, spans, k);
                    }
                }
            }
        }
        // a lone pledge referred to, beside the announcement's own transactions, that a sentence releases whole ("原股份押記已於
        // 2025年6月18日獲解除", then a new charge): the release of it, not a recalled pledge to drop
        changed |= foldReferredIntoReleases(referred, out, firstOfThis, r -> referred.size() == 1 && releasedWhole(r, folded, spans));
        changed |= releaseOfDefinedShares(orig, aliases, out, firstOfThis);
        changed |= statedPurpose(folded, orig, out, firstOfThis);
        if (out.size() - firstOfThis == referred.size() && referred.size() == 1 && referred.get(0).getAction() == PledgeAction.PLEDGE) {
            // "the Chargee has released and discharged the Share Charge over all of the Charged Shares with effect from
            // 3 June 2025": the pledge referred to, released whole, in a sentence without a count of its own
            changed |= releasedWhole(referred.get(0), folded, spans);
        }
        if (changed) {
            missing.removeIf(m -> m.startsWith("transactions[") && Integer.parseInt(m.substring(13, m.indexOf(']'))) >= firstOfThis);
            for (int k = firstOfThis; k < out.size(); k++) {
                listMissing(out.get(k), k, missing);
            }
        }
    }

    /**
     * "(i) Zennor Capital executed a further share charge over 180,000,000 Shares; and (ii) Bright Tern executed a share
     * charge over 60,000,000 Shares ..., in each case in favour of the Lender": the last clause's pledgee is every
     * clause's; whether a pledge before it in the same sentence took it.
     */
    private static boolean pledgeeInEachCase(PledgeTransaction t, String clause, List<PledgeTransaction> out, int chainFrom) {
        if (t.getPledgee() == null || !clause.contains("in each case")) {
            return false;
        }
        boolean changed = false;
        for (int k = chainFrom; k < out.size() - 1; k++) {
            PledgeTransaction before = out.get(k);
            if (before.getPledgee() == null && before.getAction() == t.getAction()) {
                before.setPledgee(t.getPledgee());
                changed = true;
            }
        }
        return changed;
    }

    private static final String EN_DATE = "\\d{1,2}\\s+[A-Z][a-z]+,?\\s+\\d{4}|[A-Z][a-z]+\\s+\\d{1,2},\\s+\\d{4}";
    /** "The Charged Shares comprise 215,000,000 ordinary shares": the count of the shares a defined term names, no act. */
    private static final Pattern DEFINED_SHARES_COUNT = Pattern.compile(
            "^\\s*the\\s+(charged|pledged|mortgaged)\\s+shares\\s+(?:comprise|consist\\s+of|are|were)\\s", Pattern.CASE_INSENSITIVE);
    /** "the Chargee has released the Charged Shares on 14 August 2025". */
    private static final Pattern RELEASED_DEFINED = Pattern.compile(
            "\\breleased\\s+(?:and\\s+discharged\\s+)?(?:all\\s+(?:of\\s+)?)?the\\s+(charged|pledged|mortgaged)\\s+shares\\b[^.;]{0,60}?\\bon\\s+("
                    + EN_DATE + ")", Pattern.CASE_INSENSITIVE);
    private static final Pattern CREATED_IN_RELEASE = Pattern.compile(
            "\\b(?:created|executed|made)\\s+(?:by\\s+[^,;()]{1,80}?\\s+)?on\\s+(" + EN_DATE + ")", Pattern.CASE_INSENSITIVE);

    /** "the share charge dated 8 September 2023": when the pledge released was made. */
    private static final Pattern SECURITY_DATED = Pattern.compile(
            "\\b(?:share\\s+)?(?:charge|pledge|mortgage)\\s+dated\\s+(" + EN_DATE + ")", Pattern.CASE_INSENSITIVE);

    /** The date of the first "charge dated …" in the text, or null. */
    private static java.time.LocalDate securityDated(String text) {
        Matcher dated = SECURITY_DATED.matcher(text);
        return dated.find() ? Dates.first(dated.group(1)).orElse(null) : null;
    }

    /**
     * "the Chargee has released the Charged Shares on 14 August 2025" without a count, then "The Charged Shares comprise
     * 215,000,000 ordinary shares": the sentence with the count names the shares released, not a pledge of its own. Its
     * transaction becomes the release, dated by the release and by the charge the announcement refers to.
     */
    private static boolean releaseOfDefinedShares(String orig, java.util.Map<String, String> aliases, List<PledgeTransaction> out, int from) {
        Matcher released = orig.contains("released") ? RELEASED_DEFINED.matcher(orig) : null;
        if (released == null || !released.find()) {
            return false;
        }
        boolean changed = false;
        for (int k = from; k < out.size(); k++) {
            PledgeTransaction t = out.get(k);
            Matcher defined = t.getSourceText() == null ? null : DEFINED_SHARES_COUNT.matcher(t.getSourceText());
            if (t.getAction() != PledgeAction.PLEDGE || defined == null || !defined.find()
                    || !defined.group(1).equalsIgnoreCase(released.group(1))) {
                continue;
            }
            t.setAction(PledgeAction.RELEASE);
            t.setReleaseDate(Dates.first(released.group(2)).orElse(null));
            t.setExpiryDate(null);
            t.setPurpose(null);
            for (String term : List.of("Chargee", "Pledgee", "Mortgagee")) {
                // the party the announcement defined as the holder of the charge released
                if (t.getPledgee() == null && aliases.containsKey(term)) {
                    t.setPledgee(aliases.get(term));
                }
            }
            if (t.getStartDate() == null) {
                t.setStartDate(securityDated(orig));
            }
            changed = true;
        }
        return changed;
    }

    /**
     * "The purpose of the pledge is to secure a margin financing facility ...", "The pledge was made for the purpose of margin
     * financing.": a sentence of its own, for every pledge.
     */
    private static final Pattern PURPOSE_STATED = Pattern.compile(
            "(?i)\\bthe\\s+purpose\\s+of\\s+the\\s+(?:share\\s+)?(?:pledges?|charges?|mortgages?)\\s+(?:is|was|are|were)\\s+"
            + "(to\\s+(?:[^.;]|" + ABBREVIATION_DOT + ")+?)(?=\\s*(?:(?!" + ABBREVIATION_DOT + ")\\.|;|$))"
            + "|\\bthe\\s+(?:share\\s+)?(?:pledges?|charges?|mortgages?)\\s+(?:was|were|is|are|has\\s+been|have\\s+been)\\s+"
            + "(?:made|created|effected|granted|given)\\s+for\\s+the\\s+purpose\\s+of\\s+((?:[^.;,]|" + ABBREVIATION_DOT + ")+?)"
            + "(?=\\s*(?:(?!" + ABBREVIATION_DOT + ")\\.|;|,\\s+(?:the\\s+proceeds|which|whereby)\\b|$))"
            // "The Further Charge was provided as supplemental security to secure the obligations of the borrower under the Facility"
            + "|\\bthe\\s+(?:further\\s+|supplemental\\s+|additional\\s+)?(?:share\\s+)?(?:pledges?|charges?|mortgages?)\\s+(?:was|were|is|are|has\\s+been|have\\s+been)\\s+"
            + "(?:provided|given|granted|created|made|executed)\\s+(as\\s+(?:a\\s+)?(?:supplemental\\s+|additional\\s+|further\\s+)?(?:security|collateral)\\s+(?:to\\s+secure|for)\\s+"
            + "(?:[^.;,]|(?<=\\d),(?=\\d{3})|" + ABBREVIATION_DOT + ")+?)(?=\\s*(?:(?!" + ABBREVIATION_DOT + ")\\.|;|,(?!\\d{3})|$))");

    /** A clause up to its comma or stop, whole or not at all: "250,000,000" keeps its commas. */
    private static final String ZH_CLAUSE = "(?:[^，。；,]|(?<=\\d),(?=\\d{3})){2,80}(?=[，。；,]|$)";
    /**
     * "股份押記之目的為就貸款融資提供擔保", "上述股份押記乃為本集團獲授之融資提供擔保": the same in Chinese, in the folded text; the
     * first "為" is the copula, the second ("乃為", for) part of the purpose.
     */
    private static final Pattern ZH_PURPOSE_STATED = Pattern.compile(
            "(?:押记|质押)(?:之|的)目的(?:为|是)(" + ZH_CLAUSE + ")|(?:上述|该等|本次)(?:股份)?(?:押记|质押)(?:乃|系)(为" + ZH_CLAUSE + ")"
            // "股份押記旨在為本公司於融資協議項下之責任提供擔保"
            + "|(?:押记|质押)旨在(为" + ZH_CLAUSE + ")");

    /** The words without which neither {@link #PURPOSE_STATED} nor {@link #ZH_PURPOSE_STATED} can match, in either script. */
    private static final List<String> PURPOSE_CUES = List.of("urpose of", "目的", "乃為", "乃为", "係為", "系为", "旨在",
            "as supplemental security", "as additional security", "as further security");

    private static boolean mayStatePurpose(String text) {
        for (String cue : PURPOSE_CUES) {
            if (text.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    /** The purpose a sentence of its own states for every pledge, in either language; null when none does. */
    private static String statedPurpose(String folded, String orig) {
        if (!mayStatePurpose(folded)) {
            return null;
        }
        return purposeIn(List.of(PURPOSE_STATED, ZH_PURPOSE_STATED), List.<String[]>of(new String[] {folded, orig}));
    }

    /**
     * The stated purpose set on the pledges that have none, whichever reader found them: a table of pledges leaves the
     * purpose to the sentence under it ("上述股份押記乃為本集團獲授之融資提供擔保").
     */
    static void statedPurpose(ProseText prose, List<PledgeTransaction> out) {
        String text = prose.text();
        if (out.stream().noneMatch(t -> t.getAction() == PledgeAction.PLEDGE && t.getPurpose() == null)) {
            return;
        }
        // the folded copy is made only where a statement may be: the table-read pledges never needed it
        // tested on the text as given first: most texts state no purpose, and are then never prepared for it
        if (mayStatePurpose(text) && statedPurpose(prose.folded(), prose.orig(), out, 0)) {
            return;
        }
        // a table with a column for the purpose leaves it to its cells, even where they were not read
        if (PURPOSE_HEADER.matcher(text).find()) {
            return;
        }
        if (text.contains("ecurity for") || text.contains("ollateral for") || text.contains("to secure")
                || text.contains("作為") || text.contains("作为")) {
            String purpose = solePurposeClause(prose.folded(), prose.orig());
            if (purpose != null) {
                out.stream().filter(t -> t.getAction() == PledgeAction.PLEDGE && t.getPurpose() == null).forEach(t -> t.setPurpose(purpose));
            }
        }
    }

    /** "As security for the Facilities, Emerald Crest ... executed": a clause that opens the sentence ends at its comma. */
    private static int purposeEnd(String sentenceBefore, String f, Matcher purpose) {
        int comma = f.indexOf(',', purpose.start(2));
        return sentenceBefore.chars().noneMatch(Character::isLowerCase) && comma > 0 && comma < purpose.end(2) ? comma : purpose.end(2);
    }

    /** The sentence up to {@code at}, at most 400 characters: "Mr. Kwok" ends none. */
    private static String sentenceBefore(String folded, int at) {
        int from = Math.max(0, at - 400);
        for (int k = at - 1; k > from; k--) {
            if (sentenceEndsAt(folded, k)) {
                return folded.substring(k + 1, at);
            }
        }
        return folded.substring(from, at);
    }

    /** The sentence from {@code at} on, at most 400 characters. */
    private static String sentenceAfter(String folded, int at) {
        int to = Math.min(folded.length(), at + 400);
        for (int k = at + 1; k < to; k++) {
            if (sentenceEndsAt(folded, k)) {
                return folded.substring(at, k);
            }
        }
        return folded.substring(at, to);
    }

    /** A "。", a blank line, or a full stop that ends no abbreviation ("Mr. Kwok"), just before {@code k}. */
    private static boolean sentenceEndsAt(String folded, int k) {
        char c = folded.charAt(k);
        return c == '。' || c == '\n' && folded.charAt(k - 1) == '\n'
                || Character.isWhitespace(c) && folded.charAt(k - 1) == '.' && !ABBREVIATION_BEFORE.matcher(folded.substring(Math.max(0, k - 5), k)).find();
    }

    private static final Pattern ABBREVIATION_BEFORE = Pattern.compile("(?i)\\b(?:" + ABBREVIATIONS + ")\\.$");
    private static final Pattern CHARGE_WORD = Pattern.compile("(?i)pledg|charg|质押|押记");
    private static final Pattern PURPOSE_HEADER = Pattern.compile("(?i)purpose|secured obligation|use of|用途|目的");
    /** "are not used as security for any major asset restructuring": a negated clause gives no purpose. */
    private static final Pattern NEGATION = Pattern.compile("(?i)\\bnot\\b|\\bno\\b|不|未|无|並非|并非");
    /** "As disclosed in the Previous Announcement, X pledged … as security for …": the purpose of an earlier pledge. */
    private static final Pattern RECALLED = Pattern.compile("(?i)previous|disclosed|referred|提述|披露");

    /**
     * "押記人各自以X為受益人簽立股份押記，…押記予承押記人，作為承押記人向明輝投資授出的…貸款融資之抵押", above a table of the
     * chargors: the one purpose the text gives its charges is that of every pledge the table lists. Two purposes that
     * differ say nothing about which row has which, so neither is given.
     */
    private static String solePurposeClause(String folded, String orig) {
        String found = null;
        for (Pattern p : List.of(EN_PURPOSE, ZH_PURPOSE)) {
            Matcher m = p.matcher(folded);
            while (m.find()) {
                if (m.group(1) == null) {
                    continue;
                }
                String before = sentenceBefore(folded, m.start());
                if (!CHARGE_WORD.matcher(before + sentenceAfter(folded, m.start())).find() || RECALLED.matcher(before).find()
                        || NEGATION.matcher(before.substring(Math.max(0, before.length() - 20))).find()) {
                    continue;
                }
                String purpose = Names.clean(orig.substring(m.start(1), p == EN_PURPOSE ? purposeEnd(before, folded, m) : m.end(1)));
                if (found != null && !found.equals(purpose)) {
                    return null;
                }
                found = purpose;
            }
        }
        return found;
    }

    /** The stated purpose set on the pledges read from this prose that have none; whether any was set. */
    private static boolean statedPurpose(String folded, String orig, List<PledgeTransaction> out, int from) {
        String purpose = statedPurpose(folded, orig);
        if (purpose == null) {
            return false;
        }
        boolean set = false;
        boolean outright = outrightStatement(folded);
        for (int k = from; k < out.size(); k++) {
            PledgeTransaction t = out.get(k);
            // a sentence of its own that states the purpose says it better than a clause of the pledge's sentence
            // ("…作為質權人向盤龍投資提供的貸款融資的擔保" then "本次質押旨在為盤龍投資自身融資提供擔保"); a remark that the pledge
            // is for something ("上述質押乃為德威投資之個人融資安排") only fills a gap
            if (t.getAction() == PledgeAction.PLEDGE && (t.getPurpose() == null || outright && !purpose.equals(t.getPurpose()))) {
                t.setPurpose(purpose);
                set = true;
            }
        }
        return set;
    }

    /** Whether the stated purpose is a statement of it ("the purpose of the pledge is", "目的為", "旨在"), not a remark ("乃為"). */
    private static boolean outrightStatement(String folded) {
        if (PURPOSE_STATED.matcher(folded).find()) {
            return true;
        }
        Matcher zh = ZH_PURPOSE_STATED.matcher(folded);
        return zh.find() && zh.group(2) == null;
    }

    /**
     * "控股股東已於二零二五年八月二十八日以貸款人為受益人簽立股份押記", the text having defined 「控股股東」 as a company: the actor
     * is a term whose words are a role, which the role's removal leaves empty; the name it stands for.
     */
    private static String definedActor(String f, String o, java.util.Map<String, String> aliases) {
        Matcher actor = ZH_ACTOR.matcher(f);
        return actor.find() ? aliases.get(o.substring(actor.start(1), actor.end(1))) : null;
    }

    private static final Pattern ZH_HOLDER_MORTGAGES = Pattern.compile(
            "(?:^|，|,|；|;)\\s*(?:其中|而)?[，,]?\\s*([^，。；,：:（）()「」\\d]{2,30}?)(?:[（(]「[^」]{1,12}」[）)])?(?:则|亦)?(?:已)?抵押(?:其|彼等)");

    /** "榮德投資已抵押其持有之180,000,000股股份": a holder's own shares mortgaged (抵押), which is their charge. */
    private static final Pattern HOLDER_MORTGAGED = Pattern.compile("抵押(?:其|彼等)(?:所)?持有(?:之|的)[\\d,]{5,}\\s*(?:万)?股");

    /**
     * "於二零二五年九月十八日，…以貸款人為受益人就彼等所持有之…股份訂立股份押記。其中，榮德投資已抵押其持有之180,000,000股股份…；而
     * 朗峰環球則已抵押…": the parts the sentence with 其中 ("of which") breaks down take the date and the beneficiary of the
     * whole they are parts of.
     */
    private static void ofTheWhole(PledgeTransaction t, String folded, String orig, List<int[]> spans, int k) {
        int first = k;
        while (first > 0 && endsWithSemicolon(folded.substring(spans.get(first - 1)[0], spans.get(first - 1)[1]).strip())) {
            first--;
        }
        if (first == 0 || !folded.substring(spans.get(first)[0], spans.get(first)[1]).strip().startsWith("其中")) {
            return;
        }
        String wholeF = folded.substring(spans.get(first - 1)[0], spans.get(first - 1)[1]);
        String wholeO = orig.substring(spans.get(first - 1)[0], spans.get(first - 1)[1]);
        if (t.getAction() == PledgeAction.PLEDGE && t.getStartDate() == null) {
            t.setStartDate(lastZhDate(wholeF));
        }
        Matcher pg = t.getPledgee() == null ? ZH_BENEFICIARY.matcher(wholeF) : null;
        if (pg != null && pg.find()) {
            t.setPledgee(trimName(wholeO.substring(pg.start(1), pg.end(1))));
        }
    }

    /** "…設立的押記": a charge named by its making, recalled rather than made now. */
    private static final Pattern ZH_RECALLED_CHARGE = Pattern.compile("设立(?:的|之)(?:股份)?(?:押记|质押)");
    /** "鴻泰銀行已於2025年10月20日解除該押記", "亦已於同日（即2025年10月20日）解除該押記": this very charge released. */
    private static final Pattern ZH_THIS_CHARGE_RELEASED = Pattern.compile("已(?:于[^，。；]{0,30}?)?(?:全数)?解除该(?:项)?(?:押记|质押)");
    /** Most sentences after a recalled charge that may release it: its purpose and the repayment come between. */
    private static final int RELEASE_WITHIN = 3;

    /**
     * "（i）錦盛投資於2022年11月8日以鴻泰銀行…為受益人，就其持有的120,000,000股…設立的押記，…。該押記乃作為…的擔保。由於有關貸款已…
     * 悉數償還，鴻泰銀行已於2025年10月20日解除該押記": a charge recalled by its making, released by a sentence after it, is
     * the release of it, dated there. A sentence with a count of its own ends the search: it is about other shares.
     */
    private static boolean releasedLater(PledgeTransaction t, String f, String folded, List<int[]> spans, int k) {
        if (t.getAction() != PledgeAction.PLEDGE || !f.contains("设立") || !ZH_RECALLED_CHARGE.matcher(f).find()) {
            return false;
        }
        for (int j = k + 1; j < Math.min(spans.size(), k + 1 + RELEASE_WITHIN); j++) {
            String next = folded.substring(spans.get(j)[0], spans.get(j)[1]);
            Matcher released = ZH_THIS_CHARGE_RELEASED.matcher(next);
            if (released.find()) {
                t.setAction(PledgeAction.RELEASE);
                t.setReleaseDate(lastZhDate(released.group()));
                t.setExpiryDate(null);
                t.setPurpose(null);
                return true;
            }
            if (ZH_SHARES.matcher(next).find()) {
                return false;
            }
        }
        return false;
    }

    /** "已於…解除押記股份之押記", "已全數解除質押", "押記已於…獲解除": a release that names no count of its own. */
    private static final Pattern ZH_RELEASED_WHOLE = Pattern.compile(
            "已(?:于[^，。；]{0,30}?)?(?:全数)?解除(?:押记股份|质押股份|该等股份|上述股份)?(?:之|的)?(?:押记|质押)(?![^，。；]{0,8}\\d)"
            // "原股份押記已於2025年6月18日獲解除": the charge, then its release
            + "|(?:押记|质押)已(?:于[^，。；]{0,30}?)?(?:获|被)?(?:全数|全部)?解除(?=[，。；]|$)"
            // "匯德銀行已於…簽立解除契據，全數解除股份押記"
            + "|全数解除(?:股份)?(?:押记|质押)(?![^，。；]{0,8}\\d)"
            // "押記股份已自二零二五年九月三十日起獲解除及免除股份押記項下的所有押記": the charged shares, released
            + "|(?:押记|质押)股份已(?:自|于)[^，。；]{0,30}?(?:获|被)(?:全数|全部)?解除");

    private static final Pattern RELEASED_WHOLE = Pattern.compile(
            "(?i)\\b(?:has|have|had|was|were)\\s+(?:been\\s+)?(?:fully\\s+)?(?:released|discharged)(?:\\s+and\\s+(?:released|discharged))?"
                    + "(?:\\s+(?:the|all\\s+of\\s+the)\\s+(?:share\\s+charge|share\\s+pledge|share\\s+mortgage|pledge|charge|mortgage|(?:charged|pledged|mortgaged)\\s+shares)\\b|\\s+(?:in\\s+full|in\\s+its\\s+entirety))"
                    // "pursuant to which the Share Charge over the Charged Shares was fully released and discharged.": the charge
                    // the subject, its release at the clause's end
                    + "|\\b(?:share\\s+charge|share\\s+pledge|share\\s+mortgage)\\b[^.;]{0,60}?\\b(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+"
                    + "(?:fully\\s+|wholly\\s+)?(?:released|discharged)(?:\\s+and\\s+(?:released|discharged))?(?=\\s*[.;]|\\s*$)");
    private static final Pattern EFFECT_FROM = Pattern.compile(
            "(?i)\\b(?:with\\s+effect\\s+from|effective\\s+(?:from|on)|on)\\s+(\\d{1,2}\\s+[A-Z][a-z]{2,8},?\\s+\\d{4}|[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2},?\\s+\\d{4})");

    /** The referred pledge turned into its release when a later sentence releases it whole; its release date from there. */
    private static boolean releasedWhole(PledgeTransaction pledge, String folded, List<int[]> spans) {
        for (int k = 0; k < spans.size(); k++) {
            String f = folded.substring(spans.get(k)[0], spans.get(k)[1]);
            if (f.contains("解除") && !REFERENCE.matcher(f).find() && ZH_RELEASED_WHOLE.matcher(f).find()) {
                // "承押人已於同日（即二零二四年六月十四日）解除押記股份之押記。押記股份合共120,000,000股，佔朗暉投資所持本公司股份約14.55%…":
                // the charge referred to, released whole; its date the sentence's last, its shares' percentages the next's
                java.time.LocalDate date = lastZhDate(f);
                String next = k + 1 < spans.size() ? folded.substring(spans.get(k + 1)[0], spans.get(k + 1)[1]) : "";
                Matcher hold = ZH_PCT_HOLDING.matcher(next);
                Matcher cap = ZH_PCT_CAPITAL.matcher(next);
                if (pledge.getPercentOfHolding() == null && hold.find()) {
                    pledge.setPercentOfHolding(Double.parseDouble(hold.group(1)));
                }
                if (pledge.getPercentOfTotalShareCapital() == null && cap.find()) {
                    pledge.setPercentOfTotalShareCapital(Double.parseDouble(cap.group(1)));
                }
                pledge.setAction(PledgeAction.RELEASE);
                pledge.setReleaseDate(date);
                pledge.setExpiryDate(null);
                pledge.setPurpose(null);
                return true;
            }
            if ((f.contains("released") || f.contains("discharged")) && !REFERENCE.matcher(f).find() && RELEASED_WHOLE.matcher(f).find()) {
                Matcher on = EFFECT_FROM.matcher(f);
                java.time.LocalDate date = null;
                while (on.find()) {
                    date = Dates.first(on.group(1)).orElse(date);
                    if (on.group().toLowerCase(Locale.ROOT).startsWith("with") || on.group().toLowerCase(Locale.ROOT).startsWith("effective")) {
                        break;
                    }
                }
                pledge.setAction(PledgeAction.RELEASE);
                pledge.setReleaseDate(date);
                pledge.setExpiryDate(null);
                pledge.setPurpose(null);
                return true;
            }
        }
        return false;
    }

    private static final Pattern CONCERT_PARTY_BEFORE = Pattern.compile(
            // 白石投資有限公司（「白石投資」）及其一致行動人士: the holder's defined term may stand between
            "([A-Z][\\w&'.\\-]*(?:\\s[A-Z][\\w&'.\\-]*){0,5}|\\p{IsHan}{2,20}?)\\s*(?:[(（][^)）]{1,30}[)）])?\\s*(?:and|及|和)\\s*(?:its|their|其)\\s*"
            + "(?:part(?:y|ies) acting in concert|一致行动人士?)[,，:：]?\\s*"
            // "控股股东延河集团及其一致行动人陈永明先生、宁波延和": the holder later in the list of concert parties
            + "(?:[^，。；、,:：]{1,25}?(?:、|,\\s*|\\s+and\\s+|和|及))*$");
    /**
     * "Zennor Capital. Details of": a name read up to the end of its sentence; the stop is no part of it, unless it ends a
     * form ("Co.", "Ltd.").
     */
    private static String withoutFullStop(String name) {
        for (int dot = name.indexOf('.'); dot >= 0; dot = name.indexOf('.', dot + 1)) {
            if ((dot + 1 == name.length() || name.charAt(dot + 1) == ' ') && !COMPANY_ABBREVIATION_END.matcher(name.substring(0, dot + 1)).find()) {
                return name.substring(0, dot);
            }
        }
        return name;
    }

    private static final Pattern COMPANY_ABBREVIATION_END = Pattern.compile("\\b(?:Co|Ltd|Inc|Corp|Bhd|L\\.P|S\\.A|Mr|Ms|Mrs|Mdm|Dr)\\.$");
    private static final Pattern CONCERT_PARTY_WITH = Pattern.compile(
            "\\s*(?:[(（][^)）]{1,40}[)）]\\s*)?,?\\s*(?:is|being|was)\\s+(?:also\\s+)?(?:a|the)\\s+part(?:y|ies)\\s+acting\\s+in\\s+concert\\s+with\\s+"
            + "(?:the\\s+)?([A-Z][\\w&'.\\-]*(?:\\s[A-Z][\\w&'.\\-]*){0,5})");
    private static final Pattern GROUPED_NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+");

    /**
     * The pledgee named right after a number of shares ("the pledge of 12,500,000 A shares previously pledged by
     * Rongsheng Investment to Xingye Securities Co., Ltd."), up to the next number: a sentence may list several pledges,
     * of which the transaction reader takes one.
     */
    /** The one pledgee the prose names for every pledge, and the one date of the sentence that names it. */
    record Beneficiary(String pledgee, java.time.LocalDate date) {
    }

    /**
     * "於2025年8月5日，押記人各自以泓峰證券有限公司（「承押記人」）為受益人簽立股份押記": the pledgee a table's rows leave to the
     * sentence above them, which gives no count; null unless the prose names one beneficiary only.
     */
    static Beneficiary soleBeneficiary(ProseText prose) {
        String folded = prose.folded();
        if (!folded.contains("为受益人")) {
            return folded.contains("in favour of") || folded.contains("in favor of") ? soleInFavourOf(prose) : null;
        }
        String orig = prose.orig();
        Matcher m = ZH_BENEFICIARY.matcher(folded);
        String name = null;
        int at = -1;
        while (m.find()) {
            String found = trimName(orig.substring(m.start(1), m.end(1)));
            found = found == null ? null : prose.aliases().getOrDefault(found, found);
            if (found == null || name != null && !name.equals(found)) {
                return null;
            }
            if (name == null) {
                name = found;
                at = m.start();
            }
        }
        if (name == null) {
            return null;
        }
        int from = Math.max(folded.lastIndexOf('。', at), 0);
        int to = folded.indexOf('。', at);
        return dated(name, orig.substring(from, to < 0 ? orig.length() : to));
    }

    /** The beneficiary with the one date its sentence gives, if it gives one only. */
    private static Beneficiary dated(String name, String sentence) {
        List<java.time.LocalDate> dates = Dates.all(sentence).stream().map(Dates.Found::date).distinct().toList();
        return new Beneficiary(name, dates.size() == 1 ? dates.get(0) : null);
    }

    /**
     * "on 18 November 2025, Sable Crest and Mr. Lam each executed a share charge in favour of the Bank over ordinary shares
     * ... as set out below": the one party every "in favour of" names, a defined term by its full name, and the one date
     * of the first sentence that names it.
     */
    private static Beneficiary soleInFavourOf(ProseText prose) {
        String orig = prose.orig();
        java.util.Map<String, String> aliases = prose.aliases();
        String name = null;
        int at = -1;
        Matcher m = IN_FAVOUR_OF.matcher(orig);
        while (m.find()) {
            Matcher strong = EN_PLEDGEE_STRONG.matcher(orig).region(m.start(), Math.min(orig.length(), m.start() + 160));
            String found = strong.lookingAt() ? trimName(strong.group(1)) : null;
            int end = found == null ? -1 : strong.end(1);
            Matcher defined = found == null ? EN_PLEDGEE_DEFINED.matcher(orig).region(m.start(), Math.min(orig.length(), m.start() + 80)) : null;
            if (defined != null && defined.lookingAt()) {
                found = aliases.get(defined.group(1));
                end = defined.end(1);
            }
            // "in favour of the Lender or its security agent": which of them holds a given charge, the sentence leaves open
            if (found == null || name != null && !name.equals(found) || orig.startsWith(" or ", end)) {
                return null;
            }
            if (name == null) {
                name = found;
                at = m.start();
            }
        }
        if (name == null) {
            return null;
        }
        // the sentence's bounds: "Mr. Lam" and "Co., Ltd." inside it end none
        Matcher stop = SENTENCE_STOP.matcher(orig);
        int from = 0;
        int to = orig.length();
        while (stop.find()) {
            if (stop.start() < at) {
                from = stop.end();
            } else {
                to = stop.start();
                break;
            }
        }
        return dated(name, orig.substring(from, to));
    }

    private static final Pattern IN_FAVOUR_OF = Pattern.compile("\\bin favou?r of\\b");

    static String pledgeeAfter(String orig, long shares) {
        String count = String.format(Locale.ROOT, "%,d", shares);
        for (int at = orig.indexOf(count); at >= 0; at = orig.indexOf(count, at + 1)) {
            int from = at + count.length();
            int to = Math.min(orig.length(), from + 250);
            Matcher next = GROUPED_NUMBER.matcher(orig).region(from, to);
            if (next.find()) {
                to = next.start();
            }
            Matcher m = EN_PLEDGEE_STRONG.matcher(orig).region(from, to);
            if (m.find()) {
                String name = trimName(m.group(1));
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    /** Line wraps inside Chinese sentences and numbers are no spaces: joined before reading. */
    static String prepared(String text) {
        String t = WHITESPACE.matcher(NUMBER_WRAP.matcher(CJK_WRAP.matcher(Numbers.normalizeWidth(text)).replaceAll("")).replaceAll(""))
                .replaceAll(" ").replace("**", "  ");
        // "one hundred million (100,000,000) ordinary shares": the figure, as the sentence readers expect it
        boolean inWords = t.contains("million (") || t.contains("billion (") || t.contains("thousand (") || t.contains("hundred (");
        t = inWords ? COUNT_IN_WORDS.matcher(t).replaceAll("$1") : t;
        // "approximately 62.5 per cent. of the 36,000,000 Shares": a percentage, its full stop no sentence's end
        return t.contains(" per cent") ? PER_CENT.matcher(t).replaceAll("$1%") : t;
    }

    private static final Pattern PER_CENT = Pattern.compile("(\\d)\\s+per\\s+cent(?:\\.(?=\\s+[a-z(])|\\b)");

    private static final Pattern COUNT_IN_WORDS = Pattern.compile("\\b(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
            + "hundred|thousand|million|billion|and)[\\s-]+){1,14}\\((\\d{1,3}(?:,\\d{3})+)\\)", Pattern.CASE_INSENSITIVE);

    /**
     * A pledgor the announcement calls the controlling shareholder in another sentence ("Moonrise Ventures Limited
     * ("Moonrise"), the controlling shareholder of the Company", 控股股东輝盛投資有限公司) is flagged so.
     */
    static void flagNamedControlling(ProseText prose, List<PledgeTransaction> out) {
        concertPartiesMarkedNo(prose, out);
        if (out.stream().allMatch(t -> t.getControllingShareholder() != null || t.getPledgor() == null)) {
            return;
        }
        String folded = prose.folded();
        java.util.Map<String, String> aliases = prose.aliases();
        // "Each of the Pledgors is a controlling shareholder of the Company or a party acting in concert with one"
        boolean everyPledgor = folded.contains("ledgors") && EVERY_PLEDGOR_CONTROLLING.matcher(folded).find();
        List<String> groups = null;
        if (!everyPledgor && (folded.contains("ledgors") || folded.contains("hargors"))) {
            // "The Pledgors are therefore together interested in … and are collectively the controlling shareholders": the
            // term the text defined for all of them is the group's subject
            groups = controllingGroups(folded);
            everyPledgor = groups.stream().anyMatch(subject -> ALL_PLEDGORS.matcher(subject).find());
        }
        for (int k = 0; k < out.size(); k++) {
            PledgeTransaction t = out.get(k);
            if (t.getControllingShareholder() != null || t.getPledgor() == null) {
                continue;
            }
            if (everyPledgor) {
                t.setControllingShareholder(true);
                continue;
            }
            if (namedNotControlling(folded, aliases, t.getPledgor())) {
                t.setControllingShareholder(false);
            } else if (namedControlling(folded, aliases, t.getPledgor(), true)) {
                t.setControllingShareholder(true);
            } else {
                groups = groups == null ? controllingGroups(folded) : groups;
                if (inControllingGroup(groups, aliases, t.getPledgor())) {
                    t.setControllingShareholder(true);
                }
            }
        }
    }

    /**
     * "是否为控股股东: 否" beside a holder the text calls the controlling shareholder's concert party ("控股股东沐阳集团及其一致
     * 行动人沐阳创新"): the schema's flag covers persons acting in concert with a controlling shareholder, which the column's
     * question leaves out.
     */
    private static void concertPartiesMarkedNo(ProseText prose, List<PledgeTransaction> out) {
        if (out.stream().noneMatch(t -> Boolean.FALSE.equals(t.getControllingShareholder()) && t.getPledgor() != null)
                || !(prose.text().contains("一致行動") || prose.text().contains("一致行动"))) {
            return;
        }
        String folded = prose.folded();
        java.util.Map<String, String> aliases = prose.aliases();
        for (PledgeTransaction t : out) {
            if (Boolean.FALSE.equals(t.getControllingShareholder()) && t.getPledgor() != null
                    && !namedNotControlling(folded, aliases, t.getPledgor()) && namedControlling(folded, aliases, t.getPledgor(), true)) {
                t.setControllingShareholder(true);
            }
        }
    }

    /**
     * "Starlit Horizon, Everjoy, Dr. Yeung and Mrs. Yeung are together a group of controlling shareholders", "Sunny Crest,
     * Mr. Ngai and Golden Tern together hold 816,000,000 Shares ... and are a group of controlling shareholders", "X and Y,
     * both being controlling shareholders": the group's statement, and the holder named in its sentence before it.
     */
    private static final Pattern GROUP_CONTROLLING = Pattern.compile(
            "\\b(?:are|were|constitute|form)\\s+(?:therefore\\s+|thus\\s+|also\\s+)?(?:together\\s+|jointly\\s+|collectively\\s+)?"
                    + "(?:(?:a|the)\\s+group\\s+of\\s+|the\\s+)?controlling\\s+shareholders\\b|\\b(?:both|all)\\s+being\\s+(?:the\\s+)?controlling\\s+shareholders\\b");
    private static final Pattern ZH_GROUP_CONTROLLING = Pattern.compile("(?<![不非])(?:为|均为|构成)(?:本公司)?(?:的|之)?(?:一组|一致行动的)?控股股东");
    /** A full stop that ends a sentence, or a semicolon. */
    private static final Pattern SENTENCE_STOP = Pattern.compile("(?<!\\b(?:" + ABBREVIATIONS + "))\\.\\s+(?=[A-Z])|;\\s");

    /** The text of each sentence before its statement that a group are the controlling shareholders, read once. */
    private static List<String> controllingGroups(String folded) {
        List<String> subjects = new ArrayList<>();
        if (folded.contains("控股股东")) {
            // "陳先生及金耀為本公司的一組控股股東": the sentence's text before the statement
            Matcher zh = ZH_GROUP_CONTROLLING.matcher(folded);
            while (zh.find()) {
                int start = zh.start();
                while (start > 0 && zh.start() - start < 200 && "。；;".indexOf(folded.charAt(start - 1)) < 0) {
                    start--;
                }
                subjects.add(folded.substring(start, zh.start()));
            }
        }
        if (!folded.contains("controlling shareholders")) {
            return subjects;
        }
        Matcher group = GROUP_CONTROLLING.matcher(folded);
        while (group.find()) {
            int from = Math.max(0, group.start() - 400);
            Matcher stop = SENTENCE_STOP.matcher(folded).region(from, group.start());
            int start = from;
            while (stop.find()) {
                start = stop.end();
            }
            subjects.add(folded.substring(start, group.start()));
        }
        return subjects;
    }

    private static boolean inControllingGroup(List<String> subjects, java.util.Map<String, String> aliases, String holder) {
        for (String subject : subjects) {
            for (String name : spellings(aliases, holder)) {
                if (name.length() >= 3 && subject.contains(ChineseScript.toSimplified(name))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A table cell that gives a party by the term the text defined for it ("Ridgeline", "the Lender") gets its full
     * name, in the positions too ("Orvanta Group" holds ...). A lone pledge whose sentence named no pledgee or date takes them from where the text states them for
     * it: 'The pledgee is Pak Shek Finance Limited (the "Pledgee")', "The Pledge was created on 15 September 2025".
     */
    static void definedParties(ProseText prose, List<PledgeTransaction> out, List<PledgePosition> positions) {
        String text = prose.text();
        // the text is read for its terms (all of it, prepared: a visible part of a pledge's time) only when it quotes
        // a party's name as a term, or a lone pledge lacks a pledgee the text defines
        boolean lone = out.size() == 1 && out.get(0).getAction() == PledgeAction.PLEDGE;
        boolean termUsed = out.stream().anyMatch(t -> quotedTerm(text, t.getPledgor()) || quotedTerm(text, t.getPledgee()))
                || positions.stream().anyMatch(p -> quotedTerm(text, p.getShareholder()))
                // '（以下简称"兰溪' / '控股"）': a Chinese term the line broke inside, whole in the prepared text
                || out.stream().anyMatch(t -> t.getPledgor() != null && !t.getPledgor().isEmpty() && Names.isCjk(t.getPledgor().charAt(0))
                        && quotedTerm(prose.orig(), t.getPledgor()));
        // a lone release too: "the Chargee has released ...", its particulars listed without the parties
        boolean single = out.size() == 1;
        boolean pledgeeDefined = single && out.get(0).getPledgee() == null && PARTY_TERMS.stream().anyMatch(term -> quotedTerm(text, term));
        boolean pledgorDefined = single && out.get(0).getPledgor() == null && PLEDGOR_TERMS.stream().anyMatch(term -> quotedTerm(text, term));
        if (single && out.get(0).getAction() == PledgeAction.RELEASE && out.get(0).getStartDate() == null && out.get(0).getSourceText() != null) {
            // "the pledge over 60,000,000 ordinary shares … created by Harcourt Ridge on 25 August 2023 … was released": the
            // release's own sentence dates the pledge, before any other pledge the text mentions ("a share pledge dated …")
            Matcher own = CREATED_IN_RELEASE.matcher(out.get(0).getSourceText());
            if (own.find()) {
                out.get(0).setStartDate(Dates.first(own.group(1)).orElse(null));
            }
        }
        if (single && out.get(0).getAction() == PledgeAction.RELEASE && out.get(0).getStartDate() == null && text.contains(" dated ")) {
            // "... in favour of the Chargee pursuant to a share charge dated 11 September 2023 (the "Share Charge")"
            out.get(0).setStartDate(securityDated(text));
        }
        // the two patterns open with a case-insensitive "the", tried at every position: only where their verbs occur
        // (looked for without their first letter, whose case may vary)
        boolean on = lone && text.contains(" on ");
        if (on && out.get(0).getStartDate() == null && Keywords.containsAny(text, "reated", "xecuted", "ntered", "ffected")) {
            Matcher created = EN_CREATED_ON.matcher(text);
            if (created.find()) {
                out.get(0).setStartDate(Dates.first(created.group(1)).orElse(null));
            }
        }
        if (on && out.get(0).getExpiryDate() == null && Keywords.containsAny(text, "xpiring", "xpires", "ill expire", "atures", "aturing")) {
            Matcher expires = EN_EXPIRES_ON.matcher(text);
            if (expires.find()) {
                out.get(0).setExpiryDate(Dates.first(expires.group(1)).orElse(null));
            }
        }
        boolean cut = out.stream().anyMatch(t -> cutChineseName(t.getPledgor()));
        if (!termUsed && !pledgeeDefined && !pledgorDefined && !cut) {
            return;
        }
        java.util.Map<String, String> aliases = prose.aliases();
        for (PledgeTransaction t : out) {
            t.setPledgor(completed(aliases, fullName(aliases, t.getPledgor())));
            t.setPledgee(fullName(aliases, t.getPledgee()));
        }
        for (PledgePosition p : positions) {
            p.setShareholder(fullName(aliases, p.getShareholder()));
        }
        for (String term : pledgeeDefined ? PARTY_TERMS : List.<String>of()) {
            if (out.get(0).getPledgee() == null && aliases.containsKey(term)) {
                out.get(0).setPledgee(aliases.get(term));
            }
        }
        for (String term : pledgorDefined ? PLEDGOR_TERMS : List.<String>of()) {
            if (out.get(0).getPledgor() == null && aliases.containsKey(term)) {
                out.get(0).setPledgor(aliases.get(term));
            }
        }
    }

    private static final Pattern BARE_PERSON = Pattern.compile("^[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}$");
    private static final String[] TITLES = {"Mr. ", "Ms. ", "Mrs. ", "Mdm. ", "Madam ", "Dr. ", "Mr ", "Ms ", "Mrs ", "Mdm ", "Dr "};

    /**
     * A table row that names a holder without the title the text gives him ("Sun Haitao", "Mr. Sun Haitao") gets it,
     * as a sentence naming him would: one spelling for the same holder in transactions and positions alike.
     */
    static void titledHolders(String text, List<PledgeTransaction> out, List<PledgePosition> positions) {
        for (PledgeTransaction t : out) {
            t.setPledgor(titled(text, t.getPledgor()));
        }
        for (PledgePosition p : positions) {
            p.setShareholder(titled(text, p.getShareholder()));
        }
    }

    private static String titled(String text, String name) {
        if (name == null || !BARE_PERSON.matcher(name).matches()) {
            return name;
        }
        // the name's occurrences, each looked at for a title before it (the first title of the list found wins)
        int best = TITLES.length;
        for (int at = text.indexOf(name); at >= 0 && best > 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            if (end < text.length() && Character.isLetter(text.charAt(end))) {
                continue;
            }
            for (int k = 0; k < best; k++) {
                if (text.startsWith(TITLES[k], at - TITLES[k].length())) {
                    best = k;
                    break;
                }
            }
        }
        return best < TITLES.length ? TITLES[best] + name : name;
    }

    /** Whether the text puts the party's name (or its term, "the Lender") in quotes, as it does when it defines one. */
    static boolean quotedTerm(String text, String party) {
        if (party == null || !mayBeTerm(party)) {
            return false;
        }
        String term = withoutArticle(party);
        for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
            int end = at + term.length();
            // a PDF may wrap the line right after the opening quote: '（以下简称"' then '鹭江控股"）'
            int open = at - 1;
            while (open >= 0 && Character.isWhitespace(text.charAt(open))) {
                open--;
            }
            if (open >= 0 && end < text.length() && "\"“「".indexOf(text.charAt(open)) >= 0
                    && text.charAt(end) == "\"”」".charAt("\"“「".indexOf(text.charAt(open)))) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> PARTY_TERMS = List.of("Pledgee", "Chargee", "Mortgagee");
    private static final List<String> PLEDGOR_TERMS = List.of("Pledgor", "Chargor", "Mortgagor");
    private static final Pattern EN_CREATED_ON = Pattern.compile(
            "\\bthe\\s+(?:pledge|share\\s+charge|charge|share\\s+mortgage|mortgage)\\s+was\\s+(?:created|executed|entered\\s+into|effected)\\s+on\\s+"
            + "(\\d{1,2}\\s+[A-Z][a-z]+\\s+\\d{4}|[A-Z][a-z]+\\s+\\d{1,2},\\s+\\d{4})", Pattern.CASE_INSENSITIVE);

    /** "The Share Charge has a term of twenty-four months expiring on 13 March 2027". */
    private static final Pattern EN_EXPIRES_ON = Pattern.compile(
            "\\bthe\\s+(?:share\\s+charge|share\\s+pledge|pledge|charge|share\\s+mortgage|mortgage)\\b[^.;]{0,80}?\\b(?:expiring|expires|will\\s+expire|matures|maturing)\\s+on\\s+"
            + "(\\d{1,2}\\s+[A-Z][a-z]+\\s+\\d{4}|[A-Z][a-z]+\\s+\\d{1,2},\\s+\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern FULL_NAME_END = Pattern.compile("(?i).*(?:limited|ltd\\.?|company|corporation|inc\\.?|plc|bank|公司|银行|銀行|分行|支行|[)）]|先生|女士)$");

    /** "the Chargor" in a sentence, "The Shareholder" as a table cell: the term the text defined is the word after. */
    private static String withoutArticle(String party) {
        return party.regionMatches(true, 0, "the ", 0, 4) ? party.substring(4) : party;
    }

    private static boolean mayBeTerm(String party) {
        return party != null && (party.regionMatches(true, 0, "the ", 0, 4) || party.length() <= 24 && !FULL_NAME_END.matcher(party).matches());
    }

    /**
     * A Chinese company name whose table cell lost its wrapped end ("深圳前海瑞丰创业投资合伙", the cell's second line
     * "企业（有限合伙）" left below the row in a PDF): no company form at its end, and long enough not to be a person.
     */
    private static boolean cutChineseName(String name) {
        return name != null && name.length() >= 6 && name.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && !FULL_NAME_END.matcher(name).matches();
    }

    /** The one full name the text defines a term for that begins with this cut name; else the name as it is. */
    private static String completed(java.util.Map<String, String> aliases, String name) {
        if (!cutChineseName(name)) {
            return name;
        }
        java.util.Set<String> longer = new java.util.HashSet<>();
        aliases.values().stream().filter(full -> full.length() > name.length() && full.startsWith(name)).forEach(longer::add);
        return longer.size() == 1 ? longer.iterator().next() : name;
    }

    private static String fullName(java.util.Map<String, String> aliases, String party) {
        if (party == null) {
            return null;
        }
        return aliases.getOrDefault(withoutArticle(party), party);
    }

    /** Whether the text calls the holder, by its name or a term it defined for it, the controlling shareholder. */
    private static boolean namedControlling(String folded, java.util.Map<String, String> aliases, String holder, boolean concertPartyOf) {
        for (String name : spellings(aliases, holder)) {
            if (calledControlling(folded, aliases, ChineseScript.toSimplified(name), concertPartyOf)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Mr. Leung is not a controlling shareholder (as defined in the Listing Rules)", "林先生並非本公司控股股東": a
     * director or substantial holder who pledges is said outright not to control the issuer.
     */
    private static boolean namedNotControlling(String folded, java.util.Map<String, String> aliases, String holder) {
        // "Neither Mr. Lau nor Bright Summit is a controlling shareholder"
        Matcher neither = folded.contains("either") ? NEITHER_CONTROLLING.matcher(folded) : null;
        while (neither != null && neither.find()) {
            String parties = neither.group(1);
            for (String name : spellings(aliases, holder)) {
                if (name.length() >= 2 && parties.contains(ChineseScript.toSimplified(name))) {
                    return true;
                }
            }
        }
        for (String name : spellings(aliases, holder)) {
            String n = ChineseScript.toSimplified(name);
            for (int at = n.length() < 2 ? -1 : folded.indexOf(n); at >= 0; at = folded.indexOf(n, at + 1)) {
                int end = at + n.length();
                if (NAMED_NOT_CONTROLLING.matcher(folded.substring(end, Math.min(folded.length(), end + 140))).find()
                        || PRONOUN_NOT_CONTROLLING.matcher(folded.substring(end, Math.min(folded.length(), end + 400))).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "上述質押股份分別佔錦輝投資及陳先生各自所持股份約30.00%及50.00%": two holders' shares of their holdings, in pairs. */
    private static final Pattern ZH_RESPECTIVE_PERCENTS = Pattern.compile(
            "分别占([^，。；、]{2,40}?)(?:及|和|与)([^，。；、]{2,40}?)各自所持(?:本公司|公司)?(?:的)?(?:股份)?(?:总数)?(?:的)?约?\\s*(\\d+(?:\\.\\d+)?)\\s*%"
                    + "\\s*(?:及|和|与|、)\\s*约?\\s*(\\d+(?:\\.\\d+)?)\\s*%");

    /** Each holder's share of its own holding from a sentence that gives the two in pairs, for rows without it. */
    static void respectivePercents(ProseText prose, List<PledgeTransaction> out) {
        if (!prose.text().contains("各自所持") || out.stream().noneMatch(t -> t.getPledgor() != null && t.getPercentOfHolding() == null)) {
            return;
        }
        Matcher m = ZH_RESPECTIVE_PERCENTS.matcher(prose.folded());
        if (!m.find()) {
            return;
        }
        java.util.Map<String, String> aliases = prose.aliases();
        String[] holders = {m.group(1).strip(), m.group(2).strip()};
        double[] percents = {Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))};
        for (PledgeTransaction t : out) {
            if (t.getPledgor() == null || t.getPercentOfHolding() != null) {
                continue;
            }
            for (int k = 0; k < 2; k++) {
                for (String name : spellings(aliases, t.getPledgor())) {
                    if (ChineseScript.toSimplified(name).equals(holders[k])) {
                        t.setPercentOfHolding(percents[k]);
                    }
                }
            }
        }
    }

    /**
     * "浦源投资本次质押股份占其所持公司股份的12.44%，占公司总股本的3.76%；浦盛合伙本次质押股份占…": a table without percentage
     * columns, each holder's percentages in a sentence after it, the holder named by its full name or its term.
     */
    static void percentsStatedPerHolder(ProseText prose, List<PledgeTransaction> out) {
        String text = prose.text();
        if (out.stream().noneMatch(t -> t.getPledgor() != null && t.getPercentOfHolding() == null && t.getPercentOfTotalShareCapital() == null)
                || !(text.contains("占其所持") || text.contains("佔其所持"))) {
            return;
        }
        String folded = prose.folded();
        java.util.Map<String, String> aliases = prose.aliases();
        for (PledgeTransaction t : out) {
            if (t.getPledgor() == null || t.getPercentOfHolding() != null || t.getPercentOfTotalShareCapital() != null) {
                continue;
            }
            for (String name : spellings(aliases, t.getPledgor())) {
                String n = ChineseScript.toSimplified(name);
                Matcher m = ZH_HOLDER_PERCENTS.matcher(folded);
                boolean found = false;
                for (int at = n.length() < 2 ? -1 : folded.indexOf(n); at >= 0 && !found; at = folded.indexOf(n, at + 1)) {
                    m.region(at + n.length(), Math.min(folded.length(), at + n.length() + 80));
                    if (m.lookingAt()) {
                        t.setPercentOfHolding(Double.parseDouble(m.group(1)));
                        t.setPercentOfTotalShareCapital(Double.parseDouble(m.group(2)));
                        found = true;
                    }
                }
                if (found) {
                    break;
                }
            }
        }
    }

    private static final Pattern ZH_HOLDER_PERCENTS = Pattern.compile(
            "本次(?:解除)?质押(?:的)?股份(?:数量)?占其所持(?:本)?(?:公司)?股份(?:总数)?(?:的)?(?:比例(?:为)?)?(\\d{1,3}(?:\\.\\d+)?)%[，,]"
                    + "占(?:本)?公司总股本(?:的)?(?:比例(?:为)?)?(\\d{1,3}(?:\\.\\d+)?)%");

    /** The holder's full name and the terms the text defined for it. */
    /**
     * "本次解除质押前，瑞邦集团累计质押公司股份114,500,000股", "本次解除質押前累計質押數量：9,800萬股": what the holder had pledged before
     * this announcement's transactions.
     */
    private static final Pattern ZH_PLEDGED_BEFORE = Pattern.compile(
            "本次(?:解除)?质押(?:前|之前)[，,]?([^，。；]{0,40}?)累计(?:被)?质押(?:公司|本公司)?(?:A股|H股)?(?:股份)?(?:数量)?(?:为|[:：])?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s*(万)?股");

    /** The pledged count before this announcement that a sentence states for a position that lacks it. */
    static void pledgedBefore(ProseText prose, List<PledgePosition> positions) {
        if (positions.stream().noneMatch(p -> p.getPledgedBefore() == null) || !prose.text().contains("前")) {
            return;
        }
        Matcher m = ZH_PLEDGED_BEFORE.matcher(prose.folded());
        while (m.find()) {
            for (PledgePosition p : positions) {
                boolean named = positions.size() == 1 || p.getShareholder() != null && spellings(prose.aliases(), p.getShareholder()).stream()
                        .anyMatch(n -> n.length() >= 2 && m.group(1).contains(ChineseScript.toSimplified(n)));
                if (p.getPledgedBefore() == null && named) {
                    p.setPledgedBefore(Numbers.shares(m.group(2), m.group(3) != null ? 10_000L : 1L).orElse(null));
                }
            }
        }
    }

    private static List<String> spellings(java.util.Map<String, String> aliases, String holder) {
        String full = aliases.getOrDefault(holder, holder);
        List<String> names = new ArrayList<>();
        names.add(full);
        aliases.forEach((alias, of) -> {
            if (of.equals(full)) {
                names.add(alias);
            }
        });
        return names;
    }

    /** Whether this spelling of the holder's name stands where the text calls it controlling. */
    private static boolean calledControlling(String folded, java.util.Map<String, String> aliases, String name, boolean concertPartyOf) {
        if (name.length() < 2) {
            return false;
        }
        for (int at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + 1)) {
            String before = folded.substring(Math.max(0, at - 8), at);
            if (before.endsWith("控股股东") || before.endsWith("控股股东之一")
                    || EN_CONTROLLING_BEFORE.matcher(folded.substring(Math.max(0, at - 180), at)).find()) {
                return true;
            }
            // "Minjiang Group and its party acting in concert, Fuzhou Rongsheng ...", 楚天投资及其一致行动人X: the concert
            // party of a holder the text calls controlling is of the controlling group
            Matcher concert = CONCERT_PARTY_BEFORE.matcher(folded.substring(Math.max(0, at - 120), at));
            if (concertPartyOf && concert.find()) {
                // the run of Han before the holder's name may take in its role: 获本公司控股股东白石投资有限公司
                String party = concert.group(1).strip();
                if (party.contains("控股股东") && !party.endsWith("控股股东") && !party.contains("非控股股东") || namedControlling(folded, aliases, party, false)) {
                    return true;
                }
            }
            int end = at + name.length();
            // "Bright Tern is a party acting in concert with Zennor Capital", Zennor Capital called controlling
            Matcher with = concertPartyOf ? CONCERT_PARTY_WITH.matcher(folded).region(end, Math.min(folded.length(), end + 160)) : null;
            if (with != null && with.lookingAt() && namedControlling(folded, aliases, withoutFullStop(with.group(1).strip()), false)) {
                return true;
            }
            if (NAMED_CONTROLLING.matcher(folded.substring(end, Math.min(folded.length(), end + 200))).find()
                    || IS_CONTROLLING.matcher(folded.substring(end, Math.min(folded.length(), end + 320))).find()) {
                return true;
            }
            if (concertPartyOf && ZH_CONCERT_PARTY_OF_CONTROLLING.matcher(folded).region(end, Math.min(folded.length(), end + 200)).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "龍騰投資（以下簡稱“龍騰投資”）為昆龍化工（以下簡稱“公司”）控股股東雲南昆龍集團有限公司（以下簡稱“昆龍集團”）的一致行動人":
     * the holder named a concert party of the controlling shareholder, right after its name.
     */
    private static final Pattern ZH_CONCERT_PARTY_OF_CONTROLLING = Pattern.compile(
            "\\s*(?:[（(][^）)]{0,40}[）)]\\s*)*(?:为|系)(?:(?!非控股股东)[^，。；]){0,80}?控股股东[^，。；]{0,60}?(?:的|之)一致行动人");

    /**
     * "Reference is made to the announcement ... in relation to the share charge ... over 210,000,000 shares": a pledge
     * the announcement refers back to was announced before. Its pledgee and start date belong to a release of the same
     * shares, into which it is folded; otherwise it is dropped when the announcement reports transactions of its own
     * (a top-up pledge), and kept as read when it reports none.
     */
    private static boolean foldReferredIntoReleases(List<PledgeTransaction> referred, List<PledgeTransaction> out, int from,
                                                    java.util.function.Predicate<PledgeTransaction> releasedWhole) {
        boolean ownTransactions = out.size() - from > referred.size();
        boolean changed = false;
        for (PledgeTransaction r : referred) {
            if (r.getAction() != PledgeAction.PLEDGE) {
                continue;
            }
            if (foldIntoRelease(r, out, from) || ownTransactions && (releasedWhole.test(r) || out.remove(r))) {
                changed = true;
            }
        }
        return changed;
    }

    /**
     * "(i) 金耀於2023年8月10日以凱盛證券有限公司為受益人，就其持有的285,000,000股股份設立押記。於2025年5月12日，上述285,000,000股股份的
     * 押記已獲全部解除": the charge recalled, then its release; the release takes the charge's holder, chargee and date.
     */
    private static boolean releaseOfTheAbove(PledgeTransaction release, String clause, List<PledgeTransaction> out, int from) {
        if (release.getAction() != PledgeAction.RELEASE || out.size() - from < 2) {
            return false;
        }
        Matcher above = ZH_ABOVE_SHARES.matcher(clause);
        if (!above.find() || !Numbers.shares(above.group(1), above.group(2) != null ? 10_000L : 1L).map(n -> n.equals(release.getShares())).orElse(false)) {
            return false;
        }
        PledgeTransaction recalled = out.get(out.size() - 2);
        return recalled.getAction() == PledgeAction.PLEDGE && java.util.Objects.equals(recalled.getShares(), release.getShares())
                && foldIntoRelease(recalled, out, from);
    }

    private static boolean foldIntoRelease(PledgeTransaction r, List<PledgeTransaction> out, int from) {
        for (int k = from; k < out.size(); k++) {
            PledgeTransaction x = out.get(k);
            if (x != r && x.getAction() == PledgeAction.RELEASE && (java.util.Objects.equals(x.getShares(), r.getShares()) || partOf(x, r))) {
                x.setPledgee(x.getPledgee() != null ? x.getPledgee() : r.getPledgee());
                x.setPledgor(x.getPledgor() != null ? x.getPledgor() : r.getPledgor());
                x.setStartDate(x.getStartDate() != null ? x.getStartDate() : r.getStartDate());
                x.setShareClass(x.getShareClass() != null ? x.getShareClass() : r.getShareClass());
                x.setControllingShareholder(x.getControllingShareholder() != null ? x.getControllingShareholder() : r.getControllingShareholder());
                out.remove(r);
                return true;
            }
        }
        return false;
    }

    /** A partial release: "released 30,000,000 of the 80,000,000 Shares charged" of the 80,000,000 pledged before. */
    private static boolean partOf(PledgeTransaction release, PledgeTransaction pledge) {
        return release.getShares() != null && pledge.getShares() != null && release.getShares() < pledge.getShares()
                && release.getSourceText() != null
                && release.getSourceText().contains(" of the " + String.format(Locale.ROOT, "%,d", pledge.getShares()) + " ");
    }

    private static boolean endsWithSemicolon(String s) {
        return s.endsWith("；") || s.endsWith(";") || s.endsWith("：");
    }

    /**
     * The next sentence, unless it states a holding ("溢隆投資持有550,000,000股股份，佔…55.00%", "X is interested in
     * 835,000,000 Shares, representing ..."): its percentages are the holder's, not the pledged shares'.
     */
    private static String unlessHolding(String nextF) {
        return HOLDING_STATEMENT.matcher(nextF).find() ? "" : nextF;
    }

    private static final Pattern HOLDING_STATEMENT = Pattern.compile(
            "(?:持有|拥有|\\bholds|\\b(?:is|was|are|were|be|remains?) interested in|\\bbeneficially owns)\\s*(?:合共|合计|an aggregate of|a total of)?\\s*\\d[\\d,]*\\s*(?:万股|股|shares)",
            Pattern.CASE_INSENSITIVE);

    /**
     * Finds the first share count that no holding statement gives ("X, which holds 100,000,000 Shares, pledged
     * 50,000,000 Shares"; "Mr. Leung continues to be interested in 60,000,000 Shares"): false when there is none.
     */
    private static boolean sharesNotHeld(Matcher sh, String f) {
        List<int[]> held = new ArrayList<>();
        Matcher h = HOLDING_STATEMENT.matcher(f);
        while (h.find()) {
            held.add(new int[] {h.start(), h.end()});
        }
        while (sh.find()) {
            int at = sh.start();
            if (held.stream().noneMatch(span -> span[0] <= at && at < span[1])) {
                return true;
            }
        }
        return false;
    }

    static final Pattern EN_SHARES_DEFINED = Pattern.compile(
            "\\b(ordinary|H|domestic|A) shares\\b[^()\"“”]{0,120}\\((?:the )?[\"“](?:Charged |Pledged |Mortgaged )?Shares?[\"”]\\)"
            // 'In this announcement, "Shares" means the ordinary shares of HK$0.01 each'
            // '"Shares" ordinary share(s) of HK$0.01 each', a definitions table's row
            + "|[\"“]Shares?[\"”]\\s+(?:means?\\s+)?(?:the\\s+)?(ordinary|H|domestic|A)\\s+share(?:s|\\(s\\))?(?![\\w(])");
    /** Its alternatives open with one of the classes' words or a quote: tried only there, not at each of a text's positions. */
    static final FirstCharScan EN_SHARES_DEFINED_SCAN = FirstCharScan.ofPrefixes(EN_SHARES_DEFINED,
            "ordinary shares", "h shares", "domestic shares", "a shares", "\"", "“");

    /** The class of the shares the text calls "Shares": 'ordinary shares of HK$0.10 each ... (the "Shares")'. */
    static ShareClass definedShareClass(String orig) {
        FirstCharScan.Search m = orig.contains("Shares\"") || orig.contains("Shares”") ? EN_SHARES_DEFINED_SCAN.in(orig) : null;
        if (m != null && m.find()) {
            return shareClass(m.match().group(1) != null ? m.match().group(1) : m.match().group(2));
        }
        // "本公司股本中每股面值0.01港元之普通股（「股份」）"
        return orig.contains("普通股") && ZH_SHARES_DEFINED.matcher(orig).find() ? ShareClass.ORDINARY : null;
    }

    private static final Pattern ZH_SHARES_DEFINED = Pattern.compile("普通股\\s*[（(]\\s*[「“]股份[」”]\\s*[）)]");

    private static final Pattern ZH_ABOUT_THIS_PLEDGE = Pattern.compile("^\\s*(?:(?:本次|该次|上述)(?:股份)?质押(?!前|后)|质押(?:期限|股份(?:分别)?(?:占|约占|相当于))"
            // "追加押記之目的為補足原押記項下之抵押品價值"
            + "|(?:本次|该次|上述|追加|补充)?(?:股份)?(?:押记|质押)(?:之|的)目的)");
    /** "本次質押不屬於補充質押" (no), "本次质押为补充质押", "簽立補充股份押記" (yes). */
    private static final Pattern ZH_SUPPLEMENTAL = Pattern.compile("(不属于|并非|不是|非|不涉及)?(?:补充(?:股份)?(?:质押|押记)|追加(?:股份)?(?:押记|质押))");

    /**
     * The sentences right after a Chinese pledge that describe it ("本次質押起始日為…", "本次質押股份佔…", "本次質押不屬於補充質押，
     * 質押融資資金用途為…"), folded and original: the Shanghai template's fields written as prose.
     */
    private static String[] aboutThisPledge(String folded, String orig, List<int[]> spans, int k) {
        int from = k + 1 < spans.size() ? spans.get(k + 1)[0] : folded.length();
        int to = from;
        for (int j = k + 1; j < spans.size() && j <= k + 3 && ZH_ABOUT_THIS_PLEDGE.matcher(folded.substring(spans.get(j)[0], spans.get(j)[1])).find(); j++) {
            to = spans.get(j)[1];
        }
        return new String[] {folded.substring(from, to), orig.substring(from, to)};
    }

    /** The first of the next few sentences that states the pledged shares' percentages, with its ";"-separated parts. */
    private static String percentSentence(String folded, List<int[]> spans, int k) {
        // "The Charged Shares represent ...": a few sentences on, or further when those between are about the loan and
        // the holder, not another pledge
        for (int j = k + 1; j < spans.size() && j <= k + 10; j++) {
            String f = folded.substring(spans.get(j)[0], spans.get(j)[1]);
            if (j > k + 4 && ANOTHER_PLEDGE.matcher(f).find()) {
                break;
            }
            if (PERCENT_LEAD.matcher(f).find()) {
                int end = j;
                while (end + 1 < spans.size() && end < j + 3 && endsWithSemicolon(folded.substring(spans.get(end)[0], spans.get(end)[1]).strip())) {
                    end++;
                }
                // "... represent approximately 41.67% of the Shares held by X. In terms of the Company as a whole, the
                // Charged Shares represent 25.00% of the total number of issued Shares": the second in a sentence of its own
                if (end + 1 < spans.size() && PERCENT_LEAD.matcher(folded.substring(spans.get(end + 1)[0], spans.get(end + 1)[1])).find()) {
                    end++;
                }
                return folded.substring(spans.get(j)[0], spans.get(end)[1]);
            }
        }
        return "";
    }

    /**
     * "The 180,000,000 Shares and 60,000,000 Shares subject to the Additional Charges represent approximately 16.67% and
     * 50.00% ... respectively": of a sentence that pairs the counts of two pledges, the member with this pledge's count.
     */
    private static String memberWithCount(String sentence, String count) {
        if (count == null || !sentence.contains("respectively")) {
            return sentence;
        }
        List<String> members = RespectiveClauses.split(sentence);
        for (String member : members) {
            for (int at = member.indexOf(count); members.size() > 1 && at >= 0; at = member.indexOf(count, at + 1)) {
                // "60,000,000" is no member of "160,000,000"
                if (at == 0 || !Character.isDigit(member.charAt(at - 1)) && member.charAt(at - 1) != ',') {
                    return member;
                }
            }
        }
        return sentence;
    }

    private static PledgeTransaction english(String f, String o, String informedBy, String nextF, Supplier<String> percentF,
                                             java.util.Map<String, String> aliases) {
        String lf = f.toLowerCase(Locale.ROOT);
        if (!(lf.contains("pledg") || lf.contains("charge") || lf.contains("mortgag"))) {
            return null;
        }
        Matcher sh = EN_SHARES.matcher(f);
        if (!sharesNotHeld(sh, f)) {
            return null;
        }
        Matcher item = lf.startsWith("aggregate of ", Math.max(0, sh.start() - 13)) ? FIRST_ITEM.matcher(f) : null;
        if (item != null && item.find(sh.end()) && !sh.find(item.end())) {
            // "has pledged an aggregate of 200,000,000 Shares in the following manner: (a) on 2 June 2025, X pledged
            // 120,000,000 Shares": the lead-in's total is no pledge; its first item's count is
            return null;
        }
        if (POSITION_STATEMENT.matcher(lf).find()) {
            return null;
        }
        // "The Mortgaged Shares represent 60.00% of the 60,000,000 Shares beneficially owned by him": percentages of a
        // transaction read before, the count in it the holder's
        Matcher lead = PERCENT_LEAD.matcher(f);
        if (lead.find() && lead.start() < sh.start()) {
            return null;
        }
        // "PARTIAL RELEASE OF SHARE PLEDGE ... Reference is made to the announcement ... in relation to the pledge by X": the
        // title the PDF ran into the first sentence says nothing of the pledge referred to
        Matcher ref = lf.contains("reference is made") ? REFERENCE.matcher(f) : null;
        String scope = ref != null && ref.find() ? lf.substring(ref.start()) : lf;
        boolean release = RELEASE_WORDS.matcher(scope).matches();
        // A sentence that only repeats a holding ("holds 100,000,000 shares") is no transaction.
        if (!release && !PLEDGE_WORDS.matcher(lf).matches()) {
            return null;
        }
        PledgeTransaction.Builder t = PledgeTransaction.newBuilder().setAction(release ? PledgeAction.RELEASE : PledgeAction.PLEDGE);
        // "released 30,000,000 of the 80,000,000 Shares charged": the part, not the whole
        Matcher part = PART_OF.matcher(f).region(Math.max(0, sh.start() - 40), sh.start());
        t.setShares(Numbers.shares(part.find() ? part.group(1) : sh.group(1), 1).orElse(null));
        t.setShareClass(shareClass(sh.group(2)));
        String subject = find(EN_SUBJECT, f, o);
        subject = subject == null ? null : trimName(subject);
        int that = subject == null ? -1 : subject.lastIndexOf(" that ");
        if (that >= 0) {
            // "The Board has been notified by HCL that the Pledgee released ...": the clause's own subject
            subject = trimName(subject.substring(that + 6));
        }
        String lender = null;
        if (subject != null && (LENDER_TERM.matcher(subject).matches() || actsAsLender(o, subject))) {
            // "the Pledgee released 20,000,000 of the 50,000,000 pledged Shares": the lender acts, the holder is the one who told
            lender = subject;
            subject = null;
        }
        if (subject == null || PRONOUN_SUBJECT.matcher(subject).matches()
                || PASSIVE_SUBJECT.matcher(subject).matches() || SUFFIX_SUBJECT.matcher(subject).matches()
                || subject.toLowerCase(Locale.ROOT).startsWith("the company")) {
            // "the share charge executed by Summit Oak Limited ("Summit Oak"), the controlling shareholder"
            Matcher by = f.contains(" by ") ? EN_BY_HOLDER.matcher(f) : null;
            // "(a) on 1 December 2025, the pledge over 120,000,000 Domestic Shares held by Xinjun Holding in favour of the
            // Bank was released": the holder the count's own words name, before the ones who told the Board
            Matcher heldBy = by != null ? HELD_BY_AFTER_COUNT.matcher(f).region(sh.end(), f.length()) : null;
            subject = by != null && by.find() ? trimName(o.substring(by.start(1), by.end(1)))
                    : heldBy != null && heldBy.lookingAt() ? trimName(o.substring(heldBy.start(1), heldBy.end(1))) : informedBy;
        }
        t.setPledgor(subject);
        Matcher pg = pledgee(f, sh.end(), aliases);
        if (pg != null) {
            String p = trimName(o.substring(pg.start(1), pg.end(1)));
            if (p != null && !p.equalsIgnoreCase(subject)) {
                t.setPledgee(p);
            }
        }
        if (t.getPledgee() == null && lender != null) {
            t.setPledgee(lender);
        }
        java.time.LocalDate date = dateNear(EN_ON_DATE, f, sh.start());
        if (release) {
            // "the share charge dated 12 September 2023 ... was released and discharged on 20 January 2025"
            Matcher releasedOn = EN_RELEASED_ON.matcher(f);
            String releasedOnText = releasedOn.find() ? releasedOn.group(1) : null;
            java.time.LocalDate on = releasedOnText != null ? Dates.first(releasedOnText).orElse(null) : null;
            // "on 1 September 2025, the share charge dated 15 March 2024 ... was fully released": the charge's own date
            // is its start, the sentence's other date the release
            Matcher dated = EN_CHARGE_DATED.matcher(f);
            java.time.LocalDate original = dated.find() ? Dates.first(dated.group(1)).orElse(null) : null;
            if (on == null && original != null) {
                Matcher any = EN_ON_DATE.matcher(f);
                while (on == null && any.find()) {
                    java.time.LocalDate d = Dates.first(any.group(1)).orElse(null);
                    on = d != null && !d.equals(original) && !any.group().contains("dated") ? d : null;
                }
                t.setStartDate(original);
            }
            t.setReleaseDate(on != null ? on : date);
            // "... the release of the pledge over 28,000,000 A shares, which it had pledged to X on 10 May 2023"
            Matcher pledgedOn = original == null ? EN_PLEDGED_ON.matcher(f) : null;
            if (pledgedOn != null && pledgedOn.find(sh.end())) {
                t.setStartDate(Dates.first(pledgedOn.group(1)).orElse(null));
            } else if (original == null) {
                // "the 20,000,000 A shares of the Company pledged by it to X on 8 November 2022 were released ... on 17 February 2025"
                Matcher sharesPledgedOn = EN_SHARES_PLEDGED_ON.matcher(f).region(sh.end(), f.length());
                if (sharesPledgedOn.lookingAt() && !sharesPledgedOn.group(1).equals(releasedOnText)) {
                    t.setStartDate(Dates.first(sharesPledgedOn.group(1)).orElse(null));
                }
            }
        } else {
            t.setStartDate(date);
            // "The pledge ... will remain in effect until 11 May 2027": the term, in its sentence or the next
            for (String sentence : new String[] {f, nextF}) {
                Matcher until = sentence.contains(" until ") ? EN_IN_EFFECT_UNTIL.matcher(sentence) : null;
                if (until != null && until.find()) {
                    t.setExpiryDate(Dates.first(until.group(1)).orElse(null));
                    break;
                }
            }
            // "... for a term of two years expiring on 3 July 2027": the term's end in the pledge's own sentence, or in the
            // next one that speaks of it ("Such pledge will expire on 3 June 2026")
            Matcher expiring = t.getExpiryDate() == null && f.contains(" expir") ? EN_EXPIRING_ON.matcher(f) : null;
            if (expiring != null && expiring.find(sh.end())) {
                t.setExpiryDate(Dates.first(expiring.group(1)).orElse(null));
            } else if (t.getExpiryDate() == null && THIS_PLEDGE.matcher(nextF).lookingAt() && (expiring = EN_EXPIRING_ON.matcher(nextF)).find()) {
                t.setExpiryDate(Dates.first(expiring.group(1)).orElse(null));
            }
        }
        Matcher cap = EN_PCT_CAPITAL.matcher(f);
        String count = sh.group(1);
        Supplier<String> percents = () -> memberWithCount(percentF.get(), count);
        if (cap.find() || (cap = EN_PCT_CAPITAL.matcher(percents.get())).find() || (cap = EN_PCT_CAPITAL.matcher(unlessHolding(nextF))).find()) {
            t.setPercentOfTotalShareCapital(Double.parseDouble(cap.group(1)));
        }
        if (!release) {
            Matcher purpose = EN_PURPOSE.matcher(f);
            if (purpose.find(sh.end()) || purpose.find(0)) {
                t.setPurpose(Names.clean(o.substring(purpose.start(1), purposeEnd(f.substring(0, purpose.start()), f, purpose))));
            } else if (THIS_PLEDGE.matcher(nextF).lookingAt() && (purpose = EN_PURPOSE.matcher(nextF)).find()) {
                // "The pledge was made to secure a term loan facility granted by the Pledgee to Westlake Vita, and will
                // expire on ...": the next sentence says what the pledge secures
                t.setPurpose(Names.clean(nextF.substring(purpose.start(1), purpose.end(2))));
            }
        }
        Matcher hold = EN_PCT_HOLDING.matcher(f);
        if (hold.find() || (hold = EN_PCT_HOLDING.matcher(percents.get())).find()) {
            t.setPercentOfHolding(Double.parseDouble(hold.group(1)));
        }
        if (lf.contains("controlling shareholder")) {
            t.setControllingShareholder(true);
        }
        if (!release && SUPPLEMENTAL.matcher(lf).find()) {
            t.setSupplementalPledge(true);
        }
        t.setSourceText(o.strip());
        return t.build();
    }

    /**
     * The pledgee after the share count, else anywhere; "in favour of" wins over a nearer "by" ("held by X in favour of
     * Y"), and over both a term the announcement defined ("in favour of the Bank"), which the caller maps to its name.
     */
    private static Matcher pledgee(String f, int sharesEnd, java.util.Map<String, String> aliases) {
        Matcher strong = EN_PLEDGEE_STRONG.matcher(f);
        if (strong.find(sharesEnd) || strong.find(0)) {
            return strong;
        }
        Matcher defined = definedTerm(EN_PLEDGEE_DEFINED.matcher(f), 0, aliases);
        if (defined != null) {
            return defined;
        }
        Matcher weak = EN_PLEDGEE.matcher(f);
        if (weak.find(sharesEnd) || weak.find(0)) {
            return weak;
        }
        return definedTerm(EN_PLEDGEE_DEFINED_TO.matcher(f), sharesEnd, aliases);
    }

    private static Matcher definedTerm(Matcher m, int from, java.util.Map<String, String> aliases) {
        if (!m.find(from)) {
            return null;
        }
        do {
            if (aliases.containsKey(m.group(1))) {
                return m;
            }
        } while (m.find());
        return null;
    }

    /**
     * The purpose the first of the patterns finds in the first of these (folded, original) texts, from its first group
     * that matched. A purpose stated outright ("追加押記之目的為補足原押記項下之抵押品價值"), in the pledge's sentence or the
     * next ones about it, says more than the "作為該融資之追加抵押品" that the pledge's own sentence may add.
     */
    private static String purposeIn(List<Pattern> patterns, List<String[]> texts) {
        for (Pattern p : patterns) {
            for (String[] text : texts) {
                Matcher m = p.matcher(text[0]);
                if (m.find()) {
                    int g = 1;
                    while (m.group(g) == null) {
                        g++;
                    }
                    return Names.clean(text[1].substring(m.start(g), m.end(g)));
                }
            }
        }
        return null;
    }

    private static PledgeTransaction chinese(String f, String o, String informedBy, String nextF, Supplier<String> percentF,
                                             Supplier<String[]> about) {
        Matcher sh = ZH_SHARES.matcher(f);
        boolean found;
        // "累计质押本公司股份18,800万股": a count after 累计 is the position after the event, not what this one pledged
        // nor is the issuer's total after 股份总数 ("已發行股份總數1,000,000,000股")
        while ((found = sh.find()) && (f.substring(Math.max(0, sh.start() - 12), sh.start()).contains("累计")
                || f.startsWith("股份总数", Math.max(0, sh.start() - 4)) || f.startsWith("总股本", Math.max(0, sh.start() - 3))
                // "已發行股份總數（即1,500,000,000股股份）"
                || f.startsWith("股份总数（即", Math.max(0, sh.start() - 6)) || f.startsWith("股份总数(即", Math.max(0, sh.start() - 6)))) {
            // the next count, if any
        }
        if (!found) {
            return null;
        }
        if (ZH_POSITION_STATEMENT.matcher(f).find()) {
            return null;
        }
        // "於…押記之合共400,000,000股本公司普通股中，其中150,000,000股股份…已於…獲恒昌銀行解除押記": the part, not the whole
        Matcher part = ZH_PART_OF.matcher(f).region(sh.end(), Math.min(f.length(), sh.end() + 40));
        if (part.find()) {
            sh = ZH_SHARES.matcher(f);
            sh.find(part.start(1));
        }
        boolean release = f.contains("解除质押") || f.contains("解除股份质押") || f.contains("解押") || f.contains("解除押记") || f.contains("解除股份押记")
                || f.contains("解除") && (ZH_RELEASE_OF.matcher(f).find()
                        // after the count: "…全部押記已獲解除，詳情如下：(i) 金耀…就其持有的285,000,000股股份設立押記" recalls the charge
                        || ZH_CHARGE_RELEASED.matcher(f).region(sh.end(), f.length()).find())
                // "卓洋已解除其於…以…為受益人而質押之…股": the holder released its pledge
                || f.contains("已解除其");
        if (release && ZH_RELEASED_REPLEDGED.matcher(f).find()) {
            // "將上述已解除押記股份中之120,000,000股股份…押記": released shares charged again
            release = false;
        }
        PledgeTransaction.Builder t = PledgeTransaction.newBuilder().setAction(release ? PledgeAction.RELEASE : PledgeAction.PLEDGE);
        t.setShares(Numbers.shares(sh.group(1), sh.group(2) != null ? 10_000L : 1L).orElse(null));
        String cls = sh.group(3) == null ? null : sh.group(3).toLowerCase(Locale.ROOT);
        t.setShareClass(cls == null ? null : cls.startsWith("h") ? ShareClass.H : cls.startsWith("a") ? ShareClass.A : ShareClass.DOMESTIC);
        String before = f.substring(Math.max(0, sh.start() - 8), sh.start()).toLowerCase(Locale.ROOT);
        if (cls == null && (before.endsWith("a股") || before.endsWith("h股"))) {
            // "无限售流通A股3,800万股"
            t.setShareClass(before.endsWith("a股") ? ShareClass.A : ShareClass.H);
        } else if (cls == null && f.substring(sh.end(), Math.min(f.length(), sh.end() + 20)).contains("普通股")) {
            // "320,000,000股本公司普通股", "328,000,000股本公司每股面值0.10港元之普通股"
            t.setShareClass(ShareClass.ORDINARY);
        }
        String subject = find(ZH_SUBJECT, f, o);
        if (subject != null) {
            // the folded copy has the original's length: roles written in Traditional characters are cut as well
            Matcher role = ZH_ROLE_PREFIX.matcher(ChineseScript.toSimplified(subject));
            subject = role.find() ? subject.substring(role.end()) : subject;
            subject = ZH_ADVERB_END.matcher(subject).replaceAll("");
        }
        if (subject == null || subject.length() < 2) {
            // "卓洋已解除其於…質押之…股", "卓洋以信昌財務有限公司（「信昌財務」）為受益人質押合共…股": the holder acts, undated
            Matcher acts = ZH_SUBJECT_ACTS.matcher(f);
            if (acts.find() && !ZH_PRONOUN_SUBJECT.matcher(acts.group(1)).matches()) {
                subject = o.substring(acts.start(1), acts.end(1));
                // "董事會主席兼執行董事黃俊輝先生": the roles before the name
                Matcher role = ZH_ROLE_PREFIX.matcher(acts.group(1));
                subject = role.find() && role.end() < subject.length() ? subject.substring(role.end()) : subject;
            }
        }
        if (subject == null || subject.length() < 2) {
            // "其中，榮德投資有限公司（「榮德投資」）已抵押其持有之180,000,000股股份": the holder before its verb
            Matcher mortgaged = ZH_HOLDER_MORTGAGES.matcher(f);
            if (mortgaged.find() && !ZH_PRONOUN_SUBJECT.matcher(mortgaged.group(1)).matches()) {
                subject = o.substring(mortgaged.start(1), mortgaged.end(1));
            }
        }
        if ((subject == null || subject.length() < 2) && release) {
            // "大新銀行已解除泰豐環球以其為受益人所質押的…股份": the holder whose pledge is released
            Matcher held = ZH_RELEASED_HOLDER.matcher(f);
            subject = held.find() ? o.substring(held.start(1), held.end(1)) : subject;
        }
        if (subject == null || subject.length() < 2) {
            // "其全資擁有的投資控股公司堅峰投資有限公司（「堅峰」）已於2025年11月3日以…為受益人訂立股份押記，將其持有的…": the
            // actor dated in a clause of its own before the pledge
            Matcher actor = ZH_ACTOR.matcher(f);
            if (actor.find()) {
                // "控股股東東山控股已於…", "本公司控股股東盛輝投資有限公司已於…": the role before the name (names may hold 股
                // themselves), then no pronoun left
                Matcher role = ZH_ROLE_PREFIX.matcher(actor.group(1));
                int at = role.find() ? role.end() : 0;
                if (at < actor.group(1).length() && !ZH_PRONOUN_SUBJECT.matcher(actor.group(1).substring(at)).matches()) {
                    subject = o.substring(actor.start(1) + at, actor.end(1));
                }
            }
        }
        if (subject == null || subject.length() < 2 || ZH_PRONOUN_SUBJECT.matcher(subject).matches() || subject.contains("通知")) {
            subject = informedBy;
        }
        t.setPledgor(trimName(subject == null ? null : ZH_ADVERB_END.matcher(subject).replaceAll("")));
        Matcher pg = ZH_BENEFICIARY.matcher(f);
        if (pg.find() || (pg = ZH_PLEDGEE.matcher(f)).find()) {
            t.setPledgee(trimName(o.substring(pg.start(1), pg.end(1))));
        }
        if (release && t.getPledgee() == null) {
            Matcher by = ZH_RELEASED_BY.matcher(f);
            String lender = by.find() ? trimName(o.substring(by.start(1), by.end(1))) : null;
            if (lender != null && !lender.equals(t.getPledgor()) && ZH_LENDER.matcher(ChineseScript.toSimplified(lender)).find()) {
                t.setPledgee(lender);
            }
        }
        // "限售流通股1,200万股" before the count, "2,400万股无限售流通A股" after it
        if (before.contains("无限售") || f.startsWith("无限售", sh.end())) {
            t.setRestrictedShares(false);
        }
        java.time.LocalDate date = dateNear(ZH_DATE, f, sh.start());
        if (release) {
            // "原於2022年6月8日質押予…的…3,000萬股，已於2024年5月13日…辦理完畢解除質押登記手續": the pledge's date, then the release's
            Matcher originally = ZH_ORIGINALLY.matcher(f);
            if (originally.find()) {
                int g = 1;
                while (originally.group(g) == null) {
                    g++;
                }
                t.setStartDate(Dates.first(originally.group(g)).orElse(null));
                Matcher after = ZH_DATE.matcher(f).region(originally.end(), f.length());
                java.time.LocalDate released = null;
                while (released == null && after.find()) {
                    released = Dates.first(after.group(1)).orElse(null);
                }
                if (released == null) {
                    // "豐源投資於2024年11月5日將其原於2023年11月6日質押予…的…股辦理了解除質押登記": the release's date first
                    released = lastZhDate(f.substring(0, originally.start()));
                    released = released != null && released.equals(t.getStartDate()) ? null : released;
                }
                date = released != null ? released : date;
            }
            t.setReleaseDate(date);
        } else {
            // "本次质押起始日为2024年11月4日，质押到期日为2027年11月3日" states them outright
            t.setStartDate(stated(ZH_START, f, nextF).orElse(date));
            java.util.Optional<java.time.LocalDate> expiry = stated(ZH_EXPIRY, f, nextF);
            if (expiry.isEmpty() && about.get()[0].contains("期限")) {
                // "質押股份佔…。質押期限自二零二四年三月五日起至二零二五年三月四日止": a sentence further on
                expiry = stated(ZH_EXPIRY, about.get()[0], "");
            }
            expiry.ifPresent(t::setExpiryDate);
        }
        Matcher cap = ZH_PCT_CAPITAL.matcher(f);
        if (cap.find() || (cap = ZH_PCT_CAPITAL.matcher(percentF.get())).find() || (cap = ZH_PCT_CAPITAL_LISTED.matcher(percentF.get())).find()
                || (cap = ZH_PCT_CAPITAL.matcher(unlessHolding(nextF))).find()) {
            t.setPercentOfTotalShareCapital(Double.parseDouble(cap.group(1)));
        }
        if (!release) {
            // "本次質押不屬於補充質押，質押融資資金用途為補充流動資金": the purpose may stand in a sentence of its own
            String purpose = purposeIn(List.of(ZH_PURPOSE_STATED, ZH_PURPOSE), List.of(new String[] {f, o}, about.get()));
            if (purpose != null) {
                t.setPurpose(purpose);
            }
        }
        if (!release) {
            Matcher sup = ZH_SUPPLEMENTAL.matcher(f);
            if (sup.find() || (sup = ZH_SUPPLEMENTAL.matcher(about.get()[0])).find()) {
                t.setSupplementalPledge(sup.group(1) == null);
            }
        }
        Matcher hold = ZH_PCT_HOLDING.matcher(f);
        if (hold.find() || (hold = ZH_PCT_HOLDING.matcher(percentF.get())).find() || (hold = ZH_PCT_HOLDING_LISTED.matcher(percentF.get())).find()
                || (hold = ZH_PCT_HOLDING.matcher(unlessHolding(nextF))).find()) {
            t.setPercentOfHolding(Double.parseDouble(hold.group(1)));
        }
        if (f.contains("控股股东")) {
            t.setControllingShareholder(true);
        }
        t.setSourceText(o.strip());
        return t.build();
    }

    private static final Pattern EN_ON_DATE = Pattern.compile("\\b(?:[Oo]n|(?:share charge|share mortgage|pledge|charge)(?: agreement| deed)? dated) (\\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8},? \\d{4}|[A-Z][a-z]{2,8}\\.? \\d{1,2},? \\d{4}|\\d{4}-\\d{2}-\\d{2})");
    // "The 80,000,000 Shares released had been pledged ... since 18 January 2023"
    private static final Pattern EN_PLEDGED_ON = Pattern.compile("\\b(?:had|has) (?:been )?(?:pledged|charged)\\b[^;]{0,80}?\\b(?:on|since) (\\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8},? \\d{4}|[A-Z][a-z]{2,8}\\.? \\d{1,2},? \\d{4})");
    // "the pledge of 180,000,000 Shares held by Glorious Tide created on 15 August 2022 ... was released": in a release, the pledge's
    private static final Pattern EN_CHARGE_DATED = Pattern.compile("\\b(?:(?:share charge|share mortgage|pledge|charge) dated|created on) (\\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8},? \\d{4}|[A-Z][a-z]{2,8}\\.? \\d{1,2},? \\d{4})");
    private static final Pattern EN_SHARES_PLEDGED_ON = Pattern.compile("^\\s*(?:of the company\\s+)?(?:\\(the [^)]{1,30}\\)\\s*)?(?:which|that)?\\s*(?:were\\s+|had been\\s+)?(?:pledged|charged|created)\\s+(?:by|to|in favour of)\\b[^;]{0,120}?\\bon (\\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8},? \\d{4}|[A-Z][a-z]{2,8}\\.? \\d{1,2},? \\d{4})",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern THIS_PLEDGE = Pattern.compile("(?i)\\s*(?:such|the|this)\\s+(?:share\\s+)?(?:pledge|charge|mortgage)\\b(?!s)");
    private static final Pattern EN_EXPIRING_ON = Pattern.compile("\\b(?:expiring|expires|will expire|to expire)\\s+on\\s+"
            + "(\\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8},? \\d{4}|[A-Z][a-z]{2,8}\\.? \\d{1,2},? \\d{4})", Pattern.CASE_INSENSITIVE);

    private static final Pattern EN_RELEASED_ON = Pattern.compile("\\b(?:released|discharged|redeemed)\\b[^.;]{0,40}?\\bon (\\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8},? \\d{4}|[A-Z][a-z]{2,8}\\.? \\d{1,2},? \\d{4}|\\d{4}-\\d{2}-\\d{2})");
    /** The schema's controlling holder: a controlling shareholder, or the (single) largest one. */
    private static final String CONTROLLING_ROLE = "(?:controlling|(?<=\\b(?:the|a)\\s)(?:single\\s+)?largest)\\s+shareholders?\\b";
    /** After a name: its defined term, another name joined by "and", then ", the controlling shareholder(s)". */
    private static final Pattern NAMED_CONTROLLING = Pattern.compile(
            "^\\s*(?:[(（][^)）]{1,60}[)）])?(?:\\s*(?:and|及|和)\\s*[^,;()（）]{1,80}?\\s*(?:[(（][^)）]{1,60}[)）])?)?\\s*[,，]\\s*"
            // "Mr. Cheng Ka Wai ("Mr. Cheng"), the chairman of the Board, an executive Director and the controlling shareholder"
            // "the chairman of the board of directors of the Company (the "Board"), an executive director and a controlling shareholder"
            + "(?:being\\s+)?(?:(?:the|an?)\\s+[a-z\\-]+(?:\\s+(?!and\\b)[a-z\\-]+){0,9}(?:\\s*\\([^()]{1,40}\\))?\\s*(?:,|\\s+and)\\s+){0,3}"
            + "(?:a\\s+|the\\s+|one\\s+of\\s+the\\s+)?" + CONTROLLING_ROLE, Pattern.CASE_INSENSITIVE);
    /** "received a notice from its controlling shareholder, Hubei Tianrun Industrial Group Co., Ltd.": the role before the name. */
    private static final Pattern EN_CONTROLLING_BEFORE = Pattern.compile(
            "\\bcontrolling\\s+shareholders?(?:\\s+of\\s+the\\s+company)?\\s*,?\\s*(?:namely\\s+(?:[^.;]{0,120}?\\s(?:and|,)\\s+)?|being\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /**
     * "Grand Pinnacle is the registered and beneficial owner of 720,000,000 shares ..., and is therefore a controlling
     * shareholder": said of the holder later in its own sentence, with no one else ("by", "who") named between.
     */
    private static final Pattern IS_CONTROLLING = Pattern.compile(
            "^\\s*(?:[(（][^)）]{1,60}[)）])?\\s*(?:(?:is|was)\\b(?:(?!\\.\\s|;|\\bnot\\b|\\bby\\b|\\bwho|\\bwhich\\b).){0,250}?"
            + "(?:\\bis|\\bbeing)\\s+|is\\s+)(?:therefore\\s+|thus\\s+|hence\\s+|accordingly\\s+|also\\s+)?(?:a|the|one of the)\\s+" + CONTROLLING_ROLE
            // "Crestfield and Mr. Lau are therefore the controlling shareholders"; "Silvercrest, and Mr. Ho by virtue of his
            // interest in Silvercrest under Part XV of the Securities and Futures Ordinance, are the controlling shareholders"
            // "Mr. Ng, the chairman of the Board and an executive Director, and Vale Summit are together the controlling shareholders"
            + "|^\\s*(?:[(（][^)）]{1,60}[)）])?(?:\\s*,\\s*(?:the|an?|being)\\s+[^,;()]{1,100}(?=\\s*,\\s*and\\s))?"
            // "Pinecliff Capital, Mr. Tse and Ms. Lo are together the controlling shareholders"
            + "(?:\\s+and\\s+[^,;()]{1,60}?|\\s*,\\s*[^,;()]{1,60}?,?\\s+and\\s+[^,;()]{1,60}?|\\s*,\\s*and\\s+(?:" + NO_SENTENCE_END + "[^;()]){1,160}?,?)?"
            + "\\s+are\\s+(?:therefore\\s+|thus\\s+|hence\\s+|accordingly\\s+|also\\s+)?(?:together\\s+|jointly\\s+|collectively\\s+)?the\\s+controlling\\s+shareholders\\b"
            // "Glorious Tide and Mr. Ho together are interested in 1,080,000,000 Shares, representing ..., and are the
            // controlling shareholders": their holding first
            + "|^\\s*(?:[(（][^)）]{1,60}[)）])?\\s+and\\s+[^,;()]{1,60}?\\s+(?:together\\s+|jointly\\s+)?are\\s+(?:interested|beneficially)"
            + "(?:" + NO_SENTENCE_END + "[^;]){0,200}?,\\s+and\\s+are\\s+(?:together\\s+|jointly\\s+|collectively\\s+)?the\\s+controlling\\s+shareholders\\b"
            // "百樂控股持有600,000,000股股份，佔…60.00%，為本公司之控股股東"
            + "|^(?:(?!控股股东|并非|不是)[^。；]){0,150}?[，,]\\s*(?:并|亦)?(?:为|是|乃)(?:本公司)?(?:之|的)?控股股东"
            // "林先生及德昇為本公司控股股東（定義見上市規則）"
            + "|^\\s*(?:(?:及|和|与)[^，,。；()（）]{1,30}?)?\\s*(?:均|皆|亦|乃)?(?:为|是)(?:本公司)?(?:之|的)?控股股东",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ALL_PLEDGORS = Pattern.compile("(?i)\\bthe\\s+(?:pledgors|chargors)\\b");
    private static final Pattern EVERY_PLEDGOR_CONTROLLING = Pattern.compile(
            "(?i)\\b(?:each\\s+of\\s+the\\s+pledgors\\s+is\\s+a|the\\s+pledgors\\s+are\\s+(?:all\\s+)?(?:the\\s+)?)\\s*controlling\\s+shareholders?\\b");
    /** "Mr. Lau is interested in approximately 7.2% of the issued Shares. He is not a controlling shareholder". */
    private static final Pattern PRONOUN_NOT_CONTROLLING = Pattern.compile(
            "^\\s+(?:is|was|holds|has)\\b(?:[^.;]|\\.(?=\\d)){0,250}\\.\\s+(?:He|She|It)\\s+is\\s+not\\s+(?:a|the)\\s+controlling\\s+shareholder");
    private static final Pattern NEITHER_CONTROLLING = Pattern.compile(
            "\\b[Nn]either\\s+((?:" + NO_SENTENCE_END + "(?!;).){1,120}?\\s+nor\\s+(?:" + NO_SENTENCE_END + "(?!;).){1,120}?)\\s+(?:is|was)\\s+(?:a|the|one of the)\\s+controlling\\s+shareholders?\\b");
    private static final Pattern NAMED_NOT_CONTROLLING = Pattern.compile(
            "^\\s*(?:[(（][^)）]{1,60}[)）])?\\s*(?:(?:is|was) not|has never been) (?:a|the|one of the) controlling shareholders?\\b"
            + "|^\\s*(?:[(（][^)）]{1,60}[)）])?\\s*(?:并非|不是|并不是)(?:本公司)?(?:的|之)?控股股东"
            // "堅峰及何先生均為本公司的主要股東（定義見上市規則），惟並非本公司的控股股東"
            + "|^(?:(?!控股股东)[^。；]){0,120}?[，,]\\s*(?:惟|但)(?:并非|不是|并不是)(?:本公司)?(?:的|之)?控股股东"
            // "X is a substantial shareholder of the Company but is not a controlling shareholder", "X is a passive financial
            // investor and is not a controlling shareholder"
            + "|^\\s*(?:[(（][^)）]{1,60}[)）])?\\s*(?:is|was) an? [^.;]{1,80}?,? \\(?(?:but|and) (?:(?:is|was) )?not (?:a|the) controlling shareholder",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ZH_START = Pattern.compile("质押(?:起始日|开始日)(?:期)?(?:为|是|[:：])?\\s*(" + ZH_DAY + ")");
    private static final Pattern ZH_EXPIRY = Pattern.compile(
            "(?:质押到期日(?:期)?(?:为|是|[:：])?\\s*|质押期限(?:自|由)" + ZH_DAY + "起至"
            // "補充質押股份之質押期限與首批質押股份相同，即至二零二五年十二月八日止"
            + "|质押期限[^。；]{0,20}?即至(?=" + ZH_DAY + "止)"
            // "股份質押將於二零二七年六月二十七日屆滿"
            + "|(?:质押|押记)将于(?=" + ZH_DAY + "(?:届满|到期))"
            // "質押期限為兩年，至二零二六年十一月五日屆滿"
            + "|(?:质押|押记)期限[^。；]{0,12}?至(?=" + ZH_DAY + "(?:届满|到期|止)))(" + ZH_DAY + ")");
    private static final Pattern ZH_ORIGINALLY = Pattern.compile("原(?:于)?(" + ZH_DAY + ")(?:质押|押记|办理)"
            // "已解除其於二零二三年六月八日以創富證券有限公司（「創富證券」）為受益人而質押之…股": the pledge released, dated
            + "|解除其于(" + ZH_DAY + ")[^，。；]{0,60}?(?:质押|押记)"
            // "雪龙控股于2023年5月10日质押给中信证券…的2,400万股…，已于2024年6月12日…办理完成解除质押登记手续"
            + "|于(" + ZH_DAY + ")(?:质押|押记)(?:给|予)"
            // "永福控股於二零二二年十月十二日以富衡證券有限公司為受益人質押之150,000,000股…，已於…全數解除質押"
            + "|于(" + ZH_DAY + ")以[^，。；]{2,40}?为受益人而?(?:质押|押记)");

    private static java.util.Optional<java.time.LocalDate> stated(Pattern p, String f, String nextF) {
        Matcher m = p.matcher(f);
        if (m.find() || (m = p.matcher(nextF)).find()) {
            return Dates.first(m.group(1));
        }
        return java.util.Optional.empty();
    }

    /** The last Chinese date written in {@code s} that reads as one, or null. */
    private static java.time.LocalDate lastZhDate(String s) {
        java.time.LocalDate last = null;
        for (Matcher d = ZH_DATE.matcher(s); d.find(); ) {
            last = Dates.first(d.group(1)).orElse(last);
        }
        return last;
    }

    private static final Pattern ZH_DATE = Pattern.compile(
            "(\\d{4}年\\d{1,2}月\\d{1,2}日|[零〇○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)");
    /** ("VCB"), (the "Lender"), and ("KUB", and together with VCB, the "Banks"): the term a name is given. */
    /** "PLEDGE OF SHARES BY CONTROLLING SHAREHOLDERS Elderwyn Capital Limited": a heading the prepared text ran into the name. */
    private static final Pattern HEADING_BEFORE_NAME = Pattern.compile("^(?:[A-Z][A-Z&'\\-]+\\s+){2,}(?=[A-Z][a-z])");

    private static String withoutHeading(String name) {
        return name.length() > 12 && Character.isUpperCase(name.charAt(1)) ? HEADING_BEFORE_NAME.matcher(name).replaceFirst("") : name;
    }

    private static final Pattern EN_DEFINED = Pattern.compile("\\(\\s*(?:the\\s+)?[\"“]\\*{0,2}([^\"”*]{2,40}?)\\*{0,2}[\"”]\\s*(?:\\)|,\\s*(?:and\\s+)?together with[^)]{1,80}\\))|（「([^」]{1,20})」）|\\(「([^」]{1,20})」\\)|（“([^”]{1,20})”）|（以下简称[“\"]([^”\"]{1,20})[”\"]）|（以下简称「([^」]{1,20})」）"
            // "華信財務有限公司（「貸款人」，一間根據香港法例註冊成立之持牌放債人）": the term, then what the party is
            + "|（「([^」]{1,20})」[，,]");
    /** A comma stays inside a name only before a company form ("Co., Ltd."): "the Facility Agreement, Sky Harvest ..." is two. */
    private static final String COMPANY_FORM_AFTER_COMMA = "(?:Ltd|Limited|Inc|LLC|L\\.P|Co|Corp|plc|S\\.A)\\b"
            // "Kingsland Commercial Bank Limited, Hong Kong Branch"
            + "|(?:[A-Z][a-z]+\\s+){1,3}(?:Branch|Sub-[Bb]ranch)\\b";
    private static final Pattern EN_NAME_MARKS = Pattern.compile("\\*?\\s*(?:[(（]\\p{IsHan}[\\p{IsHan}()（）]{1,40}[)）]\\s*)?$");
    private static final Pattern EN_NAME_TAIL = Pattern.compile(
            "((?:(?:Mr|Ms|Mrs|Mdm|Dr|Madam)\\.?\\s+)?[A-Z][\\w&'.\\-]*(?:(?:,\\s(?=" + COMPANY_FORM_AFTER_COMMA + ")|\\s)(?:[A-Z(][\\w&'.()\\-]*|of|and|de|la)){0,12})\\s*$");
    /** Words before a defined name that are not part of it ("...於二零二四年十月八日與南洋商業銀行有限公司（「貸款人」）"). */
    // "本公司主席兼執行董事陳錦輝先生（「陳先生」）": a director's titles before the name; "（「輝博」）就寶泰證券有限公司（「寶泰證券」）":
    // the bracket that closed the term before, and the preposition after it
    private static final Pattern ZH_ROLE = Pattern.compile(
            "^.*(?:控股股东|主要股东|股东|实际控制人|一致行动人士|一致行动人|接获|接到|获|本公司|与|向|主席|董事长|行政总裁|总裁|董事(?!会))|^[）)]?(?:及|就|而)?");

    private static final Pattern TRAILING_ROLE = Pattern.compile("\\s+as\\s+((?:[a-z]+\\s+){0,6}[a-z]+)\\s*$");

    /**
     * "China Construction Bank (Asia) Corporation Limited as facility agent and security agent (the "Security Agent")":
     * the term names the party, not its role, when the role the text gives it holds the term's words.
     */
    private static String withoutRole(String before, String alias) {
        Matcher role = TRAILING_ROLE.matcher(before);
        return role.find() && role.group(1).contains(alias.toLowerCase(Locale.ROOT)) ? before.substring(0, role.start()) : before;
    }

    /** Defined terms: "Sunrise Glory Holdings Limited ("Sunrise Glory")" and "旭榮控股有限公司（「旭榮」）" map the short name to the full one. */
    private static final Pattern ZH_DESCRIBED = Pattern.compile("^(?:其)?(?:间接)?(?:全资拥有|全资持有|控制)(?:的|之)?(?:投资控股公司|附属公司|公司)?");
    private static final Pattern ZH_TO_PARTY = Pattern.compile("(?:质押|押记|抵押)(?:予|给)|向");

    static java.util.Map<String, String> aliases(String orig, String folded) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        Matcher m = EN_DEFINED.matcher(folded);
        while (m.find()) {
            int g = 1;
            while (m.group(g) == null) {
                g++;
            }
            String alias = orig.substring(m.start(g), m.end(g)).strip();
            int from = Math.max(0, m.start() - 150);
            String before = orig.substring(from, m.start());
            String full;
            if (g == 1) {
                // "Shandong Bohai Shipping Investment Co., Ltd.* (山東渤海航運投資有限公司) ("Bohai Shipping")": the name
                // before its identification mark and its Chinese name
                before = EN_NAME_MARKS.matcher(before).replaceFirst("");
                before = withoutRole(before, alias);
                Matcher t = EN_NAME_TAIL.matcher(before);
                full = t.find() ? lastConjunctNamed(withoutHeading(t.group(1).strip()), alias) : null;
            } else {
                String fb = folded.substring(from, m.start());
                int cut = Math.max(Math.max(fb.lastIndexOf('，'), fb.lastIndexOf('。')), Math.max(fb.lastIndexOf('」'), fb.lastIndexOf('、')));
                // "…約16.36%；而朗峰環球有限公司（「朗峰環球」）": a clause after a semicolon names its party too
                cut = Math.max(cut, fb.lastIndexOf('；'));
                // a bullet or a label's colon ("重要内容提示：●中原重工集团有限公司（以下简称“中原集团”）") opens the name too
                cut = Math.max(cut, Math.max(fb.lastIndexOf('：'), fb.lastIndexOf('●')));
                Matcher role = ZH_ROLE.matcher(fb.substring(cut + 1));
                int start = cut + 1 + (role.find() ? role.end() : 0);
                // "其全資擁有的投資控股公司堅峰投資有限公司（「堅峰」）": the description before the name
                Matcher described = ZH_DESCRIBED.matcher(fb.substring(start));
                start += described.find() ? described.end() : 0;
                // "將其股份質押予大新銀行有限公司（「大新銀行」）": the party named after the verb
                Matcher to = ZH_TO_PARTY.matcher(fb);
                while (to.find(start) && to.end() < fb.length()) {
                    start = to.end();
                }
                // "分別以華信銀行（香港）有限公司（「華信銀行」）為受益人": the beneficiary named after 以
                int yi = folded.startsWith("为受益人", m.end()) ? fb.lastIndexOf('以') : -1;
                if (yi >= start && yi + 1 < fb.length()) {
                    start = yi + 1;
                }
                // "鴻基資本有限公司（Hung Kee Capital Limited）（「鴻基資本」）": the name in English beside it is no part of it
                // "(i)  寶裕集團有限公司（「控股股東」）不再為…": a list item's marker before the name neither
                full = LATIN_NAME_AFTER.matcher(orig.substring(from + start, m.start()).strip()).replaceFirst("");
                full = LIST_MARKER.matcher(full).replaceFirst("");
            }
            if (full != null && full.length() > alias.length() && !GENERIC_ALIAS.matcher(alias).matches()) {
                out.putIfAbsent(alias, trimName(full));
            }
        }
        return out;
    }

    private static final Pattern LIST_MARKER = Pattern.compile("^[(（](?:[ivx]{1,4}|[a-h]|\\d{1,2})[)）]\\s*");
    private static final Pattern LATIN_NAME_AFTER = Pattern.compile("(?<=\\p{IsHan})\\s*[（(][A-Za-z][A-Za-z .,&'-]*[)）]$");

    /**
     * "Idenmore Capital and Ms. Lo Ka Yan ("Ms. Lo", together with Idenmore Capital, ...)": the term defines the party
     * named last, whose name it opens; a name with "and" in it ("Smith and Partners Limited") keeps its whole.
     */
    private static String lastConjunctNamed(String full, String alias) {
        int and = full.lastIndexOf(" and ");
        if (and < 0) {
            return full;
        }
        String last = full.substring(and + 5).strip();
        return last.length() > alias.length() && last.startsWith(alias + " ") ? last : full;
    }

    /**
     * A later sentence or list item about a pledge already read ("(a) Number and class of Shares charged: 412,500,000
     * ordinary Shares") is no second pledge: same action and share count, and nothing it names contradicts the first.
     * What it adds (a pledgee, a date) fills the first one's gaps.
     */
    private static boolean restates(PledgeTransaction t, List<PledgeTransaction> out, int from) {
        for (int k = from; k < out.size(); k++) {
            PledgeTransaction first = out.get(k);
            if (first.getAction() == t.getAction() && java.util.Objects.equals(first.getShares(), t.getShares())
                    && agrees(first.getPledgor(), t.getPledgor()) && agrees(first.getPledgee(), t.getPledgee())
                    && agrees(first.getStartDate(), t.getStartDate()) && agrees(first.getReleaseDate(), t.getReleaseDate())) {
                if (first.getPledgee() == null) {
                    first.setPledgee(t.getPledgee());
                }
                if (first.getPledgor() == null) {
                    first.setPledgor(t.getPledgor());
                }
                return true;
            }
        }
        return false;
    }

    /**
     * "根據股份押記合共被抵押之275,000,000股股份": the aggregate of the charges just read (180,000,000 and 95,000,000), no
     * charge of its own.
     */
    private static boolean sumOfTheAbove(PledgeTransaction t, String f, List<PledgeTransaction> out, int from) {
        if (t.getShares() == null || out.size() - from < 2 || !AGGREGATE.matcher(f).find()) {
            return false;
        }
        long sum = 0;
        for (int k = from; k < out.size(); k++) {
            PledgeTransaction x = out.get(k);
            sum += x.getAction() == t.getAction() && x.getShares() != null ? x.getShares() : 0;
        }
        return sum == t.getShares();
    }

    private static final Pattern AGGREGATE = Pattern.compile("(?i)合共|合计|共计|总计|\\bin (?:the )?aggregate\\b|\\baggregate of\\b|\\btotal of\\b|\\bin total\\b");

    private static boolean agrees(Object a, Object b) {
        return a == null || b == null || a.equals(b);
    }

    /** "On the same date, Mr. Ho pledged ..." / "同日": the date of the transaction read just before. */
    private static void sameDateAsBefore(PledgeTransaction t, String f, List<PledgeTransaction> before) {
        if (before.isEmpty() || !SAME_DATE.matcher(f).find()) {
            return;
        }
        PledgeTransaction prev = before.get(before.size() - 1);
        if (t.getAction() == PledgeAction.PLEDGE && t.getStartDate() == null) {
            t.setStartDate(prev.getStartDate() != null ? prev.getStartDate() : prev.getReleaseDate());
        } else if (t.getAction() == PledgeAction.RELEASE && t.getReleaseDate() == null) {
            t.setReleaseDate(prev.getReleaseDate() != null ? prev.getReleaseDate() : prev.getStartDate());
        }
    }

    /**
     * "On 3 November 2025, X and the Lender entered into a supplemental agreement, pursuant to which (i) the term was
     * extended to 2 November 2026; and (ii) X has pledged a further 50,000,000 Shares": the sentence is cut at its
     * semicolons, so a clause without a date of its own takes the last "on <date>" of the clauses that lead to it.
     */
    private static void dateOfLeadingClauses(PledgeTransaction t, String folded, List<int[]> spans, int k) {
        boolean pledge = t.getAction() == PledgeAction.PLEDGE;
        if ((pledge ? t.getStartDate() : t.getReleaseDate()) != null) {
            return;
        }
        int first = k;
        while (first > 0 && endsWithSemicolon(folded.substring(spans.get(first - 1)[0], spans.get(first - 1)[1]).strip())) {
            first--;
        }
        int from = spans.get(first)[0];
        int to = spans.get(k)[0];
        boolean leadIn = false;
        if (LATER_ITEM.matcher(folded).region(spans.get(k)[0], spans.get(k)[1]).lookingAt()) {
            // "... that on 2 May 2024: (a) X pledged ... (the "Lender"). The ... Shares represent ...; and (b) Mr. Tsang pledged":
            // a later item of a list takes the date of the lead-in before the list's first item
            Matcher lead = FIRST_ITEM.matcher(folded).region(Math.max(0, to - LIST_REACH), to);
            int colon = -1;
            while (lead.find()) {
                colon = lead.start();
            }
            if (colon >= 0) {
                from = Math.max(0, colon - LEAD_IN_REACH);
                to = colon;
                leadIn = true;
            }
        }
        if (first == k && !leadIn) {
            return;
        }
        Matcher m = EN_ON_DATE.matcher(folded).region(from, to);
        java.time.LocalDate last = null;
        while (m.find()) {
            last = Dates.first(m.group(1)).orElse(last);
        }
        // "…知會，於2025年11月5日：" then "(i) 遠航投資以…為受益人，將其持有之…作出質押": the lead-in's date in Chinese
        last = last == null ? lastZhDate(folded.substring(from, to)) : last;
        if (pledge) {
            t.setStartDate(last);
        } else {
            t.setReleaseDate(last);
        }
    }

    private static final Pattern LATER_ITEM = Pattern.compile("\\s*(?:and |or |及|以及)?\\s*\\((?:[b-h]|ii|iii|iv|v|vi)\\)\\s");
    private static final Pattern FIRST_ITEM = Pattern.compile("[:：]\\s*\\((?:a|i)\\)\\s");
    private static final int LIST_REACH = 3000;
    private static final int LEAD_IN_REACH = 300;

    private static final Pattern SAME_DATE = Pattern.compile("(?i)\\b(?:on the same (?:date|day)|on even date)\\b|同日|同一日");

    /** The date written closest before the share count, else the first after it. */
    private static java.time.LocalDate dateNear(Pattern p, String f, int sharesAt) {
        Matcher m = p.matcher(f);
        java.time.LocalDate before = null;
        java.time.LocalDate after = null;
        while (m.find()) {
            java.time.LocalDate d = Dates.first(m.group(1)).orElse(null);
            if (d == null) {
                continue;
            }
            if (m.start() < sharesAt) {
                before = d;
            } else if (after == null) {
                after = d;
            }
        }
        return before != null ? before : after;
    }

    private static String find(Pattern p, String folded, String orig) {
        Matcher m = p.matcher(folded);
        return m.find() ? orig.substring(m.start(1), m.end(1)) : null;
    }

    /** Names without a leading article, a trailing defined term ("(the “Pledgor”)") or role words. */
    private static String trimName(String s) {
        if (s == null) {
            return null;
        }
        String n = TRAILING_ON_DATE.matcher(s.strip()).replaceAll("");
        n = ON_DATE_PREFIX.matcher(n).replaceAll("");
        n = THE_PREFIX.matcher(n).replaceAll("");
        n = TRAILING_COMMA.matcher(QUOTED_ALIAS.matcher(n).replaceAll("")).replaceAll("");
        return Names.clean(n);
    }

    private static ShareClass shareClass(String c) {
        if (c == null) {
            return null;
        }
        return switch (c.toLowerCase(Locale.ROOT)) {
            case "h" -> ShareClass.H;
            case "a" -> ShareClass.A;
            case "domestic" -> ShareClass.DOMESTIC;
            case "unlisted", "non-listed" -> ShareClass.UNLISTED;
            case "ordinary" -> ShareClass.ORDINARY;
            default -> null;
        };
    }

    /** The fields a reader of a transaction could not find, under the transaction's index in the payload. */
    static void listMissing(PledgeTransaction t, int index, List<String> missing) {
        String p = "transactions[" + index + "].";
        if (t.getPledgor() == null) {
            missing.add(p + "pledgor");
        }
        if (t.getShares() == null) {
            missing.add(p + "shares");
        }
        if (t.getPledgee() == null) {
            missing.add(p + "pledgee");
        }
        if (t.getAction() == PledgeAction.PLEDGE && t.getStartDate() == null) {
            missing.add(p + "startDate");
        }
        if (t.getAction() == PledgeAction.PLEDGE && t.getPurpose() == null) {
            missing.add(p + "purpose");
        }
        if (t.getAction() == PledgeAction.RELEASE && t.getReleaseDate() == null) {
            missing.add(p + "releaseDate");
        }
    }
}
