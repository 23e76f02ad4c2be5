package io.github.tinybin.elf;

import io.github.tinybin.asm.AbsoluteReference;
import io.github.tinybin.asm.AssemblyResult;
import io.github.tinybin.diag.Diagnostics;

/**
 * What the linker's relocation processing would refuse, checked at the source line that wrote the
 * address: an address that does not fit its field (ld's "relocation truncated to fit"), and any
 * absolute address at all in a position-independent executable, which the kernel loads at a random
 * address while tinybin writes no dynamic relocations.
 */
final class AbsoluteAddresses {
    private AbsoluteAddresses() {
    }

    /**
     * Reports every absolute address of {@code program} that layout {@code layout}, loading the
     * program at {@code base}, cannot hold; true when there is none.
     */
    static boolean check(AssemblyResult program, String layout, long base, boolean pie, Diagnostics diagnostics) {
        boolean ok = true;
        for (AbsoluteReference ref : program.absoluteReferences()) {
            String message;
            if (pie) {
                message = positionDependent(ref);
            } else if (!ref.fits()) {
                message = truncated(ref, layout, base);
            } else {
                continue;
            }
            diagnostics.error(ref.file(), ref.line(), ref.column(), message, ref.sourceLine());
            ok = false;
        }
        return ok;
    }

    static String positionDependent(AbsoluteReference ref) {
        String symbol = ref.symbol();
        return "absolute address of `" + symbol + "' " + where(ref)
                + " in a position-independent executable, which the kernel loads at a random address: use `[rel "
                + symbol + "]' or `lea reg, [rel " + symbol + "]' (or `default rel')";
    }

    static String truncated(AbsoluteReference ref, String layout, long base) {
        String symbol = ref.symbol();
        String fix = ref.use() == AbsoluteReference.Use.DATA
                ? "use `dq' to store an address"
                : "use RIP-relative addressing: `default rel', or `lea reg, [rel " + symbol + "]'";
        return "relocation truncated to fit: address 0x" + Long.toHexString(ref.value()) + " of `" + symbol
                + "' does not fit " + field(ref) + "; layout '" + layout + "' loads the program at 0x"
                + Long.toHexString(base) + ": " + fix;
    }

    private static String where(AbsoluteReference ref) {
        return switch (ref.use()) {
            case IMMEDIATE -> "as an immediate";
            case DISPLACEMENT -> "as a displacement";
            case DATA -> "in data (" + dataDirective(ref) + ")";
        };
    }

    private static String field(AbsoluteReference ref) {
        String kind = switch (ref.use()) {
            case IMMEDIATE -> "immediate";
            case DISPLACEMENT -> "displacement";
            case DATA -> "field (" + dataDirective(ref) + ")";
        };
        return "the " + ref.fieldDescription() + " " + kind;
    }

    private static String dataDirective(AbsoluteReference ref) {
        return switch (ref.width()) {
            case 1 -> "db";
            case 2 -> "dw";
            case 4 -> "dd";
            default -> "dq";
        };
    }
}
