package io.github.tinybin.programs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The corpus is complete (every program has its recorded expectation) and the sidecars parse. */
class CorpusFilesTest {

    @Test
    void everyProgramHasAnExpectationAndEveryFlatSourceItsGoldenBytes() throws IOException {
        List<Path> programs = ProgramCorpusTest.sources(ProgramCorpusTest.corpus());
        assertTrue(programs.size() >= 20, "programs: " + programs.size());
        for (Path source : programs) {
            Path expect = source.resolveSibling(source.getFileName().toString().replace(".asm", ".expect"));
            assertTrue(Files.exists(expect), "missing " + expect);
            Expectation.read(expect);
        }
        for (Path source : ProgramCorpusTest.sources(ProgramCorpusTest.corpus().resolve("errors"))) {
            Path diag = source.resolveSibling(source.getFileName().toString().replace(".asm", ".diag"));
            assertTrue(ExpectedDiagnostic.read(diag).stream().anyMatch(ExpectedDiagnostic::error), "no error in " + diag);
        }
        for (Path source : ProgramCorpusTest.sources(ProgramCorpusTest.corpus().resolve("bin"))) {
            Path golden = source.resolveSibling(source.getFileName().toString().replace(".asm", ".bin"));
            assertTrue(Files.size(golden) > 0, "missing " + golden);
        }
    }

    @Test
    void quotedStringsDecodeEscapes() {
        List<byte[]> values = Expectation.unquoteAll("\"a b\" \"\\n\\t\\r\\\\\\\"\" \"\\x00\\xff\" \"\"", "t");
        assertEquals(4, values.size());
        assertArrayEquals("a b".getBytes(StandardCharsets.US_ASCII), values.get(0));
        assertArrayEquals(new byte[] {'\n', '\t', '\r', '\\', '"'}, values.get(1));
        assertArrayEquals(new byte[] {0, (byte) 0xff}, values.get(2));
        assertArrayEquals(new byte[0], values.get(3));
        assertThrows(IllegalArgumentException.class, () -> Expectation.unquoteAll("\"open", "t"));
        assertThrows(IllegalArgumentException.class, () -> Expectation.unquoteAll("bare", "t"));
        assertThrows(IllegalArgumentException.class, () -> Expectation.unquoteAll("\"\\q\"", "t"));
    }
}
