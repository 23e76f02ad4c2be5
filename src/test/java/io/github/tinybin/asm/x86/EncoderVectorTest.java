package io.github.tinybin.asm.x86;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tinybin.asm.Assembler;
import io.github.tinybin.asm.AssemblerOptions;
import io.github.tinybin.asm.AssemblyResult;
import io.github.tinybin.asm.Section;
import io.github.tinybin.asm.SectionPlacement;
import io.github.tinybin.asm.SourceText;
import io.github.tinybin.diag.Diagnostic;
import io.github.tinybin.diag.Severity;
import io.github.tinybin.vectors.VectorFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replays nasm's golden vectors of the instruction groups through the real assembler (front end and
 * this encoder): each line alone in {@code bits 64} at address 0, as it was recorded with
 * {@code nasm -f bin}. Accepted lines must give nasm's bytes and its warnings with their class tags
 * (as a set: nasm prints some twice, the vectors once); rejected lines must be rejected with nasm's first error. Vectors
 * known to differ for reasons outside the encoder are listed, with the reason, in
 * {@code vector-known-gaps.txt}.
 */
class EncoderVectorTest {
    private static final int SHOWN = Integer.getInteger("vectors.shown", 40);

    private static final SectionPlacement TEXT_AT_ZERO = (List<Section> sections) -> {
        long at = 0;
        for (Section s : sections) {
            at = (at + s.align() - 1) & -s.align();
            s.address(at);
            at += s.size();
        }
    };

    /** SOURCE -> why it is known to differ (see the resource's header). */
    private static final Map<String, String> KNOWN_GAPS = knownGaps();

    private static Map<String, String> knownGaps() {
        Map<String, String> gaps = new HashMap<>();
        try (InputStream in = EncoderVectorTest.class.getResourceAsStream("vector-known-gaps.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    int tab = line.indexOf('\t');
                    gaps.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return gaps;
    }

    @ParameterizedTest
    @ValueSource(strings = {"alu", "test", "mov", "address", "labels", "transfer", "arith", "shift", "bits", "bmi",
            "control", "string", "io", "flags", "misc", "system", "prefix", "invalid", "numbers", "floats", "strings", "syntax"})
    void groupMatchesNasm(String group) {
        Assembler assembler = new Assembler(new X86Encoder());
        List<String> mismatches = new ArrayList<>();
        List<String> fixed = new ArrayList<>();
        int count = 0;
        for (VectorFile.Vector v : VectorFile.load(group)) {
            count++;
            String problem = check(assembler, v);
            boolean known = KNOWN_GAPS.containsKey(v.source());
            if (problem != null && !known) {
                mismatches.add(v.location() + "\n    " + problem);
            } else if (problem == null && known) {
                fixed.add(v.location());
            }
        }
        if (!fixed.isEmpty()) {
            System.out.println(group + ": " + fixed.size() + " vectors listed in vector-known-gaps.txt now match nasm: "
                    + fixed);
        }
        assertTrue(count > 0, "no vectors in " + group);
        assertTrue(mismatches.isEmpty(), mismatches.size() + " of " + count + " vectors of " + group
                + " differ from nasm:\n" + String.join("\n", mismatches.subList(0, Math.min(SHOWN, mismatches.size()))));
    }

    private static String check(Assembler assembler, VectorFile.Vector v) {
        AssemblyResult result = assembler.assemble(
                new SourceText("vector.asm", null, v.program().getBytes(StandardCharsets.UTF_8)),
                new AssemblerOptions(), TEXT_AT_ZERO);
        List<String> errors = new ArrayList<>();
        Set<String> warnings = new LinkedHashSet<>();
        for (Diagnostic d : result.diagnostics().all()) {
            if (d.severity() == Severity.ERROR) {
                errors.add(d.message());
            } else {
                warnings.add(d.message());
            }
        }
        if (!v.accepted()) {
            String expected = v.errors().get(0).message();
            if (errors.isEmpty()) {
                return "nasm: error " + expected + "; we accepted it: " + hex(text(result)) + " " + warnings;
            }
            return errors.get(0).equals(expected) ? null : "nasm: error " + expected + "; we: error " + errors.get(0);
        }
        Set<String> expectedWarnings = new LinkedHashSet<>();
        for (VectorFile.Diagnostic d : v.warnings()) {
            expectedWarnings.add(d.tag() == null ? d.message() : d.message() + " " + d.tag());
        }
        if (!errors.isEmpty()) {
            return "nasm: " + hex(v.bytes()) + "; we: error " + errors;
        }
        byte[] got = text(result);
        if (!Arrays.equals(got, v.bytes()) || !warnings.equals(expectedWarnings)) {
            return "nasm: " + hex(v.bytes()) + " " + expectedWarnings + "; we: " + hex(got) + " " + warnings;
        }
        return null;
    }

    private static byte[] text(AssemblyResult result) {
        Section text = result.section(".text");
        return text == null ? new byte[0] : text.bytes();
    }

    private static String hex(byte[] bytes) {
        return HexFormat.ofDelimiter(" ").formatHex(bytes);
    }
}
