package dev.hkfilings.pledge;

import dev.hkfilings.text.ChineseScript;
import java.util.Map;

/**
 * An announcement's prose as the prose readers use it: prepared once (wraps joined, widths normalised), folded to
 * Simplified Chinese once, and its defined terms ("Ridgeline", 「堅峰」) read once. Several readers run over one
 * document; each used to prepare the text and read its terms again.
 */
final class ProseText {

    private final String text;
    private String orig;
    private String folded;
    private Map<String, String> aliases;

    ProseText(String text) {
        this.text = text;
    }

    /** The text as given. */
    String text() {
        return text;
    }

    /** Prepared: line wraps inside words and numbers joined, whitespace collapsed. */
    String orig() {
        if (orig == null) {
            orig = ProsePledgeReader.prepared(text);
        }
        return orig;
    }

    /** {@link #orig()} in Simplified Chinese, the same length. */
    String folded() {
        if (folded == null) {
            folded = ChineseScript.toSimplified(orig());
        }
        return folded;
    }

    /** Each defined term and the full name the text gives it. */
    Map<String, String> aliases() {
        if (aliases == null) {
            aliases = ProsePledgeReader.aliases(orig(), folded());
        }
        return aliases;
    }
}
