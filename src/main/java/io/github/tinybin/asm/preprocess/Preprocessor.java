package io.github.tinybin.asm.preprocess;

import io.github.tinybin.asm.AssemblerOptions;
import io.github.tinybin.asm.Limits;
import io.github.tinybin.asm.SourceText;
import io.github.tinybin.asm.preprocess.Frames.BodyLine;
import io.github.tinybin.asm.preprocess.Frames.FileFrame;
import io.github.tinybin.asm.preprocess.Frames.Frame;
import io.github.tinybin.asm.preprocess.Frames.MacroFrame;
import io.github.tinybin.asm.preprocess.Frames.RepFrame;
import io.github.tinybin.diag.Diagnostics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * nasm's preprocessor: splits the source into lines (LF or CRLF, backslash-newline continues a line),
 * runs %-directives, expands single- and multi-line macros, repeats %rep blocks, reads %include files,
 * and streams the resulting lines to a {@link LineSink}. Errors go to the diagnostics with the file and
 * line where they happened, in nasm's wording.
 *
 * <p>Lines with no {@code %} and no identifier that could name a macro pass through untouched: the
 * {@link LogicalLine} then points into the source bytes, with {@code original == null} and
 * {@code expanded == false}. Every other line is tokenized, expanded and re-serialised (comments dropped,
 * runs of blanks collapsed, as {@code nasm -E} prints it); then {@code original} is the source line and
 * {@code expanded} is true.
 *
 * <p>Nothing here recurses on the Java stack with the input's nesting: includes, macro calls and %rep
 * are frames on a heap stack, expressions are evaluated with explicit stacks, and every kind of nesting
 * is capped by {@link Limits}.
 */
public final class Preprocessor {
    private static final byte TRUE_NOW = 0;
    private static final byte WAS_TRUE = 1;
    private static final byte NOT_YET = 2;
    private static final byte NEVER = 3;

    private final AssemblerOptions options;
    private final Diagnostics diagnostics;
    private final Limits limits;
    private final ExpressionEvaluator evaluator;

    private final MacroTable macros = new MacroTable();
    private final IdentifierFilter filter = macros.filter;

    private final ArrayList<Frame> frames = new ArrayList<>();
    private byte[] condState = new byte[16];
    private boolean[] condElse = new boolean[16];
    private int condDepth;
    private final ArrayList<Context> contexts = new ArrayList<>();
    private long unique;
    private long macroInvocations;
    private int macroDepth;
    /** Expansions of .nolist macros under way. */
    private int nolistDepth;
    private long linesProcessed;
    private boolean fatal;
    private int bits = 64;
    private boolean usedAltreg;
    /** When the line being processed comes from a macro body: that body line's number in its definition. */
    private int macroBodyLine;

    // the definition being collected (%macro .. %endmacro or %rep .. %endrep)
    private static final int COLLECT_NONE = 0;
    private static final int COLLECT_MACRO = 1;
    private static final int COLLECT_REP = 2;
    private int collecting;
    private int collectDepth;
    private int collectFrameDepth;
    private MultiLineMacro collectMacro;
    private List<BodyLine> collectRep;
    private long collectRepCount;
    /** The %rep body line being processed, when its text is unchanged (for sharing it when re-collected). */
    private BodyLine repLine;

    // where the line being processed came from
    private String file;
    private int line;
    private String original;
    private boolean fromFile;

    private LineSink sink;
    private final LogicalLine out = new LogicalLine();
    private byte[] buffer = new byte[256];
    private final ArrayList<Token> scratch = new ArrayList<>();

    private record Context(String name, long id) {
    }

    public Preprocessor(AssemblerOptions options, Diagnostics diagnostics) {
        this.options = options;
        this.diagnostics = diagnostics;
        this.limits = options.limits;
        this.evaluator = new ExpressionEvaluator(Math.max(1, limits.expressionDepth));
    }

    public void run(SourceText source, LineSink sink) {
        this.sink = line -> {
        };
        defineBuiltins();
        frames.add(new FileFrame(StandardMacros.SOURCE.getBytes(StandardCharsets.ISO_8859_1), "<standard macros>",
            null, null));
        loop();
        unique = 0;
        linesProcessed = 0;
        this.sink = sink;
        for (Map.Entry<String, String> d : options.defines.entrySet()) {
            defineFromCommandLine(d.getKey(), d.getValue());
        }
        Path real = null;
        if (source.path() != null) {
            try {
                real = source.path().toRealPath();
            } catch (IOException | RuntimeException e) {
                real = source.path().toAbsolutePath().normalize();
            }
        }
        frames.add(new FileFrame(source.bytes(), source.displayName(), source.path(), real));
        loop();
    }

    /** Ends the run before the next line: whoever consumes the lines has hit a limit. */
    public void stop() {
        fatal = true;
    }

    // ------------------------------------------------------------------ the main loop

    private void loop() {
        while (!frames.isEmpty()) {
            if (fatal) {
                frames.clear();
                return;
            }
            Frame top = frames.get(frames.size() - 1);
            if (top instanceof FileFrame f) {
                readFileLine(f);
            } else if (top instanceof MacroFrame m) {
                if (m.index >= m.macro.body.size()) {
                    popFrame();
                    continue;
                }
                if (lineLimitReached(m.file, m.line, m.original)) {
                    return;
                }
                macroBodyLine = m.macro.bodyLines[m.index];
                List<Token> body = m.macro.body.get(m.index++);
                // a body line being collected into a nested definition keeps its parameters for later
                String text = collecting != COLLECT_NONE ? text(body) : substituteParameters(m, body);
                processLine(text, m.file, m.line, m.original, false);
                macroBodyLine = 0;
            } else {
                RepFrame r = (RepFrame) top;
                if (r.index >= r.body.size()) {
                    // an iteration counts as a line even when its body is empty: nested empty %reps end too
                    if (lineLimitReached(file, line, original)) {
                        return;
                    }
                    if (--r.remaining > 0) {
                        r.index = 0;
                        condDepth = r.condBase;
                    } else {
                        popFrame();
                    }
                    continue;
                }
                BodyLine b = r.body.get(r.index++);
                if (lineLimitReached(b.file(), b.line(), b.original())) {
                    return;
                }
                String text = b.text();
                MacroFrame m = collecting != COLLECT_NONE ? null : innermostMacro();
                if (m != null) {
                    // %rep inside a macro: parameters are put in at each iteration (so %rotate works)
                    ArrayList<Token> tokens = new ArrayList<>();
                    Tokenizer.tokenize(text, tokens);
                    text = substituteParameters(m, tokens);
                }
                repLine = m == null ? b : null;
                processLine(text, b.file(), b.line(), b.original(), false);
                repLine = null;
            }
        }
    }

    private void readFileLine(FileFrame f) {
        byte[] b = f.bytes;
        int n = b.length;
        if (f.pos >= n) {
            endOfFile(f);
            return;
        }
        int s = f.pos;
        int i = s;
        while (i < n && b[i] != '\n') {
            i++;
        }
        int e = i > s && b[i - 1] == '\r' ? i - 1 : i;
        f.pos = i + 1;
        f.physical++;
        int lineNo = f.reportedLine(f.physical);
        if (lineLimitReached(f.reportedName, lineNo, null)) {
            return;
        }
        if (e - s > limits.lineLength) {
            diagnostics.error(f.reportedName, lineNo, 0, "line longer than " + limits.lineLength + " bytes", null);
            return;
        }
        boolean continued = e > s && b[e - 1] == '\\';
        if (!continued && collecting == COLLECT_NONE) {
            if (condDepth > 0 && condState[condDepth - 1] != TRUE_NOW) {
                if (!startsWithPercent(b, s, e)) {
                    return; // skipped by a false %if: only directives matter
                }
            } else if (isPlain(b, s, e)) {
                deliver(b, s, e, f.reportedName, lineNo, null, false, false, true);
                return;
            }
        }
        String text;
        if (continued) {
            StringBuilder sb = new StringBuilder();
            sb.append(new String(b, s, e - s - 1, StandardCharsets.ISO_8859_1));
            while (f.pos < n) {
                int s2 = f.pos;
                int i2 = s2;
                while (i2 < n && b[i2] != '\n') {
                    i2++;
                }
                int e2 = i2 > s2 && b[i2 - 1] == '\r' ? i2 - 1 : i2;
                f.pos = i2 + 1;
                f.physical++;
                boolean more = e2 > s2 && b[e2 - 1] == '\\';
                sb.append(new String(b, s2, e2 - s2 - (more ? 1 : 0), StandardCharsets.ISO_8859_1));
                if (sb.length() > limits.lineLength) {
                    diagnostics.error(f.reportedName, lineNo, 0, "line longer than " + limits.lineLength + " bytes",
                        null);
                    return;
                }
                if (!more) {
                    break;
                }
            }
            text = sb.toString();
        } else {
            text = new String(b, s, e - s, StandardCharsets.ISO_8859_1);
        }
        processLine(text, f.reportedName, lineNo, text, true);
    }

    /** Counts a line read from any source; past {@link Limits#lines}, reports once and stops. */
    private boolean lineLimitReached(String file, int line, String original) {
        if (++linesProcessed <= limits.lines) {
            return false;
        }
        this.file = file;
        this.line = line;
        this.original = original;
        error("more than " + limits.lines + " lines (--limit-lines)");
        fatal = true;
        return true;
    }

    /** The line __?LINE?__ names: inside a macro, the line of its definition being expanded (as nasm). */
    private int bodyLineNumber() {
        return macroBodyLine > 0 ? macroBodyLine : line;
    }

    private static boolean startsWithPercent(byte[] b, int s, int e) {
        for (int i = s; i < e; i++) {
            if (b[i] != ' ' && b[i] != '\t') {
                return b[i] == '%';
            }
        }
        return false;
    }

    /** True if the line can need no preprocessing: no {@code %}, no identifier that may name a macro. */
    private boolean isPlain(byte[] b, int s, int e) {
        int i = s;
        while (i < e) {
            int c = b[i] & 0xff;
            if (c == '%') {
                return false;
            } else if (c == ';') {
                return true;
            } else if (c == '\'' || c == '"' || c == '`') {
                int j = i + 1;
                while (j < e && b[j] != c) {
                    j += b[j] == '\\' && c == '`' ? 2 : 1;
                }
                if (j >= e) {
                    return false; // unterminated: the slow path warns
                }
                i = j + 1;
            } else if (Tokenizer.isDigit(c)) {
                i++;
                while (i < e && Tokenizer.isIdChar(b[i] & 0xff)) {
                    i++;
                }
            } else if (Tokenizer.isIdStart(c)) {
                int j = i + 1;
                while (j < e && Tokenizer.isIdChar(b[j] & 0xff)) {
                    j++;
                }
                if (filter.mayContain(IdentifierFilter.hash(b, i, j))) {
                    return false;
                }
                i = j;
            } else {
                i++;
            }
        }
        return true;
    }

    private void endOfFile(FileFrame f) {
        file = f.reportedName;
        line = f.reportedLine(f.physical + 1);
        original = null;
        fromFile = true;
        if (collecting != COLLECT_NONE && collectFrameDepth == frames.size()) {
            if (collecting == COLLECT_MACRO) {
                error("end of file while still defining macro `" + collectMacro.name + "'");
            } else {
                error("end of file while still in %rep");
            }
            collecting = COLLECT_NONE;
        }
        if (condDepth > f.condBase) {
            error("expected `%endif' before end of file");
        }
        popFrame();
    }

    private void popFrame() {
        Frame f = frames.remove(frames.size() - 1);
        if (condDepth > f.condBase) {
            condDepth = f.condBase;
        }
        if (f instanceof MacroFrame m) {
            m.macro.inProgress--;
            macroDepth--;
            if (m.macro.nolist) {
                nolistDepth--;
            }
            if (collecting != COLLECT_NONE && collectFrameDepth > frames.size()) {
                file = m.file;
                line = m.line;
                original = m.original;
                if (collecting == COLLECT_REP) {
                    error("`%rep' without `%endrep' within expansion of macro `" + m.macro.name + "'");
                } else {
                    error("end of macro `" + m.macro.name + "' while still defining macro `" + collectMacro.name
                        + "'");
                }
                collecting = COLLECT_NONE;
            }
        }
    }

    private void pushFrame(Frame f) {
        f.condBase = condDepth;
        f.contextBase = contexts.size();
        frames.add(f);
    }

    // ------------------------------------------------------------------ one line

    private void processLine(String text, String file, int line, String original, boolean fromFile) {
        this.file = file;
        this.line = line;
        this.original = original;
        this.fromFile = fromFile;
        ArrayList<Token> tokens = scratch;
        tokens.clear();
        char unterminated = Tokenizer.tokenize(text, tokens);
        int first = skipSpace(tokens, 0);
        Token head = first < tokens.size() ? tokens.get(first) : null;
        String directive = head != null && head.kind == Token.PREPROC && head.text.length() > 1
            && Character.isLetter(head.text.charAt(1)) ? head.text.toLowerCase(Locale.ROOT) : null;

        boolean skipping = condDepth > 0 && condState[condDepth - 1] != TRUE_NOW;
        // nasm warns when it reads the line: macro and %rep bodies once, at their definition
        if (unterminated != 0 && fromFile && (collecting != COLLECT_NONE || !skipping)) {
            warning("unterminated string (missing `" + unterminated + "') [-w+pp-open-string]");
        }
        if (collecting != COLLECT_NONE) {
            collectLine(text, directive, tokens);
            return;
        }
        boolean indirected = !skipping && hasIndirection(tokens);
        if (indirected) {
            // nasm expands %[...] before it looks for a directive: in a macro name, a %define body too
            tokens = withIndirectionsExpanded(tokens);
            if (tokens == null) {
                return;
            }
            first = skipSpace(tokens, 0);
            head = first < tokens.size() ? tokens.get(first) : null;
            directive = head != null && head.kind == Token.PREPROC && head.text.length() > 1
                && Character.isLetter(head.text.charAt(1)) ? head.text.toLowerCase(Locale.ROOT) : null;
        }
        if (directive != null) {
            if (skipping) {
                if (directive.startsWith("%if") || directive.startsWith("%elif") || directive.equals("%else")
                    || directive.equals("%endif")) {
                    conditional(directive, new ArrayList<>(tokens), first + 1);
                }
                return;
            }
            directive(directive, new ArrayList<>(tokens), first + 1);
            return;
        }
        if (skipping) {
            return;
        }
        expansionChanged = indirected;
        List<Token> expanded = expand(new ArrayList<>(tokens));
        if (expanded == null) {
            return;
        }
        Token parameter = innermostMacro() == null ? macroParameterOutsideMacro(expanded) : null;
        if (parameter != null) {
            error("`" + parameter.text + "': not in a macro call");
            return;
        }
        if (invokeMultiLineMacro(expanded)) {
            return;
        }
        observeDirective(expanded);
        if (fromFile && !expansionChanged) {
            emitUnchanged(text);
        } else {
            emit(expanded);
        }
    }

    /**
     * A {@code %1} or {@code %%name} in a line outside any macro body (inside one they are
     * substituted, or reported when unsupported): nasm rejects it.
     */
    private static Token macroParameterOutsideMacro(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.kind == Token.PREPROC && t.text.length() > 1) {
                char c = t.text.charAt(1);
                if (c >= '0' && c <= '9' || c == '%' && t.text.length() > 2) {
                    return t;
                }
            }
        }
        return null;
    }

    /** A source line that needed looking at but not changing: passed on as written, so columns stay exact. */
    private void emitUnchanged(String text) {
        int n = text.length();
        if (n > buffer.length) {
            buffer = new byte[Math.max(buffer.length * 2, n)];
        }
        for (int k = 0; k < n; k++) {
            buffer[k] = (byte) text.charAt(k); // ISO-8859-1: each char is one source byte
        }
        deliver(buffer, 0, n, file, line, null, false, false, false);
    }

    /**
     * Hands one line to the sink. Every field of the reused {@link #out} is set each time: a
     * field left from the line before (textIsFile on a copy in {@link #buffer}) would make the line
     * table keep a buffer that the next line overwrites.
     */
    private void deliver(byte[] text, int start, int end, String file, int line, String original,
                         boolean expanded, boolean nolist, boolean textIsFile) {
        out.text = text;
        out.start = start;
        out.end = end;
        out.file = file;
        out.line = line;
        out.original = original;
        out.expanded = expanded;
        out.nolist = nolist;
        out.textIsFile = textIsFile;
        sink.accept(out);
    }

    private static int skipSpace(List<Token> tokens, int i) {
        while (i < tokens.size() && tokens.get(i).kind == Token.WHITESPACE) {
            i++;
        }
        return i;
    }

    private void collectLine(String text, String directive, List<Token> tokens) {
        if (directive != null) {
            boolean opens = collecting == COLLECT_MACRO ? isMacroDirective(directive) : directive.equals("%rep");
            boolean closes = collecting == COLLECT_MACRO
                ? directive.equals("%endmacro") || directive.equals("%endm")
                : directive.equals("%endrep");
            if (opens) {
                collectDepth++;
            } else if (closes && collectDepth-- == 0) {
                finishCollecting();
                return;
            }
        }
        if (collecting == COLLECT_MACRO) {
            collectMacro.addBodyLine(List.copyOf(tokens), bodyLineNumber());
        } else {
            // nested %rep bodies share the outer body's line objects: only the list is per level
            collectRep.add(repLine != null ? repLine : new BodyLine(text, file, line, original));
        }
    }

    private static boolean isMacroDirective(String d) {
        return d.equals("%macro") || d.equals("%imacro") || d.equals("%rmacro") || d.equals("%irmacro");
    }

    private void finishCollecting() {
        int kind = collecting;
        collecting = COLLECT_NONE;
        if (kind == COLLECT_MACRO) {
            macros.define(collectMacro);
            collectMacro = null;
        } else {
            List<BodyLine> body = collectRep;
            collectRep = null;
            if (collectRepCount > 0 && !body.isEmpty()) {
                pushFrame(new RepFrame(body, collectRepCount));
            }
        }
    }

    // ------------------------------------------------------------------ output

    private void emit(List<Token> tokens) {
        int end = tokens.size();
        while (end > 0 && tokens.get(end - 1).kind == Token.WHITESPACE) {
            end--;
        }
        int n = 0;
        for (int i = 0; i < end; i++) {
            String t = tokens.get(i).text;
            if (n + t.length() > buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, n + t.length()));
            }
            for (int k = 0; k < t.length(); k++) {
                buffer[n++] = (byte) t.charAt(k);
            }
        }
        if (n > limits.lineLength) {
            error("line longer than " + limits.lineLength + " bytes after macro expansion");
            return;
        }
        deliver(buffer, 0, n, file, line, original, true, nolistDepth > 0, false);
    }

    private void error(String message) {
        diagnostics.error(file, line, column(), message, original);
    }

    private void warning(String message) {
        diagnostics.warning(file, line, column(), message, original);
    }

    /** The column of the line's first non-blank character: where a directive starts. */
    private int column() {
        if (original == null) {
            return 1; // end of file, or a line of the standard macros
        }
        int i = 0;
        while (i < original.length() && (original.charAt(i) == ' ' || original.charAt(i) == '\t')) {
            i++;
        }
        return i + 1;
    }

    // ------------------------------------------------------------------ directives

    private void directive(String d, ArrayList<Token> t, int i) {
        switch (d) {
            case "%define", "%idefine", "%xdefine", "%ixdefine" -> defineDirective(d, t, i);
            case "%undef", "%iundef" -> undefDirective(d, t, i);
            case "%assign", "%iassign" -> assignDirective(d, t, i);
            case "%defstr", "%idefstr" -> defstrDirective(d, t, i);
            case "%deftok", "%ideftok" -> deftokDirective(d, t, i);
            case "%strcat" -> strcatDirective(d, t, i);
            case "%strlen" -> strlenDirective(d, t, i);
            case "%substr" -> substrDirective(d, t, i);
            case "%include" -> includeDirective(d, t, i);
            case "%macro", "%imacro", "%rmacro", "%irmacro" -> macroDirective(d, t, i);
            case "%endmacro", "%endm" -> error("`" + d + "': not defining a macro");
            case "%unmacro", "%unimacro" -> unmacroDirective(d, t, i);
            case "%rotate" -> rotateDirective(d, t, i);
            case "%exitmacro" -> exitDirective(true);
            case "%rep" -> repDirective(d, t, i);
            case "%endrep" -> error("`%endrep': no matching `%rep'");
            case "%exitrep" -> exitDirective(false);
            case "%push" -> pushDirective(d, t, i);
            case "%pop" -> popDirective(d, t, i);
            case "%repl" -> replDirective(d, t, i);
            case "%error" -> userMessage(t, i, 0);
            case "%warning" -> userMessage(t, i, 1);
            case "%fatal" -> userMessage(t, i, 2);
            case "%line" -> lineDirective(d, t, i);
            case "%use" -> useDirective(d, t, i);
            case "%pragma" -> {
                // nasm ignores pragmas it does not know; none of its preprocessor pragmas change our output
            }
            default -> {
                if (d.startsWith("%if") || d.startsWith("%elif") || d.equals("%else") || d.equals("%endif")) {
                    conditional(d, t, i);
                } else {
                    error("unknown preprocessor directive `" + d + "'");
                }
            }
        }
    }

    /** The macro name at token i (an identifier, or a context-local {@code %$name}); null after an error. */
    private String macroName(String d, List<Token> t, int i, String expects) {
        i = skipSpace(t, i);
        if (i >= t.size()) {
            error("`" + d + "' expects " + expects);
            return null;
        }
        Token n = t.get(i);
        if (n.kind == Token.IDENTIFIER) {
            return n.text;
        }
        if (n.kind == Token.PREPROC && isContextLocal(n.text)) {
            return contextLocal(n.text);
        }
        error("`" + d + "' expects " + expects);
        return null;
    }

    private void defineDirective(String d, ArrayList<Token> t, int i) {
        i = skipSpace(t, i);
        String name = macroName(d, t, i, "a macro identifier");
        if (name == null) {
            return;
        }
        i++;
        List<String> params = null;
        boolean greedy = false;
        if (i < t.size() && t.get(i).is("(")) {
            params = new ArrayList<>();
            i++;
            while (true) {
                i = skipSpace(t, i);
                if (i >= t.size()) {
                    error("`)' expected to terminate macro template");
                    return;
                }
                Token p = t.get(i);
                if (p.is(")") && params.isEmpty()) {
                    i++;
                    break;
                }
                if (p.kind != Token.IDENTIFIER) {
                    error("parameter identifier expected");
                    return;
                }
                params.add(p.text);
                i = skipSpace(t, i + 1);
                if (i < t.size() && t.get(i).is("+")) {
                    greedy = true;
                    i = skipSpace(t, i + 1);
                }
                if (i < t.size() && t.get(i).is(",") && !greedy) {
                    i++;
                    continue;
                }
                if (i < t.size() && t.get(i).is(")")) {
                    i++;
                    break;
                }
                if (i >= t.size()) {
                    error("`)' expected to terminate macro template");
                } else {
                    error(greedy ? "greedy parameter must be last"
                        : "garbage `" + t.get(i).text + "' in macro parameter list");
                }
                return;
            }
        }
        List<Token> body = trim(t, skipSpace(t, i), t.size());
        if (d.equals("%xdefine") || d.equals("%ixdefine")) {
            body = expand(new ArrayList<>(body));
            if (body == null) {
                return;
            }
            body = trim(body, 0, body.size());
        }
        boolean ci = d.charAt(1) == 'i';
        int[] index = new int[body.size()];
        for (int k = 0; k < body.size(); k++) {
            index[k] = -1;
            if (params != null && body.get(k).kind == Token.IDENTIFIER) {
                index[k] = params.indexOf(body.get(k).text);
            }
        }
        macros.define(new SingleLineMacro(name, ci, params == null ? -1 : params.size(), greedy,
            List.copyOf(body), index, null));
    }

    private static List<Token> trim(List<Token> t, int from, int to) {
        while (from < to && t.get(from).kind == Token.WHITESPACE) {
            from++;
        }
        while (to > from && t.get(to - 1).kind == Token.WHITESPACE) {
            to--;
        }
        return new ArrayList<>(t.subList(from, to));
    }

    private void undefDirective(String d, ArrayList<Token> t, int i) {
        String name = macroName(d, t, i, "a macro identifier");
        if (name != null) {
            macros.undefine(name);
        }
    }

    private void defineValue(String name, boolean ci, List<Token> body) {
        int[] index = new int[body.size()];
        java.util.Arrays.fill(index, -1);
        macros.define(new SingleLineMacro(name, ci, -1, false, List.copyOf(body), index, null));
    }

    private static List<Token> numberTokens(long v) {
        if (v < 0) {
            return List.of(new Token(Token.OPERATOR, "-", null),
                new Token(Token.NUMBER, v == Long.MIN_VALUE ? "9223372036854775808" : Long.toString(-v), null));
        }
        return List.of(new Token(Token.NUMBER, Long.toString(v), null));
    }

    /** The macro a %assign/%defstr/%strcat-like directive defines, and the rest of its line expanded. */
    private record NamedTokens(String name, List<Token> tokens) {
    }

    /** Reads {@code NAME rest...} after directive {@code d}; null after reporting an error. */
    private NamedTokens nameAndExpandedRest(String d, ArrayList<Token> t, int i) {
        i = skipSpace(t, i);
        String name = macroName(d, t, i, "a macro identifier");
        if (name == null) {
            return null;
        }
        List<Token> rest = expand(new ArrayList<>(t.subList(i + 1, t.size())));
        return rest == null ? null : new NamedTokens(name, rest);
    }

    private void assignDirective(String d, ArrayList<Token> t, int i) {
        NamedTokens named = nameAndExpandedRest(d, t, i);
        if (named == null) {
            return;
        }
        String name = named.name();
        List<Token> expr = named.tokens();
        Long v = evaluate(d, expr, 0);
        if (v != null) {
            defineValue(name, d.equals("%iassign"), numberTokens(v));
        }
    }

    /** Evaluates tokens (already expanded), reporting errors; null on failure. */
    private Long evaluate(String d, List<Token> expr, int from) {
        if (skipSpace(expr, from) >= expr.size()) {
            error("expression syntax error");
            return null;
        }
        long v = evaluator.evaluate(expr, from);
        if (evaluator.characterConstantTooLong) {
            warning("character constant too long [-w+other]");
        }
        if (evaluator.error != null) {
            error(evaluator.error);
            return null;
        }
        if (evaluator.trailingGarbage) {
            warning("trailing garbage after expression ignored [-w+pp-trailing]");
        }
        return v;
    }

    private void defstrDirective(String d, ArrayList<Token> t, int i) {
        NamedTokens named = nameAndExpandedRest(d, t, i);
        if (named == null) {
            return;
        }
        String name = named.name();
        List<Token> body = named.tokens();
        defineValue(name, d.equals("%idefstr"), List.of(stringToken(text(trim(body, 0, body.size())))));
    }

    private void deftokDirective(String d, ArrayList<Token> t, int i) {
        NamedTokens named = nameAndExpandedRest(d, t, i);
        if (named == null) {
            return;
        }
        String name = named.name();
        List<Token> body = named.tokens();
        body = trim(body, 0, body.size());
        if (body.size() != 1 || body.get(0).kind != Token.STRING) {
            error("`" + d + "' requires string as second parameter");
            return;
        }
        ArrayList<Token> tokens = new ArrayList<>();
        Tokenizer.tokenize(NasmStrings.unquote(body.get(0).text), tokens);
        defineValue(name, d.equals("%ideftok"), trim(tokens, 0, tokens.size()));
    }

    private static Token stringToken(String bytes) {
        return new Token(Token.STRING, NasmStrings.quote(bytes), null);
    }

    private static String text(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        for (Token x : tokens) {
            sb.append(x.text);
        }
        return sb.toString();
    }

    private void strcatDirective(String d, ArrayList<Token> t, int i) {
        NamedTokens named = nameAndExpandedRest(d, t, i);
        if (named == null) {
            return;
        }
        String name = named.name();
        List<Token> args = named.tokens();
        StringBuilder sb = new StringBuilder();
        for (Token x : args) {
            if (x.kind == Token.STRING) {
                sb.append(NasmStrings.unquote(x.text));
                if (sb.length() > limits.lineLength) {
                    error("`" + d + "' result longer than " + limits.lineLength + " bytes");
                    return;
                }
            } else if (x.kind != Token.WHITESPACE && !x.is(",")) {
                error("non-string passed to `" + d + "': " + x.text);
                return;
            }
        }
        defineValue(name, false, List.of(stringToken(sb.toString())));
    }

    /** What %strlen and %substr start with: the macro to define and the expanded string argument. */
    private record StringArgument(String name, List<Token> args, int index) {
        String text() {
            return NasmStrings.unquote(args.get(index).text);
        }
    }

    /** Reads {@code NAME string...} after directive {@code d}; null after reporting an error. */
    private StringArgument stringArgument(String d, ArrayList<Token> t, int i, String notAString) {
        NamedTokens named = nameAndExpandedRest(d, t, i);
        if (named == null) {
            return null;
        }
        String name = named.name();
        List<Token> args = named.tokens();
        int k = skipSpace(args, 0);
        if (k >= args.size() || args.get(k).kind != Token.STRING) {
            error("`" + d + "' " + notAString);
            return null;
        }
        return new StringArgument(name, args, k);
    }

    private void strlenDirective(String d, ArrayList<Token> t, int i) {
        StringArgument a = stringArgument(d, t, i, "requires string as second parameter");
        if (a != null) {
            defineValue(a.name(), false, numberTokens(a.text().length()));
        }
    }

    private void substrDirective(String d, ArrayList<Token> t, int i) {
        StringArgument a = stringArgument(d, t, i, "requires a string as parameter");
        if (a == null) {
            return;
        }
        String name = a.name();
        List<Token> args = a.args();
        int k = a.index();
        String s = a.text();
        k = skipSpace(args, k + 1);
        if (k < args.size() && args.get(k).is(",")) {
            k = skipSpace(args, k + 1);
        }
        if (k >= args.size()) {
            error("`" + d + "' requires a starting index");
            return;
        }
        long start = evaluator.evaluate(args, k);
        if (evaluator.error != null) {
            error(evaluator.error);
            return;
        }
        long count = 1;
        k = skipSpace(args, evaluator.end);
        if (k < args.size()) {
            if (args.get(k).is(",")) {
                k++;
            }
            Long c = evaluate(d, args, k);
            if (c == null) {
                return;
            }
            count = c;
        }
        long len = s.length();
        start -= 1;
        if (start < 0) {
            start = 0;
        }
        if (count < 0) {
            count = len + count + 1 - start;
        }
        if (start + count > len) {
            count = len - start;
        }
        String sub = len == 0 || count < 0 || start >= len ? "" : s.substring((int) start, (int) (start + count));
        defineValue(name, false, List.of(stringToken(sub)));
    }

    private void userMessage(ArrayList<Token> t, int i, int severity) {
        List<Token> msg = expand(new ArrayList<>(t.subList(i, t.size())));
        if (msg == null) {
            return;
        }
        msg = trim(msg, 0, msg.size());
        String text = msg.size() == 1 && msg.get(0).kind == Token.STRING ? NasmStrings.unquote(msg.get(0).text)
            : text(msg);
        if (severity == 1) {
            warning(text + " [-w+user]");
        } else {
            error(text);
            if (severity == 2) {
                fatal = true;
            }
        }
    }

    private void lineDirective(String d, ArrayList<Token> t, int i) {
        i = skipSpace(t, i);
        if (i >= t.size() || t.get(i).kind != Token.NUMBER) {
            error("`" + d + "' expects a line number");
            return;
        }
        long n = evaluator.parseNumber(t.get(i).text);
        long step = 1;
        i++;
        if (i < t.size() && t.get(i).is("+")) {
            i++;
            if (i >= t.size() || t.get(i).kind != Token.NUMBER) {
                error("`" + d + "' expects a line increment");
                return;
            }
            step = evaluator.parseNumber(t.get(i).text);
            i++;
        }
        evaluator.error = null;
        i = skipSpace(t, i);
        Frame top = frames.get(frames.size() - 1);
        if (top instanceof FileFrame f) {
            f.lineBase = (int) n;
            f.physicalBase = f.physical;
            f.lineStep = (int) step;
            if (i < t.size()) {
                Token name = t.get(i);
                f.reportedName = name.kind == Token.STRING ? NasmStrings.unquote(name.text)
                    : text(trim(t, i, t.size()));
            }
        }
    }

    private void useDirective(String d, ArrayList<Token> t, int i) {
        i = skipSpace(t, i);
        if (i >= t.size()) {
            error("`" + d + "' expects a package name, got end of line");
            return;
        }
        Token p = t.get(i);
        String name = p.kind == Token.STRING ? NasmStrings.unquote(p.text) : p.text;
        switch (name.toLowerCase(Locale.ROOT)) {
            case "altreg" -> {
                if (usedAltreg) {
                    return;
                }
                usedAltreg = true;
                pushFrame(new FileFrame(StandardMacros.altreg().getBytes(StandardCharsets.ISO_8859_1), "altreg.mac",
                    null, null));
            }
            case "smartalign", "fp", "ifunc", "masm" ->
                error("`" + d + "' package `" + name + "' is not supported by tinybin");
            default -> error("unknown `" + d + "' package: `" + name + "'");
        }
    }

    // ------------------------------------------------------------------ %include

    private void includeDirective(String d, ArrayList<Token> t, int i) {
        List<Token> args = expand(new ArrayList<>(t.subList(i, t.size())));
        if (args == null) {
            return;
        }
        args = trim(args, 0, args.size());
        // nasm 2.16 takes a quoted name only: `%include file.inc' and `<file.inc>' are errors there
        if (args.isEmpty() || args.get(0).kind != Token.STRING) {
            error("`" + d + "' expects a file name");
            return;
        }
        String name = NasmStrings.unquote(args.get(0).text);
        if (args.size() > 1) {
            warning("trailing garbage after `" + d + "' ignored [-w+pp-trailing]");
        }
        int fileFrames = 0;
        FileFrame including = null;
        for (Frame f : frames) {
            if (f instanceof FileFrame ff) {
                fileFrames++;
                including = ff;
            }
        }
        if (fileFrames >= limits.includeDepth) {
            error("`%include' nested more than " + limits.includeDepth + " levels deep");
            return;
        }
        List<Path> open = new ArrayList<>();
        for (Frame f : frames) {
            if (f instanceof FileFrame ff && ff.realPath != null) {
                open.add(ff.realPath);
            }
        }
        IncludeFiles.Result r = IncludeFiles.open(name, including == null ? null : including.path,
            including == null ? "" : including.name, options.workingDirectory, options.includeDirectories, open);
        if (r.error() != null) {
            error(r.error());
            return;
        }
        pushFrame(new FileFrame(r.bytes(), r.shownAs(), r.path(), r.realPath()));
    }

    // ------------------------------------------------------------------ multi-line macros

    private void macroDirective(String d, ArrayList<Token> t, int i) {
        i = skipSpace(t, i);
        String name = macroName(d, t, i, "a macro name");
        if (name == null) {
            return;
        }
        i = skipSpace(t, i + 1);
        if (i >= t.size() || t.get(i).kind != Token.NUMBER) {
            error("`" + d + "' expects a parameter count");
            return;
        }
        boolean nolist = false;
        String minText = t.get(i).text;
        if (minText.toLowerCase(Locale.ROOT).endsWith(".nolist")) {
            nolist = true;
            minText = minText.substring(0, minText.length() - 7);
        }
        int min = parseCount(minText);
        int max = min;
        boolean greedy = false;
        i++;
        if (!nolist && i < t.size() && t.get(i).is("-")) {
            i++;
            if (i < t.size() && t.get(i).is("*")) {
                max = Integer.MAX_VALUE;
                i++;
            } else if (i < t.size() && t.get(i).kind == Token.NUMBER) {
                String maxText = t.get(i).text;
                if (maxText.toLowerCase(Locale.ROOT).endsWith(".nolist")) {
                    nolist = true;
                    maxText = maxText.substring(0, maxText.length() - 7);
                }
                max = parseCount(maxText);
                i++;
            } else {
                error("`" + d + "' expects a parameter count after `-'");
                return;
            }
        }
        if (min < 0 || max < 0) {
            error("unable to parse parameter count `" + minText + "'");
            return;
        }
        if (min > max) {
            error("minimum parameter count exceeds maximum");
            return;
        }
        if (!nolist && i < t.size() && t.get(i).is("+")) {
            greedy = true;
            i++;
        }
        if (!nolist && i < t.size() && t.get(i).kind == Token.IDENTIFIER
            && t.get(i).text.equalsIgnoreCase(".nolist")) {
            nolist = true;
            i++;
        }
        List<List<Token>> defaults = splitParameters(t, skipSpace(t, i), false);
        MultiLineMacro m = new MultiLineMacro(name, d.equals("%imacro") || d.equals("%irmacro"), min, max, greedy,
            nolist, d.equals("%rmacro") || d.equals("%irmacro"), defaults, file, line);
        collecting = COLLECT_MACRO;
        collectDepth = 0;
        collectFrameDepth = frames.size();
        collectMacro = m;
    }

    private static int parseCount(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return -1;
        }
        for (int k = 0; k < s.length(); k++) {
            if (!Tokenizer.isDigit(s.charAt(k))) {
                return -1;
            }
        }
        return Integer.parseInt(s);
    }

    private static boolean sameName(String name, boolean ci, MultiLineMacro m) {
        return MacroTable.matches(m.name, ci || m.caseInsensitive, name);
    }

    private void unmacroDirective(String d, ArrayList<Token> t, int i) {
        i = skipSpace(t, i);
        String name = macroName(d, t, i, "a macro name");
        if (name == null) {
            return;
        }
        int[] range = countRange(t, skipSpace(t, i + 1));
        if (range == null) {
            error("`" + d + "' expects a parameter count");
            return;
        }
        if (!macros.undefine(name, range[0], range[1])) {
            error("`%unmacro' can't undefine the macro being expanded");
        }
    }

    /**
     * Splits macro call parameters at top-level commas; a parameter wholly in braces loses them.
     *
     * @return the parameters, blanks trimmed; empty when there is nothing
     */
    private List<List<Token>> splitParameters(List<Token> t, int from, boolean reportBraces) {
        List<List<Token>> params = new ArrayList<>();
        int n = t.size();
        while (n > from && t.get(n - 1).kind == Token.WHITESPACE) {
            n--;
        }
        if (skipSpace(t, from) >= n) {
            return params;
        }
        int start = from;
        int depth = 0;
        for (int k = from; k <= n; k++) {
            Token x = k < n ? t.get(k) : null;
            if (x != null && x.is("{")) {
                depth++;
            } else if (x != null && x.is("}")) {
                if (depth > 0) {
                    depth--;
                }
            } else if (x == null || x.is(",") && depth == 0) {
                params.add(unbrace(trim(t, start, k)));
                start = k + 1;
            }
        }
        return params;
    }

    private static List<Token> unbrace(List<Token> p) {
        if (p.size() >= 2 && p.get(0).is("{") && p.get(p.size() - 1).is("}")) {
            int depth = 0;
            for (int k = 0; k < p.size(); k++) {
                if (p.get(k).is("{")) {
                    depth++;
                } else if (p.get(k).is("}") && --depth == 0 && k != p.size() - 1) {
                    return p; // {a},{b}-like: braces do not enclose it all
                }
            }
            return trim(p, 1, p.size() - 1);
        }
        return p;
    }

    /** If the expanded line calls a multi-line macro (possibly after a label), starts it and returns true. */
    private boolean invokeMultiLineMacro(List<Token> line) {
        int k = skipSpace(line, 0);
        if (k >= line.size() || line.get(k).kind != Token.IDENTIFIER) {
            return false;
        }
        int labelEnd = -1;
        List<MultiLineMacro> list = macros.multiLine(line.get(k).text);
        if (!hasCandidate(list, line.get(k).text)) {
            // `label: macro args` or `label macro args`
            int j = k + 1;
            j = skipSpace(line, j);
            if (j < line.size() && line.get(j).is(":")) {
                j = skipSpace(line, j + 1);
            }
            if (j >= line.size() || line.get(j).kind != Token.IDENTIFIER) {
                return false;
            }
            List<MultiLineMacro> l2 = macros.multiLine(line.get(j).text);
            if (!hasCandidate(l2, line.get(j).text)) {
                return false;
            }
            labelEnd = j;
            k = j;
            list = l2;
        }
        String name = line.get(k).text;
        List<List<Token>> params = splitParameters(line, k + 1, true);
        int n = params.size();
        MultiLineMacro found = null;
        for (MultiLineMacro m : list) {
            if (!sameName(name, m.caseInsensitive, m)) {
                continue;
            }
            if (!usable(m)) {
                continue;
            }
            if (m.accepts(n)) {
                found = m;
                break;
            }
        }
        // nasm < 2.15 compatibility, kept by 2.16 (preproc.c: the "special weirdness" of empty arguments)
        int raw = n;
        boolean trailingEmpty = n > 1 && params.get(n - 1).isEmpty();
        boolean legacyEmpty = false;
        if (found == null && n == 0 && k + 1 < line.size()) {
            // blanks where arguments were (an empty macro expanded away) call the one-parameter form
            // with an empty %1, while %0 stays 0
            for (MultiLineMacro m : list) {
                if (sameName(name, m.caseInsensitive, m) && usable(m) && m.accepts(1)) {
                    params.add(new ArrayList<>());
                    n = 1;
                    found = m;
                    legacyEmpty = true;
                    break;
                }
            }
        } else if (found == null && trailingEmpty) {
            // a trailing comma: the call is tried again without its empty last argument
            for (MultiLineMacro m : list) {
                if (sameName(name, m.caseInsensitive, m) && m.accepts(n - 1) && usable(m)) {
                    params.remove(--n);
                    found = m;
                    break;
                }
            }
        } else if (found != null && trailingEmpty) {
            if (raw > found.minParams && raw <= found.minParams + found.defaults.size()) {
                params.set(raw - 1, found.defaults.get(raw - 1 - found.minParams));
            } else if (raw > found.maxParams && found.greedy) {
                line = withoutTrailingComma(line);
                params.remove(--n);
            } else {
                params.remove(--n);
            }
        }
        if (found != null && (raw < found.minParams || raw > found.maxParams && !found.greedy)) {
            warning("improperly calling multi-line macro `" + found.name + "' with " + raw + " parameters"
                + " [-w+pp-macro-params-legacy]");
        } else if (found != null && trailingEmpty) {
            warning("dropping trailing empty parameter in call to multi-line macro `" + found.name + "'"
                + " [-w+pp-macro-params-legacy]");
        }
        if (found == null) {
            warning("multi-line macro `" + name + "' exists, but not taking " + n + " parameter"
                + (n == 1 ? "" : "s") + " [-w+pp-macro-params-multi]");
            return false;
        }
        if (++macroInvocations > limits.multiLineMacros) {
            error("more than " + limits.multiLineMacros + " multi-line macro calls (--limit-mmacros)");
            fatal = true;
            return true;
        }
        if (macroDepth >= limits.macroLevels) {
            error("interminable multiline macro recursion (more than " + limits.macroLevels
                + " levels, --limit-macro-levels)");
            return true;
        }
        if (labelEnd >= 0) {
            List<Token> label = new ArrayList<>(line.subList(0, labelEnd));
            boolean colon = false;
            for (Token x : label) {
                colon |= x.is(":");
            }
            if (!colon) {
                label.add(new Token(Token.OPERATOR, ":", null)); // nasm spells `label macro` as `label :`
            }
            emit(label);
        }
        if (found.greedy && found.maxParams == 0) {
            // `%macro m 0+' takes nothing: nasm drops the arguments, %1 is empty
            params.clear();
            n = 0;
        } else if (found.greedy && n > found.maxParams) {
            // the last parameter is the rest of the line, commas and all
            int seen = 0;
            int p = k + 1;
            int depth = 0;
            for (; p < line.size(); p++) {
                Token x = line.get(p);
                if (x.is("{")) {
                    depth++;
                } else if (x.is("}")) {
                    depth--;
                } else if (x.is(",") && depth == 0 && ++seen == found.maxParams - 1) {
                    p++;
                    break;
                }
            }
            if (found.maxParams == 1) {
                p = k + 1;
            }
            while (params.size() >= found.maxParams) {
                params.remove(params.size() - 1);
            }
            params.add(trim(line, p, line.size()));
            n = found.maxParams;
        }
        int withDefaults = found.minParams + found.defaults.size();
        for (int d = n; d < withDefaults && d - found.minParams < found.defaults.size(); d++) {
            if (d >= found.minParams) {
                params.add(found.defaults.get(d - found.minParams));
            }
        }
        found.inProgress++;
        macroDepth++;
        if (found.nolist) {
            nolistDepth++;
        }
        MacroFrame f = new MacroFrame(found, name, params, unique++, file, this.line, original);
        f.countsZero = legacyEmpty;
        pushFrame(f);
        return true;
    }

    /** {@code line} without its last comma (and the blanks after it). */
    private static List<Token> withoutTrailingComma(List<Token> line) {
        int end = line.size();
        while (end > 0 && line.get(end - 1).isWhitespace()) {
            end--;
        }
        return end > 0 && line.get(end - 1).is(",") ? new ArrayList<>(line.subList(0, end - 1)) : line;
    }

    /** Whether a macro of that name may be called now (a plain %macro is not called again inside itself). */
    private static boolean hasCandidate(List<MultiLineMacro> list, String name) {
        if (list == null) {
            return false;
        }
        for (MultiLineMacro m : list) {
            if (sameName(name, m.caseInsensitive, m) && usable(m)) {
                return true;
            }
        }
        return false;
    }

    /** A plain %macro is not called again inside its own expansion (the line passes through as it is). */
    private static boolean usable(MultiLineMacro m) {
        return m.inProgress == 0 || m.recursive;
    }

    /** A macro body line with %1.., %0, %%local, %? and condition-code parameters put in. */
    private String substituteParameters(MacroFrame m, List<Token> body) {
        StringBuilder sb = new StringBuilder(64);
        int np = m.params.size();
        for (Token t : body) {
            if (t.kind != Token.PREPROC) {
                sb.append(t.text);
                continue;
            }
            String x = t.text;
            if (x.startsWith("%$")) {
                // braced, so that a parameter right after it (`%$name%1`) stays a separate token
                sb.append("%{").append(x, 1, x.length()).append('}');
                continue;
            }
            if (x.startsWith("%%") && x.length() > 2) {
                sb.append("..@").append(m.unique).append('.').append(x, 2, x.length());
                continue;
            }
            String ref = x.startsWith("%{") && x.endsWith("}") ? x.substring(2, x.length() - 1) : x.substring(1);
            if (ref.equals("00") || ref.indexOf(':') >= 0) {
                error("`" + x + "' is not supported by tinybin");
                sb.append(x);
            } else if (ref.equals("?")) {
                sb.append(m.invokedAs);
            } else if (ref.equals("??")) {
                sb.append(m.macro.name);
            } else if (!ref.isEmpty() && isDigits(ref, 0)) {
                int n = ref.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(ref);
                if (n == 0) {
                    sb.append(m.countsZero ? 0 : np);
                } else {
                    appendParameter(sb, m, n);
                }
            } else if (ref.length() > 1 && (ref.charAt(0) == '+' || ref.charAt(0) == '-') && isDigits(ref, 1)) {
                int n = ref.length() > 10 ? Integer.MAX_VALUE : Integer.parseInt(ref.substring(1));
                StringBuilder p = new StringBuilder();
                appendParameter(p, m, n);
                String cc = p.toString().trim();
                String canonical = ConditionCodes.canonical(cc);
                if (canonical == null) {
                    error("macro parameter `" + cc + "' is not a condition code");
                    sb.append(cc);
                } else {
                    sb.append(ref.charAt(0) == '-' ? ConditionCodes.inverse(canonical) : cc);
                }
            } else {
                sb.append(x);
            }
        }
        return sb.toString();
    }

    private static boolean isDigits(String s, int from) {
        if (from >= s.length()) {
            return false;
        }
        for (int k = from; k < s.length(); k++) {
            if (!Tokenizer.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static void appendParameter(StringBuilder sb, MacroFrame m, int n) {
        int np = m.params.size();
        if (n < 1 || n > np) {
            return;
        }
        int idx = (int) ((n - 1L + m.rotate) % np);
        for (Token t : m.params.get(idx)) {
            sb.append(t.text);
        }
    }

    private MacroFrame innermostMacro() {
        for (int k = frames.size() - 1; k >= 0; k--) {
            Frame f = frames.get(k);
            if (f instanceof MacroFrame m) {
                return m;
            }
            if (f instanceof FileFrame) {
                return null;
            }
        }
        return null;
    }

    private void rotateDirective(String d, ArrayList<Token> t, int i) {
        List<Token> expr = expand(new ArrayList<>(t.subList(i, t.size())));
        if (expr == null) {
            return;
        }
        if (skipSpace(expr, 0) >= expr.size()) {
            error("`" + d + "' missing rotate count");
            return;
        }
        Long v = evaluate(d, expr, 0);
        if (v == null) {
            return;
        }
        MacroFrame m = innermostMacro();
        if (m == null) {
            error("`" + d + "' invoked outside a macro call");
            return;
        }
        int np = m.params.size();
        if (np == 0) {
            error("`" + d + "' invoked within macro without parameters");
            return;
        }
        m.rotate = (int) Math.floorMod(m.rotate + v, (long) np);
    }

    /** %exitmacro / %exitrep: abandon the innermost macro call or %rep. */
    private void exitDirective(boolean macro) {
        for (int k = frames.size() - 1; k >= 0; k--) {
            Frame f = frames.get(k);
            if (f instanceof FileFrame) {
                break;
            }
            if (macro ? f instanceof MacroFrame : f instanceof RepFrame) {
                while (frames.size() > k) {
                    popFrame();
                }
                return;
            }
        }
        error(macro ? "`%exitmacro' not within `%macro' block" : "`%exitrep' not within `%rep' block");
    }

    // ------------------------------------------------------------------ %rep

    private void repDirective(String d, ArrayList<Token> t, int i) {
        List<Token> expr = expand(new ArrayList<>(t.subList(i, t.size())));
        long count = 0;
        int k = expr == null ? 0 : skipSpace(expr, 0);
        if (expr != null && k < expr.size() && expr.get(k).kind == Token.IDENTIFIER && expr.get(k).text.equalsIgnoreCase(".nolist")) {
            k++;
        }
        if (expr == null) {
            count = 0;
        } else if (skipSpace(expr, k) >= expr.size()) {
            error("`" + d + "' expects a repeat count");
        } else {
            Long v = evaluate(d, expr, k);
            if (v != null) {
                count = v;
                if (count > limits.repIterations) {
                    error("`" + d + "' count " + count + " exceeds limit (currently " + limits.repIterations + ")");
                    count = 0;
                } else if (count < 0) {
                    warning("negative `" + d + "' count: " + count + " [-w+pp-rep-negative]");
                    count = 0;
                }
            }
        }
        collecting = COLLECT_REP;
        collectDepth = 0;
        collectFrameDepth = frames.size();
        collectRep = new ArrayList<>();
        collectRepCount = count;
    }

    // ------------------------------------------------------------------ context stack

    private void pushDirective(String d, ArrayList<Token> t, int i) {
        i = skipSpace(t, i);
        String name = null;
        if (i < t.size()) {
            if (t.get(i).kind != Token.IDENTIFIER) {
                error("`" + d + "' expects a context identifier");
                return;
            }
            name = t.get(i).text;
        }
        contexts.add(new Context(name, unique++));
    }

    private void popDirective(String d, ArrayList<Token> t, int i) {
        if (contexts.isEmpty()) {
            error("`" + d + "': context stack is empty");
            return;
        }
        i = skipSpace(t, i);
        Context top = contexts.get(contexts.size() - 1);
        if (i < t.size()) {
            String want = t.get(i).text;
            if (top.name() == null || !top.name().equals(want)) {
                error("`" + d + "' in wrong context: " + (top.name() == null ? "(anonymous)" : top.name())
                    + ", expected " + want);
                return;
            }
        }
        contexts.remove(contexts.size() - 1);
    }

    private void replDirective(String d, ArrayList<Token> t, int i) {
        if (contexts.isEmpty()) {
            error("`" + d + "': context stack is empty");
            return;
        }
        i = skipSpace(t, i);
        if (i >= t.size() || t.get(i).kind != Token.IDENTIFIER) {
            error("`" + d + "' expects a context identifier");
            return;
        }
        Context top = contexts.remove(contexts.size() - 1);
        contexts.add(new Context(t.get(i).text, top.id()));
    }

    private static boolean isContextLocal(String pp) {
        return pp.startsWith("%$") || pp.startsWith("%{$");
    }

    /** {@code %$name} (or {@code %$$name} for the enclosing context) as nasm spells it: {@code ..@N.name}. */
    private String contextLocal(String pp) {
        String s = pp.startsWith("%{") ? pp.substring(2, pp.length() - 1) : pp.substring(1);
        int depth = 0;
        while (depth < s.length() && s.charAt(depth) == '$') {
            depth++;
        }
        if (contexts.isEmpty()) {
            error("`" + pp + "': context stack is empty");
            return null;
        }
        if (depth > contexts.size()) {
            error("`" + pp + "': context stack is only " + contexts.size() + " level"
                + (contexts.size() == 1 ? "" : "s") + " deep");
            return null;
        }
        Context c = contexts.get(contexts.size() - depth);
        return "..@" + c.id() + "." + s.substring(depth);
    }

    // ------------------------------------------------------------------ conditionals

    private void pushCondition(byte state) {
        if (condDepth == condState.length) {
            condState = java.util.Arrays.copyOf(condState, condDepth * 2);
            condElse = java.util.Arrays.copyOf(condElse, condDepth * 2);
        }
        condState[condDepth] = state;
        condElse[condDepth] = false;
        condDepth++;
    }

    private int frameCondBase() {
        return frames.isEmpty() ? 0 : frames.get(frames.size() - 1).condBase;
    }

    private void conditional(String d, ArrayList<Token> t, int i) {
        if (d.equals("%endif")) {
            if (condDepth <= frameCondBase()) {
                error("`%endif': no matching `%if'");
                return;
            }
            condDepth--;
            return;
        }
        if (d.equals("%else")) {
            if (condDepth <= frameCondBase()) {
                error("`%else': no matching `%if'");
                return;
            }
            int top = condDepth - 1;
            if (condElse[top]) {
                warning("`%else' after `%else', ignoring content [-w+pp-else-else]");
            }
            condElse[top] = true;
            byte s = condState[top];
            condState[top] = s == NOT_YET ? TRUE_NOW : s == NEVER ? NEVER : WAS_TRUE;
            return;
        }
        boolean isElif = d.startsWith("%elif");
        String kind = d.substring(isElif ? 5 : 3);
        if (isElif) {
            if (condDepth <= frameCondBase()) {
                error("`" + d + "': no matching `%if'");
                return;
            }
            int top = condDepth - 1;
            if (condElse[top]) {
                warning("`" + d + "' after `%else', ignoring content [-w+pp-else-elif]");
                condState[top] = condState[top] == NEVER ? NEVER : WAS_TRUE;
                return;
            }
            byte s = condState[top];
            if (s == NOT_YET) {
                Boolean v = condition(d, kind, t, i);
                condState[top] = v != null && v ? TRUE_NOW : NOT_YET;
            } else if (s == TRUE_NOW) {
                condState[top] = WAS_TRUE;
            }
            return;
        }
        if (condDepth > 0 && condState[condDepth - 1] != TRUE_NOW) {
            pushCondition(NEVER);
            return;
        }
        Boolean v = condition(d, kind, t, i);
        pushCondition(v != null && v ? TRUE_NOW : NOT_YET);
    }

    private static final java.util.Set<String> CONDITIONS = java.util.Set.of("", "def", "macro", "idn", "idni", "id",
        "num", "str", "token", "empty", "ctx", "env");

    /** The value of a %if-family condition; null (counted as false) after an error. */
    private Boolean condition(String d, String kind, ArrayList<Token> t, int i) {
        boolean negate = false;
        if (!CONDITIONS.contains(kind)) {
            if (kind.startsWith("n") && CONDITIONS.contains(kind.substring(1))) {
                negate = true;
                kind = kind.substring(1);
            } else {
                error("unknown preprocessor directive `" + d + "'");
                return null;
            }
        }
        Boolean v = switch (kind) {
            case "" -> {
                List<Token> expr = expand(new ArrayList<>(t.subList(i, t.size())));
                if (expr == null) {
                    yield null;
                }
                Long value = evaluate(d, expr, 0);
                yield value == null ? null : value != 0;
            }
            case "def" -> {
                String name = macroName(d, t, i, "macro identifiers");
                yield name == null ? null : macros.isDefined(name);
            }
            case "macro" -> ifMacro(d, t, i);
            case "idn", "idni" -> ifIdentical(d, t, i, kind.equals("idni"));
            case "id", "num", "str" -> {
                List<Token> e = expand(new ArrayList<>(t.subList(i, t.size())));
                if (e == null) {
                    yield null;
                }
                int k = skipSpace(e, 0);
                byte want = kind.equals("id") ? Token.IDENTIFIER : kind.equals("num") ? Token.NUMBER : Token.STRING;
                yield k < e.size() && e.get(k).kind == want;
            }
            case "token" -> {
                List<Token> e = expand(new ArrayList<>(t.subList(i, t.size())));
                yield e == null ? null : trim(e, 0, e.size()).size() == 1;
            }
            case "empty" -> {
                List<Token> e = expand(new ArrayList<>(t.subList(i, t.size())));
                yield e == null ? null : trim(e, 0, e.size()).isEmpty();
            }
            case "ctx" -> {
                boolean any = false;
                boolean match = false;
                for (int k = i; k < t.size(); k++) {
                    Token x = t.get(k);
                    if (x.kind == Token.IDENTIFIER) {
                        any = true;
                        if (!contexts.isEmpty() && x.text.equalsIgnoreCase(contexts.get(contexts.size() - 1).name())) {
                            match = true;
                        }
                    }
                }
                if (!any) {
                    error("`" + d + "' expects context identifiers");
                    yield null;
                }
                yield match;
            }
            default -> {
                // %ifenv: the build must not depend on the environment it runs in
                error("`" + d + "' is not supported by tinybin (builds do not read the environment)");
                yield null;
            }
        };
        return v == null ? null : v != negate;
    }

    /** A parameter count {@code N}, {@code N-M} or {@code N-*} at token i: {min, max}; null if malformed. */
    private static int[] countRange(List<Token> t, int i) {
        if (i >= t.size() || t.get(i).kind != Token.NUMBER) {
            return null;
        }
        int min = parseCount(t.get(i).text);
        int max = min;
        i++;
        if (i < t.size() && t.get(i).is("-")) {
            i++;
            if (i < t.size() && t.get(i).is("*")) {
                max = Integer.MAX_VALUE;
            } else if (i < t.size() && t.get(i).kind == Token.NUMBER) {
                max = parseCount(t.get(i).text);
            } else {
                return null;
            }
        }
        return min < 0 || max < 0 ? null : new int[] {min, max};
    }

    private Boolean ifMacro(String d, ArrayList<Token> t, int i) {
        i = skipSpace(t, i);
        String name = macroName(d, t, i, "a macro name");
        if (name == null) {
            return null;
        }
        int min = 0;
        int max = Integer.MAX_VALUE;
        int[] range = countRange(t, skipSpace(t, i + 1));
        if (range != null) {
            min = range[0];
            max = range[1];
        }
        List<MultiLineMacro> list = macros.multiLine(name);
        if (list == null) {
            return false;
        }
        for (MultiLineMacro m : list) {
            if (sameName(name, m.caseInsensitive, m) && m.minParams <= max && (m.maxParams >= min || m.greedy)) {
                return true;
            }
        }
        return false;
    }

    private Boolean ifIdentical(String d, ArrayList<Token> t, int i, boolean ignoreCase) {
        List<Token> e = expand(new ArrayList<>(t.subList(i, t.size())));
        if (e == null) {
            return null;
        }
        int comma = -1;
        for (int k = 0; k < e.size(); k++) {
            if (e.get(k).is(",")) {
                comma = k;
                break;
            }
        }
        if (comma < 0) {
            error("`" + d + "' expects two comma-separated arguments");
            return null;
        }
        List<Token> a = withoutSpace(e.subList(0, comma));
        List<Token> b = withoutSpace(e.subList(comma + 1, e.size()));
        if (a.size() != b.size()) {
            return false;
        }
        for (int k = 0; k < a.size(); k++) {
            Token x = a.get(k);
            Token y = b.get(k);
            if (x.kind != y.kind) {
                return false;
            }
            if (x.kind == Token.WHITESPACE) {
                continue;
            }
            String xs = x.kind == Token.STRING ? NasmStrings.unquote(x.text) : x.text;
            String ys = y.kind == Token.STRING ? NasmStrings.unquote(y.text) : y.text;
            if (ignoreCase ? !xs.equalsIgnoreCase(ys) : !xs.equals(ys)) {
                return false;
            }
        }
        return true;
    }

    private static List<Token> withoutSpace(List<Token> t) {
        List<Token> out = new ArrayList<>(t.size());
        for (Token x : t) {
            if (x.kind != Token.WHITESPACE) {
                out.add(x);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ single-line macro expansion

    /**
     * Expands single-line macros and context-local names in a line, pasting {@code %+}. Tokens carry the
     * macros that produced them, which are not expanded again in them (so expansion always ends).
     *
     * @return the expanded tokens, or null after an error that drops the line
     */
    private List<Token> expand(List<Token> in) {
        // one budget for the line, over every paste round (rescans included), so no input can make
        // expansion do more than a few million token steps
        budget = Math.min(limits.macroTokens, Math.max(4096L, limits.lineLength));
        work = 0;
        List<Token> result = expandOnce(in);
        for (int round = 0; result != null && pastedLast; round++) {
            if (round >= limits.macroLevels) {
                error("interminable macro recursion");
                return null;
            }
            work += result.size();
            if (work > 4 * budget) {
                error("macro expansion takes more than " + 4 * budget + " steps (--limit-macro-tokens)");
                return null;
            }
            result = expandOnce(paste(result));
        }
        return result;
    }

    /** Set when an expansion since the last reset changed anything (macro, context-local, paste, %[..]). */
    private boolean expansionChanged;

    /** Tokens one line's expansion may produce, and the token steps taken so far (see {@link #expand}). */
    private long budget;
    private long work;

    /** Set by {@link #expandOnce}: the result holds {@code %+} to paste. */
    private boolean pastedLast;

    private List<Token> expandOnce(List<Token> in) {
        pastedLast = false;
        long resultChars = 0;
        ArrayList<Token> pending = new ArrayList<>(in.size() + 8);
        for (int k = in.size() - 1; k >= 0; k--) {
            pending.add(in.get(k));
        }
        ArrayList<Token> result = new ArrayList<>(in.size() + 8);
        long produced = 0;
        boolean pasted = false;
        while (!pending.isEmpty()) {
            Token t = pending.remove(pending.size() - 1);
            if (++work > 4 * budget) {
                error("macro expansion takes more than " + 4 * budget + " steps (--limit-macro-tokens)");
                return null;
            }
            if (t.kind == Token.PREPROC) {
                if (isContextLocal(t.text) && !t.text.startsWith("%{$") || t.text.startsWith("%{$")
                    && t.text.endsWith("}")) {
                    String name = contextLocal(t.text);
                    if (name == null) {
                        return null;
                    }
                    expansionChanged = true;
                    pending.add(new Token(Token.IDENTIFIER, name, t.hidden));
                    continue;
                }
                if (t.text.equals("%+")) {
                    pasted = true;
                    expansionChanged = true;
                }
                if (t.text.startsWith("%!")) {
                    error("`" + t.text + "': tinybin does not read environment variables");
                    return null;
                }
                if (t.text.startsWith("%[") && t.text.endsWith("]")) {
                    expansionChanged = true;
                    List<Token> inner = indirect(t.text.substring(2, t.text.length() - 1));
                    if (inner == null) {
                        return null;
                    }
                    for (int k = inner.size() - 1; k >= 0; k--) {
                        pending.add(inner.get(k));
                    }
                    continue;
                }
                result.add(t);
                continue;
            }
            if (t.kind != Token.IDENTIFIER) {
                result.add(t);
                resultChars += t.text.length();
                if (resultChars > limits.lineLength) {
                    error("line longer than " + limits.lineLength + " bytes after macro expansion");
                    return null;
                }
                continue;
            }
            List<SingleLineMacro> list = filter.mayContain(IdentifierFilter.hash(t.text)) ? macros.singleLine(t.text)
                : null;
            if (list == null) {
                result.add(t);
                continue;
            }
            // arguments, if a '(' follows
            int p = pending.size() - 1;
            while (p >= 0 && pending.get(p).kind == Token.WHITESPACE) {
                p--;
            }
            List<List<Token>> args = null;
            int consumedTo = pending.size();
            boolean wantsArgs = false;
            for (SingleLineMacro m : list) {
                if (m.paramCount >= 0 && visible(m, t)) {
                    wantsArgs = true;
                }
            }
            if (wantsArgs && p >= 0 && pending.get(p).is("(")) {
                args = new ArrayList<>();
                int depth = 0;
                int braces = 0;
                List<Token> cur = new ArrayList<>();
                int q = p - 1;
                boolean closed = false;
                for (; q >= 0; q--) {
                    Token x = pending.get(q);
                    if (x.is("(") && braces == 0) {
                        depth++;
                    } else if (x.is(")") && braces == 0) {
                        if (depth == 0) {
                            closed = true;
                            break;
                        }
                        depth--;
                    } else if (x.is("{")) {
                        braces++;
                    } else if (x.is("}")) {
                        braces--;
                    } else if (x.is(",") && depth == 0 && braces == 0) {
                        args.add(unbrace(trim(cur, 0, cur.size())));
                        cur = new ArrayList<>();
                        continue;
                    }
                    cur.add(x);
                }
                if (!closed) {
                    error("macro call expects terminating `)'");
                    result.add(t);
                    continue;
                }
                List<Token> last = unbrace(trim(cur, 0, cur.size()));
                if (!args.isEmpty() || !last.isEmpty()) {
                    args.add(last);
                }
                consumedTo = q;
            }
            SingleLineMacro chosen = null;
            int argc = args == null ? -1 : args.size();
            for (SingleLineMacro m : list) {
                if (visible(m, t) && (m.accepts(argc) || argc == 0 && m.paramCount == 1)) {
                    chosen = m;
                    break;
                }
            }
            if (chosen == null && args != null) {
                for (SingleLineMacro m : list) {
                    if (visible(m, t) && m.paramCount < 0) {
                        chosen = m;
                        args = null;
                        consumedTo = pending.size();
                        break;
                    }
                }
                if (chosen == null) {
                    boolean exists = false;
                    for (SingleLineMacro m : list) {
                        exists |= visible(m, t);
                    }
                    if (exists) {
                        warning("single-line macro `" + t.text + "' exists, but not taking " + argc + " parameter"
                            + (argc == 1 ? "" : "s") + " [-w+pp-macro-params-single]");
                    }
                }
            }
            if (chosen == null) {
                result.add(t);
                continue;
            }
            expansionChanged = true;
            Token.Expansion hide = new Token.Expansion(chosen, t.hidden);
            if (hide.depth > limits.macroLevels) {
                error("interminable macro recursion");
                return null;
            }
            while (pending.size() > consumedTo) {
                pending.remove(pending.size() - 1);
            }
            List<Token> body = instantiate(chosen, args, hide);
            produced += body.size();
            if (produced > budget) {
                error("macro expansion produces more than " + budget + " tokens (--limit-macro-tokens)");
                return null;
            }
            for (int k = body.size() - 1; k >= 0; k--) {
                pending.add(body.get(k));
            }
        }
        pastedLast = pasted;
        return result;
    }

    private int indirectDepth;

    private static boolean hasIndirection(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.kind == Token.PREPROC && t.text.startsWith("%[") && t.text.endsWith("]")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The line with every {@code %[...]} replaced by its expansion and tokenized again, so that what
     * it touches pastes into one token ({@code foo%[n]bar} is the identifier {@code foo2bar}), as
     * nasm's paste after expanding indirections; null after an error.
     */
    private ArrayList<Token> withIndirectionsExpanded(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            if (t.kind == Token.PREPROC && t.text.startsWith("%[") && t.text.endsWith("]")) {
                List<Token> inner = indirect(t.text.substring(2, t.text.length() - 1));
                if (inner == null) {
                    return null;
                }
                for (Token x : inner) {
                    sb.append(x.kind == Token.WHITESPACE ? " " : x.text);
                }
            } else {
                sb.append(t.text);
            }
        }
        ArrayList<Token> again = new ArrayList<>();
        Tokenizer.tokenize(sb.toString(), again);
        return again;
    }

    /** {@code %[...]}: the text expanded now and pasted into one run of tokens, as nasm does. */
    private List<Token> indirect(String text) {
        if (indirectDepth >= 64) {
            error("`%[...]' nested too deeply");
            return null;
        }
        ArrayList<Token> tokens = new ArrayList<>();
        Tokenizer.tokenize(text, tokens);
        boolean savedPasted = pastedLast;
        long savedBudget = budget;
        long savedWork = work;
        indirectDepth++;
        List<Token> expanded;
        try {
            // inner indirections first, pasted with their neighbours, then macros: %[foo%[n]] is foo2's value
            ArrayList<Token> pasted = hasIndirection(tokens) ? withIndirectionsExpanded(tokens) : tokens;
            expanded = pasted == null ? null : expand(pasted);
        } finally {
            indirectDepth--;
            pastedLast = savedPasted;
            budget = savedBudget;
            work = savedWork + work;
        }
        if (expanded == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (Token x : expanded) {
            if (x.kind != Token.WHITESPACE) {
                sb.append(x.text);
            } else {
                sb.append(' ');
            }
        }
        ArrayList<Token> again = new ArrayList<>();
        Tokenizer.tokenize(sb.toString(), again);
        return again;
    }

    private static boolean visible(SingleLineMacro m, Token t) {
        return (m.caseInsensitive ? m.name.equalsIgnoreCase(t.text) : m.name.equals(t.text))
            && !Token.Expansion.hides(t.hidden, m);
    }

    private List<Token> instantiate(SingleLineMacro m, List<List<Token>> args, Token.Expansion hide) {
        if (m.dynamic != null) {
            return switch (m.dynamic) {
                case LINE -> List.of(new Token(Token.NUMBER, Integer.toString(bodyLineNumber()), hide));
                case FILE -> List.of(new Token(Token.STRING, NasmStrings.quote(file == null ? "" : file), hide));
                case BITS -> List.of(new Token(Token.NUMBER, Integer.toString(bits), hide));
            };
        }
        List<Token> out = new ArrayList<>(m.body.size());
        for (int k = 0; k < m.body.size(); k++) {
            int p = m.paramIndex[k];
            if (p >= 0 && args != null) {
                if (m.greedy && p == m.paramCount - 1) {
                    for (int a = p; a < args.size(); a++) {
                        if (a > p) {
                            out.add(new Token(Token.OPERATOR, ",", null));
                        }
                        for (Token x : args.get(a)) {
                            out.add(x.withHidden(merge(hide, x.hidden)));
                        }
                    }
                } else if (p < args.size()) {
                    for (Token a : args.get(p)) {
                        out.add(a.withHidden(merge(hide, a.hidden)));
                    }
                }
            } else {
                out.add(m.body.get(k).withHidden(hide));
            }
        }
        return out;
    }

    /**
     * Arguments are rescanned with the macro disabled, as in nasm ({@code sq(sq(2))} leaves the inner
     * call alone): their hide set is the call's plus whatever they already carried.
     */
    private static Token.Expansion merge(Token.Expansion call, Token.Expansion own) {
        Token.Expansion h = call;
        for (Token.Expansion e = own; e != null && e != call.parent; e = e.parent) {
            if (!Token.Expansion.hides(h, e.macro)) {
                h = new Token.Expansion(e.macro, h);
            }
        }
        return h;
    }

    /** {@code a %+ b} -> {@code ab}; then the line is expanded again, as nasm does. */
    private List<Token> paste(List<Token> in) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < in.size(); k++) {
            Token t = in.get(k);
            if (t.kind == Token.PREPROC && t.text.equals("%+")) {
                int len = sb.length();
                while (len > 0 && sb.charAt(len - 1) == ' ') {
                    len--;
                }
                sb.setLength(len);
                while (k + 1 < in.size() && in.get(k + 1).kind == Token.WHITESPACE) {
                    k++;
                }
                continue;
            }
            sb.append(t.text);
        }
        ArrayList<Token> again = new ArrayList<>();
        Tokenizer.tokenize(sb.toString(), again);
        return again;
    }

    // ------------------------------------------------------------------ built-ins and directive tracking

    private void defineBuiltins() {
        for (String w : new String[] {"section", "segment", "absolute", "bits", "cpu", "default", "extern", "static",
            "global", "required", "common", "float", "use16", "use32", "use64", "userel", "useabs", "usebnd",
            "usenobnd", "incbin"}) {
            filter.add(w);
        }
        defineDynamic("__?LINE?__", SingleLineMacro.Dynamic.LINE);
        defineDynamic("__LINE__", SingleLineMacro.Dynamic.LINE);
        defineDynamic("__?FILE?__", SingleLineMacro.Dynamic.FILE);
        defineDynamic("__FILE__", SingleLineMacro.Dynamic.FILE);
        defineDynamic("__?BITS?__", SingleLineMacro.Dynamic.BITS);
        defineDynamic("__BITS__", SingleLineMacro.Dynamic.BITS);
    }

    private void defineDynamic(String name, SingleLineMacro.Dynamic kind) {
        macros.define(new SingleLineMacro(name, false, -1, false, List.of(), new int[0], kind));
    }

    private void defineFromCommandLine(String name, String value) {
        ArrayList<Token> body = new ArrayList<>();
        if (value != null) {
            Tokenizer.tokenize(value, body);
        }
        boolean valid = !name.isEmpty() && Tokenizer.isIdStart(name.charAt(0));
        for (int k = 0; k < name.length() && valid; k++) {
            valid = Tokenizer.isIdChar(name.charAt(k));
        }
        if (!valid) {
            diagnostics.error("-D: `" + name + "' is not a valid macro name");
            return;
        }
        defineValue(name, false, trim(body, 0, body.size()));
    }

    /**
     * nasm implements {@code section}, {@code bits}, {@code global} ... as standard macros; tinybin leaves
     * those lines to the parser but keeps what nasm derives from them: {@code __?SECT?__},
     * {@code __?BITS?__}, and the numbering of {@code ..@N} labels (each of those macro calls takes a number).
     */
    private void observeDirective(List<Token> line) {
        int k = skipSpace(line, 0);
        if (k >= line.size()) {
            return;
        }
        Token head = line.get(k);
        boolean bracket = head.is("[");
        if (bracket) {
            k = skipSpace(line, k + 1);
            if (k >= line.size()) {
                return;
            }
            head = line.get(k);
        }
        if (head.kind != Token.IDENTIFIER) {
            return;
        }
        String w = head.text.toLowerCase(Locale.ROOT);
        int rest = skipSpace(line, k + 1);
        boolean hasArgs = rest < line.size() && !(bracket && line.get(rest).is("]"));
        if (w.equals("bits") && hasArgs && line.get(rest).kind == Token.NUMBER) {
            long b = evaluator.parseNumber(line.get(rest).text);
            evaluator.error = null;
            if (b == 16 || b == 32 || b == 64) {
                bits = (int) b;
            }
        } else if (w.equals("use16") || w.equals("use32") || w.equals("use64")) {
            bits = Integer.parseInt(w.substring(3));
        }
        if (bracket) {
            return;
        }
        switch (w) {
            case "section", "segment", "absolute" -> {
                if (hasArgs) {
                    unique++;
                    List<Token> body = new ArrayList<>();
                    body.add(new Token(Token.OPERATOR, "[", null));
                    body.add(new Token(Token.IDENTIFIER, w, null));
                    body.add(Token.SPACE);
                    body.addAll(trim(line, rest, line.size()));
                    body.add(new Token(Token.OPERATOR, "]", null));
                    defineValue("__?SECT?__", false, body);
                    defineValue("__SECT__", false, body);
                }
            }
            case "bits", "cpu", "default", "extern", "static", "global", "required", "common", "float" -> {
                if (hasArgs) {
                    unique++;
                }
            }
            case "use16", "use32", "use64", "userel", "useabs", "usebnd", "usenobnd" -> {
                if (!hasArgs) {
                    unique++;
                }
            }
            case "incbin" -> {
                if (hasArgs) {
                    unique += 2;
                }
            }
            default -> {
            }
        }
    }
}
