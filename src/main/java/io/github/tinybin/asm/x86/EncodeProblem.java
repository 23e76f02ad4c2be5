package io.github.tinybin.asm.x86;

/**
 * Receives what the encoder has to say about one instruction. Messages are nasm's wording where nasm
 * has one. {@code operandIndex} is the 0-based operand at fault, or -1 for the whole instruction (the
 * front end turns it into a column).
 */
public interface EncodeProblem {
    void error(int operandIndex, String message);

    void warning(int operandIndex, String message);

    /** Drops everything: used in sizing passes, where only the final pass reports. */
    EncodeProblem SILENT = new EncodeProblem() {
        @Override
        public void error(int operandIndex, String message) {
        }

        @Override
        public void warning(int operandIndex, String message) {
        }
    };
}
