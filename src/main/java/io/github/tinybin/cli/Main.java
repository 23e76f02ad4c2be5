package io.github.tinybin.cli;

import io.github.tinybin.build.BuildResult;
import io.github.tinybin.build.ExecutableFile;
import io.github.tinybin.build.LimitSetting;
import io.github.tinybin.build.OutputFormat;
import io.github.tinybin.build.TinyBin;
import io.github.tinybin.build.Version;
import io.github.tinybin.diag.DiagnosticFormatter;
import io.github.tinybin.elf.Layout;
import io.github.tinybin.elf.Layouts;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * {@code java -jar tinybin-maven-plugin.jar [options] -o OUT [SOURCE]}: the same build the Mojo runs,
 * from a shell. Output goes to stdout only when asked for (--help, --version); every message goes to
 * stderr as {@code file:line:column: error: ...} or {@code tinybin: error: ...}.
 */
public final class Main {
    static final int OK = 0;
    static final int BUILD_FAILED = 1;
    static final int USAGE = 2;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cl;
        try {
            cl = CommandLine.parse(Arrays.asList(args));
        } catch (UsageException e) {
            err.println("tinybin: error: " + e.getMessage());
            return USAGE;
        }
        switch (cl.action) {
            case HELP -> {
                out.print(usage());
                return OK;
            }
            case VERSION -> {
                out.println("tinybin " + Version.get());
                return OK;
            }
            default -> {
                try {
                    return build(cl, err);
                } catch (RuntimeException | StackOverflowError e) {
                    // a bug of ours, not of the input: still one line, never a trace
                    err.println("tinybin: error: internal error: " + e);
                    return BUILD_FAILED;
                }
            }
        }
    }

    private static int build(CommandLine cl, PrintStream err) {
        BuildResult result = TinyBin.build(cl.request);
        err.print(DiagnosticFormatter.format(result.diagnostics()));
        boolean ok = result.succeeded();
        try {
            if (cl.listing != null && result.listing() != null) {
                ExecutableFile.writePlain(cl.listing, result.listing().getBytes(StandardCharsets.UTF_8));
            }
            if (ok) {
                if (cl.request.format == OutputFormat.ELF) {
                    ExecutableFile.writeExecutable(cl.output, result.bytes());
                } else {
                    ExecutableFile.writePlain(cl.output, result.bytes());
                }
            } else {
                ExecutableFile.deleteStale(cl.output);
            }
        } catch (IOException e) {
            err.println("tinybin: error: cannot write " + describe(e));
            return BUILD_FAILED;
        }
        return ok ? OK : BUILD_FAILED;
    }

    /** An I/O failure as one line: the file and the reason, without Java class names where avoidable. */
    static String describe(IOException e) {
        String reason = e.getMessage();
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return n.getFile() + ": no such file or directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return a.getFile() + ": permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getFile() + ": " + f.getReason();
        }
        return reason != null ? reason : e.toString();
    }

    /** The --limit-NAME options, each with its meaning, default and range. */
    static String limitsUsage() {
        StringBuilder sb = new StringBuilder(String.format("%nLimits: runaway guards, an input over one is an error at"
                + " its line. N is a whole number >= 1;%n'unlimited' is allowed where nasm has the same option.%n"));
        for (LimitSetting limit : LimitSetting.values()) {
            sb.append(String.format("      %-26s %s (%s)%n", limit.option() + " N", limit.meaning(), limit.range()));
        }
        return sb.toString();
    }

    static String usage() {
        StringBuilder sb = new StringBuilder();
        sb.append("""
                Usage: java -jar tinybin-maven-plugin.jar [options] -o OUT [SOURCE]

                Assembles SOURCE (NASM syntax, x86-64) into a tiny static Linux executable.
                Without SOURCE, builds the built-in program that prints --message and exits 0.
                Options and SOURCE may come in any order; '--' ends the options.

                Options:
                  -o, --output OUT       file to write (required); executable for --format elf
                  -f, --format FORMAT    elf (default): a Linux executable; bin: raw bytes as nasm -f bin
                      --layout NAME      ELF layout (default %s), see below
                      --entry SYMBOL     where execution starts (default _start)
                      --base-address N   load address, decimal or 0x hex (default 0x400000)
                      --pie              position-independent executable (compact, standard)
                  -g, --debug            DWARF line information, so gdb shows the source (standard)
                  -D NAME[=VALUE]        define a preprocessor macro, as nasm -D
                  -I DIR                 search DIR for %%include and incbin, as nasm -I
                  -l, --listing FILE     write a listing (nasm -l style) to FILE
                      --message TEXT     text the built-in program prints (default Hello!\\n);
                                         \\n, \\t and \\\\ are expanded
                  -h, --help             show this help and exit
                      --version          print the version and exit

                Layouts:
                """.formatted(Layouts.DEFAULT));
        for (String name : Layouts.names()) {
            Layout layout = Layouts.byName(name);
            sb.append(String.format("  %-10s %s%n", name, layout.description()));
        }
        sb.append(limitsUsage());
        sb.append("""

                Exit status: 0 on success, 1 when the build fails, 2 for a bad command line.
                """);
        return sb.toString();
    }
}
