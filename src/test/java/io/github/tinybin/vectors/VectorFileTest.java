package io.github.tinybin.vectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tinybin.vectors.VectorFile.Kind;
import io.github.tinybin.vectors.VectorFile.Vector;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VectorFileTest {
    /** Groups with data directives and times, whose lines may emit more than one instruction's 15 bytes. */
    private static final Set<String> DATA_GROUPS = Set.of("numbers", "floats", "strings", "syntax", "labels");

    @Test
    void parsesBytesWarningsAndErrors() {
        List<Vector> v = VectorFile.parse("t", List.of(
                "# comment",
                "add eax, 1\t=> 83 c0 01",
                "add al, 300\t=> 04 2c\t!warning byte data exceeds bounds\t[-w+number-overflow]",
                "push cs\t!error instruction not supported in 64-bit mode",
                "label\t=>\t!warning label alone on a line without a colon might be in error\t[-w+label-orphan]",
                ""));
        assertEquals(4, v.size());
        assertArrayEquals(new byte[] {(byte) 0x83, (byte) 0xc0, 0x01}, v.get(0).bytes());
        assertEquals(2, v.get(0).fileLine());
        assertTrue(v.get(0).diagnostics().isEmpty());
        assertArrayEquals(new byte[] {0x04, 0x2c}, v.get(1).bytes());
        assertEquals(List.of(new VectorFile.Diagnostic(Kind.WARNING, "byte data exceeds bounds",
                "[-w+number-overflow]")), v.get(1).diagnostics());
        assertNull(v.get(2).bytes());
        assertEquals("instruction not supported in 64-bit mode", v.get(2).errors().get(0).message());
        assertEquals(0, v.get(3).bytes().length);
        assertEquals("bits 64\npush cs\n", v.get(2).program());
    }

    @Test
    void rejectsMalformedLines() {
        for (String bad : List.of(
                "add eax, 1",                          // no result
                "add eax, 1\t=> 83 C0 01",             // uppercase hex
                "add eax, 1\t=> 83  c0 01",            // double space
                "add eax, 1\t=> 83 c0 0",              // odd digit
                "add eax, 1\t=>83 c0 01",              // no space after =>
                "push cs\t=> 0e\t!error x",            // bytes with an error
                "nop\t=> 90\t[-w+orphan]",             // tag without a warning
                "nop\t=> 90\t!warning ",               // empty message
                "nop\t!warning w",                     // warning only, neither bytes nor error
                "nop\t=> 90\tjunk",                    // unknown column
                "\t=> 90")) {                          // no source
            assertThrows(IllegalArgumentException.class, () -> VectorFile.parse("t", List.of(bad)), bad);
        }
    }

    @Test
    void committedVectorsAreWellFormedSortedAndUnique() {
        List<String> groups = VectorFile.groups();
        assertTrue(groups.size() >= 10, "groups: " + groups);
        Map<String, String> firstSeen = new HashMap<>();
        int accepted = 0;
        int rejected = 0;
        int warned = 0;
        for (String group : groups) {
            List<Vector> vectors = VectorFile.load(group);
            assertFalse(vectors.isEmpty(), group);
            String previous = null;
            for (Vector v : vectors) {
                String earlier = firstSeen.putIfAbsent(v.source(), v.location());
                assertNull(earlier, () -> "duplicate source " + v.location() + " and " + earlier);
                if (previous != null) {
                    assertTrue(previous.compareTo(v.source()) < 0, "not sorted at " + v.location());
                }
                previous = v.source();
                assertFalse(v.source().isBlank(), v.location());
                if (v.accepted()) {
                    accepted++;
                    assertTrue(v.bytes().length <= 15 || DATA_GROUPS.contains(group),
                            () -> "longer than an instruction can be: " + v.location());
                    if (!v.warnings().isEmpty()) {
                        warned++;
                    }
                } else {
                    rejected++;
                }
            }
        }
        assertTrue(accepted >= 8000, "accepted vectors: " + accepted);
        assertTrue(rejected >= 500, "rejected vectors: " + rejected);
        assertTrue(warned >= 500, "warning vectors: " + warned);
    }

    @Test
    void formatIsTheInverseOfParse() {
        for (String group : VectorFile.groups()) {
            List<Vector> vectors = VectorFile.load(group);
            Vector first = vectors.get(0);
            Vector last = vectors.get(vectors.size() - 1);
            for (Vector v : List.of(first, last)) {
                Vector again = VectorFile.parse(group, List.of(VectorFile.format(v))).get(0);
                assertEquals(VectorFile.format(v), VectorFile.format(again), v.location());
            }
        }
    }

    @Test
    void knownVectorsHaveNasmsBytes() {
        Map<String, Vector> bySource = new HashMap<>();
        VectorFile.all().forEach(v -> bySource.put(v.source(), v));
        // Spot checks against the Intel SDM encodings, so a generator bug that shifts columns shows up.
        assertArrayEquals(new byte[] {0x48, (byte) 0x89, (byte) 0xc8}, bySource.get("mov rax, rcx").bytes());
        assertArrayEquals(new byte[] {(byte) 0xa0, (byte) 0x88, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11},
                bySource.get("mov al, [abs qword 0x1122334455667788]").bytes());
        assertArrayEquals(new byte[] {(byte) 0xeb, 0x7e}, bySource.get("jmp $+0x80").bytes());
        assertFalse(bySource.get("push cs").accepted());
        assertFalse(bySource.get("mov ah, sil").accepted());
    }
}
