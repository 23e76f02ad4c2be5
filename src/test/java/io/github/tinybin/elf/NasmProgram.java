package io.github.tinybin.elf;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.tinybin.asm.AssemblyResult;
import io.github.tinybin.asm.LineEntry;
import io.github.tinybin.asm.Section;
import io.github.tinybin.asm.Symbol;
import io.github.tinybin.diag.Diagnostics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Real programs for layout tests until our own assembler lands: nasm assembles a source to an
 * elf64 object; this class turns the object into the {@link AssemblyResult} our assembler would hand
 * over (sections, symbols, line table from nasm's listing), placing sections with the layout under
 * test and applying nasm's relocations as a linker would. Tests using it are skipped without nasm.
 */
final class NasmProgram {
    private NasmProgram() {
    }

    static void assumeNasm() {
        assumeTrue(Executables.onPath("nasm"), "nasm not installed");
    }

    /** Assembles {@code source} (written to {@code dir/name}) for {@code layout} with {@code options}. */
    static AssemblyResult assemble(Path dir, String name, String source, Layout layout, ElfOptions options) {
        assumeNasm();
        try {
            Path asm = dir.resolve(name);
            Files.writeString(asm, source);
            String base = name.replaceFirst("\\.asm$", "");
            Executables.Run run = Executables.run(dir, "nasm", "-f", "elf64", "-o", base + ".o", "-l", base + ".lst", name);
            if (run.exitCode() != 0) {
                throw new AssertionError("nasm failed: " + run.stderr());
            }
            ElfReader object = new ElfReader(Files.readAllBytes(dir.resolve(base + ".o")));
            List<String> listing = Files.readAllLines(dir.resolve(base + ".lst"), StandardCharsets.UTF_8);
            return link(object, listing, name, layout, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static AssemblyResult link(ElfReader object, List<String> listing, String file, Layout layout,
                                       ElfOptions options) {
        Map<Integer, Section> byIndex = new LinkedHashMap<>();
        List<Section> sections = new ArrayList<>();
        for (ElfReader.SectionHeader sh : object.sections) {
            if ((sh.flags() & Elf.SHF_ALLOC) == 0) {
                continue;
            }
            Section s = new Section(sh.name()).exec((sh.flags() & Elf.SHF_EXECINSTR) != 0)
                    .write((sh.flags() & Elf.SHF_WRITE) != 0).align(Math.max(1, sh.addralign()));
            if (sh.type() == Elf.SHT_NOBITS) {
                s.nobits(true).size(sh.size());
            } else {
                s.bytes(object.contents(sh));
            }
            byIndex.put(sh.index(), s);
            sections.add(s);
        }
        layout.placement(options).place(sections);

        List<ElfReader.Sym> symtab = object.symbols();
        Map<String, Symbol> symbols = new LinkedHashMap<>();
        for (ElfReader.Sym sym : symtab) {
            if (sym.name().isEmpty() || sym.type() == Elf.STT_FILE || sym.type() == 3 /* STT_SECTION */) {
                continue;
            }
            Section in = byIndex.get(sym.shndx());
            long value = in == null ? sym.value() : in.address() + sym.value();
            symbols.put(sym.name(), new Symbol(sym.name(), in, value, sym.bind() == Elf.STB_GLOBAL, file, 0));
        }
        for (ElfReader.SectionHeader sh : object.sections) {
            if (sh.type() != 4 /* SHT_RELA */) {
                continue;
            }
            Section target = byIndex.get(sh.info());
            for (ElfReader.Rela r : object.relocations(sh)) {
                ElfReader.Sym sym = symtab.get(r.symbol());
                Section in = byIndex.get(sym.shndx());
                long s = (in == null ? 0 : in.address()) + sym.value();
                long p = target.address() + r.offset();
                byte[] b = target.bytes();
                switch (r.type()) {
                    case 1 -> putLE(b, (int) r.offset(), s + r.addend(), 8);
                    case 2, 4 -> putLE(b, (int) r.offset(), fits(s + r.addend() - p, true), 4);
                    case 10 -> putLE(b, (int) r.offset(), fits(s + r.addend(), false), 4);
                    case 11 -> putLE(b, (int) r.offset(), fits(s + r.addend(), true), 4);
                    default -> throw new AssertionError("relocation type " + r.type() + " not handled");
                }
            }
        }
        return new AssemblyResult(sections, symbols, lines(listing, sections, file), null, new Diagnostics());
    }

    private static long fits(long value, boolean signed) {
        boolean ok = signed ? value == (int) value : (value >>> 32) == 0;
        if (!ok) {
            throw new AssertionError("relocation overflow: 0x" + Long.toHexString(value) + " in 32 bits");
        }
        return value;
    }

    private static void putLE(byte[] b, int at, long v, int width) {
        for (int i = 0; i < width; i++) {
            b[at + i] = (byte) (v >>> (8 * i));
        }
    }

    /** The line table from nasm's listing: {@code %6d %08X bytes... source}, source at column 40. */
    static List<LineEntry> lines(List<String> listing, List<Section> sections, String file) {
        Map<String, Section> byName = new HashMap<>();
        for (Section s : sections) {
            byName.put(s.name(), s);
        }
        List<LineEntry> out = new ArrayList<>();
        Section current = byName.get(".text");
        for (String row : listing) {
            if (row.length() < 7 || row.isBlank()) {
                continue;
            }
            int line = Integer.parseInt(row.substring(0, 6).trim());
            String source = row.length() > 40 ? row.substring(40).trim() : "";
            String lower = source.toLowerCase(Locale.ROOT);
            if (lower.startsWith("section ") || lower.startsWith("segment ")) {
                current = byName.get(source.split("\\s+")[1]);
                continue;
            }
            if (row.length() < 16 || row.charAt(6) != ' ' || !isHex(row.substring(7, 15))) {
                continue;
            }
            long offset = Long.parseLong(row.substring(7, 15), 16);
            String field = row.substring(16, Math.min(row.length(), 40)).trim();
            long length;
            if (field.startsWith("<res ")) {
                length = Long.parseLong(field.substring(5, field.length() - 2), 16);
            } else {
                length = field.replaceAll("[^0-9A-Fa-f]", "").length() / 2;
            }
            LineEntry last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.line() == line && last.section() == current
                    && last.offset() + last.length() == offset) {
                out.set(out.size() - 1, new LineEntry(current, last.offset(), last.length() + length, file, line));
            } else if (current != null) {
                out.add(new LineEntry(current, offset, length, file, line));
            }
        }
        return out;
    }

    private static boolean isHex(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
