package io.github.tinybin.asm;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes one random whole program for {@code nasm -f bin}, the same text for every run with the same
 * seed: code in {@code .text} (labels {@code tN} with local labels {@code tN.kM}), data in
 * {@code .data} ({@code dN}) and reserved space in {@code .bss} ({@code bN}), the sections switched
 * back and forth. Branches go to forward and backward labels at distances around the short-jump
 * limit, so relaxation decides sizes; label values and differences appear as immediates,
 * displacements and data, and in {@code equ}s of {@code L - $}; {@code align}, {@code times},
 * {@code %rep} and macros move labels around.
 *
 * <p>With {@code faulty}, some lines are ones nasm may reject (short branches out of range,
 * undefined labels, non-constant {@code times}, bad scales, ...): then both assemblers must reject
 * the program at the same lines.
 */
final class RandomProgram {
    private static final String[] CONDITIONS = {"jz", "jnz", "jl", "jge", "jb", "jae", "ja", "jbe", "js", "jo",
        "jpe", "jecxz"};
    private static final long[] IMMEDIATES = {0, 1, -1, 2, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768,
        65535, 65536, 0x7fffffffL, -0x80000000L, 0x80000000L, 0xffffffffL, 0x100000000L, Long.MAX_VALUE,
        Long.MIN_VALUE};
    private static final long[] DISPLACEMENTS = {0, 1, -1, 8, 127, 128, -128, -129, 0x7fffffffL, -0x80000000L};
    private static final String[] BASES = {"rax", "rbx", "rsp", "rbp", "r12", "r13", "r9", "rsi"};
    private static final String[] INDEXES = {"rcx", "rdx", "rbp", "r8", "r12", "r13", "rdi"};
    private static final String[] REG32 = {"eax", "ecx", "edx", "ebx", "esi", "edi", "r8d", "r11d"};
    private static final String[] REG64 = {"rax", "rcx", "rdx", "rbx", "rsi", "rdi", "r8", "r11"};

    private final SplittableRandom random;
    private final boolean faulty;
    private final StringBuilder out = new StringBuilder();
    private final int textLabels;
    private final int dataLabels;
    private final int bssLabels;
    private final int[] localsOf;
    private int equs;
    private int nextText;
    private int nextData;
    private int nextBss;
    private int nextEqu;
    /** The last non-local text label placed, -1 before the first. */
    private int parent = -1;
    private int localsPlaced;
    /** Whether local labels belong to {@link #parent}: a data or bss label placed since takes them over. */
    private boolean textScope;
    private int shortLoops;
    /** The one kind of faulty line this program gets: nasm stops after a pass with some errors, so kinds do not mix. */
    private final int faultKind;

    private RandomProgram(long seed, boolean faulty) {
        this.random = new SplittableRandom(seed);
        this.faulty = faulty;
        textLabels = 4 + random.nextInt(24);
        dataLabels = 1 + random.nextInt(8);
        bssLabels = 1 + random.nextInt(4);
        localsOf = new int[textLabels];
        for (int i = 0; i < textLabels; i++) {
            localsOf[i] = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0;
        }
        equs = random.nextInt(4);
        faultKind = random.nextInt(8);
    }

    /** The program for {@code seed}; {@code faulty} mixes in lines nasm may reject. */
    static String generate(long seed, boolean faulty) {
        return new RandomProgram(seed, faulty).program();
    }

    /** Prints the program for a seed: {@code RandomProgram SEED [faulty]}. */
    public static void main(String[] args) {
        System.out.print(generate(Long.parseLong(args[0]), args.length > 1 && args[1].equals("faulty")));
    }

    private String program() {
        line("bits 64");
        if (random.nextInt(4) == 0) {
            line("org " + pick("0x1000", "0x7c00", "0x400000", "0x10000000"));
        }
        if (random.nextBoolean()) {
            line("default rel");
        }
        line("%macro FILL 1");
        line("  times %1 nop");
        line("%endmacro");
        line("struc S");
        line(".a: resb " + (1 + random.nextInt(3)));
        line(".b: resd 1");
        line(".c: resq " + (1 + random.nextInt(40)));
        line("endstruc");
        line("%macro BRANCH 2");
        line("  %1 %2");
        line("  nop");
        line("%endmacro");
        int chunks = 1 + random.nextInt(4);
        for (int c = 0; c < chunks; c++) {
            line("section .text");
            textChunk(c == chunks - 1);
            line("section .data");
            dataChunk(c == chunks - 1);
            if (random.nextInt(4) == 0) {
                line("section .rodata" + pick("", " align=16", " align=8"));
                dataItem();
            }
            if (random.nextInt(3) == 0 || c == chunks - 1) {
                line("section .bss");
                bssChunk(c == chunks - 1);
            }
        }
        return out.toString();
    }

    private void textChunk(boolean last) {
        int quota = last ? Integer.MAX_VALUE : 1 + random.nextInt(Math.max(1, textLabels - nextText) + 1);
        int placed = 0;
        while (placed < quota && (nextText < textLabels || parent >= 0 && localsPlaced < localsOf[parent])) {
            int items = random.nextInt(6);
            for (int i = 0; i < items; i++) {
                textItem();
            }
            if (parent >= 0 && localsPlaced < localsOf[parent] && random.nextBoolean()) {
                line(".k" + localsPlaced++ + ":");
            } else if (nextText < textLabels) {
                while (parent >= 0 && localsPlaced < localsOf[parent]) {
                    line(".k" + localsPlaced++ + ":");
                }
                parent = nextText++;
                localsPlaced = 0;
                textScope = true;
                line(random.nextInt(5) == 0 ? "t" + parent : "t" + parent + ":");
                placed++;
            }
            if (nextEqu < equs && random.nextInt(4) == 0) {
                line("e" + nextEqu++ + " equ " + textLabel() + " - $");
            }
        }
        // a data label would become the scope of local labels placed after the section switch
        while (parent >= 0 && localsPlaced < localsOf[parent]) {
            line(".k" + localsPlaced++ + ":");
        }
        if (last) {
            while (nextEqu < equs) {
                line("e" + nextEqu++ + " equ " + textLabel() + " - $");
            }
            int items = random.nextInt(4);
            for (int i = 0; i < items; i++) {
                textItem();
            }
        }
    }

    private void dataChunk(boolean last) {
        int quota = last ? dataLabels - nextData : random.nextInt(dataLabels - nextData + 1);
        for (int placed = 0; placed < quota; placed++) {
            int items = random.nextInt(4);
            for (int i = 0; i < items; i++) {
                dataItem();
            }
            line("d" + nextData++ + ":");
            textScope = false;
        }
        if (random.nextBoolean() || last) {
            dataItem();
        }
    }

    private void bssChunk(boolean last) {
        int quota = last ? bssLabels - nextBss : random.nextInt(bssLabels - nextBss + 1);
        for (int placed = 0; placed < quota; placed++) {
            if (random.nextInt(3) == 0) {
                line("alignb " + (1 << random.nextInt(6)));
            }
            line("b" + nextBss++ + ":");
            textScope = false;
            line(pick("resb", "resw", "resd", "resq") + " " + (1 + random.nextInt(40)));
        }
    }

    private void textItem() {
        switch (random.nextInt(faulty ? 31 : 29)) {
            case 0, 1, 2, 3 -> branch();
            case 4 -> line(random.nextBoolean() ? "times " + fillCount() + " nop" : "FILL " + fillCount());
            case 5 -> line("align " + (1 << (1 + random.nextInt(5))));
            case 6 -> immediate();
            case 7 -> line(pick("add", "sub", "mov", "cmp", "and") + " " + pick(REG32) + ", " + difference());
            case 8 -> labelValue();
            case 9 -> memory();
            case 10 -> labelMemory();
            case 11 -> repBlock();
            case 12 -> line("db " + random.nextInt(256) + ", " + random.nextInt(256));
            case 13 -> line("dd " + difference() + ", " + random.nextInt(1000));
            case 14 -> line(equs == 0 ? "nop" : pick("push", "mov ecx,", "add rax,", "cmp edx,") + " e" + random.nextInt(equs));
            case 15 -> line("BRANCH " + pick("jmp", "jnz", "call") + ", " + textLabel());
            case 16 -> shortLoop();
            // oscillating sizes would hide which pass nasm stops in with errors
            case 17 -> line(faulty ? "nop" : timesOfDifference());
            case 18 -> line("mov " + pick(REG32) + ", [" + pick(BASES) + " + " + difference() + "]");
            case 19 -> line(pick("xor eax, eax", "ret", "push rbx", "pop rcx", "syscall", "inc r9", "lea rax, [rax+rax*2]"));
            case 20 -> line("dq " + textLabel() + ", " + dataLabel());
            case 21 -> line(pick("add", "cmp", "sub") + " " + pick(REG64) + ", " + difference());
            case 22 -> line(switch (random.nextInt(4)) {
                case 0 -> "add " + pick(REG32) + ", " + dataLabel() + " - $";
                case 1 -> "mov " + pick(REG32) + ", [rbx + " + dataLabel() + " - " + textLabel() + "]";
                case 2 -> "mov " + pick(REG32) + ", [rbx - " + textLabel() + pick("", " + 100", " + 1000") + "]";
                default -> "add " + pick(REG32) + ", " + textLabel() + " * 2";
            });
            case 23 -> line("times " + (1 + random.nextInt(3)) + " " + pick("jmp", "jnz", "push", "call") + " " + textLabel());
            case 24 -> {
                line("%assign i 0");
                line("%rep " + (1 + random.nextInt(4)));
                line("%assign i i+" + (1 + random.nextInt(100)));
                line(pick("db i", "add eax, i", "jmp t" + random.nextInt(textLabels) + " + i - i"));
                line("%endrep");
            }
            case 25 -> line(pick("db ", "dw ") + difference());
            case 26 -> line(switch (random.nextInt(7)) {
                case 0 -> "mov qword [rbx], " + anyLabel();
                case 1 -> "imul " + pick(REG32) + ", " + pick(REG32) + ", " + difference();
                case 2 -> "shl " + pick(REG32) + ", (" + difference() + ") & 31";
                case 3 -> "times (16 - ($ - $$) % 16) % 16 db 0x90";
                case 4 -> pick("jmp ", "call ") + pick("[rel ", "[", "[rbx*8 + ") + anyLabel() + "]";
                case 5 -> pick("mov eax, [qword ", "mov al, [qword ") + dataLabel() + "]";
                default -> pick("jmp ", "jz ", "jnz ") + pick("$ + ", "$ - ", "$$ + ") + (120 + random.nextInt(15));
            });
            case 27 -> line(pick("rep movsb", "lock inc dword [rbx]", "xchg rax, rax", "nop", "cqo", "ret 8"));
            case 28 -> line(switch (random.nextInt(4)) {
                case 0 -> "mov eax, [rbx + S." + pick("a", "b", "c") + "]";
                // (nasm refuses strict dword with a 64-bit register: mismatch in operand sizes)
                case 1 -> random.nextBoolean() ? "add " + pick(REG64) + ", " + pick("strict byte ", "") + random.nextInt(100)
                        : "add " + pick(REG32) + ", " + pick("strict dword ", "strict byte ", "") + random.nextInt(100);
                case 2 -> "push " + pick("strict dword ", "strict byte ", "") + random.nextInt(100);
                default -> "mov ecx, S_size";
            });
            default -> faultyItem();
        }
    }

    private void branch() {
        String target = random.nextInt(6) == 0 && textScope && localsOf[parent] > 0
                ? ".k" + random.nextInt(localsOf[parent]) : textLabel();
        String op = switch (random.nextInt(8)) {
            case 0, 1 -> "jmp";
            case 2 -> "call";
            case 3 -> pick("jmp near", "jz near", "call");
            default -> pick(CONDITIONS);
        };
        if (op.equals("jecxz")) {
            op = pick("jnz", "jc");
        }
        line(op + " " + target);
    }

    /**
     * A branch that has only a short form ({@code loop}, {@code jrcxz}) over a filler of about its
     * range, to a {@code ..@} label (which leaves the local-label scope alone).
     */
    private void shortLoop() {
        String label = "..@s" + shortLoops++;
        String op = pick("loop", "loopz", "loopnz", "jrcxz", "jecxz");
        // nasm's final pass leaves out an instruction naming an undefined symbol: the phase error
        // that makes can put a short branch out of range (fault kind 3), so those get short fills
        boolean outOfRange = faulty && faultKind <= 1;
        boolean nearLimit = random.nextInt(3) == 0 && !(faulty && faultKind == 3);
        int fill = nearLimit ? 100 + random.nextInt(outOfRange ? 40 : 21) : random.nextInt(30);
        if (random.nextBoolean()) {
            line(label + ":");
            line("times " + fill + " nop");
            line(op + " " + label);
        } else {
            line(op + " " + label);
            line("times " + fill + " nop");
            line(label + ":");
        }
    }

    private String timesOfDifference() {
        if (parent < 1) {
            return "times 3 db 0xcc";
        }
        int a = random.nextInt(parent);
        int b = a + random.nextInt(parent - a + 1);
        return "times (t" + b + " - t" + a + ") % " + (2 + random.nextInt(9)) + " nop";
    }

    private void immediate() {
        long v = IMMEDIATES[random.nextInt(IMMEDIATES.length)];
        switch (random.nextInt(6)) {
            case 0 -> line("mov " + pick(REG64) + ", " + v);
            case 1 -> line(pick("add", "sub", "cmp", "and", "or", "xor") + " " + pick(REG64) + ", " + fit32(v));
            case 2 -> line(pick("add", "sub", "cmp", "mov") + " " + pick(REG32) + ", " + fit32u(v));
            case 3 -> line("push " + fit32(v));
            case 4 -> line("imul " + pick(REG32) + ", " + pick(REG32) + ", " + fit32(v));
            default -> line(pick("mov", "add", "cmp") + " " + pick("byte", "word", "dword", "qword") + " ["
                    + pick(BASES) + "], " + fit8(v));
        }
    }

    private void labelValue() {
        switch (random.nextInt(5)) {
            case 0 -> line("mov " + pick(REG64) + ", " + anyLabel());
            case 1 -> line("mov " + pick(REG32) + ", " + anyLabel());
            case 2 -> line("push " + anyLabel());
            case 3 -> line("mov " + pick(REG64) + ", " + anyLabel() + " + " + random.nextInt(300));
            default -> line("lea " + pick(REG64) + ", [" + anyLabel() + " + " + pick(REG64) + "*" + pick("1", "2", "4", "8") + "]");
        }
    }

    private void memory() {
        StringBuilder m = new StringBuilder("[");
        String base = random.nextInt(5) == 0 ? null : pick(BASES);
        String index = random.nextBoolean() ? pick(INDEXES) : null;
        if (base != null) {
            m.append(base);
        }
        if (index != null) {
            m.append(base != null ? " + " : "").append(index);
            int scale = 1 << random.nextInt(4);
            if (scale > 1 || random.nextBoolean()) {
                m.append('*').append(scale);
            }
        }
        long d = DISPLACEMENTS[random.nextInt(DISPLACEMENTS.length)];
        if (d != 0 || base == null && index == null || random.nextInt(4) == 0) {
            m.append(d < 0 ? " - " : " + ").append(Math.abs(d));
        }
        m.append(']');
        switch (random.nextInt(4)) {
            case 0 -> line("mov " + pick(REG32) + ", " + m);
            case 1 -> line("lea " + pick(REG64) + ", " + m);
            case 2 -> line(pick("add", "mov", "cmp") + " " + pick("byte", "dword", "qword") + " " + m + ", "
                    + random.nextInt(200));
            default -> line("mov " + m + ", " + pick(REG64));
        }
    }

    private void labelMemory() {
        String label = anyLabel();
        String address = switch (random.nextInt(5)) {
            case 0 -> "[rel " + label + "]";
            case 1 -> "[abs " + label + "]";
            case 2 -> "[" + label + " + " + random.nextInt(200) + "]";
            case 3 -> "[" + label + " + rbx*4]";
            default -> "[" + label + "]";
        };
        switch (random.nextInt(4)) {
            case 0 -> line("lea " + pick(REG64) + ", " + address);
            case 1 -> line("mov " + pick(REG32) + ", " + address);
            case 2 -> line("cmp byte " + address + ", " + random.nextInt(256));
            default -> line("inc qword " + address);
        }
    }

    private void repBlock() {
        line("%rep " + (1 + random.nextInt(5)));
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            switch (random.nextInt(4)) {
                case 0 -> branch();
                case 1 -> immediate();
                case 2 -> line("db 0x" + Integer.toHexString(random.nextInt(256)));
                default -> memory();
            }
        }
        line("%endrep");
    }

    private void dataItem() {
        switch (random.nextInt(11)) {
            case 10 -> {
                line("istruc S");
                line("at S.b, dd " + difference());
                line("at S.c, dq " + anyLabel());
                line("iend");
            }
            case 0 -> line("db " + random.nextInt(256) + ", 'x" + random.nextInt(100) + "', 0");
            case 1 -> line("dw " + dataDifference() + ", " + (random.nextInt(65536) - 32768));
            case 2 -> line("dd " + anyLabel() + ", " + difference());
            case 3 -> line("dq " + anyLabel() + " + " + random.nextInt(50));
            case 4 -> line("times " + fillCount() + " db " + random.nextInt(256));
            case 5 -> line("align " + (1 << random.nextInt(5)) + pick("", ", db 0"));
            case 6 -> line("dd " + dataLabel() + " - $");
            case 7 -> line("dw " + IMMEDIATES[random.nextInt(6)] + ", " + difference());
            case 8 -> line("dq " + difference() + ", " + IMMEDIATES[random.nextInt(IMMEDIATES.length)]);
            default -> line("db " + dataDifference() + " & 0xff");
        }
    }

    /**
     * A line nasm may reject. Labels in it are already defined (or, for {@code times}, not yet), so
     * nasm finds all of a program's faults in the same pass: it stops after the first pass with
     * errors, and an error about a label ahead comes a pass later than one about a label behind.
     */
    private void faultyItem() {
        String behind = nextText > 0 ? "t" + random.nextInt(nextText) : null;
        String data = nextData > 0 ? "d" + random.nextInt(nextData) : null;
        if (data == null) {
            data = behind;
        }
        switch (faultKind) {
            case 0 -> line("jmp short " + textLabel());
            case 1 -> line(pick("loop", "jrcxz") + " " + textLabel());
            case 2 -> line(nextText < textLabels ? "times t" + (nextText + random.nextInt(textLabels - nextText))
                    + " - $ nop" : "nop");
            case 3 -> line("jmp nowhere" + random.nextInt(3));
            case 4 -> line("mov eax, [rbx + rcx*" + pick("3", "5", "16") + "]");
            case 5 -> line(behind == null ? "nop" : pick("dd ", "dq ") + pick(behind + " * 2", behind + " + " + behind,
                    "-" + data, behind + " - " + data));
            case 6 -> line(behind == null ? "nop" : "mov eax, [rbx + " + pick(behind + " * 2", behind + " + " + behind,
                    behind + " - " + data) + "]");
            default -> line(behind == null || nextData == 0 ? "nop"
                    : pick("add " + pick(REG32) + ", ", "push ", "mov rax, ") + behind + " - d" + random.nextInt(nextData));
        }
    }

    private int fillCount() {
        return switch (random.nextInt(4)) {
            case 0 -> random.nextInt(10);
            case 1 -> 110 + random.nextInt(25);
            default -> random.nextInt(60);
        };
    }

    private String difference() {
        int a = random.nextInt(textLabels);
        return random.nextInt(5) == 0 ? "t" + a + " - $" : "t" + a + " - t" + random.nextInt(textLabels);
    }

    private String dataDifference() {
        return "d" + random.nextInt(dataLabels) + " - d" + random.nextInt(dataLabels);
    }

    private String textLabel() {
        int t = random.nextInt(textLabels);
        if (localsOf[t] > 0 && random.nextInt(3) == 0) {
            return "t" + t + ".k" + random.nextInt(localsOf[t]);
        }
        return "t" + t;
    }

    private String dataLabel() {
        return "d" + random.nextInt(dataLabels);
    }

    private String anyLabel() {
        return switch (random.nextInt(3)) {
            case 0 -> textLabel();
            case 1 -> dataLabel();
            default -> "b" + random.nextInt(bssLabels);
        };
    }

    private static long fit32(long v) {
        return v >= -0x80000000L && v <= 0x7fffffffL ? v : v >> 33;
    }

    private static long fit32u(long v) {
        return v >= -0x80000000L && v <= 0xffffffffL ? v : v >> 33;
    }

    private static long fit8(long v) {
        return v >= -128 && v <= 255 ? v : v & 0x7f;
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
