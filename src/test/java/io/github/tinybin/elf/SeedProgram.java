package io.github.tinybin.elf;

import io.github.tinybin.asm.AssemblyResult;
import io.github.tinybin.asm.LineEntry;
import io.github.tinybin.asm.Section;
import io.github.tinybin.asm.Symbol;
import io.github.tinybin.diag.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed's Hello built by hand as the assembler would hand it over: .rodata with the message,
 * .text with the seed's 33 bytes of code (the address and length of the message patched in, as the
 * assembler would encode {@code mov esi, message} / {@code mov edx, length}).
 */
final class SeedProgram {
    /** The seed's file, from the hexdump in shared/seeds/tiny-rust-demo.md. */
    static final byte[] SEED = HexFormat.of().parseHex(
            "7f454c4602010109" + "48656c6c6f210a00"
            + "02003e0001000000" + "7000400000000000"
            + "3800000000000000" + "0000000000000000"
            + "0000000038003800" + "0100000007000000"
            + "0000000000000000" + "0000400000000000"
            + "0000400000000000" + "9100000000000000"
            + "9100000000000000" + "0010000000000000"
            + "bf01000000be0800" + "4000ba07000000b8"
            + "010000000f0531ff" + "b83c0000000f050f"
            + "0b");

    /** Offsets in the code of the imm32 of {@code mov esi, message} and {@code mov edx, length}. */
    private static final int MESSAGE_IMM = 6;
    private static final int LENGTH_IMM = 11;
    static final int CODE_SIZE = 33;

    private SeedProgram() {
    }

    static byte[] seedCode() {
        byte[] code = new byte[CODE_SIZE];
        System.arraycopy(SEED, 0x70, code, 0, CODE_SIZE);
        return code;
    }

    /** Hello with {@code message}, placed by {@code layout}, as an assembly result. */
    static AssemblyResult hello(String message, Layout layout, ElfOptions options) {
        byte[] text = message.getBytes(StandardCharsets.UTF_8);
        Section rodata = Section.withDefaults(".rodata").bytes(text);
        Section code = Section.withDefaults(".text").bytes(new byte[CODE_SIZE]);
        List<Section> sections = List.of(rodata, code);
        layout.placement(options).place(sections);
        byte[] bytes = seedCode();
        putU32(bytes, MESSAGE_IMM, rodata.address());
        putU32(bytes, LENGTH_IMM, text.length);
        code.bytes(bytes);
        Map<String, Symbol> symbols = new LinkedHashMap<>();
        symbols.put("message", new Symbol("message", rodata, rodata.address(), false, "hello.asm", 8));
        symbols.put("length", new Symbol("length", null, text.length, false, "hello.asm", 10));
        symbols.put("_start", new Symbol("_start", code, code.address(), true, "hello.asm", 14));
        List<LineEntry> lines = new ArrayList<>();
        lines.add(new LineEntry(rodata, 0, text.length, "hello.asm", 9));
        int[] lengths = {5, 5, 5, 5, 2, 2, 5, 2, 2};
        long offset = 0;
        for (int i = 0; i < lengths.length; i++) {
            lines.add(new LineEntry(code, offset, lengths[i], "hello.asm", 15 + i));
            offset += lengths[i];
        }
        return new AssemblyResult(sections, symbols, lines, null, new Diagnostics());
    }

    static void putU32(byte[] b, int at, long v) {
        for (int i = 0; i < 4; i++) {
            b[at + i] = (byte) (v >>> (8 * i));
        }
    }
}
