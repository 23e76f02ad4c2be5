package io.github.tinybin.elf;

import io.github.tinybin.asm.Section;
import io.github.tinybin.asm.Symbol;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The .symtab and .strtab of an executable: a FILE symbol, then every label and constant of the
 * program, locals before globals as the gABI requires, in a deterministic order.
 */
final class SymbolTable {
    private final LittleEndianBuffer symbols = new LittleEndianBuffer(256);
    private final StringTable strings = new StringTable();
    private int firstGlobal;

    /**
     * @param sectionIndex section header index of each program section that has one
     * @param sourceFile   name for the STT_FILE symbol, or null
     */
    SymbolTable(Iterable<Symbol> programSymbols, Map<Section, Integer> sectionIndex, String sourceFile) {
        add(0, 0, 0, 0);
        if (sourceFile != null) {
            add(strings.offsetOf(sourceFile), Elf.STB_LOCAL << 4 | Elf.STT_FILE, Elf.SHN_ABS, 0);
        }
        List<Symbol> locals = new ArrayList<>();
        List<Symbol> globals = new ArrayList<>();
        for (Symbol s : programSymbols) {
            if (s.isLabel() && !sectionIndex.containsKey(s.section())) {
                continue;
            }
            (s.global() ? globals : locals).add(s);
        }
        Comparator<Symbol> order = Comparator.comparing((Symbol s) -> s.isLabel() ? sectionIndex.get(s.section()) : Elf.SHN_ABS)
                .thenComparingLong(Symbol::value).thenComparing(Symbol::name);
        locals.sort(order);
        globals.sort(order);
        for (Symbol s : locals) {
            add(s, Elf.STB_LOCAL, sectionIndex);
        }
        firstGlobal = symbols.size() / Elf.SYM_SIZE;
        for (Symbol s : globals) {
            add(s, Elf.STB_GLOBAL, sectionIndex);
        }
    }

    private void add(Symbol s, int bind, Map<Section, Integer> sectionIndex) {
        int shndx = s.isLabel() ? sectionIndex.get(s.section()) : Elf.SHN_ABS;
        add(strings.offsetOf(s.name()), bind << 4 | Elf.STT_NOTYPE, shndx, s.value());
    }

    private void add(int name, int info, int shndx, long value) {
        symbols.append32(name).append8(info).append8(0).append16(shndx).append64(value).append64(0);
    }

    byte[] symtab() {
        return symbols.toByteArray();
    }

    byte[] strtab() {
        return strings.toByteArray();
    }

    /** sh_info of .symtab: one past the last local symbol. */
    int firstGlobal() {
        return firstGlobal;
    }
}
