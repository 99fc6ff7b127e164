package dev.hkfilings.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class RequiredLiteralsTest {

    @Test
    void takesTheLongestUnquantifiedRunOfEachAlternative() {
        assertThat(RequiredLiterals.of("poll results|results? of (?:the )?poll")).containsExactly("poll results", "result");
        assertThat(RequiredLiterals.of("number of (?:the )?(?:pledged shares|shares pledged)"))
                .containsExactly("pledged shares", "shares pledged");
        assertThat(RequiredLiterals.of("\\bkpis?\\b|performance data")).containsExactly("kpi", "performance data");
        assertThat(RequiredLiterals.of("rule(?:s)? 13\\.1[89]|第13\\.1[89]条")).containsExactly(" 13.1", "第13.1");
        assertThat(RequiredLiterals.of("赞成.{0,60}反对")).containsExactly("赞成");
    }

    @Test
    void descendsIntoAnUnquantifiedGroupButNotIntoAnOptionalOne() {
        assertThat(RequiredLiterals.of("(?:股份质押|质押股份|股票质押)")).containsExactly("股份质押", "质押股份", "股票质押");
        assertThat(RequiredLiterals.of("(?:ab)?c")).containsExactly("c");
        assertThat(RequiredLiterals.of("(?<![a-z])(x1)(?![0-9])")).containsExactly("x1");
    }

    @Test
    void splitsOnlyAtTopLevelBars() {
        assertThat(RequiredLiterals.topLevelAlternatives("a(?:b|c)|[|]d|\\|e|f")).containsExactly("a(?:b|c)", "[|]d", "\\|e", "f");
        assertThat(RequiredLiterals.topLevelAlternatives("abc")).containsExactly("abc");
    }

    /** Leftmost start wins; at the same start the earlier alternative wins, even when a later one is longer. */
    @Test
    void alternativesKeepTheAlternationsPreference() {
        Cue cue = Cue.of(dev.hkfilings.avro.AnnouncementType.POLL, 1, "ab|abc|xyz|b");
        assertThat(cue.find("zz abc xyz").group()).isEqualTo("ab");
        assertThat(cue.find("zz abc xyz").start()).isEqualTo(3);
        assertThat(cue.find("xyz abc").group()).isEqualTo("xyz");
        assertThat(cue.find("bb").group()).isEqualTo("b");
        assertThat(cue.find("none")).isNull();
    }

    @Test
    void prefixesAreTheLiteralsEveryMatchStartsWith() {
        assertThat(RequiredLiterals.prefixes("(?:shares|shareholding)[^.;]{0,80}pledged")).containsExactly("shares", "shareholding");
        assertThat(RequiredLiterals.prefixes("results? of (?:the )?poll")).containsExactly("result of ", "results of ");
        assertThat(RequiredLiterals.prefixes("\\bkpis?\\b")).containsExactly("kpi");
        assertThat(RequiredLiterals.prefixes("scope [12]\\b")).containsExactly("scope ");
        assertThat(RequiredLiterals.prefixes("赞成.{0,60}反对")).containsExactly("赞成");
        assertThat(RequiredLiterals.prefixes("(?:was|were) (?:duly )?passed")).containsExactly("was ", "were ");
        assertThat(RequiredLiterals.prefixes("as (?:my|our|my/our) proxy")).containsExactly("as my proxy", "as our proxy", "as my/our proxy");
        assertThat(RequiredLiterals.prefixes("(?:a|b)(?:c|d)e(?=f)")).containsExactly("ace", "ade", "bce", "bde");
        // a group whose alternatives end in a quantified char: their literal runs, and nothing after the group
        assertThat(RequiredLiterals.prefixes("(?:charges?|mortgages?) over (?:the )?shares")).containsExactly("charge", "mortgage");
        assertThat(RequiredLiterals.prefixes("(?:ab?|c)d")).containsExactly("a", "c");
        // a nested group's '|' separates none of the outer group's alternatives: no prefixes read from it
        assertThat(RequiredLiterals.prefixes("(?:x(?:y|z)|w)v")).isNull();
        assertThat(RequiredLiterals.prefixes("(?:a*|b)c")).isNull();
        // at most MAX_PREFIXES ways: a group that would make more ends the prefixes
        assertThat(RequiredLiterals.prefixes("(?:a|b|c)(?:d|e|f)x")).containsExactly("a", "b", "c");
        assertThat(RequiredLiterals.prefixes("(?:an? )?x")).isNull();
        assertThat(RequiredLiterals.prefixes("(?:a|b(?:c))x")).isNull();
        assertThat(RequiredLiterals.prefixes("(?:ab)+x")).isNull();
        assertThat(RequiredLiterals.prefixes("s?x")).containsExactly("x", "sx");
        assertThat(RequiredLiterals.prefixes("s??x")).isNull();
        assertThat(RequiredLiterals.prefixes("ab?+c")).containsExactly("a");
        assertThat(RequiredLiterals.prefixes("[0-9]+ shares")).isNull();
        assertThat(RequiredLiterals.prefixes("(?<![a-z])x")).isNull();
        assertThat(RequiredLiterals.prefixes("(?i)pledge")).isNull();
    }

    /** The one-pass index finds the same first occurrence as {@link String#indexOf} for every cue literal. */
    @Test
    void literalIndexFindsWhatIndexOfFinds() throws Exception {
        List<String> literals = new java.util.ArrayList<>(Cue.literals(AnnouncementClassifier.textCues()));
        literals.addAll(List.of("x", "ab", "质押"));
        LiteralIndex index = new LiteralIndex(literals);
        List<String> texts = new java.util.ArrayList<>(List.of("", "x", "ab", "abx", "a质押", "zz pledgee\u0000ab", "number of votes"));
        for (CorpusEvaluationTest.Doc doc : CorpusEvaluationTest.loadCorpus()) {
            texts.add(AnnouncementClassifier.normalize(doc.text()));
        }
        // Literals are found by an anchor inside them: each one whole, cut at either end, and twice over, at the
        // very start and end of a text.
        for (String literal : literals) {
            texts.add(literal);
            texts.add(literal.substring(1));
            texts.add(literal.substring(0, literal.length() - 1));
            texts.add(literal.substring(1) + " " + literal + literal);
        }
        for (String t : texts) {
            LiteralIndex.Occurrences occurrences = index.scan(t);
            for (String literal : literals) {
                assertThat(occurrences.first(literal)).as(literal + " in " + t.substring(0, Math.min(40, t.length())))
                        .isEqualTo(t.indexOf(literal));
                assertThat(occurrences.first(index.id(literal), index.canonical(List.of(literal)).get(0))).as(literal)
                        .isEqualTo(t.indexOf(literal));
            }
        }
    }

    @Test
    void givesNoGuaranteeWhenAnAlternativeHasNoLiteral() {
        assertThat(RequiredLiterals.of("abc|[0-9]+")).isNull();
        assertThat(RequiredLiterals.of("a*")).isNull();
        assertThat(RequiredLiterals.of("(?i)pledge")).isNull();
    }

    /** The prefilter must never change a cue's answer: same first match, or none, on every corpus text. */
    @Test
    void prefilteredCuesFindWhatThePlainRegexFinds() throws Exception {
        List<CorpusEvaluationTest.Doc> docs = CorpusEvaluationTest.loadCorpus();
        assertThat(docs).isNotEmpty();
        int hits = 0;
        for (CorpusEvaluationTest.Doc doc : docs) {
            String t = AnnouncementClassifier.normalize(doc.text());
            LiteralIndex.Occurrences indexed = AnnouncementClassifier.cueLiteralIndex().scan(t);
            for (Cue cue : AnnouncementClassifier.textCues()) {
                Matcher plain = cue.pattern().matcher(t);
                // as the classifier asks (the literals looked up by their ids in its index), and on the text alone
                for (Matcher filtered : java.util.Arrays.asList(cue.find(indexed), cue.find(t))) {
                    if (plain.find(0)) {
                        assertThat(filtered).as(doc.name() + " " + cue.pattern()).isNotNull();
                        assertThat(filtered.start()).isEqualTo(plain.start());
                        assertThat(filtered.group()).isEqualTo(plain.group());
                    } else {
                        assertThat(filtered).as(doc.name() + " " + cue.pattern()).isNull();
                    }
                }
                if (plain.find(0)) {
                    hits++;
                }
            }
        }
        assertThat(hits).as("cues that matched somewhere").isGreaterThan(50);
    }

    @Test
    void everyTextCueHasAPrefilter() {
        for (Cue cue : AnnouncementClassifier.textCues()) {
            for (Cue.Alternative alternative : cue.alternatives()) {
                assertThat(alternative.anyOf()).as(alternative.pattern().pattern()).isNotNull().isNotEmpty();
            }
        }
    }

    /** Every literal of the classifier's cues is looked up in its index by id, not by hashing the string. */
    @Test
    void textCuesAreBoundToTheIndex() {
        LiteralIndex index = AnnouncementClassifier.cueLiteralIndex();
        for (Cue cue : AnnouncementClassifier.textCues()) {
            for (Cue.Alternative alternative : cue.alternatives()) {
                for (int i = 0; i < alternative.anyOf().size(); i++) {
                    String literal = alternative.anyOf().get(i);
                    assertThat(alternative.anyOfIds()[i]).as(literal).isEqualTo(index.id(literal)).isNotNegative();
                    assertThat(index.canonical(List.of(literal)).get(0)).isSameAs(literal);
                }
                if (alternative.startsWith() != null) {
                    for (int i = 0; i < alternative.startsWith().size(); i++) {
                        assertThat(alternative.startsWithIds()[i]).isEqualTo(index.id(alternative.startsWith().get(i))).isNotNegative();
                    }
                }
            }
        }
    }
}
