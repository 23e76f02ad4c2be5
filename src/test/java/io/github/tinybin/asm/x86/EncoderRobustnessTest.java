package io.github.tinybin.asm.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any instruction the front end can build, valid or not, is either encoded (sizing and output
 * agree on the length) or rejected with an error; the encoder never throws.
 */
class EncoderRobustnessTest {
    private static final String[] MNEMONICS = {"mov", "add", "lea", "jmp", "jz", "call", "push", "pop", "shl",
        "imul", "xchg", "movzx", "movsx", "movsxd", "test", "in", "out", "enter", "ret", "int", "andn", "rorx",
        "crc32", "cmpxchg16b", "lgdt", "bt", "setnz", "cmovge", "loop", "jrcxz", "nop", "syscall", "mov", "wait",
        "bswap", "movbe", "retf", "sldt", "mulx", "adcx", "xlatb", "stosq", "pushfq"};

    @Property(tries = 3000)
    void encodesOrRejectsWithoutThrowing(@ForAll("instructions") Instruction ins, @ForAll long address) {
        X86Encoder encoder = new X86Encoder();
        int sized = encoder.encode(ins, address, null, EncodeProblem.SILENT);
        List<String> errors = new ArrayList<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int length = encoder.encode(ins, address, bytes::write, new EncodeProblem() {
            @Override
            public void error(int operandIndex, String message) {
                errors.add(message);
            }

            @Override
            public void warning(int operandIndex, String message) {
            }
        });
        if (length == 0) {
            assertTrue(!errors.isEmpty() || bytes.size() == 0);
        } else {
            assertEquals(sized, length);
            assertEquals(length, bytes.size());
        }
    }

    @Provide
    Arbitrary<Instruction> instructions() {
        Arbitrary<Operand> operand = Arbitraries.integers().between(0, 2).flatMap(kind -> {
            switch (kind) {
                case 0: return Arbitraries.of(Register.values()).map(r -> {
                    Operand o = new Operand();
                    o.kind = Operand.Kind.REGISTER;
                    o.register = r;
                    return o;
                });
                case 1: return Combinators.combine(Arbitraries.of(Register.values()).injectNull(0.3),
                                Arbitraries.of(Register.values()).injectNull(0.5), Arbitraries.of(0, 1, 2, 3, 4, 5, 8, 9, 16),
                                Arbitraries.longs(), Arbitraries.of(0, 8, 16, 32, 64, 80, 128),
                                Arbitraries.of(0, 8, 16, 32, 64), Arbitraries.of(Operand.Distance.values()),
                                Arbitraries.of(true, false))
                        .as((base, index, scale, disp, size, dispBits, distance, flag) -> {
                            Operand o = new Operand();
                            o.kind = Operand.Kind.MEMORY;
                            o.base = base;
                            o.index = index;
                            o.scale = scale;
                            o.displacement = disp;
                            o.hasDisplacement = flag;
                            o.sizeBits = size;
                            o.displacementBits = dispBits;
                            o.distance = distance;
                            o.ripRelative = !flag && base == null;
                            o.relocatable = flag;
                            o.noSplit = !flag;
                            o.known = disp % 7 != 0;
                            return o;
                        });
                default: return Combinators.combine(Arbitraries.longs(), Arbitraries.of(0, 8, 16, 32, 64),
                                Arbitraries.of(Operand.Distance.values()), Arbitraries.of(true, false),
                                Arbitraries.of(true, false))
                        .as((v, size, distance, known, relocatable) -> {
                            Operand o = new Operand();
                            o.kind = Operand.Kind.IMMEDIATE;
                            o.value = v;
                            o.sizeBits = size;
                            o.distance = distance;
                            o.known = known;
                            o.relocatable = relocatable;
                            o.strict = v % 3 == 0;
                            return o;
                        });
            }
        });
        return Combinators.combine(Arbitraries.of(MNEMONICS), operand.list().ofMaxSize(4),
                        Arbitraries.of(Prefix.values()).injectNull(0.6))
                .as((mnemonic, operands, prefix) -> {
                    Instruction ins = new Instruction().reset(mnemonic);
                    for (Operand o : operands) {
                        ins.addOperand().copyFrom(o);
                    }
                    if (prefix != null) {
                        switch (prefix) {
                            case LOCK: ins.lock = prefix; break;
                            case O16: case O32: case O64: ins.operandSize = prefix; break;
                            case A16: case A32: case A64: ins.addressSize = prefix; break;
                            default: ins.repeat = prefix; break;
                        }
                    }
                    return ins;
                });
    }
}
