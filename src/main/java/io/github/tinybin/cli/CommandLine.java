package io.github.tinybin.cli;

import io.github.tinybin.build.BuildRequest;
import io.github.tinybin.build.BuiltinProgram;
import io.github.tinybin.build.LimitSetting;
import io.github.tinybin.build.OutputFormat;
import io.github.tinybin.elf.Layouts;
import java.nio.file.Path;
import java.util.List;

/**
 * The parsed command line: options and SOURCE in any order, as users type them
 * ({@code -o OUT}, {@code -oOUT}, {@code --layout NAME}, {@code --layout=NAME}, {@code -DNAME=VALUE},
 * {@code -D NAME}; {@code --} ends the options).
 */
final class CommandLine {
    enum Action { BUILD, HELP, VERSION }

    Action action = Action.BUILD;
    final BuildRequest request = new BuildRequest();
    Path output;
    Path listing;

    private CommandLine() {
    }

    static CommandLine parse(List<String> args) throws UsageException {
        CommandLine cl = new CommandLine();
        boolean messageGiven = false;
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || arg.equals("-") || !arg.startsWith("-")) {
                cl.setSource(arg);
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            String name;
            String inlineValue = null;
            if (arg.startsWith("--")) {
                int eq = arg.indexOf('=');
                name = eq < 0 ? arg : arg.substring(0, eq);
                inlineValue = eq < 0 ? null : arg.substring(eq + 1);
            } else {
                // short options take their value attached (-oOUT, -DNAME=1) or as the next argument
                name = arg.substring(0, 2);
                inlineValue = arg.length() > 2 ? arg.substring(2) : null;
            }
            switch (name) {
                case "-h", "--help" -> {
                    noValue(name, inlineValue);
                    cl.action = Action.HELP;
                    return cl;
                }
                case "--version" -> {
                    noValue(name, inlineValue);
                    cl.action = Action.VERSION;
                    return cl;
                }
                default -> { }
            }
            if (name.equals("--pie") || name.equals("--debug") || name.equals("-g")) {
                noValue(name, inlineValue);
                if (name.equals("--pie")) {
                    cl.request.pie = true;
                } else {
                    cl.request.debug = true;
                }
                continue;
            }
            String value = inlineValue;
            if (value == null) {
                if (!takesValue(name)) {
                    throw new UsageException("unknown option '" + arg + "' (see --help)");
                }
                if (i + 1 >= args.size()) {
                    throw new UsageException("option '" + name + "' needs a value");
                }
                value = args.get(++i);
            }
            switch (name) {
                case "-o", "--output" -> cl.output = Path.of(nonEmpty(name, value));
                case "-f", "--format" -> {
                    OutputFormat format = OutputFormat.byName(value);
                    if (format == null) {
                        throw new UsageException("unknown format '" + value + "' for " + name + "; expected elf or bin");
                    }
                    cl.request.format = format;
                }
                case "--layout" -> {
                    if (!Layouts.names().contains(value)) {
                        throw new UsageException("unknown layout '" + value + "' for --layout; known layouts: "
                                + String.join(", ", Layouts.names()));
                    }
                    cl.request.layout = value;
                }
                case "--entry" -> cl.request.entry = nonEmpty(name, value);
                case "--base-address" -> cl.request.baseAddress = parseAddress(value);
                case "-D" -> addDefine(cl.request, value);
                case "-I" -> cl.request.assembler.includeDirectories.add(Path.of(nonEmpty(name, value)));
                case "-l", "--listing" -> {
                    cl.listing = Path.of(nonEmpty(name, value));
                    cl.request.assembler.listing = true;
                }
                case "--message" -> {
                    cl.request.message = BuiltinProgram.expandEscapes(value);
                    messageGiven = true;
                }
                default -> setLimit(cl.request, name, value, arg);
            }
        }
        if (cl.output == null) {
            throw new UsageException("no output file: give one with -o OUT");
        }
        if (messageGiven && cl.request.source != null) {
            throw new UsageException("--message applies to the built-in program only; drop it or SOURCE");
        }
        return cl;
    }

    private static boolean takesValue(String name) {
        return switch (name) {
            case "-o", "--output", "-f", "--format", "--layout", "--entry", "--base-address", "-D", "-I",
                 "-l", "--listing", "--message" -> true;
            default -> LimitSetting.byOption(name) != null;
        };
    }

    private static void setLimit(BuildRequest request, String name, String value, String arg) throws UsageException {
        LimitSetting limit = LimitSetting.byOption(name);
        if (limit == null) {
            throw new UsageException("unknown option '" + arg + "' (see --help)");
        }
        try {
            limit.apply(request.assembler.limits, value);
        } catch (IllegalArgumentException e) {
            throw new UsageException("invalid value '" + value + "' for " + name + ": " + e.getMessage());
        }
    }

    private void setSource(String arg) throws UsageException {
        if (request.source != null) {
            throw new UsageException("more than one SOURCE: '" + request.sourceDisplayName + "' and '" + arg + "'");
        }
        request.source = Path.of(arg);
        request.sourceDisplayName = arg;
    }

    private static void noValue(String name, String inlineValue) throws UsageException {
        if (inlineValue != null) {
            throw new UsageException("option '" + name + "' takes no value");
        }
    }

    private static String nonEmpty(String name, String value) throws UsageException {
        if (value.isEmpty()) {
            throw new UsageException("option '" + name + "' needs a non-empty value");
        }
        return value;
    }

    private static void addDefine(BuildRequest request, String value) throws UsageException {
        int eq = value.indexOf('=');
        String name = eq < 0 ? value : value.substring(0, eq);
        if (!BuildRequest.isDefineName(name)) {
            throw new UsageException("-D needs NAME[=VALUE] with NAME an identifier, got '" + value + "'");
        }
        request.assembler.defines.put(name, eq < 0 ? null : value.substring(eq + 1));
    }

    static long parseAddress(String value) throws UsageException {
        try {
            return BuildRequest.parseBaseAddress(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--base-address " + e.getMessage());
        }
    }
}
