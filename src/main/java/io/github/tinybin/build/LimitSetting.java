package io.github.tinybin.build;

import io.github.tinybin.asm.Limits;
import java.util.function.ObjLongConsumer;
import java.util.function.ToLongFunction;

/**
 * The assembler's runaway limits as users set them: {@code --limit-NAME N} on the command line (nasm's
 * option names where nasm has the limit) and {@code <limits><NAME>N</NAME></limits>} in the Mojo.
 * One place that knows each limit's name, range and meaning, so both front ends validate alike.
 */
public enum LimitSetting {
    PASSES("passes", "optimisation passes before giving up", 1, Integer.MAX_VALUE, true,
            l -> l.passes, (l, v) -> l.passes = (int) v),
    REP("rep", "iterations of one %rep", 1, Long.MAX_VALUE, true,
            l -> l.repIterations, (l, v) -> l.repIterations = v),
    MACRO_LEVELS("macro-levels", "nesting of macro expansions", 1, Integer.MAX_VALUE, true,
            l -> l.macroLevels, (l, v) -> l.macroLevels = (int) v),
    MACRO_TOKENS("macro-tokens", "tokens one macro expansion makes", 1, Long.MAX_VALUE, true,
            l -> l.macroTokens, (l, v) -> l.macroTokens = v),
    MMACROS("mmacros", "multi-line macro invocations in all", 1, Long.MAX_VALUE, true,
            l -> l.multiLineMacros, (l, v) -> l.multiLineMacros = v),
    EVAL("eval", "nesting depth of an expression", 1, Integer.MAX_VALUE, true,
            l -> l.expressionDepth, (l, v) -> l.expressionDepth = (int) v),
    LINES("lines", "source lines after preprocessing", 1, Long.MAX_VALUE, true,
            l -> l.lines, (l, v) -> l.lines = v),
    // ours, not nasm's; bounded, since each guards memory or stack the JVM must have
    OUTPUT_BYTES("output-bytes", "output bytes (times, resb, incbin)", 1, 1L << 30, false,
            l -> l.outputBytes, (l, v) -> l.outputBytes = v),
    INCLUDE_DEPTH("include-depth", "nesting of %include", 1, 1000, false,
            l -> l.includeDepth, (l, v) -> l.includeDepth = (int) v),
    LINE_LENGTH("line-length", "bytes in one line, also after expansion", 1, 1L << 30, false,
            l -> l.lineLength, (l, v) -> l.lineLength = (int) v);

    /** What a value of {@code unlimited} stands for, as in nasm. */
    public static final String UNLIMITED = "unlimited";

    private final String key;
    private final String meaning;
    private final long min;
    private final long max;
    private final boolean unlimitedAllowed;
    private final ToLongFunction<Limits> getter;
    private final ObjLongConsumer<Limits> setter;

    LimitSetting(String key, String meaning, long min, long max, boolean unlimitedAllowed,
            ToLongFunction<Limits> getter, ObjLongConsumer<Limits> setter) {
        this.key = key;
        this.meaning = meaning;
        this.min = min;
        this.max = max;
        this.unlimitedAllowed = unlimitedAllowed;
        this.getter = getter;
        this.setter = setter;
    }

    /** The name without {@code --limit-}: {@code macro-levels}; also the Mojo's element name. */
    public String key() {
        return key;
    }

    /** The command-line option: {@code --limit-macro-levels}. */
    public String option() {
        return "--limit-" + key;
    }

    public String meaning() {
        return meaning;
    }

    /** This limit's value in {@code limits}. */
    public long value(Limits limits) {
        return getter.applyAsLong(limits);
    }

    /** The value a fresh {@link Limits} has. */
    public long defaultValue() {
        return getter.applyAsLong(new Limits());
    }

    /** The setting named {@code key} ({@code passes}, {@code macro-levels} ...), or null. */
    public static LimitSetting byKey(String key) {
        for (LimitSetting s : values()) {
            if (s.key.equals(key)) {
                return s;
            }
        }
        return null;
    }

    /** The setting for a command-line option ({@code --limit-passes}), or null. */
    public static LimitSetting byOption(String option) {
        return option.startsWith("--limit-") ? byKey(option.substring("--limit-".length())) : null;
    }

    /** Every key, for messages that list what is allowed. */
    public static String keys() {
        StringBuilder sb = new StringBuilder();
        for (LimitSetting s : values()) {
            sb.append(sb.isEmpty() ? "" : ", ").append(s.key);
        }
        return sb.toString();
    }

    /** What values are allowed, as error messages say it. */
    public String allowed() {
        return "a whole number from " + min + " to " + max + (unlimitedAllowed ? " or '" + UNLIMITED + "'" : "");
    }

    /** The default and, where it is not simply "at least 1 or unlimited", the maximum: for help texts. */
    public String range() {
        return "default " + defaultValue() + (unlimitedAllowed ? "" : ", at most " + max);
    }

    /**
     * Parses {@code value} (decimal, {@code _} separators allowed, or {@code unlimited} for nasm's
     * limits) and sets it in {@code limits}.
     *
     * @throws IllegalArgumentException saying what is allowed ({@code expected ...}); the caller names
     *         the option or parameter and the value
     */
    public void apply(Limits limits, String value) {
        setter.accept(limits, parse(value));
    }

    long parse(String value) {
        String text = value.strip();
        if (unlimitedAllowed && text.equalsIgnoreCase(UNLIMITED)) {
            return max;
        }
        String digits = text.replace("_", "");
        boolean numeric = !digits.isEmpty() && !text.startsWith("_") && !text.endsWith("_");
        for (int i = 0; i < digits.length() && numeric; i++) {
            numeric = digits.charAt(i) >= '0' && digits.charAt(i) <= '9';
        }
        long parsed = -1;
        if (numeric) {
            try {
                parsed = Long.parseLong(digits);
            } catch (NumberFormatException e) {
                parsed = -1; // more digits than a long holds: out of range like any other
            }
        }
        if (parsed < min || parsed > max) {
            throw new IllegalArgumentException("expected " + allowed());
        }
        return parsed;
    }
}
