package io.github.tinybin.asm.preprocess;

/** Receives the preprocessor's output, one line at a time, in order. */
@FunctionalInterface
public interface LineSink {
    void accept(LogicalLine line);
}
