package io.github.tinybin.asm.preprocess;

import java.util.Locale;
import java.util.Map;

/** The condition codes a {@code %+1} / {@code %-1} macro parameter may hold, and their inverses. */
final class ConditionCodes {
    private ConditionCodes() {
    }

    private static final Map<String, String> INVERSE = Map.ofEntries(
        Map.entry("a", "be"), Map.entry("ae", "b"), Map.entry("b", "ae"), Map.entry("be", "a"),
        Map.entry("c", "nc"), Map.entry("e", "ne"), Map.entry("g", "le"), Map.entry("ge", "l"),
        Map.entry("l", "ge"), Map.entry("le", "g"), Map.entry("na", "a"), Map.entry("nae", "ae"),
        Map.entry("nb", "b"), Map.entry("nbe", "be"), Map.entry("nc", "c"), Map.entry("ne", "e"),
        Map.entry("ng", "g"), Map.entry("nge", "ge"), Map.entry("nl", "l"), Map.entry("nle", "le"),
        Map.entry("no", "o"), Map.entry("np", "p"), Map.entry("ns", "s"), Map.entry("nz", "z"),
        Map.entry("o", "no"), Map.entry("p", "np"), Map.entry("pe", "po"), Map.entry("po", "pe"),
        Map.entry("s", "ns"), Map.entry("z", "nz"));

    /** The code in lower case, or null if {@code text} is not a condition code. */
    static String canonical(String text) {
        String c = text.toLowerCase(Locale.ROOT);
        return INVERSE.containsKey(c) ? c : null;
    }

    static String inverse(String canonical) {
        return INVERSE.get(canonical);
    }
}
