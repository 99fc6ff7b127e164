package dev.hkfilings.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Traditional and Simplified Chinese: folds Traditional characters to their Simplified forms so that one
 * pattern reads both scripts, and counts the characters that only one of the scripts uses. The table covers
 * the vocabulary of announcements (shares, pledges, meetings, reports), not the whole language.
 */
public final class ChineseScript {

    // Pairs: Traditional character, its Simplified form (duplicates are harmless).
    private static final String PAIRS =
            "國国會会說说與与於于這这質质權权東东為为爲为們们個个來来時时後后發发對对經经過过當当開开關关體体實实長长區区"
            + "報报屬属務务計计還还點点達达產产業业員员據据額额證证資资購购層层應应監监議议決决項项總总條条聯联記记續续間间"
            + "規规則则並并價价債债單单處处營营獲获廣广團团結结讓让讀读樣样萬万億亿數数佔占擁拥無无將将書书號号碼码稱称銀银"
            + "錄录擔担貸贷轉转買买賣卖認认訂订協协簽签屆届滿满響响變变動动況况環环績绩標标準准節节約约廢废氣气溫温險险風风"
            + "僱雇傭佣訓训練练勞劳鏈链責责衛卫創创術术災灾辦办選选舉举幣币潤润虧亏損损綜综財财審审師师獨独週周齊齐參参贊赞"
            + "棄弃別别託托門门題题類类內内錢钱餘余擬拟佈布歸归優优級级簡简寫写義义專专網网頁页圖图電电車车華华強强興兴際际"
            + "龍龙飛飞馬马閱阅辭辞職职聽听覽览顯显驗验顧顾問问頭头陽阳傳传備备復复複复雜杂難难離离籌筹紀纪組组織织統统維维"
            + "線线綠绿繼继榮荣藝艺蘇苏葉叶藥药覺觉親亲觀观訊讯試试詢询該该詳详語语誤误請请諸诸謹谨護护貨货貿贸費费貴贵賬账"
            + "賦赋賽赛趨趋跡迹輪轮較较載载輸输運运遠远連连進进遊游適适遺遗邊边鄉乡醫医釋释針针錯错鍵键閉闭閣阁隊队陸陆陳陈"
            + "隨随雙双雖虽雲云須须預预領领頻频館馆驅驱麗丽齡龄儀仪兒儿兩两冊册劃划劑剂勝胜勢势卻却廠厂厲厉異异帶带幫帮張张"
            + "彈弹從从徵征態态慮虑懷怀戰战戶户擇择擊击擴扩攝摄敗败斷断極极構构機机橫横歐欧歲岁歷历殘残溝沟測测滅灭潔洁濟济"
            + "煉炼熱热爭争牽牵獎奖現现畫画療疗盡尽盤盘確确礎础禮礼種种稅税穩稳競竞築筑糧粮紅红純纯紙纸細细終终給给緣缘編编"
            + "縮缩罰罚聲声臨临舊旧藍蓝虛虚補补裝装製制視视討讨設设許许評评調调談谈論论識识譯译豐丰負负販贩貧贫賠赔賺赚贈赠"
            + "軟软輕轻農农違违遞递鄰邻鑒鉴鑑鉴鋼钢鎮镇閥阀陣阵隱隐韓韩順顺頓顿飲饮養养倉仓倫伦偉伟傷伤價价僅仅剛刚劍剑勵励"
            + "匯汇厭厌啟启嚴严圍围園园圓圆夠够夢梦奪夺奮奋婦妇嬰婴寶宝寬宽導导尋寻尷尴屬属島岛廳厅廬庐彙汇徑径憲宪戲戏拋抛"
            + "掛挂採采換换揚扬損损搶抢攜携斂敛暫暂曆历朧胧東东柵栅棟栋楊杨榮荣槍枪權权歡欢殼壳毀毁溫温滬沪滯滞漢汉漲涨濕湿"
            + "灣湾燈灯燒烧犧牺狀状獲获璽玺瓊琼產产畢毕疊叠瘋疯發发盜盗眾众睜睁矯矫礦矿禍祸禪禅稱称窮穷竊窃筆笔範范簽签類类"
            + "紐纽級级絕绝絡络絲丝綁绑緊紧締缔緩缓縱纵繩绳繳缴罷罢羅罗翹翘聞闻膚肤艙舱莊庄蓋盖薦荐蘭兰號号蟲虫術术襲袭覆覆"
            + "親亲觸触訴诉詞词誌志誠诚誼谊諾诺謀谋謝谢譜谱讚赞豬猪貓猫貫贯賀贺賓宾賞赏賴赖趕赶跡迹踐践軌轨辯辩邁迈鄧邓醜丑"
            + "鈔钞鉅巨鍊链鐘钟鎖锁閃闪閒闲閘闸闊阔隸隶雞鸡韌韧頂顶頃顷項项顏颜颱台颳刮飄飘飯饭飾饰驚惊髒脏鬧闹魯鲁鮮鲜鳥鸟"
            + "茲兹執执註注滙汇鹽盐麥麦黃黄黨党齒齿龜龟凍冻債债銷销紛纷緒绪鋪铺縣县懸悬險险臺台寧宁億亿澳澳託托託托兌兑冪幂貼贴帳帐櫃柜藉借係系";

    // Simplified forms that Traditional texts also use as characters of their own: they tell nothing about the script.
    private static final String SHARED_FORMS = "于占布余征准佣叶志制复云台巨借干后向斗丑范采系";

    private static final Map<Character, Character> TO_SIMPLIFIED = new HashMap<>();
    private static final Set<Character> TRADITIONAL_ONLY = new HashSet<>();
    private static final Set<Character> SIMPLIFIED_ONLY = new HashSet<>();
    // The same tables indexed by char: every analysed document passes through them, and boxed map look-ups per
    // character were a visible share of the analyzer's time.
    private static final char[] SIMPLIFIED = new char[Character.MAX_VALUE + 1];
    private static final byte[] SCRIPT = new byte[Character.MAX_VALUE + 1];

    static {
        for (int i = 0; i + 1 < PAIRS.length(); i += 2) {
            char t = PAIRS.charAt(i);
            char s = PAIRS.charAt(i + 1);
            if (t == s) {
                continue;
            }
            TO_SIMPLIFIED.put(t, s);
            TRADITIONAL_ONLY.add(t);
            if (SHARED_FORMS.indexOf(s) < 0) {
                SIMPLIFIED_ONLY.add(s);
            }
        }
        TRADITIONAL_ONLY.removeAll(SIMPLIFIED_ONLY);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            SIMPLIFIED[c] = (char) c;
        }
        TO_SIMPLIFIED.forEach((t, simplified) -> SIMPLIFIED[t] = simplified);
        TRADITIONAL_ONLY.forEach(t -> SCRIPT[t] = 1);
        SIMPLIFIED_ONLY.forEach(simplified -> SCRIPT[simplified] = 2);
    }

    /** The Simplified form of one character per the table, else the character itself. */
    public static char toSimplified(char c) {
        return SIMPLIFIED[c];
    }

    private ChineseScript() {
    }

    /** The text with the Traditional characters of the table replaced by their Simplified forms. */
    public static String toSimplified(String text) {
        if (text == null) {
            return null;
        }
        int first = 0;
        while (first < text.length() && SIMPLIFIED[text.charAt(first)] == text.charAt(first)) {
            first++;
        }
        if (first == text.length()) {
            return text; // English text and text already Simplified have nothing to fold: no copy
        }
        StringBuilder b = new StringBuilder(text.length());
        b.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            b.append(SIMPLIFIED[text.charAt(i)]);
        }
        return b.toString();
    }

    /** How many characters only Traditional texts use ([0]) and only Simplified texts use ([1]). */
    public static int[] scriptCounts(String text) {
        int trad = 0;
        int simp = 0;
        for (int i = 0; i < text.length(); i++) {
            byte script = SCRIPT[text.charAt(i)];
            if (script == 1) {
                trad++;
            } else if (script == 2) {
                simp++;
            }
        }
        return new int[] {trad, simp};
    }
}
