package io.github.tinybin.asm;

/**
 * An address written as an absolute value into a field of the output: what {@code nasm -f elf64}
 * would leave to the linker as an R_X86_64_8/16/32/32S/64 relocation. Output writers check them:
 * a field too narrow for the final address is ld's "relocation truncated to fit", and a
 * position-independent executable can hold none of them.
 *
 * @param section    where the field is
 * @param offset     the field's offset within the section
 * @param width      the field's size in bytes: 1, 2, 4 or 8
 * @param signed     the CPU sign-extends the field (disp32 and imm32 with a 64-bit operand), so it
 *                   holds addresses below 2^(8*width-1); otherwise below 2^(8*width)
 * @param value      the full address (with any constant added) that was to be written
 * @param use        what kind of field it is
 * @param symbol     the label the address is derived from, as written ({@code $} for the current
 *                   position), for the message
 * @param file       source file, as displayed
 * @param line       1-based line
 * @param column     1-based column of the operand or data item
 * @param sourceLine the line's text, for the caret display
 */
public record AbsoluteReference(Section section, long offset, int width, boolean signed, long value, Use use,
                                String symbol, String file, int line, int column, String sourceLine) {

    /** Where in the output the address is. */
    public enum Use {
        /** An instruction's immediate ({@code mov esi, msg}, {@code push msg}, {@code mov rax, msg}). */
        IMMEDIATE,
        /** A memory operand's absolute displacement ({@code [msg]}, {@code [table+rbx*8]}). */
        DISPLACEMENT,
        /** A data directive ({@code dd msg}, {@code dq msg}). */
        DATA
    }

    /** True when {@link #value} survives being written into the field and read back as the CPU does. */
    public boolean fits() {
        return fits(value, width, signed);
    }

    static boolean fits(long value, int width, boolean signed) {
        if (width >= 8) {
            return true;
        }
        int bits = width * 8;
        if (signed) {
            long half = 1L << (bits - 1);
            return value >= -half && value < half;
        }
        return value >= 0 && value < 1L << bits;
    }

    /** The field as the messages name it, for example {@code signed 32-bit}. */
    public String fieldDescription() {
        return (signed ? "signed " : "unsigned ") + width * 8 + "-bit";
    }

    /** nasm's name for a field this wide ({@code dword} for 4 bytes). */
    public String nasmSize() {
        return switch (width) {
            case 1 -> "byte";
            case 2 -> "word";
            case 4 -> "dword";
            default -> "qword";
        };
    }
}
