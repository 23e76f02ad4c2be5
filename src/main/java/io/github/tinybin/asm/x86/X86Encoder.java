package io.github.tinybin.asm.x86;

/**
 * The table-driven x86-64 encoder. For each instruction it walks the forms of
 * {@link InstructionTable} in order and takes the first that matches, with nasm's matching rules
 * (operand types and sizes, size agreement, guessing an unspecified size when exactly one size
 * fits, short branches only when they reach); then it lays out prefixes, REX/VEX, opcode,
 * ModRM/SIB, displacement and immediates. When nothing matches, the error is the most specific
 * failure seen, as nasm reports it. Stateless apart from per-thread scratch space, so one instance
 * serves every thread.
 */
public final class X86Encoder implements InstructionEncoder {
    // match results, ordered: the highest failure seen is the one reported
    private static final int INVALID = 0;
    private static final int SIZE_MISSING = 1;
    private static final int SIZE_MISMATCH = 2;
    private static final int BAD_MODE = 3;
    private static final int BAD_REPNE = 4;
    private static final int GOOD = 5;

    private static final int REX_W = 8;
    private static final int REX_R = 4;
    private static final int REX_X = 2;
    private static final int REX_B = 1;
    /** spl/bpl/sil/dil and r8b..r15b need a REX prefix even with no bit set. */
    private static final int REX_FORCED = 0x100;
    /** ah/ch/dh/bh cannot be encoded with any REX prefix. */
    private static final int REX_HIGH = 0x200;

    private static final int[] SEGMENT_PREFIXES = {0x26, 0x2e, 0x36, 0x3e, 0x64, 0x65};

    /** nasm ends each warning with its class, as in {@code [-w+number-overflow]}. */
    private static final String NUMBER_OVERFLOW = " [-w+number-overflow]";

    /** Operand types and per-operand sizes of the instruction being matched. */
    private static final class Scratch {
        final long[] types = new long[Instruction.MAX_OPERANDS];
        final long[] sizes = new long[Instruction.MAX_OPERANDS];
        final long[] guessed = new long[Instruction.MAX_OPERANDS];
        /**
         * Forms chosen lately, by candidates, operand types and repne (all a choice depends on when
         * no form tried was a short branch): programs repeat a few hundred instruction shapes, and
         * trying the forms again costs more than looking the choice up.
         */
        final InstructionForm[][] chosenFrom = new InstructionForm[CHOSEN][];
        final long[] chosenTypes = new long[CHOSEN * Instruction.MAX_OPERANDS];
        final int[] chosenShape = new int[CHOSEN];
        final InstructionForm[] chosen = new InstructionForm[CHOSEN];
    }

    private static final int CHOSEN = 512;

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    @Override
    public boolean isMnemonic(String mnemonic) {
        return InstructionTable.isMnemonic(mnemonic);
    }

    @Override
    public boolean isAddressDependent(String mnemonic) {
        InstructionForm[] forms = InstructionTable.forms(mnemonic);
        if (forms != null) {
            for (InstructionForm form : forms) {
                if (form.immediate == InstructionForm.REL8 || form.immediate == InstructionForm.REL) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public int encode(Instruction ins, long address, ByteSink out, EncodeProblem problems) {
        InstructionForm[] forms = InstructionTable.candidates(ins.mnemonic, shape(ins));
        if (forms == null) {
            problems.error(-1, "parser: instruction expected");
            return 0;
        }
        if (hasFarImmediate(ins) && !ins.mnemonic.equals("jmp") && !ins.mnemonic.equals("call")) {
            problems.error(-1, "invalid use of FAR operand specifier");
            return 0;
        }
        if (ins.addressSize == Prefix.A16) {
            problems.error(-1, "impossible combination of address sizes");
            return 0;
        }
        boolean a32Prefix = ins.addressSize == Prefix.A32;
        boolean a64Prefix = ins.addressSize == Prefix.A64;
        Operand memory = null;
        for (int i = 0; i < ins.operandCount; i++) {
            Operand o = ins.operands[i];
            if (o.kind == Operand.Kind.MEMORY) {
                long error = EffectiveAddress.addressSizeError(o, a32Prefix, a64Prefix);
                if (error != 0) {
                    problems.error(i, EffectiveAddress.errorMessage(error));
                    return 0;
                }
                memory = o;
            }
        }
        Scratch scratch = SCRATCH.get();
        for (int i = 0; i < ins.operandCount; i++) {
            scratch.types[i] = operandType(ins.operands[i], ins);
        }
        InstructionForm form = select(forms, ins, address, scratch, problems);
        if (form == null) {
            return 0;
        }
        if (memory != null && roleOf(form, ins, memory) != InstructionForm.ROLE_RM
                && roleOf(form, ins, memory) != InstructionForm.ROLE_IMM) {
            memory = null;
        }
        for (int i = 0; i < ins.operandCount; i++) {
            Operand o = ins.operands[i];
            if (o.kind == Operand.Kind.IMMEDIATE && form.roles[i] == InstructionForm.ROLE_RM) {
                // "lea rax, 1": nasm takes the number as an absolute address
                memory = o;
            }
        }
        long ea = 0;
        if (memory != null && roleOf(form, ins, memory) == InstructionForm.ROLE_RM) {
            ea = EffectiveAddress.encode(memory, a32Prefix);
            if (ea < 0) {
                problems.error(indexOf(ins, memory), EffectiveAddress.errorMessage(ea));
                return 0;
            }
        }
        int rex = rex(form, ins, ea);
        if ((rex & REX_HIGH) != 0) {
            if (form.vex) {
                problems.error(-1, "cannot use high register in AVX instruction");
                return 0;
            }
            if ((rex & (REX_FORCED | 0xf)) != 0) {
                problems.error(-1, "cannot use high byte register in rex instruction");
                return 0;
            }
        }
        int length = length(form, ins, memory, ea, rex);
        if (out == null) {
            return length;
        }
        warnings(form, ins, memory, ea, problems);
        emit(form, ins, memory, ea, rex, address, length, out, problems);
        return length;
    }

    private static int shape(Instruction ins) {
        int shape = 0;
        int digit = 1;
        for (int i = 0; i < ins.operandCount; i++) {
            int kind;
            switch (ins.operands[i].kind) {
                case REGISTER: kind = InstructionTable.KIND_REGISTER; break;
                case MEMORY: kind = InstructionTable.KIND_MEMORY; break;
                default: kind = InstructionTable.KIND_IMMEDIATE; break;
            }
            shape += kind * digit;
            digit *= 3;
        }
        return InstructionTable.shapeBase(ins.operandCount) + shape;
    }

    private static boolean hasFarImmediate(Instruction ins) {
        for (int i = 0; i < ins.operandCount; i++) {
            Operand o = ins.operands[i];
            if (o.kind == Operand.Kind.IMMEDIATE && o.distance == Operand.Distance.FAR) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(Instruction ins, Operand o) {
        for (int i = 0; i < ins.operandCount; i++) {
            if (ins.operands[i] == o) {
                return i;
            }
        }
        return -1;
    }

    private static byte roleOf(InstructionForm form, Instruction ins, Operand o) {
        int i = indexOf(ins, o);
        return i < 0 ? InstructionForm.ROLE_NONE : form.roles[i];
    }

    // ---------------------------------------------------------------- operand types

    private static long operandType(Operand o, Instruction ins) {
        switch (o.kind) {
            case REGISTER:
                // nasm ignores (and warns about) a distance written on a register
                return OperandType.ofRegister(o.register);
            case MEMORY: {
                long type = OperandType.MEMORY_ANY | OperandType.sizeBits(o.sizeBits)
                        | OperandType.distanceBits(o.distance);
                if (o.base == null && o.index == null && !o.ripRelative) {
                    int addressBits = EffectiveAddress.uses32BitAddress(o, ins.addressSize == Prefix.A32) ? 32 : 64;
                    int displacementBits = o.displacementBits != 0 ? o.displacementBits : 32;
                    if (displacementBits == addressBits) {
                        type |= OperandType.MEM_OFFS;
                    }
                }
                return type;
            }
            case IMMEDIATE:
                return OperandType.ofImmediate(o);
            default:
                return 0;
        }
    }

    // ---------------------------------------------------------------- form selection

    private InstructionForm select(InstructionForm[] forms, Instruction ins, long address, Scratch scratch,
            EncodeProblem problems) {
        int n = ins.operandCount;
        long[] guessed = scratch.guessed;
        for (int i = 0; i < n; i++) {
            guessed[i] = scratch.types[i] & OperandType.SIZE_MASK;
        }
        long[] types = scratch.types;
        int shape = n | (ins.repeat == Prefix.REPNE || ins.repeat == Prefix.REPNZ ? 8 : 0);
        long h = System.identityHashCode(forms) * 0x9E3779B97F4A7C15L + shape;
        for (int i = 0; i < n; i++) {
            h = (h ^ types[i]) * 0x9E3779B97F4A7C15L;
        }
        int slot = (int) (h >>> 55) & (CHOSEN - 1);
        if (scratch.chosenFrom[slot] == forms && scratch.chosenShape[slot] == shape
                && sameTypes(scratch.chosenTypes, slot * Instruction.MAX_OPERANDS, types, n)) {
            return scratch.chosen[slot];
        }
        int worst = INVALID;
        boolean sizeMissing = false;
        boolean addressDependent = false;
        for (InstructionForm form : forms) {
            addressDependent |= form.shortIfReachable;
            int m = match(form, ins, address, scratch);
            if (m == GOOD) {
                if (!addressDependent) {
                    scratch.chosenFrom[slot] = forms;
                    scratch.chosenShape[slot] = shape;
                    System.arraycopy(types, 0, scratch.chosenTypes, slot * Instruction.MAX_OPERANDS, n);
                    scratch.chosen[slot] = form;
                }
                return form;
            }
            if (m == SIZE_MISSING && !form.noFuzzy) {
                for (int i = 0; i < form.types.length; i++) {
                    guessed[i] |= form.types[i] & OperandType.SIZE_MASK;
                }
                sizeMissing = true;
            }
            worst = Math.max(worst, m);
        }
        if (sizeMissing) {
            // a size was left out: if the candidates agree on one per operand, take it and retry
            boolean unique = true;
            for (int i = 0; i < n && unique; i++) {
                if (!OperandType.isRegister(scratch.types[i]) && Long.bitCount(guessed[i]) > 1) {
                    unique = false;
                }
            }
            if (unique) {
                for (int i = 0; i < n; i++) {
                    if (!OperandType.isRegister(scratch.types[i])) {
                        scratch.types[i] |= guessed[i];
                    }
                }
                for (InstructionForm form : forms) {
                    int m = match(form, ins, address, scratch);
                    if (m == GOOD) {
                        return form;
                    }
                    worst = Math.max(worst, m);
                }
            }
        }
        problems.error(-1, message(worst, ins));
        return null;
    }

    private static boolean sameTypes(long[] stored, int at, long[] types, int n) {
        for (int i = 0; i < n; i++) {
            if (stored[at + i] != types[i]) {
                return false;
            }
        }
        return true;
    }

    private static String message(int failure, Instruction ins) {
        switch (failure) {
            case SIZE_MISSING: return "operation size not specified";
            case SIZE_MISMATCH: return "mismatch in operand sizes";
            case BAD_MODE: return "instruction not supported in 64-bit mode";
            case BAD_REPNE: return (ins.repeat == Prefix.REPNZ ? "repnz" : "repne") + " prefix is not allowed";
            default: return "invalid combination of opcode and operands";
        }
    }

    private int match(InstructionForm form, Instruction ins, long address, Scratch scratch) {
        int n = ins.operandCount;
        if (form.types.length != n) {
            return INVALID;
        }
        long[] types = scratch.types;
        long[] sizes = scratch.sizes;
        for (int i = 0; i < n; i++) {
            sizes[i] = form.impliedSizeOperand < 0 || form.impliedSizeOperand == i ? form.impliedSize : 0;
        }
        boolean sizeMissing = false;
        for (int i = 0; i < n; i++) {
            long type = types[i];
            if ((type & OperandType.SIZE_MASK) == 0) {
                type |= sizes[i];
            }
            long size = type & OperandType.SIZE_MASK;
            long wanted = form.types[i];
            long wantedSize = wanted & OperandType.SIZE_MASK;
            if ((wanted & ~type & ~OperandType.SIZE_MASK) != 0) {
                return INVALID;
            }
            if (wantedSize != 0 && wantedSize != size) {
                if (size != 0) {
                    return INVALID;
                }
                if (!OperandType.isRegister(type)) {
                    sizeMissing = true;
                }
            }
        }
        if (sizeMissing) {
            return SIZE_MISSING;
        }
        if (form.sizeMatch || form.sizeMatchFirstTwo) {
            int agreeing = form.sizeMatchFirstTwo ? 2 : n;
            for (int i = 0; i < agreeing; i++) {
                long size = form.types[i] & OperandType.SIZE_MASK;
                if (size != 0) {
                    for (int j = 0; j < agreeing; j++) {
                        sizes[j] = size;
                    }
                    break;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if ((form.types[i] & OperandType.SIZE_MASK) == 0
                    && (types[i] & OperandType.SIZE_MASK & ~sizes[i]) != 0) {
                return SIZE_MISMATCH;
            }
        }
        if (form.invalidIn64) {
            return BAD_MODE;
        }
        if (form.shortIfReachable) {
            return shortBranchReaches(form, ins, address) ? GOOD : INVALID;
        }
        if (form.bnd && (ins.repeat == Prefix.REPNE || ins.repeat == Prefix.REPNZ)) {
            return BAD_REPNE; // repne is bnd there (and nasm checks it after the short-branch test)
        }
        return GOOD;
    }

    /** nasm's relaxation: a short branch while the target is unknown (optimistic), else if it reaches. */
    private static boolean shortBranchReaches(InstructionForm form, Instruction ins, long address) {
        Operand target = ins.operands[0];
        if (target.strict) {
            return false;
        }
        if (!target.known) {
            return true;
        }
        if (!target.relocatable || target.inOtherSection) {
            return false; // nasm: only a target in the instruction's own section can be reached short
        }
        // the whole short instruction counts, REX.W of an o64 prefix included (nasm: calcsize)
        long displacement = target.value - (address + length(form, ins, null, 0, rex(form, ins, 0)));
        return displacement >= -128 && displacement <= 127;
    }

    // ---------------------------------------------------------------- layout

    private static int explicitOperandSize(Instruction ins) {
        if (ins.operandSize == null) {
            return 0;
        }
        switch (ins.operandSize) {
            case O16: case OSP: return 16;
            case O32: return 32;
            case O64: return 64;
            default: return 0;
        }
    }

    /** The operand-size prefix that ends up on the instruction: 16, 32, 64 or 0. */
    private static int operandSizePrefix(InstructionForm form, Instruction ins) {
        int explicit = explicitOperandSize(ins);
        if (explicit == 0) {
            if (form.operandSize == InstructionForm.OS_16) {
                return 16;
            }
            if (form.operandSize == InstructionForm.OS_32) {
                return 32;
            }
        }
        return explicit;
    }

    /**
     * REX.W comes from the form (REX.W), an explicit o64 prefix or any 64-bit register in the ModRM/opcode
     * fields, unless the form is 64-bit by default (os64) or refuses it (no-REX.W).
     */
    private static boolean rexW(InstructionForm form, Instruction ins) {
        if (form.vex || form.noRexW) {
            return false;
        }
        if (form.operandSize == InstructionForm.OS_64 || ins.operandSize == Prefix.O64) {
            return true;
        }
        for (int i = 0; i < ins.operandCount; i++) {
            Operand o = ins.operands[i];
            byte role = form.roles[i];
            if (o.kind == Operand.Kind.REGISTER && o.register.isGeneral() && o.register.bits() == 64
                    && (role == InstructionForm.ROLE_REG || role == InstructionForm.ROLE_RM
                    || role == InstructionForm.ROLE_REG_AND_RM)) {
                return true;
            }
        }
        return false;
    }

    private static int rex(InstructionForm form, Instruction ins, long ea) {
        int rex = rexW(form, ins) ? REX_W : 0;
        for (int i = 0; i < ins.operandCount; i++) {
            Operand o = ins.operands[i];
            if (o.kind != Operand.Kind.REGISTER) {
                continue;
            }
            Register r = o.register;
            if (r.bits() == 8 && r.needsRex()) {
                rex |= REX_FORCED;
            }
            if (r.forbidsRex()) {
                rex |= REX_HIGH;
            }
            boolean extended = (r.number() & 8) != 0;
            switch (form.roles[i]) {
                case InstructionForm.ROLE_REG:
                    rex |= extended ? (form.opcodePlusRegister ? REX_B : REX_R) : 0;
                    break;
                case InstructionForm.ROLE_REG_AND_RM:
                    rex |= extended ? REX_R | REX_B : 0;
                    break;
                case InstructionForm.ROLE_RM:
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

    private static boolean needsRexPrefix(int rex) {
        return (rex & (REX_FORCED | 0xf)) != 0;
    }

    private static boolean addressSizePrefix(Instruction ins, long ea, Operand memory) {
        return ins.addressSize == Prefix.A32 || (ea & EffectiveAddress.ADDRESS_32) != 0
                || memory != null && EffectiveAddress.uses32BitAddress(memory, false);
    }

    /** The a32 of a form (jecxz) adds 0x67 unless an a32 prefix already did. */
    private static boolean formAddressSizeByte(InstructionForm form, Instruction ins, long ea, Operand memory) {
        return form.addressSize == InstructionForm.AS_32 && !addressSizePrefix(ins, ea, memory);
    }

    private static Register segment(Instruction ins, Operand memory) {
        return memory != null && memory.segment != null ? memory.segment : ins.segmentPrefix;
    }

    private static int moffsBytes(Instruction ins, Operand o) {
        return EffectiveAddress.uses32BitAddress(o, ins.addressSize == Prefix.A32) ? 4 : 8;
    }

    private static int length(InstructionForm form, Instruction ins, Operand memory, long ea, int rex) {
        int n = form.opcode.length;
        if (form.waitPrefix || ins.waitPrefix) {
            n++;
        }
        if (ins.repeat != null) {
            n++;
        }
        if (ins.lock != null) {
            n++;
        }
        if (segment(ins, memory) != null) {
            n++;
        }
        if (operandSizePrefix(form, ins) == 16) {
            n++;
        }
        if (addressSizePrefix(ins, ea, memory)) {
            n++;
        }
        if (formAddressSizeByte(form, ins, ea, memory)) {
            n++;
        }
        if (form.mandatoryPrefix != 0) {
            n++;
        }
        if (form.vex) {
            n += 3;
        } else if (needsRexPrefix(rex)) {
            n++;
        }
        if (form.modrm != InstructionForm.MODRM_NONE) {
            n += memory != null && roleOf(form, ins, memory) == InstructionForm.ROLE_RM ? EffectiveAddress.length(ea) : 1;
        }
        for (int i = 0; i < ins.operandCount; i++) {
            int kind = form.immediateFor(form.roles[i]);
            if (kind == InstructionForm.MOFFS) {
                n += moffsBytes(ins, ins.operands[i]);
            } else {
                n += immediateBytes(kind);
            }
        }
        return n;
    }

    private static int immediateBytes(int kind) {
        switch (kind) {
            case InstructionForm.IB: case InstructionForm.IB_SIGNED: case InstructionForm.IB_UNSIGNED:
            case InstructionForm.REL8:
                return 1;
            case InstructionForm.IW:
                return 2;
            case InstructionForm.ID: case InstructionForm.ID_SIGNED: case InstructionForm.REL:
                return 4;
            case InstructionForm.IQ:
                return 8;
            default:
                return 0;
        }
    }

    // ---------------------------------------------------------------- output

    private static void emit(InstructionForm form, Instruction ins, Operand memory, long ea, int rex, long address,
            int length, ByteSink out, EncodeProblem problems) {
        if (form.waitPrefix || ins.waitPrefix) {
            out.put(0x9b);
        }
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
        if (operandSizePrefix(form, ins) == 16) {
            out.put(0x66);
        }
        if (addressSizePrefix(ins, ea, memory)) {
            out.put(0x67);
        }
        if (formAddressSizeByte(form, ins, ea, memory)) {
            out.put(0x67);
        }
        if (form.mandatoryPrefix != 0) {
            out.put(form.mandatoryPrefix);
        }
        int reg = 0;
        int rm = 0;
        int vvvv = 0;
        for (int i = 0; i < ins.operandCount; i++) {
            Operand o = ins.operands[i];
            if (o.kind != Operand.Kind.REGISTER) {
                continue;
            }
            switch (form.roles[i]) {
                case InstructionForm.ROLE_REG: reg = o.register.number(); break;
                case InstructionForm.ROLE_RM: rm = o.register.number(); break;
                case InstructionForm.ROLE_REG_AND_RM: reg = o.register.number(); rm = reg; break;
                case InstructionForm.ROLE_VVVV: vvvv = o.register.number(); break;
                default: break;
            }
        }
        if (form.vex) {
            out.put(0xc4);
            out.put(((rex & REX_R) != 0 ? 0 : 0x80) | ((rex & REX_X) != 0 ? 0 : 0x40) | ((rex & REX_B) != 0 ? 0 : 0x20)
                    | form.vexMap);
            out.put((form.vexW << 7) | ((~vvvv & 15) << 3) | (form.vexL << 2) | form.vexPp);
        } else if (needsRexPrefix(rex)) {
            out.put(0x40 | (rex & 0xf));
        }
        int last = form.opcode.length - 1;
        for (int i = 0; i < last; i++) {
            out.put(form.opcode[i] & 0xff);
        }
        if (last >= 0) { // fwait is its wait prefix alone
            out.put((form.opcode[last] & 0xff) + (form.opcodePlusRegister ? reg & 7 : 0));
        }
        if (form.modrm >= 0) {
            reg = form.modrm;
        }
        if (form.modrm != InstructionForm.MODRM_NONE) {
            if (memory != null && roleOf(form, ins, memory) == InstructionForm.ROLE_RM) {
                out.put(EffectiveAddress.modrm(ea) | ((reg & 7) << 3));
                if (EffectiveAddress.hasSib(ea)) {
                    out.put(EffectiveAddress.sib(ea));
                }
                int dispBytes = EffectiveAddress.displacementBytes(ea);
                if (dispBytes != 0) {
                    long displacement = EffectiveAddress.displacement(memory);
                    if ((ea & EffectiveAddress.RIP_RELATIVE) != 0) {
                        displacement -= address + length;
                        if (memory.known && (displacement < Integer.MIN_VALUE || displacement > Integer.MAX_VALUE)) {
                            problems.warning(indexOf(ins, memory), "dword data exceeds bounds" + NUMBER_OVERFLOW);
                        }
                    } else if (memory.relocatable) {
                        // 64-bit addressing sign-extends the displacement, 32-bit addressing wraps at 4 GiB
                        out.absoluteAddress(indexOf(ins, memory), dispBytes, (ea & EffectiveAddress.ADDRESS_32) == 0);
                    }
                    out.putLittleEndian(displacement, dispBytes);
                }
            } else {
                out.put(0xc0 | ((reg & 7) << 3) | (rm & 7));
            }
        }
        for (int i = 0; i < ins.operandCount; i++) {
            byte role = form.roles[i];
            if (role != InstructionForm.ROLE_IMM && role != InstructionForm.ROLE_IMM2) {
                continue;
            }
            Operand o = ins.operands[i];
            int kind = form.immediateFor(role);
            switch (kind) {
                case InstructionForm.REL8:
                case InstructionForm.REL: {
                    long displacement = o.value - (address + length);
                    if (kind == InstructionForm.REL8 && o.known && (displacement < -128 || displacement > 127)) {
                        problems.error(i, "short jump is out of range");
                    } else if (kind == InstructionForm.REL && o.known
                            && (displacement < Integer.MIN_VALUE || displacement > Integer.MAX_VALUE)) {
                        problems.warning(i, "dword data exceeds bounds" + NUMBER_OVERFLOW);
                    }
                    out.putLittleEndian(displacement, kind == InstructionForm.REL8 ? 1 : 4);
                    break;
                }
                case InstructionForm.MOFFS:
                    if (o.relocatable) {
                        out.absoluteAddress(i, moffsBytes(ins, o), false);
                    }
                    out.putLittleEndian(o.displacement, moffsBytes(ins, o));
                    break;
                default:
                    if (o.relocatable) {
                        out.absoluteAddress(i, immediateBytes(kind),
                                kind == InstructionForm.ID_SIGNED || kind == InstructionForm.IB_SIGNED);
                    }
                    out.putLittleEndian(o.value, immediateBytes(kind));
                    break;
            }
        }
    }

    // ---------------------------------------------------------------- warnings nasm prints, with nasm's class tag

    private static void warnings(InstructionForm form, Instruction ins, Operand memory, long ea, EncodeProblem problems) {
        for (int i = 0; i < ins.operandCount; i++) {
            Operand o = ins.operands[i];
            if (o.kind == Operand.Kind.REGISTER && (o.distance != Operand.Distance.DEFAULT || o.sizeBits != 0)) {
                problems.warning(i, "invalid register size specification ignored [-w+regsize]");
            }
        }
        if (form.obsolete) {
            problems.warning(-1, "instruction obsolete and removed from the target CPU [-w+obsolete-removed]");
        }
        if (ins.lock != null && (!form.lockable || ins.operandCount == 0
                || ins.operands[0].kind != Operand.Kind.MEMORY)) {
            problems.warning(-1, "instruction is not lockable [-w+prefix-lock]");
        }
        int explicit = explicitOperandSize(ins);
        if (explicit != 0) {
            if (form.operandSize == InstructionForm.OS_16 && (explicit != 16 || ins.operandSize == Prefix.OSP)) {
                problems.warning(-1, "invalid operand size prefix, must be o16 [-w+prefix-opsize]");
            } else if (form.operandSize == InstructionForm.OS_32 && explicit != 32) {
                problems.warning(-1, "invalid operand size prefix, must be o32 [-w+prefix-opsize]");
            }
        }
        // (the front end reports a segment prefix on an instruction without a memory operand)
        Register segment = memory == null ? null : segment(ins, memory);
        if (segment != null && segment.number() < 4) {
            problems.warning(-1, segment.spelling() + " segment base generated, but will be ignored in 64-bit mode [-w+prefix-seg]");
        }
        if (memory != null && roleOf(form, ins, memory) == InstructionForm.ROLE_RM) {
            int memoryIndex = indexOf(ins, memory);
            if ((ea & EffectiveAddress.ABSOLUTE_FALLBACK) != 0) {
                problems.warning(memoryIndex, "absolute address can not be RIP-relative [-w+ea-absolute]");
            }
            if ((ea & EffectiveAddress.DISPLACEMENT_SIZE_IGNORED) != 0) {
                problems.warning(memoryIndex, "displacement size ignored on absolute address [-w+ea-dispsize]");
            }
            int bytes = EffectiveAddress.displacementBytes(ea);
            // a relocatable displacement is checked by the output format, against the final load address
            if (bytes != 0 && memory.known && !memory.relocatable && (ea & EffectiveAddress.RIP_RELATIVE) == 0) {
                long d = EffectiveAddress.displacement(memory);
                boolean address32 = (ea & EffectiveAddress.ADDRESS_32) != 0;
                boolean overflow = address32 && (d < -(1L << 32) || d >= (1L << 32))
                        || signExtend(d, address32 ? 32 : 64) != signExtend(d, bytes * 8);
                if (overflow) {
                    String what = bytes == 1 ? "byte" : "dword";
                    problems.warning(memoryIndex, what + " data exceeds bounds" + NUMBER_OVERFLOW);
                }
            }
        }
        for (int i = 0; i < ins.operandCount; i++) {
            Operand o = ins.operands[i];
            int kind = form.immediateFor(form.roles[i]);
            if (kind == InstructionForm.IMM_NONE || o.kind != Operand.Kind.IMMEDIATE || !o.known || o.relocatable) {
                continue;
            }
            immediateWarning(kind, o, i, form, ins, problems);
        }
    }

    private static long signExtend(long v, int bits) {
        return bits >= 64 ? v : (v << (64 - bits)) >> (64 - bits);
    }

    private static void immediateWarning(int kind, Operand o, int index, InstructionForm form, Instruction ins,
            EncodeProblem problems) {
        long v = o.value;
        switch (kind) {
            case InstructionForm.IB:
                if (v < -256 || v > 255) {
                    problems.warning(index, "byte data exceeds bounds" + NUMBER_OVERFLOW);
                }
                break;
            case InstructionForm.IB_UNSIGNED:
                if (v < 0 || v > 255) {
                    problems.warning(index, "byte data exceeds bounds" + NUMBER_OVERFLOW);
                }
                break;
            case InstructionForm.IB_SIGNED: {
                int s = rexW(form, ins) ? 64 : operandSizePrefix(form, ins) == 16 ? 16
                        : operandSizePrefix(form, ins) == 32 ? 32 : 64;
                long limit = s == 64 ? 0 : 1L << s; // 2^s, wrapping to 0 for 64 as nasm's does
                boolean byteRange = v >= -128 && v <= 127;
                boolean wrappedRange = Long.compareUnsigned(v, limit - 128) >= 0
                        && Long.compareUnsigned(v, limit - 1) <= 0;
                if (!byteRange && !wrappedRange) {
                    String what = o.sizeBits == 8 ? "signed byte" : s == 16 ? "word" : s == 32 ? "dword" : "signed dword";
                    problems.warning(index, what + " value exceeds bounds" + NUMBER_OVERFLOW);
                }
                break;
            }
            case InstructionForm.IW:
                if (v < -65536 || v > 65535) {
                    problems.warning(index, "word data exceeds bounds" + NUMBER_OVERFLOW);
                }
                break;
            case InstructionForm.ID:
                if (v < -(1L << 32) || v >= (1L << 32)) {
                    problems.warning(index, "dword data exceeds bounds" + NUMBER_OVERFLOW);
                }
                break;
            case InstructionForm.ID_SIGNED:
                if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                    problems.warning(index, "signed dword immediate exceeds bounds" + NUMBER_OVERFLOW);
                    problems.warning(index, "dword data exceeds bounds" + NUMBER_OVERFLOW);
                }
                break;
            default:
                break;
        }
    }
}
