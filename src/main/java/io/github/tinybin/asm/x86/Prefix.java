package io.github.tinybin.asm.x86;

import java.util.Locale;

/** Instruction prefixes that can be written as words before a mnemonic. */
public enum Prefix {
    LOCK, REP, REPE, REPZ, REPNE, REPNZ, O16, O32, O64, A16, A32, A64,
    /** nasm's {@code osp}: in 64-bit code the 66h of {@code o16}, but checked as no particular size. */
    OSP;

    /** The prefix spelled {@code word} (any case), or null. */
    public static Prefix lookup(String word) {
        switch (word.toLowerCase(Locale.ROOT)) {
            case "lock": return LOCK;
            case "rep": return REP;
            case "repe": return REPE;
            case "repz": return REPZ;
            case "repne": return REPNE;
            case "repnz": return REPNZ;
            case "o16": return O16;
            case "osp": return OSP;
            case "o32": return O32;
            case "o64": return O64;
            case "a16": return A16;
            case "a32": case "asp": return A32;
            case "a64": return A64;
            default: return null;
        }
    }
}
