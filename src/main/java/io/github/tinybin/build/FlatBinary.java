package io.github.tinybin.build;

import io.github.tinybin.asm.AssemblyResult;
import io.github.tinybin.asm.SectionPlacement;
import io.github.tinybin.diag.Diagnostics;

/** nasm's {@code -f bin} output: sections laid out by nasm's rules, written as raw bytes. */
final class FlatBinary {
    private FlatBinary() {
    }

    static SectionPlacement placement() {
        throw new UnsupportedOperationException("bin format not written yet");
    }

    static byte[] write(AssemblyResult program, Diagnostics diagnostics) {
        throw new UnsupportedOperationException("bin format not written yet");
    }
}
