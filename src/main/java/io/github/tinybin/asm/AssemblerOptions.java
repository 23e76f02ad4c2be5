package io.github.tinybin.asm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything besides the source that changes what the assembler produces. */
public final class AssemblerOptions {
    /** {@code -I} directories for %include and incbin, searched after the including file's folder and the working directory. */
    public final List<Path> includeDirectories = new ArrayList<>();
    /** {@code -D NAME[=VALUE]}, in order; a null value defines NAME as empty. */
    public final Map<String, String> defines = new LinkedHashMap<>();
    /** What relative %include/incbin paths fall back to (nasm: the process's working directory). */
    public Path workingDirectory = Path.of("").toAbsolutePath();
    public Limits limits = new Limits();
    /** Produce a listing in {@link AssemblyResult#listing()}. */
    public boolean listing;
    /**
     * Whether sizing passes may run in delta form where the program allows (same results, less
     * work); tests switch it off to compare the two forms.
     */
    boolean deltaSizing = true;
}
