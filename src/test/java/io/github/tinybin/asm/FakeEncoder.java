package io.github.tinybin.asm;

import io.github.tinybin.asm.x86.ByteSink;
import io.github.tinybin.asm.x86.EncodeProblem;
import io.github.tinybin.asm.x86.Instruction;
import io.github.tinybin.asm.x86.InstructionEncoder;
import io.github.tinybin.asm.x86.Operand;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A tiny encoder for front-end tests: a handful of real encodings (mov r32/imm32, xor r32, jmp
 * short/near, syscall, ud2, nop) and, for anything else, a record of the operands it was given.
 */
final class FakeEncoder implements InstructionEncoder {
    /** Every instruction seen in the final pass, as text, for asserting on operands. */
    final List<String> seen = new ArrayList<>();

    @Override
    public boolean isMnemonic(String m) {
        return Set.of("mov", "xor", "jmp", "syscall", "ud2", "nop", "lea", "push", "probe", "wait").contains(m);
    }

    @Override
    public int encode(Instruction in, long address, ByteSink out, EncodeProblem problems) {
        Operand a = in.operandCount > 0 ? in.operand(0) : null;
        Operand b = in.operandCount > 1 ? in.operand(1) : null;
        switch (in.mnemonic) {
            case "syscall": return emit(out, 0x0f, 0x05);
            case "ud2": return emit(out, 0x0f, 0x0b);
            case "nop": return in.waitPrefix ? emit(out, 0x9b, 0x90) : emit(out, 0x90);
            case "xor":
                return emit(out, 0x31, 0xc0 | (b.register.number() << 3) | a.register.number());
            case "mov":
                if (b.kind == Operand.Kind.IMMEDIATE) {
                    if (out != null) {
                        out.put(0xb8 + a.register.number());
                        out.putLittleEndian(b.value, 4);
                    }
                    return 5;
                }
                problems.error(1, "fake encoder: unsupported mov");
                return 0;
            case "jmp": {
                boolean isShort = a.distance == Operand.Distance.SHORT
                        || a.distance == Operand.Distance.DEFAULT && (!a.known || fits8(a.value - (address + 2)));
                if (isShort) {
                    if (a.known && !fits8(a.value - (address + 2))) {
                        problems.error(0, "short jump is out of range");
                    }
                    return emit(out, 0xeb, (int) (a.value - (address + 2)));
                }
                if (out != null) {
                    out.put(0xe9);
                    out.putLittleEndian(a.value - (address + 5), 4);
                }
                return 5;
            }
            default: {
                if (out != null) {
                    seen.add(describe(in));
                }
                return emit(out, 0xcc);
            }
        }
    }

    private static boolean fits8(long v) {
        return v >= -128 && v <= 127;
    }

    private static int emit(ByteSink out, int... bytes) {
        if (out != null) {
            for (int b : bytes) {
                out.put(b & 0xff);
            }
        }
        return bytes.length;
    }

    static String describe(Instruction in) {
        StringBuilder sb = new StringBuilder(in.mnemonic);
        for (int i = 0; i < in.operandCount; i++) {
            Operand o = in.operand(i);
            sb.append(i == 0 ? " " : ", ");
            if (o.sizeBits != 0) {
                sb.append(o.sizeBits).append(':');
            }
            switch (o.kind) {
                case REGISTER -> sb.append(o.register.spelling());
                case IMMEDIATE -> sb.append(o.value).append(o.known ? "" : "?").append(o.relocatable ? "r" : "");
                case MEMORY -> {
                    sb.append('[');
                    if (o.segment != null) {
                        sb.append(o.segment.spelling()).append(':');
                    }
                    if (o.ripRelative) {
                        sb.append("rel ");
                    }
                    if (o.base != null) {
                        sb.append(o.base.spelling());
                    }
                    if (o.index != null) {
                        sb.append('+').append(o.index.spelling()).append('*').append(o.scale);
                    }
                    if (o.hasDisplacement) {
                        sb.append(o.displacement >= 0 ? "+" : "").append(o.displacement);
                    }
                    if (o.displacementBits != 0) {
                        sb.append("/d").append(o.displacementBits);
                    }
                    if (o.noSplit) {
                        sb.append(" nosplit");
                    }
                    sb.append(']');
                }
                default -> sb.append("?");
            }
        }
        return sb.toString();
    }
}
