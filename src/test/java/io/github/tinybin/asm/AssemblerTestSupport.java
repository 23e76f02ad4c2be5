package io.github.tinybin.asm;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Shared helpers for front-end tests: a simple placement and one-call assembly. */
final class AssemblerTestSupport {
    private AssemblerTestSupport() {
    }

    /** Sections one after another from {@code start}, each aligned to its alignment. */
    static SectionPlacement sequential(long start) {
        return (List<Section> sections) -> {
            long at = start;
            for (Section s : sections) {
                at = (at + s.align() - 1) & -s.align();
                s.address(at);
                at += s.size();
            }
        };
    }

    static AssemblyResult assemble(FakeEncoder encoder, String source, long start) {
        AssemblerOptions options = new AssemblerOptions();
        options.listing = true;
        return new Assembler(encoder).assemble(
                new SourceText("t.asm", null, source.getBytes(StandardCharsets.UTF_8)), options, sequential(start));
    }

    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append(String.format("%02x", x & 0xff));
        }
        return sb.toString();
    }
}
