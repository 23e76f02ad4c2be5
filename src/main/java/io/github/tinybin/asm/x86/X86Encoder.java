package io.github.tinybin.asm.x86;

/**
 * The table-driven x86-64 encoder: picks the first form of {@link InstructionTable} that fits the
 * operands (the table lists nasm -Ox's preferred forms first), then lays out prefixes, REX/VEX,
 * opcode, ModRM/SIB, displacement and immediates. Stateless and allocation-free, so one instance
 * serves every thread.
 */
public final class X86Encoder implements InstructionEncoder {
    private static final int NO = 0;
    private static final int EXACT = 1;
    /** Matches only because an unsized memory operand was allowed to take the form's size. */
    private static final int FUZZY = 2;
    // failures, in nasm's order of preference when reporting
    private static final int SIZE_MISMATCH = 3;
    private static final int SHORT_OUT_OF_RANGE = 4;

    private static final int REX_W = 8;
    private static final int REX_R = 4;
    private static final int REX_X = 2;
    private static final int REX_B = 1;
    /** A register that needs a REX prefix even with no bit set (spl, r8b...). */
    private static final int REX_FORCED = 0x100;
    /** ah/ch/dh/bh: no REX prefix possible. */
    private static final int REX_FORBIDDEN = 0x200;

    @Override
    public boolean isMnemonic(String mnemonic) {
        return InstructionTable.forms(mnemonic) != null;
    }

    @Override
    public int encode(Instruction ins, long address, ByteSink out, EncodeProblem problems) {
        InstructionForm[] forms = InstructionTable.forms(ins.mnemonic);
        if (forms == null) {
            problems.error(-1, "parser: instruction expected");
            return 0;
        }
        if (ins.addressSize == Prefix.A16) {
            problems.error(-1, "impossible combination of address sizes");
            return 0;
        }
        InstructionForm form = select(forms, ins, address, problems);
        if (form == null) {
            return 0;
        }
        Operand memory = null;
        int memoryRole = -1;
        for (int i = 0; i < ins.operandCount; i++) {
            if (ins.operands[i].kind == Operand.Kind.MEMORY
                    && (form.roles[i] == InstructionForm.ROLE_RM || form.roles[i] == InstructionForm.ROLE_MOFFS)) {
                memory = ins.operands[i];
                memoryRole = form.roles[i];
            }
        }
        long ea = 0;
        if (memory != null && memoryRole == InstructionForm.ROLE_RM) {
            ea = EffectiveAddress.encode(memory, ins.addressSize == Prefix.A32);
            if (ea < 0) {
                problems.error(indexOf(ins, memory), EffectiveAddress.errorMessage(ea));
                return 0;
            }
        }
        int rex = rex(form, ins, ea);
        if ((rex & REX_FORBIDDEN) != 0 && (rex & (REX_FORCED | 0xf)) != 0 && !form.vex) {
            problems.error(-1, "cannot use high byte register in rex instruction");
            return 0;
        }
        int length = length(form, ins, memory, ea, rex);
        if (out == null) {
            return length;
        }
        warnings(form, ins, memory, ea, problems);
        emit(form, ins, memory, ea, rex, address, length, out, problems);
        return length;
    }

    private static int indexOf(Instruction ins, Operand o) {
        for (int i = 0; i < ins.operandCount; i++) {
            if (ins.operands[i] == o) {
                return i;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- form selection

    private InstructionForm select(InstructionForm[] forms, Instruction ins, long address, EncodeProblem problems) {
        InstructionForm fuzzy = null;
        int fuzzySize = -1;
        boolean fuzzyAmbiguous = false;
        int worst = NO;
        for (InstructionForm form : forms) {
            if (form.operandCount() != ins.operandCount) {
                continue;
            }
            int m = match(form, ins, address);
            if (m == EXACT) {
                if (form.invalidIn64) {
                    problems.error(-1, "instruction not supported in 64-bit mode");
                    return null;
                }
                return form;
            }
            if (m == FUZZY) {
                if (form.invalidIn64) {
                    continue;
                }
                if (fuzzy == null) {
                    fuzzy = form;
                    fuzzySize = form.matchSize;
                } else if (form.matchSize != fuzzySize) {
                    fuzzyAmbiguous = true;
                }
            } else if (m > worst) {
                worst = m;
            }
        }
        if (fuzzy != null && !fuzzyAmbiguous) {
            return fuzzy;
        }
        if (worst == SHORT_OUT_OF_RANGE) {
            problems.error(-1, "short jump is out of range");
        } else if (hasFarImmediate(ins)) {
            problems.error(-1, "invalid use of FAR operand specifier");
        } else if (worst == SIZE_MISMATCH) {
            problems.error(-1, "mismatch in operand sizes");
        } else if (fuzzy != null) {
            problems.error(-1, "operation size not specified");
        } else {
            problems.error(-1, "invalid combination of opcode and operands");
        }
        return null;
    }

    private static boolean hasFarImmediate(Instruction ins) {
        for (int i = 0; i < ins.operandCount; i++) {
            if (ins.operands[i].kind == Operand.Kind.IMMEDIATE && ins.operands[i].distance == Operand.Distance.FAR) {
                return true;
            }
        }
        return false;
    }

    private int match(InstructionForm form, Instruction ins, long address) {
        boolean unsized = false;
        boolean sizeMismatch = false;
        for (int i = 0; i < form.classes.length; i++) {
            int m = matchOperand(form.classes[i], ins.operands[i], form, ins);
            if (m == NO) {
                return NO;
            }
            if (m == FUZZY) {
                unsized = true;
            } else if (m == SIZE_MISMATCH) {
                sizeMismatch = true;
            }
        }
        if (sizeMismatch) {
            return SIZE_MISMATCH;
        }
        if (unsized && form.sizeMatch) {
            for (int i = 0; i < form.classes.length; i++) {
                Operand o = ins.operands[i];
                if (o.kind == Operand.Kind.REGISTER && form.classes[i].isSizedGeneral()) {
                    unsized = false;
                    break;
                }
                if (o.kind == Operand.Kind.IMMEDIATE && o.sizeBits != 0) {
                    if (o.sizeBits != form.matchSize) {
                        return SIZE_MISMATCH;
                    }
                    unsized = false;
                    break;
                }
            }
        }
        if (form.branchBits == 8) {
            Operand target = ins.operands[branchOperand(form)];
            if (target.known) {
                long displacement = target.value - (address + length(form, ins, null, 0, 0));
                if (displacement < -128 || displacement > 127) {
                    return SHORT_OUT_OF_RANGE;
                }
            }
        }
        return unsized ? FUZZY : EXACT;
    }

    private static int branchOperand(InstructionForm form) {
        for (int i = 0; i < form.roles.length; i++) {
            if (form.roles[i] == InstructionForm.ROLE_BRANCH) {
                return i;
            }
        }
        throw new IllegalStateException("branch form without a branch operand: " + form.mnemonic);
    }

    private static int matchOperand(OperandClass c, Operand o, InstructionForm form, Instruction ins) {
        switch (o.kind) {
            case REGISTER:
                return matchRegister(c, o.register) ? EXACT : NO;
            case MEMORY:
                return matchMemory(c, o, form, ins);
            case IMMEDIATE:
                return matchImmediate(c, o, form);
            default:
                return NO;
        }
    }

    private static boolean matchRegister(OperandClass c, Register r) {
        switch (c) {
            case R8: case R16: case R32: case R64: case RM8: case RM16: case RM32: case RM64:
                return r.isGeneral() && r.bits() == c.bits;
            case R32_NOT_EAX:
                return r.isGeneral() && r.bits() == 32 && r != Register.EAX;
            case AL: return r == Register.AL;
            case AX: return r == Register.AX;
            case EAX: return r == Register.EAX;
            case RAX: return r == Register.RAX;
            case CL: return r == Register.CL;
            case DX: return r == Register.DX;
            case SREG: return r.kind() == RegisterKind.SEGMENT;
            case FS: return r == Register.FS;
            case GS: return r == Register.GS;
            case SREG_LEGACY:
                return r == Register.ES || r == Register.CS || r == Register.SS || r == Register.DS;
            case CREG: return r.kind() == RegisterKind.CONTROL;
            case DREG: return r.kind() == RegisterKind.DEBUG;
            default: return false;
        }
    }

    private static int matchMemory(OperandClass c, Operand o, InstructionForm form, Instruction ins) {
        if (c == OperandClass.MFAR16 || c == OperandClass.MFAR32 || c == OperandClass.MFAR64) {
            if (o.distance != Operand.Distance.FAR) {
                return NO;
            }
            int size = c == OperandClass.MFAR16 ? 16 : c == OperandClass.MFAR32 ? 32 : 64;
            return o.sizeBits == size || o.sizeBits == 0 && size == 64 ? EXACT : NO;
        }
        if (o.distance == Operand.Distance.FAR || o.distance == Operand.Distance.SHORT) {
            return NO;
        }
        if (c == OperandClass.MOFFS) {
            return isMoffs(o, ins) ? EXACT : NO;
        }
        if (c == OperandClass.MEM) {
            return EXACT;
        }
        if (!c.isRegisterOrMemory() && !c.isMemoryOnly()) {
            return NO;
        }
        if (o.sizeBits == 0) {
            return FUZZY;
        }
        if (o.sizeBits == c.bits) {
            return EXACT;
        }
        return form.sizeMatch ? SIZE_MISMATCH : NO;
    }

    /** An absolute address mov can take after the opcode: written [qword addr], or 32-bit under a32. */
    private static boolean isMoffs(Operand o, Instruction ins) {
        if (o.base != null || o.index != null || o.ripRelative && (o.relocatable || !o.known)) {
            return false;
        }
        return o.displacementBits == 64 || o.displacementBits == 0 && moffs32(o, ins);
    }

    private static boolean moffs32(Operand o, Instruction ins) {
        return ins.addressSize == Prefix.A32 || o.addressBits == 32;
    }

    private static int matchImmediate(OperandClass c, Operand o, InstructionForm form) {
        int size = o.sizeBits;
        boolean plainNumber = o.known && !o.relocatable;
        boolean noDistance = o.distance == Operand.Distance.DEFAULT;
        // the size a keyword on this immediate must name: the operation's, or the slot's own for imm8
        int slotSize = c == OperandClass.IMM8 || form.operandSize == 0 || !form.sizeMatch ? c.bits : form.operandSize;
        // push/pop take "dword" for their sign-extended 32-bit immediate too
        boolean sizeOk = size == 0 || size == slotSize || form.default64 && size == 32;
        switch (c) {
            case IMM8: case IMM16: case IMM32: case IMM64:
                if (!noDistance) {
                    return NO;
                }
                return sizeOk ? EXACT : form.sizeMatch ? SIZE_MISMATCH : NO;
            case IMMFAR:
                return o.distance == Operand.Distance.FAR ? EXACT : NO;
            case SBYTE16: case SBYTE32: case SBYTE64:
                if (!plainNumber || !noDistance) {
                    return NO;
                }
                if (size == 8) {
                    return EXACT;
                }
                if (o.strict || !sizeOk) {
                    return NO;
                }
                long v = c == OperandClass.SBYTE16 ? (short) o.value : (int) o.value;
                return v >= -128 && v <= 127 ? EXACT : NO;
            case UDWORD64:
                return plainNumber && !o.strict && size == 0 && o.value >= 0 && o.value <= 0xffffffffL
                        && noDistance ? EXACT : NO;
            case SDWORD64:
                return plainNumber && (size == 0 || size == 64 && !o.strict)
                        && o.value >= Integer.MIN_VALUE && o.value <= Integer.MAX_VALUE && noDistance ? EXACT : NO;
            case UNITY:
                return plainNumber && o.value == 1 && !o.strict && (size == 0 || size == 8) ? EXACT : NO;
            case REL8:
                return o.distance == Operand.Distance.DEFAULT || o.distance == Operand.Distance.SHORT ? EXACT : NO;
            case REL32:
                return o.distance == Operand.Distance.DEFAULT || o.distance == Operand.Distance.NEAR ? EXACT : NO;
            default:
                return NO;
        }
    }

    // ---------------------------------------------------------------- layout

    private static int rex(InstructionForm form, Instruction ins, long ea) {
        int rex = 0;
        if (rexW(form, ins)) {
            rex |= REX_W;
        }
        for (int i = 0; i < ins.operandCount; i++) {
            Operand o = ins.operands[i];
            if (o.kind != Operand.Kind.REGISTER) {
                continue;
            }
            Register r = o.register;
            if (r.needsRex()) {
                rex |= REX_FORCED;
            }
            if (r.forbidsRex()) {
                rex |= REX_FORBIDDEN;
            }
            boolean extended = (r.number() & 8) != 0;
            switch (form.roles[i]) {
                case InstructionForm.ROLE_REG:
                    rex |= extended ? REX_R : 0;
                    break;
                case InstructionForm.ROLE_REG_AND_RM:
                    rex |= extended ? REX_R | REX_B : 0;
                    break;
                case InstructionForm.ROLE_RM:
                case InstructionForm.ROLE_OPCODE_REG:
                    rex |= extended ? REX_B : 0;
                    break;
                default:
                    break;
            }
        }
        if ((ea & EffectiveAddress.REX_X) != 0) {
            rex |= REX_X;
        }
        if ((ea & EffectiveAddress.REX_B) != 0) {
            rex |= REX_B;
        }
        return rex;
    }

    /**
     * An explicit o16/o32/o64 replaces the form's operand size (nasm warns when they differ), except
     * that forms defaulting to 64 bits with operands (push rax) take only o16.
     */
    private static int effectiveOperandSize(InstructionForm form, Instruction ins) {
        if (ins.operandSize == null || form.vex) {
            return form.operandSize;
        }
        int explicit = ins.operandSize == Prefix.O16 ? 16 : ins.operandSize == Prefix.O32 ? 32 : 64;
        if (form.default64 && form.classes.length > 0) {
            return explicit == 16 ? 16 : form.operandSize;
        }
        return explicit;
    }

    private static boolean rexW(InstructionForm form, Instruction ins) {
        if (effectiveOperandSize(form, ins) != 64) {
            return false;
        }
        return !form.default64 || ins.operandSize == Prefix.O64 && form.classes.length == 0;
    }

    private static boolean operandSizePrefix(InstructionForm form, Instruction ins) {
        return effectiveOperandSize(form, ins) == 16;
    }

    private static boolean addressSizePrefix(InstructionForm form, Instruction ins, Operand memory, long ea) {
        return form.addressSize32 || ins.addressSize == Prefix.A32 || (ea & EffectiveAddress.ADDRESS_32) != 0
                || memory != null && memory.addressBits == 32;
    }

    private static Register segment(Instruction ins, Operand memory) {
        return memory != null && memory.segment != null ? memory.segment : ins.segmentPrefix;
    }

    private static int length(InstructionForm form, Instruction ins, Operand memory, long ea, int rex) {
        int n = form.opcode.length;
        if (ins.repeat != null) {
            n++;
        }
        if (ins.lock != null) {
            n++;
        }
        if (segment(ins, memory) != null) {
            n++;
        }
        if (operandSizePrefix(form, ins)) {
            n++;
        }
        if (addressSizePrefix(form, ins, memory, ea)) {
            n++;
        }
        if (form.mandatoryPrefix != 0) {
            n++;
        }
        if (form.vex) {
            n += 3;
        } else if ((rex & (REX_FORCED | 0xf)) != 0) {
            n++;
        }
        if (form.modrm != InstructionForm.MODRM_NONE) {
            n += memory != null ? EffectiveAddress.length(ea) : 1;
        }
        n += immediateBytes(form.immediate) + immediateBytes(form.immediate2) + form.branchBits / 8;
        for (int i = 0; i < form.roles.length; i++) {
            if (form.roles[i] == InstructionForm.ROLE_MOFFS) {
                n += moffsBytes(ins.operands[i], ins);
            }
        }
        return n;
    }

    private static int moffsBytes(Operand o, Instruction ins) {
        return o.displacementBits == 64 ? 8 : 4;
    }

    private static int immediateBytes(int kind) {
        switch (kind) {
            case InstructionForm.IB: case InstructionForm.IB_SIGNED: case InstructionForm.IB_UNSIGNED: return 1;
            case InstructionForm.IW: return 2;
            case InstructionForm.ID: case InstructionForm.ID_SIGNED: return 4;
            case InstructionForm.IQ: return 8;
            default: return 0;
        }
    }

    // ---------------------------------------------------------------- output

    private static void emit(InstructionForm form, Instruction ins, Operand memory, long ea, int rex, long address,
            int length, ByteSink out, EncodeProblem problems) {
        if (ins.repeat != null) {
            out.put(ins.repeat == Prefix.REPNE || ins.repeat == Prefix.REPNZ ? 0xf2 : 0xf3);
        }
        if (ins.lock != null) {
            out.put(0xf0);
        }
        Register segment = segment(ins, memory);
        if (segment != null) {
            out.put(SEGMENT_PREFIXES[segment.number()]);
        }
        if (operandSizePrefix(form, ins)) {
            out.put(0x66);
        }
        if (addressSizePrefix(form, ins, memory, ea)) {
            out.put(0x67);
        }
        if (form.mandatoryPrefix != 0) {
            out.put(form.mandatoryPrefix);
        }
        int reg = 0;
        int rm = 0;
        int vvvv = 0;
        int opcodeReg = 0;
        Operand imm1 = null;
        Operand imm2 = null;
        Operand branch = null;
        Operand moffs = null;
        for (int i = 0; i < ins.operandCount; i++) {
            Operand o = ins.operands[i];
            switch (form.roles[i]) {
                case InstructionForm.ROLE_REG: reg = o.register.number(); break;
                case InstructionForm.ROLE_REG_AND_RM: reg = o.register.number(); rm = reg; break;
                case InstructionForm.ROLE_RM: rm = o.kind == Operand.Kind.REGISTER ? o.register.number() : 0; break;
                case InstructionForm.ROLE_VVVV: vvvv = o.register.number(); break;
                case InstructionForm.ROLE_OPCODE_REG: opcodeReg = o.register.number(); break;
                case InstructionForm.ROLE_IMM: imm1 = o; break;
                case InstructionForm.ROLE_IMM2: imm2 = o; break;
                case InstructionForm.ROLE_BRANCH: branch = o; break;
                case InstructionForm.ROLE_MOFFS: moffs = o; break;
                default: break;
            }
        }
        if (form.modrm >= 0) {
            reg = form.modrm;
        }
        if (form.vex) {
            out.put(0xc4);
            out.put(((rex & REX_R) != 0 ? 0 : 0x80) | ((rex & REX_X) != 0 ? 0 : 0x40) | ((rex & REX_B) != 0 ? 0 : 0x20)
                    | form.vexMap);
            out.put((form.vexW << 7) | ((~vvvv & 15) << 3) | (form.vexL << 2) | form.vexPp);
        } else if ((rex & (REX_FORCED | 0xf)) != 0) {
            out.put(0x40 | (rex & 0xf));
        }
        int last = form.opcode.length - 1;
        for (int i = 0; i < last; i++) {
            out.put(form.opcode[i] & 0xff);
        }
        out.put((form.opcode[last] & 0xff) + (opcodeReg & 7));
        if (form.modrm != InstructionForm.MODRM_NONE) {
            if (memory != null) {
                out.put(EffectiveAddress.modrm(ea) | ((reg & 7) << 3));
                if (EffectiveAddress.hasSib(ea)) {
                    out.put(EffectiveAddress.sib(ea));
                }
                int dispBytes = EffectiveAddress.displacementBytes(ea);
                if (dispBytes != 0) {
                    long displacement = memory.displacement;
                    if ((ea & EffectiveAddress.RIP_RELATIVE) != 0) {
                        displacement -= address + length;
                    }
                    out.putLittleEndian(displacement, dispBytes);
                }
            } else {
                out.put(0xc0 | ((reg & 7) << 3) | (rm & 7));
            }
        }
        if (moffs != null) {
            out.putLittleEndian(moffs.displacement, moffsBytes(moffs, ins));
        }
        if (imm1 != null) {
            out.putLittleEndian(imm1.value, immediateBytes(form.immediate));
        }
        if (imm2 != null) {
            out.putLittleEndian(imm2.value, immediateBytes(form.immediate2));
        }
        if (branch != null) {
            long displacement = branch.value - (address + length);
            if (branch.known && form.branchBits == 8 && (displacement < -128 || displacement > 127)) {
                problems.error(-1, "short jump is out of range");
            } else if (branch.known && form.branchBits == 32
                    && (displacement < Integer.MIN_VALUE || displacement > Integer.MAX_VALUE)) {
                problems.warning(-1, "dword data exceeds bounds");
            }
            out.putLittleEndian(displacement, form.branchBits / 8);
        }
    }

    private static final int[] SEGMENT_PREFIXES = {0x26, 0x2e, 0x36, 0x3e, 0x64, 0x65};

    // ---------------------------------------------------------------- warnings nasm prints for values that do not fit

    private static void warnings(InstructionForm form, Instruction ins, Operand memory, long ea, EncodeProblem problems) {
        if (form.obsolete) {
            problems.warning(-1, "instruction obsolete and removed from the target CPU");
        }
        if (ins.lock != null && (!form.lockable || memory == null)) {
            problems.warning(-1, "instruction is not lockable");
        }
        if (ins.operandSize != null && form.operandSize != 0 && !form.vex) {
            int explicit = ins.operandSize == Prefix.O16 ? 16 : ins.operandSize == Prefix.O32 ? 32 : 64;
            if (form.default64) {
                if (form.classes.length == 0 && explicit != 32) {
                    problems.warning(-1, "invalid operand size prefix, must be o32");
                }
            } else if (explicit != form.operandSize) {
                problems.warning(-1, "invalid operand size prefix, must be o" + form.operandSize);
            }
        }
        for (int i = 0; i < ins.operandCount; i++) {
            Operand o = ins.operands[i];
            if (o.kind == Operand.Kind.REGISTER && o.distance != Operand.Distance.DEFAULT) {
                problems.warning(i, "invalid register size specification ignored");
            }
        }
        if (memory != null) {
            int memoryIndex = indexOf(ins, memory);
            Register segment = segment(ins, memory);
            if (segment != null && segment.number() < 4) {
                problems.warning(memoryIndex, segment.spelling()
                        + " segment base generated, but will be ignored in 64-bit mode");
            }
            if ((ea & EffectiveAddress.ABSOLUTE_FALLBACK) != 0) {
                problems.warning(memoryIndex, "absolute address can not be RIP-relative");
            }
            int dispBytes = EffectiveAddress.displacementBytes(ea);
            if (memory.known && !memory.relocatable && (ea & EffectiveAddress.RIP_RELATIVE) == 0) {
                long d = memory.displacement;
                if (dispBytes == 4 && (d < Integer.MIN_VALUE || d > Integer.MAX_VALUE)) {
                    problems.warning(memoryIndex, "dword data exceeds bounds");
                } else if (dispBytes == 1 && (d < -128 || d > 127)) {
                    problems.warning(memoryIndex, "byte data exceeds bounds");
                }
            }
        }
        for (int i = 0; i < ins.operandCount; i++) {
            Operand o = ins.operands[i];
            byte role = form.roles[i];
            if (o.kind != Operand.Kind.IMMEDIATE || !o.known || o.relocatable) {
                continue;
            }
            if (role == InstructionForm.ROLE_IMM) {
                immediateWarning(form.immediate, form.classes[i], o, i, problems);
            } else if (role == InstructionForm.ROLE_IMM2) {
                immediateWarning(form.immediate2, form.classes[i], o, i, problems);
            }
        }
    }

    private static void immediateWarning(int kind, OperandClass c, Operand o, int index, EncodeProblem problems) {
        long v = o.value;
        switch (kind) {
            case InstructionForm.IB:
                if (v < -256 || v > 255) {
                    problems.warning(index, "byte data exceeds bounds");
                }
                break;
            case InstructionForm.IB_UNSIGNED:
                if (v < 0 || v > 255) {
                    problems.warning(index, "byte data exceeds bounds");
                }
                break;
            case InstructionForm.IB_SIGNED:
                if (o.sizeBits == 8 || c == OperandClass.IMM8) {
                    if (v < -128 || v > 127) {
                        problems.warning(index, "signed byte value exceeds bounds");
                    }
                } else if (c == OperandClass.SBYTE16) {
                    if (v < -65536 || v > 65535) {
                        problems.warning(index, "word value exceeds bounds");
                    }
                } else if (c == OperandClass.SBYTE32) {
                    if (v < -(1L << 32) || v >= (1L << 32)) {
                        problems.warning(index, "dword value exceeds bounds");
                    }
                } else if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                    problems.warning(index, "signed dword value exceeds bounds");
                }
                break;
            case InstructionForm.IW:
                if (v < -65536 || v > 65535) {
                    problems.warning(index, "word data exceeds bounds");
                }
                break;
            case InstructionForm.ID:
                if (v < -(1L << 32) || v >= (1L << 32)) {
                    problems.warning(index, "dword data exceeds bounds");
                }
                break;
            case InstructionForm.ID_SIGNED:
                if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                    problems.warning(index, "signed dword immediate exceeds bounds");
                    problems.warning(index, "dword data exceeds bounds");
                }
                break;
            default:
                break;
        }
    }
}
