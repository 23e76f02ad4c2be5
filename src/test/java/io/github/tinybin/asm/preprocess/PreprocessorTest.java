package io.github.tinybin.asm.preprocess;

import io.github.tinybin.asm.AssemblerOptions;
import io.github.tinybin.asm.SourceText;
import io.github.tinybin.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PreprocessorTest {

    private static String builtinHello() throws IOException {
        try (InputStream in = PreprocessorTest.class.getResourceAsStream("/io/github/tinybin/build/hello.asm")) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void builtinProgramTakesMessageFromDefine() throws IOException {
        AssemblerOptions o = new AssemblerOptions();
        o.defines.put("MESSAGE", "`Hi there\\n`");
        PreprocessorHarness h = PreprocessorHarness.run(builtinHello(), o, null);
        assertEquals("", h.errors());
        assertTrue(h.normalized().contains("db `Hi there\\n`"), h.normalized().toString());
        assertFalse(String.join("\n", h.normalized()).contains("MESSAGE"));
    }

    @Test
    void builtinProgramDefaultsMessage() throws IOException {
        PreprocessorHarness h = PreprocessorHarness.run(builtinHello());
        assertEquals("", h.errors());
        assertTrue(h.normalized().contains("db `Hello!\\n`"), h.normalized().toString());
        // line numbers are the source's
        assertEquals("test.asm:9", h.locations.get(h.lines.indexOf(
            h.lines.stream().filter(l -> l.contains("Hello!")).findFirst().orElseThrow())));
    }

    @Test
    void defineWithoutValueIsEmptyAndDefined() {
        AssemblerOptions o = new AssemblerOptions();
        o.defines.put("FLAG", null);
        PreprocessorHarness h = PreprocessorHarness.run("%ifdef FLAG\nyes FLAG,\n%endif\n", o, null);
        assertEquals(List.of("yes ,"), h.normalized());
    }

    @Test
    void invalidCommandLineDefineIsReported() {
        AssemblerOptions o = new AssemblerOptions();
        o.defines.put("1X", "2");
        PreprocessorHarness h = PreprocessorHarness.run("nop\n", o, null);
        assertEquals("tinybin: error: -D: `1X' is not a valid macro name\n", h.errors());
    }

    @Test
    void plainLinesPassThroughWithoutCopying() {
        byte[] src = "  mov eax, 1 ; c\r\nlabel: db 'x', 0xff\n\nlast".getBytes(StandardCharsets.ISO_8859_1);
        Diagnostics d = new Diagnostics();
        List<LogicalLine> seen = new ArrayList<>();
        List<String> text = new ArrayList<>();
        new Preprocessor(new AssemblerOptions(), d).run(new SourceText("t.asm", null, src), l -> {
            seen.add(l);
            text.add(l.textAsString() + "@" + l.line + "/" + l.expanded + "/" + l.original);
            assertSame(src, l.text);
        });
        assertEquals(List.of("  mov eax, 1 ; c@1/false/null", "label: db 'x', 0xff@2/false/null", "@3/false/null",
            "last@4/false/null"), text);
    }

    @Test
    void nonUtf8BytesSurviveExpansion() {
        byte[] src = {'%', 'd', 'e', 'f', 'i', 'n', 'e', ' ', 'S', ' ', '\'', (byte) 0xe9, (byte) 0xff, '\'', '\n',
            'd', 'b', ' ', 'S', ' ', ';', (byte) 0x80, '\n'};
        List<byte[]> out = new ArrayList<>();
        new Preprocessor(new AssemblerOptions(), new Diagnostics()).run(new SourceText("t.asm", null, src),
            l -> out.add(java.util.Arrays.copyOfRange(l.text, l.start, l.end)));
        assertEquals(1, out.size());
        assertArrayEquals(new byte[] {'d', 'b', ' ', '\'', (byte) 0xe9, (byte) 0xff, '\''}, out.get(0));
    }

    @Test
    void expandedLinesCarryOriginal() {
        PreprocessorHarness h = PreprocessorHarness.run("%define N 4\n  mov eax, N  ; four\n");
        assertEquals(List.of(" mov eax, 4"), h.lines);
        assertEquals("test.asm:2", h.locations.get(0));
    }

    @Test
    void includeSearchesIncludingFolderThenWorkingDirectoryThenIncludePath(@TempDir Path tmp) throws IOException {
        Path src = Files.createDirectories(tmp.resolve("src"));
        Path wd = Files.createDirectories(tmp.resolve("wd"));
        Path inc = Files.createDirectories(tmp.resolve("inc"));
        Files.writeString(src.resolve("a.inc"), "from_src_folder\n%include \"b.inc\"\n");
        Files.writeString(wd.resolve("b.inc"), "from_working_dir __FILE__\n");
        Files.writeString(inc.resolve("c.inc"), "%define C from_include_path\n");
        Files.writeString(wd.resolve("a.inc"), "wrong\n");
        AssemblerOptions o = new AssemblerOptions();
        o.workingDirectory = wd;
        o.includeDirectories.add(inc);
        PreprocessorHarness h = PreprocessorHarness.run("%include \"a.inc\"\n%include 'c.inc'\nC\n", o,
            src.resolve("main.asm"));
        assertEquals("", h.errors());
        assertEquals(List.of("from_src_folder", "from_working_dir 'b.inc'", "from_include_path"), h.normalized());
        assertEquals("a.inc:1", h.locations.get(0));
        assertEquals("test.asm:3", h.locations.get(2));
    }

    @Test
    void includeErrors(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("self.inc"), "%include \"self.inc\"\n");
        Files.createDirectories(tmp.resolve("dir.inc"));
        AssemblerOptions o = new AssemblerOptions();
        o.workingDirectory = tmp;
        PreprocessorHarness h = PreprocessorHarness.run(
            "%include \"missing.inc\"\n%include \"dir.inc\"\n%include \"self.inc\"\n%include\nafter\n", o,
            tmp.resolve("main.asm"));
        assertEquals("""
            test.asm:1:1: error: unable to open include file `missing.inc': No such file or directory
            test.asm:2:1: error: unable to open include file `dir.inc': not a regular file
            self.inc:1:1: error: `%include' of `self.inc' would recurse: it is already being read
            test.asm:4:1: error: `%include' expects a file name
            """, h.errors());
        assertEquals(List.of("after"), h.normalized());
    }

    @Test
    void includeDepthIsLimited(@TempDir Path tmp) throws IOException {
        for (int i = 0; i < 10; i++) {
            Files.writeString(tmp.resolve("f" + i + ".inc"), "%include \"f" + (i + 1) + ".inc\"\n");
        }
        Files.writeString(tmp.resolve("f10.inc"), "deep\n");
        AssemblerOptions o = new AssemblerOptions();
        o.workingDirectory = tmp;
        o.limits.includeDepth = 5;
        PreprocessorHarness h = PreprocessorHarness.run("%include \"f0.inc\"\n", o, tmp.resolve("m.asm"));
        assertEquals("f3.inc:1:1: error: `%include' nested more than 5 levels deep\n", h.errors());
        assertTrue(h.normalized().isEmpty());
    }

    @Test
    void conditionalErrors() {
        PreprocessorHarness h = PreprocessorHarness.run("%else\n%endif\n%elif 1\n%if 1\nx\n");
        assertEquals("""
            test.asm:1:1: error: `%else': no matching `%if'
            test.asm:2:1: error: `%endif': no matching `%if'
            test.asm:3:1: error: `%elif': no matching `%if'
            test.asm:6:1: error: expected `%endif' before end of file
            """, h.errors());
        assertEquals(List.of("x"), h.normalized());
    }


    @Test
    void directivesNasmWrapsInMacrosKeepTheirSideEffects() {
        // nasm -E: ..@4.x, [section .data], [segment .bss] twice, [absolute 16] twice, then ..@8.x
        PreprocessorHarness h = PreprocessorHarness.run("section .data\nglobal a\nbits 64\ndefault rel\n"
            + "%macro m 0\n%%x: nop\n%endmacro\nm\n__?SECT?__\nsegment .bss\n__SECT__\nabsolute 16\n__?SECT?__\n"
            + "use32\ndd __?BITS?__\nm\n");
        assertEquals("", h.errors());
        assertEquals(List.of("section .data", "global a", "bits 64", "default rel", "..@4.x: nop", "[section .data]",
            "segment .bss", "[segment .bss]", "absolute 16", "[absolute 16]", "use32", "dd 32", "..@8.x: nop"),
            h.normalized());
    }

    @Test
    void linesLookedAtButNotChangedKeepTheirText() {
        List<String> seen = new ArrayList<>();
        new Preprocessor(new AssemblerOptions(), new Diagnostics()).run(new SourceText("t.asm", null,
            "%define N 1\n  mov eax, 100 %  7   ; 50% done\n  section .data ; here\n  dd N ; one\n"
                .getBytes(StandardCharsets.ISO_8859_1)),
            l -> seen.add(l.textAsString() + "|" + l.expanded + "|" + l.original));
        assertEquals(List.of("  mov eax, 100 %  7   ; 50% done|false|null", "  section .data ; here|false|null",
            " dd 1|true|  dd N ; one"), seen);
    }

    @Test
    void nolistMacrosAreFlagged() {
        List<Boolean> flags = new ArrayList<>();
        new Preprocessor(new AssemblerOptions(), new Diagnostics()).run(new SourceText("t.asm", null,
            "%macro m 0\nin_m\n%endmacro\nm\nalign 4\nplain\n".getBytes(StandardCharsets.ISO_8859_1)),
            l -> flags.add(l.nolist));
        assertEquals(List.of(false, true, true, false), flags);
    }
}
