package io.github.tinybin.hardening;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.tinybin.build.BuildRequest;
import io.github.tinybin.asm.Limits;
import io.github.tinybin.build.BuildResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Coverage-guided fuzzing of the whole pipeline (preprocessor, parser, evaluator, encoder,
 * relaxation, every ELF layout and the flat binary writer). In a plain build Jazzer replays the
 * files under {@code PipelineFuzzTestInputs/<method>/}; {@code JAZZER_FUZZ=1} with {@code -Pfuzz}
 * fuzzes one method (see docs/reliability.md). Any exception, a failed invariant from
 * {@link Builds#checkInvariants}, a run over the fuzz profile's timeout or heap is a finding.
 */
class PipelineFuzzTest {
    private static final long OUTPUT_LIMIT = 1 << 20;

    private static final Path DIR = tempDirectory();
    private static final List<String> MNEMONICS = mnemonics();

    /** First byte picks the target (layout or bin); the rest is the source file, byte for byte. */
    @FuzzTest(maxDuration = "10m")
    @DictionaryEntries({"%macro", "%endmacro", "%rep", "%endrep", "%exitrep", "%if", "%elif", "%else", "%endif",
        "%ifdef", "%ifidn", "%ifmacro", "%define", "%xdefine", "%assign", "%undef", "%strlen", "%substr", "%strcat",
        "%defstr", "%include", "%push", "%pop", "%$", "%%", "%rotate", "%0", "%1", "%+", "%error", "%warning",
        "%line", "%use", "%unmacro", "%local", "struc", "endstruc", "istruc", "at", "iend", "align", "alignb",
        "section .data", "section .bss", "section .text", "times", "db", "dw", "dd", "dq", "dt", "do", "resb",
        "resq", "incbin", "equ", "global", "extern", "org", "bits", "default rel", "absolute", "_start:", "$$",
        "mov", "lea", "jmp", "call", "jnz", "rax", "eax", "al", "r12", "rsp", "rip", "qword", "byte", "strict",
        "short", "near", "far", "[rel ", "fs:", "lock", "rep", "0x", "1e10", "__?float32?__"})
    void sourceText(byte[] input) {
        if (input.length == 0) {
            return;
        }
        String target = Builds.TARGETS.get(Byte.toUnsignedInt(input[0]) % Builds.TARGETS.size());
        byte[] source = java.util.Arrays.copyOfRange(input, 1, input.length);
        buildSource(source, target);
    }

    /**
     * Lines of instructions from the encoder's own mnemonic table with operands chosen from
     * registers, immediates at the edges and memory forms: reaches the encoder's matcher far more
     * often than raw text does.
     */
    @FuzzTest(maxDuration = "10m")
    void instructionLines(FuzzedDataProvider data) {
        String target = data.pickValue(Builds.TARGETS);
        StringBuilder src = new StringBuilder();
        int lines = data.consumeInt(1, 8);
        for (int i = 0; i < lines && data.remainingBytes() > 0; i++) {
            if (data.consumeBoolean()) {
                src.append("l").append(i).append(": ");
            }
            if (data.consumeInt(0, 7) == 0) {
                src.append(data.pickValue(PREFIXES)).append(' ');
            }
            src.append(data.pickValue(MNEMONICS));
            int operands = data.consumeInt(0, 3);
            for (int o = 0; o < operands; o++) {
                src.append(o == 0 ? " " : ", ");
                operand(data, src, lines);
            }
            src.append('\n');
        }
        src.append("_start:\n");
        buildSource(src.toString().getBytes(StandardCharsets.ISO_8859_1), target);
    }

    private static final List<String> PREFIXES = List.of("lock", "rep", "repne", "o16", "o32", "o64", "a32",
            "times 3", "times 0");
    private static final List<String> REGISTERS = List.of("al", "ah", "spl", "r8b", "ax", "sp", "r9w", "eax",
            "esp", "r13d", "rax", "rsp", "rbp", "r12", "r13", "r15", "cs", "ds", "fs", "gs", "cr0", "cr8", "dr7",
            "rip", "cl", "dx");
    private static final List<String> SIZES = List.of("", "byte ", "word ", "dword ", "qword ", "tword ",
            "oword ", "strict ", "short ", "near ", "far ", "strict byte ", "strict dword ");
    private static final List<String> IMMEDIATES = List.of("0", "1", "-1", "127", "128", "-128", "-129", "255",
            "256", "32767", "65535", "0x7fffffff", "-0x80000000", "0xffffffff", "0x7fffffffffffffff",
            "-0x8000000000000000", "0x10000000000000000", "$", "$$", "$-$$", "'ab'", "1.5", "l0", "l0-l1", "l1+3",
            "undefined", "(1<<63)/-1", "1/0");
    private static final List<String> BASES = List.of("rax", "rsp", "rbp", "r12", "r13", "eax", "esp", "ax", "rip",
            "abs ", "rel ", "byte rax", "nosplit rax", "fs:rax", "gs:0", "");

    private static void operand(FuzzedDataProvider data, StringBuilder src, int lines) {
        src.append(data.pickValue(SIZES));
        switch (data.consumeInt(0, 2)) {
            case 0 -> src.append(data.pickValue(REGISTERS));
            case 1 -> src.append(data.consumeBoolean() ? data.pickValue(IMMEDIATES) : Long.toString(data.consumeLong()));
            default -> {
                src.append('[').append(data.pickValue(BASES));
                if (data.consumeBoolean()) {
                    src.append('+').append(data.pickValue(REGISTERS)).append('*').append(data.pickValue(
                            List.of("1", "2", "3", "4", "5", "8", "9", "16")));
                }
                if (data.consumeBoolean()) {
                    src.append('+').append(data.pickValue(IMMEDIATES));
                }
                src.append(']');
            }
        }
    }

    private static void buildSource(byte[] source, String target) {
        Path file;
        try {
            file = Files.write(DIR.resolve("fuzz.asm"), source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BuildRequest request = Builds.request(file, target);
        lowLimits(request.assembler.limits);
        long cpuBefore = THREADS.getCurrentThreadCpuTime();
        BuildResult result = Builds.build(request);
        long cpu = THREADS.getCurrentThreadCpuTime() - cpuBefore;
        if (result.bytes() == null && result.diagnostics().all().isEmpty()) {
            throw new AssertionError("no bytes and no diagnostics");
        }
        // CPU time, not wall time: the machine may be busy; the first runs load and instrument classes
        if (++executions > WARM_UP && cpu > CPU_LIMIT_NANOS) {
            throw new AssertionError("build took " + cpu / 1_000_000 + " ms of CPU");
        }
    }

    /** Low enough that legal but large programs stay fast and small; each limit is still exercised. */
    static void lowLimits(Limits limits) {
        limits.outputBytes = OUTPUT_LIMIT;
        limits.repIterations = 20_000;
        limits.macroTokens = 200_000;
        limits.multiLineMacros = 10_000;
        limits.lines = 20_000;
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long CPU_LIMIT_NANOS = 2_000_000_000L;
    private static final int WARM_UP = 200;
    private static int executions;

    private static Path tempDirectory() {
        try {
            Path dir = Files.createTempDirectory("tinybin-fuzz");
            dir.toFile().deleteOnExit();
            dir.resolve("fuzz.asm").toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every mnemonic of the encoder's form table, aliases included. */
    private static List<String> mnemonics() {
        TreeSet<String> names = new TreeSet<>();
        try (InputStream in = PipelineFuzzTest.class.getResourceAsStream("/io/github/tinybin/asm/x86/instructions.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String first = line.strip().split("\\s+")[0];
                for (String name : first.split("\\|")) {
                    names.add(name.replace("cc", "nz").toLowerCase(Locale.ROOT)); // Jcc -> jnz
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        names.addAll(List.of("ja", "jnae", "cmovpe", "setnle", "jrcxz", "loopne", "db", "dq", "resb", "nop"));
        return new ArrayList<>(names);
    }
}
