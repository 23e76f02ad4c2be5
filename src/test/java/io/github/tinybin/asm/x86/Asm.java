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

    /** Memory with no base or index: [disp]. */
    Asm abs(int sizeBits, long disp) {
        return mem(sizeBits, null, null, 1, disp);
    }

    Asm seg(Register segment) {
        last().segment = segment;
        return this;
    }

    /** The memory operand is [rel target]. */
    Asm rel() {
        last().ripRelative = true;
        return this;
    }

    Asm dispBits(int bits) {
        last().displacementBits = bits;
        return this;
    }

    Asm nosplit() {
        last().noSplit = true;
        return this;
    }

    /** The last operand's value (or displacement) is a label address. */
    Asm relocatable() {
        last().relocatable = true;
        return this;
    }

    Asm lock() {
        instruction.lock = Prefix.LOCK;
        return this;
    }

    Asm prefix(Prefix p) {
        switch (p) {
            case LOCK: instruction.lock = p; break;
            case O16: case O32: case O64: instruction.operandSize = p; break;
            case A16: case A32: case A64: instruction.addressSize = p; break;
            default: instruction.repeat = p; break;
        }
        return this;
    }

    Asm segmentPrefix(Register r) {
        instruction.segmentPrefix = r;
        return this;
    }

    Operand last() {
        return instruction.operands[instruction.operandCount - 1];
    }

    Asm at(long address) {
        this.address = address;
        return this;
    }

    /** The length the encoder gives in a sizing pass (no output). */
    int length() {
        return new X86Encoder().encode(instruction, address, null, EncodeProblem.SILENT);
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
