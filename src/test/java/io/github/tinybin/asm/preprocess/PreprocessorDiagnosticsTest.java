package io.github.tinybin.asm.preprocess;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every preprocessor diagnostic, with nasm 2.16's wording (checked with nasm -f elf64), file:line:column. */
class PreprocessorDiagnosticsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        %define                 | error: `%define' expects a macro identifier
        %define 3               | error: `%define' expects a macro identifier
        %define f(a b) x        | error: garbage `b' in macro parameter list
        %define f(a             | error: `)' expected to terminate macro template
        %define f(3) x          | error: parameter identifier expected
        %define f(a+,b) x       | error: greedy parameter must be last
        %undef                  | error: `%undef' expects a macro identifier
        %assign x               | error: expression syntax error
        %assign x 1/0           | error: division by zero
        %assign x 1 % 0         | error: division by zero
        %assign x (1            | error: expecting `)'
        %assign x 1 2           | warning: trailing garbage after expression ignored [-w+pp-trailing]
        %assign x 3 +           | error: expression syntax error
        %assign x foo           | error: symbol `foo' not defined before use
        %assign x 1.5           | error: floating-point constant in integer expression
        %assign x 'abcdefghi'   | warning: character constant too long [-w+other]
        %assign x 0x1g          | error: invalid number `0x1g'
        %strlen x 3             | error: `%strlen' requires string as second parameter
        %substr x 3             | error: `%substr' requires a string as parameter
        %substr x 'abc'         | error: `%substr' requires a starting index
        %strcat x 3             | error: non-string passed to `%strcat': 3
        %macro                  | error: `%macro' expects a macro name
        %macro m x              | error: `%macro' expects a parameter count
        %macro m 3-1            | error: minimum parameter count exceeds maximum
        %endmacro               | error: `%endmacro': not defining a macro
        %rotate 1               | error: `%rotate' invoked outside a macro call
        %rep                    | error: `%rep' expects a repeat count
        %endrep                 | error: `%endrep': no matching `%rep'
        %exitrep                | error: `%exitrep' not within `%rep' block
        %exitmacro              | error: `%exitmacro' not within `%macro' block
        %pop                    | error: `%pop': context stack is empty
        %repl x                 | error: `%repl': context stack is empty
        %if                     | error: expression syntax error
        %if foo                 | error: symbol `foo' not defined before use
        %ifidn a                | error: `%ifidn' expects two comma-separated arguments
        %ifmacro                | error: `%ifmacro' expects a macro name
        %if 1 2                 | warning: trailing garbage after expression ignored [-w+pp-trailing]
        %error "boom"           | error: boom
        %error boom x           | error: boom x
        %warning careful        | warning: careful [-w+user]
        %fatal stop             | error: stop
        %use foo                | error: unknown `%use' package: `foo'
        %use                    | error: `%use' expects a package name, got end of line
        %use smartalign         | error: `%use' package `smartalign' is not supported by tinybin
        %line                   | error: `%line' expects a line number
        %line x                 | error: `%line' expects a line number
        %foo                    | error: unknown preprocessor directive `%foo'
        %$x                     | error: `%$x': context stack is empty
        %rep %$x                | error: `%$x': context stack is empty
        %push\\n%$$x            | error: `%$$x': context stack is only 1 level deep
        db %!HOME               | error: `%!HOME': tinybin does not read environment variables
        %local x:word           | error: unknown preprocessor directive `%local'
        %defalias a b           | error: unknown preprocessor directive `%defalias'
        %ifenv PATH             | error: `%ifenv' is not supported by tinybin (builds do not read the environment)
        "   db 'abc"            | warning: unterminated string (missing `'') [-w+pp-open-string]
        "%define s 'abc"        | warning: unterminated string (missing `'') [-w+pp-open-string]
        %include abc.inc        | error: `%include' expects a file name
        %include <abc.inc>      | error: `%include' expects a file name
        """)
    void firstDiagnostic(String source, String expected) {
        PreprocessorHarness h = PreprocessorHarness.run(source.replace("\\n", "\n") + "\n");
        String all = h.errors();
        String first = all.isEmpty() ? "" : all.substring(0, all.indexOf('\n'));
        String[] lines = source.split("\\\\n");
        String last = lines[lines.length - 1];
        int column = last.indexOf(last.trim()) + 1;
        assertEquals("test.asm:" + lines.length + ":" + column + ": " + expected, first, all);
    }

    @Test
    void unterminatedStringsAreWarnedOnceWhereTheLineIsRead() {
        // as nasm: a macro body at its definition (not per call), nothing in a skipped %if block
        assertEquals("test.asm:2:1: warning: unterminated string (missing `'') [-w+pp-open-string]\n",
            PreprocessorHarness.run("%macro m 0\ndb 'y\n%endmacro\nm\nm\n%if 0\ndb 'q\n%endif\n").errors());
        // not a string for the directives: %error shows it as written, %assign cannot evaluate it
        assertEquals("test.asm:1:1: warning: unterminated string (missing `'') [-w+pp-open-string]\n"
            + "test.asm:1:1: error: 'oops\n", PreprocessorHarness.run("%error 'oops\n").errors());
        assertEquals("test.asm:1:1: warning: unterminated string (missing `\"') [-w+pp-open-string]\n"
            + "test.asm:1:1: error: expression syntax error\n", PreprocessorHarness.run("%assign x \"a\n").errors());
    }

    @Test
    void trailingEmptyArgumentsWarnAsNasmDoes() {
        // nasm 2.16's legacy handling; the bytes are compared with nasm in programs/bin/macro_trailing_comma.asm
        assertEquals("""
            test.asm:3:1: warning: improperly calling multi-line macro `one' with 2 parameters [-w+pp-macro-params-legacy]
            test.asm:6:1: warning: dropping trailing empty parameter in call to multi-line macro `two' [-w+pp-macro-params-legacy]
            """, PreprocessorHarness.run("%macro one 1\n%endmacro\none 1,\n%macro two 1-2\n%endmacro\ntwo 1,\n").errors());
    }

    @Test
    void fatalStopsProcessing() {
        PreprocessorHarness h = PreprocessorHarness.run("before\n%fatal stop here\nafter\n");
        assertEquals("test.asm:2:1: error: stop here\n", h.errors());
        assertEquals(List.of("before"), h.normalized());
    }

    @Test
    void unterminatedDefinitionsAtEndOfFile() {
        assertEquals("test.asm:3:1: error: end of file while still defining macro `m'\n",
            PreprocessorHarness.run("%macro m 0\nnop\n").errors());
        assertEquals("test.asm:2:1: error: end of file while still in %rep\n",
            PreprocessorHarness.run("%rep 2\n").errors());
    }

    @Test
    void macroParameterCountMismatchWarns() {
        PreprocessorHarness h = PreprocessorHarness.run("%macro m 2\nx %1 %2\n%endmacro\n m 1\n m 1,2,3\n");
        assertEquals("""
            test.asm:4:2: warning: multi-line macro `m' exists, but not taking 1 parameter [-w+pp-macro-params-multi]
            test.asm:5:2: warning: multi-line macro `m' exists, but not taking 3 parameters [-w+pp-macro-params-multi]
            """, h.errors());
        assertEquals(List.of("m 1", "m 1,2,3"), h.normalized());
    }

    @Test
    void singleLineMacroArgumentMismatchWarns() {
        PreprocessorHarness h = PreprocessorHarness.run("%define B(x,y) x+y\ndd B(1)\ndd B(1,2\n");
        assertEquals("""
            test.asm:2:1: warning: single-line macro `B' exists, but not taking 1 parameter [-w+pp-macro-params-single]
            test.asm:3:1: error: macro call expects terminating `)'
            """, h.errors());
        assertEquals(List.of("dd B(1)", "dd B(1,2"), h.normalized());
    }

    @Test
    void errorsInsideMacrosPointAtTheCall() {
        PreprocessorHarness h = PreprocessorHarness.run("%macro m 1\n%assign x %1\n%endmacro\nnop\n  m 1/0\n");
        assertEquals("test.asm:5:3: error: division by zero\n", h.errors());
        assertEquals("  m 1/0", h.diagnostics.all().get(0).sourceLine());
    }

    @Test
    void unmacroOfTheRunningMacroIsRefused() {
        PreprocessorHarness h = PreprocessorHarness.run("%macro m 0\n%unmacro m 0\nin_m\n%endmacro\nm\nm\n");
        assertEquals("""
            test.asm:5:1: error: `%unmacro' can't undefine the macro being expanded
            test.asm:6:1: error: `%unmacro' can't undefine the macro being expanded
            """, h.errors());
        assertEquals(List.of("in_m", "in_m"), h.normalized());
    }

    @Test
    void unsupportedParameterFormsAreErrors() {
        PreprocessorHarness h = PreprocessorHarness.run("%macro m 2\ndb %{1:2}\ndb %00\n%endmacro\nm 1, 2\n");
        assertEquals("test.asm:5:1: error: `%{1:2}' is not supported by tinybin\n"
            + "test.asm:5:1: error: `%00' is not supported by tinybin\n", h.errors());
    }

    @Test
    void conditionCodeParameterZeroIsNotACode() {
        PreprocessorHarness h = PreprocessorHarness.run("%macro j 1\nj%+0 x\n%endmacro\nj z\n");
        assertEquals("test.asm:4:1: error: macro parameter `' is not a condition code\n", h.errors());
    }

    @Test
    void conditionCodeParameters() {
        PreprocessorHarness h = PreprocessorHarness.run("%macro j 1\nj%-1 x\n%endmacro\nj foo\n");
        assertEquals("test.asm:4:1: error: macro parameter `foo' is not a condition code\n", h.errors());
    }
}
