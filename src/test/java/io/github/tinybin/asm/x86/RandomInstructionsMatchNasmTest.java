package io.github.tinybin.asm.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assumptions;

/**
 * Random valid instructions (random mnemonics, registers of every size, boundary immediates and
 * addressing forms) encode to exactly what nasm 2.16 assembles from the same text. Needs nasm on the
 * PATH; skipped without it (the golden vectors cover the same ground without nasm).
 */
class RandomInstructionsMatchNasmTest {
    /** One random instruction: nasm's text and our {@link Instruction}. */
    record Case(String text, Asm asm) {
        @Override
        public String toString() {
            return text;
        }
    }

    private static final String[] ALU = {"add", "or", "adc", "sbb", "and", "sub", "xor", "cmp", "test", "mov"};
    private static final String[] UNARY = {"inc", "dec", "not", "neg", "mul", "div", "idiv", "imul"};
    private static final String[] SHIFT = {"rol", "ror", "rcl", "rcr", "shl", "sal", "shr", "sar"};
    private static final String[] TWO_REG = {"imul", "bsf", "bsr", "popcnt", "lzcnt", "tzcnt", "cmovz", "cmovnbe",
        "bt", "bts", "xchg", "xadd", "cmpxchg"};
    private static final Integer[] SIZES = {8, 16, 32, 64};
    private static final Long[] IMMEDIATES = {0L, 1L, -1L, 127L, 128L, -128L, -129L, 255L, 256L, 32767L, 65535L, 0x7fffffffL,
        -0x80000000L, 0xffffffffL, 0x123456789L, Long.MAX_VALUE, Long.MIN_VALUE};
    private static final Register[] BASES = {Register.RAX, Register.RSP, Register.RBP, Register.R12, Register.R13,
        Register.R15, Register.EAX, Register.R9D};
    private static final Register[] INDEXES = {Register.RBX, Register.RBP, Register.R8, Register.R12, Register.R14};

    @Property(tries = 40)
    void randomInstructionsEncodeAsNasmDoes(@ForAll("cases") List<Case> cases)
            throws Exception {
        Assumptions.assumeTrue(nasmAvailable(), "nasm not on the PATH");
        StringBuilder source = new StringBuilder("bits 64\n");
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        List<Integer> starts = new ArrayList<>();
        X86Encoder encoder = new X86Encoder();
        for (Case c : cases) {
            source.append(c.text()).append('\n');
            starts.add(ours.size());
            EncodeProblem problems = new EncodeProblem() {
                @Override
                public void error(int operandIndex, String message) {
                    throw new AssertionError(c.text() + ": " + message);
                }

                @Override
                public void warning(int operandIndex, String message) {
                }
            };
            encoder.encode(c.asm().instruction, ours.size(), ours::write, problems);
        }
        byte[] theirs = nasm(source.toString());
        byte[] mine = ours.toByteArray();
        for (int i = 0; i < cases.size(); i++) {
            int from = starts.get(i);
            int to = i + 1 < cases.size() ? starts.get(i + 1) : mine.length;
            String expected = to <= theirs.length ? hex(theirs, from, to) : "(nasm output ends early)";
            assertEquals(expected, hex(mine, from, to), cases.get(i).text());
        }
        assertEquals(theirs.length, mine.length);
    }

    @Provide
    Arbitrary<List<Case>> cases() {
        return single().list().ofMinSize(10).ofMaxSize(30);
    }

    private Arbitrary<Case> single() {
        return Arbitraries.integers().between(0, 5).flatMap(kind -> {
            switch (kind) {
                case 0: return aluRegisterImmediate();
                case 1: return aluMemoryRegister();
                case 2: return unary();
                case 3: return shifts();
                case 4: return twoRegisters();
                default: return aluMemoryImmediate();
            }
        });
    }

    private static Arbitrary<Register> register(int bits) {
        List<Register> all = new ArrayList<>();
        for (Register r : Register.values()) {
            if (r.isGeneral() && r.bits() == bits) {
                all.add(r);
            }
        }
        return Arbitraries.of(all);
    }

    private static Arbitrary<Register> anyRegister() {
        return Arbitraries.of(SIZES).flatMap(RandomInstructionsMatchNasmTest::register);
    }

    private Arbitrary<Case> aluRegisterImmediate() {
        return Combinators.combine(Arbitraries.of(ALU), anyRegister(), Arbitraries.of(IMMEDIATES))
                .as((op, r, v) -> new Case(op + " " + r.spelling() + ", " + v, Asm.ins(op).reg(r).imm(v)));
    }

    private Arbitrary<Case> aluMemoryRegister() {
        // ah..bh cannot meet the REX prefix an extended base or index needs
        Arbitrary<Register> register = anyRegister().filter(r -> !r.forbidsRex());
        return Combinators.combine(Arbitraries.of(ALU), register, memory(), Arbitraries.of(true, false))
                .as((op, r, m, memoryFirst) -> {
                    Asm asm = Asm.ins(op);
                    if (memoryFirst || op.equals("test")) {
                        m.addTo(asm, 0);
                        asm.reg(r);
                        return new Case(op + " " + m.text(0) + ", " + r.spelling(), asm);
                    }
                    asm.reg(r);
                    m.addTo(asm, 0);
                    return new Case(op + " " + r.spelling() + ", " + m.text(0), asm);
                });
    }

    private Arbitrary<Case> aluMemoryImmediate() {
        return Combinators.combine(Arbitraries.of(ALU), Arbitraries.of(SIZES), memory(),
                        Arbitraries.of(IMMEDIATES).filter(v -> v >= -0x80000000L && v <= 0x7fffffffL))
                .as((op, bits, m, v) -> {
                    Asm asm = Asm.ins(op);
                    m.addTo(asm, bits);
                    asm.imm(v);
                    return new Case(op + " " + m.text(bits) + ", " + v, asm);
                });
    }

    private Arbitrary<Case> unary() {
        return Combinators.combine(Arbitraries.of(UNARY), anyRegister(), memory(), Arbitraries.of(SIZES),
                        Arbitraries.of(true, false))
                .as((op, r, m, bits, useRegister) -> {
                    if (useRegister) {
                        return new Case(op + " " + r.spelling(), Asm.ins(op).reg(r));
                    }
                    Asm asm = Asm.ins(op);
                    m.addTo(asm, bits);
                    return new Case(op + " " + m.text(bits), asm);
                });
    }

    private Arbitrary<Case> shifts() {
        return Combinators.combine(Arbitraries.of(SHIFT), anyRegister(), Arbitraries.integers().between(0, 70),
                        Arbitraries.of(true, false))
                .as((op, r, count, byCl) -> byCl
                        ? new Case(op + " " + r.spelling() + ", cl", Asm.ins(op).reg(r).reg(Register.CL))
                        : new Case(op + " " + r.spelling() + ", " + count, Asm.ins(op).reg(r).imm(count)));
    }

    private Arbitrary<Case> twoRegisters() {
        return Combinators.combine(Arbitraries.of(TWO_REG), Arbitraries.of(16, 32, 64), Arbitraries.integers()
                        .between(0, 15), Arbitraries.integers().between(0, 15))
                .as((op, bits, a, b) -> {
                    Register x = numbered(bits, a);
                    Register y = numbered(bits, b);
                    return new Case(op + " " + x.spelling() + ", " + y.spelling(), Asm.ins(op).reg(x).reg(y));
                });
    }

    private static Register numbered(int bits, int number) {
        for (Register r : Register.values()) {
            if (r.isGeneral() && r.bits() == bits && r.number() == number && !r.forbidsRex()) {
                return r;
            }
        }
        throw new IllegalArgumentException(bits + "/" + number);
    }

    /** A random memory operand, written with a size keyword when {@code bits} is not 0. */
    record Memory(Register base, Register index, int scale, long displacement) {
        void addTo(Asm asm, int bits) {
            asm.mem(bits, base, index, scale, displacement == 0 ? null : displacement);
        }

        String text(int bits) {
            StringBuilder sb = new StringBuilder();
            switch (bits) {
                case 8: sb.append("byte "); break;
                case 16: sb.append("word "); break;
                case 32: sb.append("dword "); break;
                case 64: sb.append("qword "); break;
                default: break;
            }
            sb.append('[');
            if (base != null) {
                sb.append(base.spelling());
            }
            if (index != null) {
                sb.append(base != null ? "+" : "").append(index.spelling()).append('*').append(scale);
            }
            if (displacement != 0 || base == null && index == null) {
                sb.append(displacement < 0 ? "-" : base != null || index != null ? "+" : "")
                        .append(Math.abs(displacement));
            }
            return sb.append(']').toString();
        }
    }

    private static Arbitrary<Memory> memory() {
        Arbitrary<Register> base = Arbitraries.of(BASES).injectNull(0.2);
        Arbitrary<Long> displacement = Arbitraries.of(0L, 1L, -1L, 127L, 128L, -128L, -129L, 0x12345L, -0x7fffffffL);
        Arbitrary<Integer> scale = Arbitraries.of(1, 2, 4, 8);
        return Combinators.combine(base, Arbitraries.of(INDEXES).injectNull(0.5), scale, displacement)
                .as((b, i, s, d) -> {
                    if (b != null && b.bits() == 32 && i != null) {
                        i = numbered(32, i.number());
                    }
                    return new Memory(b, i, s, d);
                });
    }

    private static boolean nasmAvailable() {
        try {
            Process p = new ProcessBuilder("nasm", "-v").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static byte[] nasm(String source) throws Exception {
        Path dir = Files.createTempDirectory("tinybin-nasm");
        try {
            Path in = dir.resolve("t.asm");
            Path out = dir.resolve("t.bin");
            Files.writeString(in, source, StandardCharsets.US_ASCII);
            Process p = new ProcessBuilder("nasm", "-f", "bin", "-o", out.toString(), in.toString())
                    .redirectErrorStream(true).start();
            String messages = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "nasm timed out");
            assertEquals(0, p.exitValue(), "nasm rejected:\n" + source + messages);
            return Files.readAllBytes(out);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private static String hex(byte[] bytes, int from, int to) {
        return HexFormat.ofDelimiter(" ").formatHex(bytes, from, Math.min(to, bytes.length));
    }
}
