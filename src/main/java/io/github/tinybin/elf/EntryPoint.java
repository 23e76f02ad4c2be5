package io.github.tinybin.elf;

import io.github.tinybin.asm.AssemblyResult;
import io.github.tinybin.asm.SourceLocation;
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
            String message = "entry symbol '" + name + "' is not defined";
            SourceLocation global = program.undefinedGlobals().get(name);
            if (global != null) {
                diagnostics.error(global.file(), global.line(), global.column(), message, global.sourceLine());
            } else if (program.sourceName() != null) {
                diagnostics.error(program.sourceName(), 0, 0, message, null);
            } else {
                diagnostics.error(message);
            }
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
