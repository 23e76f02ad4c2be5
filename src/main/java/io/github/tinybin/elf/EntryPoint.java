package io.github.tinybin.elf;

import io.github.tinybin.asm.AssemblyResult;
import io.github.tinybin.asm.Symbol;
import io.github.tinybin.diag.Diagnostics;

/** Finds the address execution starts at. */
final class EntryPoint {
    private EntryPoint() {
    }

    static String name(ElfOptions options) {
        return options.entry() == null ? ElfOptions.DEFAULT_ENTRY : options.entry();
    }

    /** The entry symbol's address, or null after reporting why there is none. */
    static Long resolve(AssemblyResult program, ElfOptions options, Diagnostics diagnostics) {
        String name = name(options);
        Symbol symbol = program.symbols().get(name);
        if (symbol == null) {
            diagnostics.error("entry symbol '" + name + "' is not defined");
            return null;
        }
        if (!symbol.isLabel()) {
            diagnostics.error(symbol.file(), symbol.line(), 0,
                    "entry symbol '" + name + "' is a constant, not a label", null);
            return null;
        }
        return symbol.value();
    }
}
