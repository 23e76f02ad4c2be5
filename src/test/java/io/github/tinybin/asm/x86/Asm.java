package io.github.tinybin.asm.x86;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Test helper: builds {@link Instruction}s operand by operand and encodes them to hex. */
final class Asm {
    final Instruction instruction = new Instruction();
    final List<String> errors = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    long address;

    static Asm ins(String mnemonic) {
        Asm a = new Asm();
        a.instruction.reset(mnemonic);
        return a;
    }

    Asm reg(Register r) {
        Operand o = instruction.addOperand();
        o.kind = Operand.Kind.REGISTER;
        o.register = r;
        return this;
    }

    Asm imm(long v) {
        Operand o = instruction.addOperand();
        o.kind = Operand.Kind.IMMEDIATE;
        o.value = v;
        return this;
    }

    /** Immediate with a size keyword. */
    Asm imm(int sizeBits, long v) {
        imm(v);
        last().sizeBits = sizeBits;
        return this;
    }

    /** A label address (relocatable). */
    Asm label(long v) {
        imm(v);
        last().relocatable = true;
        return this;
    }

    Asm forward() {
        last().known = false;
        last().value = 0;
        return this;
    }

    Asm strict() {
        last().strict = true;
        return this;
    }

    Asm distance(Operand.Distance d) {
        last().distance = d;
        return this;
    }

    /** [base + index*scale + disp]; base/index may be null; disp null means no displacement. */
    Asm mem(int sizeBits, Register base, Register index, int scale, Long disp) {
        Operand o = instruction.addOperand();
        o.kind = Operand.Kind.MEMORY;
        o.sizeBits = sizeBits;
        o.base = base;
        o.index = index;
        o.scale = scale;
        if (disp != null) {
            o.hasDisplacement = true;
            o.displacement = disp;
        }
        return this;
    }

    Asm mem(int sizeBits, Register base) {
        return mem(sizeBits, base, null, 1, null);
    }

    Asm mem(int sizeBits, Register base, long disp) {
        return mem(sizeBits, base, null, 1, disp);
    }

    Operand last() {
        return instruction.operands[instruction.operandCount - 1];
    }

    Asm at(long address) {
        this.address = address;
        return this;
    }

    String hex() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        EncodeProblem problems = new EncodeProblem() {
            @Override
            public void error(int operandIndex, String message) {
                errors.add(message);
            }

            @Override
            public void warning(int operandIndex, String message) {
                warnings.add(message);
            }
        };
        X86Encoder encoder = new X86Encoder();
        int sized = encoder.encode(instruction, address, null, EncodeProblem.SILENT);
        errors.clear();
        int length = encoder.encode(instruction, address, bytes::write, problems);
        if (!errors.isEmpty()) {
            return "error: " + errors.get(0);
        }
        if (length != bytes.size() || sized != length) {
            throw new AssertionError("length " + length + "/" + sized + " but wrote " + bytes.size());
        }
        return HexFormat.ofDelimiter(" ").formatHex(bytes.toByteArray());
    }
}
