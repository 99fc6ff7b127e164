package dev.hkfilings.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * Literals of which every match of a regex contains at least one, read off the regex's syntax. A text holding none
 * of them cannot match, so a cheap {@link String#contains} spares the regex engine a scan of the whole text, which
 * it would otherwise attempt at every position (Java only skips ahead for patterns that start with a literal).
 *
 * <p>Conservative by construction: only characters that every match must contain verbatim count (no quantified
 * atom, no class, no escape but an escaped punctuation mark, no lookaround), and a regex it cannot read yields
 * {@code null}, meaning "always run the regex". Case-insensitive or comment flags are not understood, so they
 * also yield {@code null}.
 */
final class RequiredLiterals {

    private final String re;
    private int pos;

    private RequiredLiterals(String re) {
        this.re = re;
    }

    /** The literals, at least one of which every match contains; null when the regex gives no such guarantee. */
    static List<String> of(String regex) {
        if (regex.contains("(?i") || regex.contains("(?x") || regex.contains("(?u") || regex.contains("\\Q")) {
            return null;
        }
        try {
            RequiredLiterals r = new RequiredLiterals(regex);
            List<String> any = r.alternation();
            if (r.pos != regex.length()) {
                return null;
            }
            return any;
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /**
     * Literals one of which every match of the regex starts with (after any leading {@code \\b}): its leading run of
     * plain characters and unquantified groups of plain literal alternatives, spelled out (at most
     * {@value #MAX_PREFIXES} ways); null when the regex does not start that way. A match can then only start where one
     * of them occurs, so the matcher need only be tried there; the longer they are, the fewer such places ("as " occurs
     * forty times in a poll announcement, "as my proxy" never).
     */
    static List<String> prefixes(String regex) {
        if (regex.contains("(?i") || regex.contains("(?x") || regex.contains("(?u") || regex.contains("\\Q")) {
            return null;
        }
        String re = regex.startsWith("\\b") ? regex.substring(2) : regex;
        List<String> prefixes = List.of("");
        int i = 0;
        while (i < re.length()) {
            if (re.startsWith("(?:", i)) {
                int close = re.indexOf(')', i);
                if (close < 0 || (close + 1 < re.length() && isQuantifier(re.charAt(close + 1)))) {
                    break;
                }
                String body = re.substring(i + 3, close);
                // no nested group, class or escape: each '|' in the body then separates two of its alternatives
                boolean flat = body.indexOf('(') < 0 && body.indexOf('[') < 0 && body.indexOf('\\') < 0;
                List<String> alternatives = new ArrayList<>();
                boolean whole = true;
                for (String alternative : body.split("\\|", -1)) {
                    String run = literalRun(alternative);
                    if (run.isEmpty() || run.length() != alternative.length() && !flat) {
                        alternatives = null;
                        break;
                    }
                    // "(?:charges?|mortgages?)": every match still starts with "charge" or "mortgage", but nothing after
                    // the group is known to follow them
                    whole &= run.length() == alternative.length();
                    alternatives.add(run);
                }
                if (alternatives == null || prefixes.size() * alternatives.size() > MAX_PREFIXES) {
                    break;
                }
                prefixes = spelledOut(prefixes, alternatives);
                if (!whole) {
                    break;
                }
                i = close + 1;
            } else {
                String run = literalRun(re.substring(i));
                int optional = i + run.length();
                if (run.isEmpty() && !isOptionalChar(re, optional)) {
                    break;
                }
                prefixes = spelledOut(prefixes, List.of(run));
                i = optional;
                if (isOptionalChar(re, optional) && prefixes.size() * 2 <= MAX_PREFIXES) {
                    // "announces? the": both "announce the" and "announces the"
                    prefixes = spelledOut(prefixes, List.of("", re.substring(optional, optional + 1)));
                    i = optional + 2;
                    continue;
                }
                if (i < re.length() && re.charAt(i) != '(') {
                    // what stopped the run: a class, an escape, a dot, an anchor, or the quantified char it left out
                    break;
                }
            }
        }
        if (prefixes.stream().anyMatch(String::isEmpty)) {
            return null;
        }
        // A prefix that starts with another adds no place to try: "kpi" already covers "kpis".
        List<String> shortest = new ArrayList<>();
        for (String p : prefixes) {
            if (prefixes.stream().noneMatch(q -> q.length() < p.length() && p.startsWith(q)) && !shortest.contains(p)) {
                shortest.add(p);
            }
        }
        return List.copyOf(shortest);
    }

    /** Each prefix followed by each ending, in order. */
    private static List<String> spelledOut(List<String> prefixes, List<String> endings) {
        List<String> out = new ArrayList<>(prefixes.size() * endings.size());
        for (String prefix : prefixes) {
            for (String ending : endings) {
                out.add(prefix + ending);
            }
        }
        return out;
    }

    /** A plain character followed by {@code ?} (and no other quantifier) at {@code at}: "s?" in "announces?". */
    private static boolean isOptionalChar(String re, int at) {
        return at + 1 < re.length() && isPlain(re.charAt(at)) && re.charAt(at + 1) == '?'
                && (at + 2 >= re.length() || !isQuantifier(re.charAt(at + 2)));
    }

    /** Not one of the characters with a meaning of their own outside a character class. */
    private static boolean isPlain(char c) {
        return "\\[](){}.*+?^$|".indexOf(c) < 0;
    }

    /** How many ways {@link #prefixes} spells out at most: each is one more literal for the classifier's index. */
    static final int MAX_PREFIXES = 8;

    /** The leading plain characters of a regex, without the last one when a quantifier follows it. */
    private static String literalRun(String re) {
        int i = 0;
        while (i < re.length() && isPlain(re.charAt(i))) {
            i++;
        }
        if (i < re.length() && isQuantifier(re.charAt(i))) {
            i--;
        }
        return re.substring(0, Math.max(0, i));
    }

    private static boolean isQuantifier(char c) {
        return c == '*' || c == '+' || c == '?' || c == '{';
    }

    /** The regex split at its top-level {@code |}: the alternatives, in order (one element when there is none). */
    static List<String> topLevelAlternatives(String regex) {
        List<String> alternatives = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
                if (i + 1 < regex.length() && regex.charAt(i + 1) == '^') {
                    i++;
                }
                if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
                    i++;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                alternatives.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        alternatives.add(regex.substring(start));
        return alternatives;
    }

    /** Parses alternatives up to a closing parenthesis or the end: the union of each alternative's literals. */
    private List<String> alternation() {
        List<String> union = new ArrayList<>();
        boolean known = true;
        while (true) {
            List<String> alt = sequence();
            if (alt == null) {
                known = false;
            } else if (known) {
                union.addAll(alt);
            }
            if (pos < re.length() && re.charAt(pos) == '|') {
                pos++;
                continue;
            }
            return known ? union : null;
        }
    }

    /** Parses one alternative; returns the best requirement among its unquantified literal runs and groups. */
    private List<String> sequence() {
        List<String> best = null;
        StringBuilder run = new StringBuilder();
        while (pos < re.length()) {
            char c = re.charAt(pos);
            if (c == '|' || c == ')') {
                break;
            }
            if (c == '(') {
                best = better(best, run);
                run.setLength(0);
                pos++;
                boolean lookaround = false;
                if (pos < re.length() && re.charAt(pos) == '?') {
                    char k = re.charAt(pos + 1);
                    if (k == ':') {
                        pos += 2;
                    } else if (k == '=' || k == '!') {
                        lookaround = true;
                        pos += 2;
                    } else if (k == '<' && (re.charAt(pos + 2) == '=' || re.charAt(pos + 2) == '!')) {
                        lookaround = true;
                        pos += 3;
                    } else {
                        throw new IllegalArgumentException("unsupported group");
                    }
                }
                List<String> inner = alternation();
                if (pos >= re.length() || re.charAt(pos) != ')') {
                    throw new IllegalArgumentException("unbalanced");
                }
                pos++;
                boolean quantified = skipQuantifier();
                if (!lookaround && !quantified && inner != null && !inner.isEmpty()) {
                    best = pick(best, inner);
                }
                continue;
            }
            if (c == '[') {
                best = better(best, run);
                run.setLength(0);
                skipClass();
                skipQuantifier();
                continue;
            }
            String atom;
            if (c == '\\') {
                char e = re.charAt(pos + 1);
                pos += 2;
                atom = !Character.isLetterOrDigit(e) ? String.valueOf(e) : null;
            } else if (c == '.' || c == '^' || c == '$') {
                pos++;
                atom = null;
            } else if (c == '*' || c == '+' || c == '?' || c == '{') {
                throw new IllegalArgumentException("dangling quantifier");
            } else {
                pos++;
                atom = String.valueOf(c);
            }
            boolean quantified = skipQuantifier();
            if (atom == null || quantified) {
                best = better(best, run);
                run.setLength(0);
            } else {
                run.append(atom);
            }
        }
        return better(best, run);
    }

    private List<String> better(List<String> best, CharSequence run) {
        return run.length() == 0 ? best : pick(best, List.of(run.toString()));
    }

    /** The more selective requirement: the one whose shortest literal is longer (fewer chance hits). */
    private static List<String> pick(List<String> a, List<String> b) {
        if (a == null) {
            return b;
        }
        return shortest(b) > shortest(a) ? b : a;
    }

    private static int shortest(List<String> any) {
        int min = Integer.MAX_VALUE;
        for (String s : any) {
            min = Math.min(min, s.length());
        }
        return min;
    }

    /** Skips a quantifier after an atom; true when there was one (the atom may then be absent or repeated). */
    private boolean skipQuantifier() {
        if (pos >= re.length()) {
            return false;
        }
        char q = re.charAt(pos);
        if (q == '*' || q == '+' || q == '?') {
            pos++;
        } else if (q == '{') {
            int end = re.indexOf('}', pos);
            if (end < 0) {
                throw new IllegalArgumentException("unbalanced quantifier");
            }
            pos = end + 1;
        } else {
            return false;
        }
        if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
            pos++;
        }
        return true;
    }

    private void skipClass() {
        pos++;
        if (pos < re.length() && re.charAt(pos) == '^') {
            pos++;
        }
        if (pos < re.length() && re.charAt(pos) == ']') {
            pos++;
        }
        while (re.charAt(pos) != ']') {
            if (re.charAt(pos) == '\\') {
                pos++;
            } else if (re.charAt(pos) == '[') {
                skipClass();
                continue;
            }
            pos++;
        }
        pos++;
    }
}
