package io.github.tinybin.asm;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The program's names, by id, in parallel arrays: how each is defined (label in a section, constant
 * from {@code equ}, extern), its current value, and where it was defined. Label values are kept as
 * (section, offset) so that moving a section moves its labels without touching them.
 */
final class SymbolTable {
    static final byte UNDEFINED = 0;
    static final byte LABEL = 1;
    static final byte CONSTANT = 2;
    static final byte EXTERN = 3;

    private final NameTable index = new NameTable(false, 1024);
    byte[][] names = new byte[256][];
    byte[] kind = new byte[256];
    /** Section index for labels; -1 for labels in {@code absolute} space and for constants. */
    int[] section = new int[256];
    /** Offset in the section for labels, the value for constants and absolute labels. */
    long[] value = new long[256];
    /** Constants: the value depends on label addresses. */
    boolean[] relocatable = new boolean[256];
    /** Constants: the value did not depend on an unknown symbol in the last evaluation. */
    boolean[] known = new boolean[256];
    boolean[] global = new boolean[256];
    /** The source line (see {@link SourceLines}) of the definition, -1 if none; for globals the declaration. */
    int[] definedAt = new int[256];
    int[] declaredAt = new int[256];
    /** Column of the name in the {@code global}/{@code extern} line at {@link #declaredAt}. */
    int[] declaredColumn = new int[256];
    int count;

    /** Addresses of the sections as last placed, indexed like the assembler's section list. */
    long[] sectionBase = new long[16];

    /** The id of {@code b[from..to)}, creating an undefined symbol on first sight. */
    int intern(byte[] b, int from, int to) {
        int id = index.get(b, from, to);
        if (id >= 0) {
            return id;
        }
        if (count == names.length) {
            int n = count * 2;
            names = Arrays.copyOf(names, n);
            kind = Arrays.copyOf(kind, n);
            section = Arrays.copyOf(section, n);
            value = Arrays.copyOf(value, n);
            relocatable = Arrays.copyOf(relocatable, n);
            known = Arrays.copyOf(known, n);
            global = Arrays.copyOf(global, n);
            definedAt = Arrays.copyOf(definedAt, n);
            declaredAt = Arrays.copyOf(declaredAt, n);
            declaredColumn = Arrays.copyOf(declaredColumn, n);
        }
        id = count++;
        names[id] = Arrays.copyOfRange(b, from, to);
        kind[id] = UNDEFINED;
        section[id] = -1;
        definedAt[id] = -1;
        declaredAt[id] = -1;
        index.put(b, from, to, id);
        return id;
    }

    int find(byte[] b, int from, int to) {
        return index.get(b, from, to);
    }

    String name(int id) {
        return new String(names[id], StandardCharsets.ISO_8859_1);
    }

    /** True when a reference to the symbol has a value in this pass. */
    boolean hasValue(int id) {
        byte k = kind[id];
        return k == LABEL || k == CONSTANT && known[id];
    }

    /** The symbol's current value: a label's address from the last placement, or the constant. */
    long valueOf(int id) {
        int s = section[id];
        return kind[id] == LABEL && s >= 0 ? sectionBase[s] + value[id] : value[id];
    }

    boolean isRelocatable(int id) {
        return kind[id] == LABEL ? section[id] >= 0 : relocatable[id];
    }
}
