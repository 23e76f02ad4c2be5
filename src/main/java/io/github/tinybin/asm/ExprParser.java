package io.github.tinybin.asm;

import io.github.tinybin.asm.x86.Register;
import java.util.Arrays;

/**
 * Compiles one nasm expression from the {@link Lexer}'s current token into {@link ExprCode}, by
 * precedence climbing (nasm's levels, lowest first: {@code ?:}, {@code ||}, {@code ^^}, {@code &&},
 * comparisons, {@code |}, {@code ^}, {@code &}, shifts, {@code + -}, {@code * / // % %%}, unary).
 * On return the lexer stands on the first token after the expression.
 */
final class ExprParser {
    /** Resolves a symbol name as written (local labels against the current parent) to its id. */
    interface Names {
        int symbol(byte[] b, int from, int to);
    }

    private final ExprCode code;
    private final Names names;
    private final int maxDepth;
    private Lexer lex;
    private long[] tmp = new long[64];
    private int n;
    private int depth;
    private boolean constant;

    /** The first syntax error of the last parse and its column; null when it succeeded. */
    String error;
    int errorColumn;
    /** A warning from a token (a number too big, a character constant too long) with its class tag, reported by the caller. */
    String warning;
    int warningColumn;

    ExprParser(ExprCode code, Names names, int maxDepth) {
        this.code = code;
        this.names = names;
        this.maxDepth = maxDepth;
    }

    /** Parses an expression; returns its handle, or -1 after a syntax error (see {@link #error}). */
    int parse(Lexer lexer) {
        this.lex = lexer;
        n = 0;
        depth = 0;
        error = null;
        warning = null;
        constant = true;
        try {
            conditional();
        } catch (StackOverflowError e) {
            fail("expression too deeply nested");
        }
        if (error != null) {
            return -1;
        }
        return code.add(tmp, n);
    }

    private void emit(long w) {
        if (n == tmp.length) {
            tmp = Arrays.copyOf(tmp, n * 2);
        }
        tmp[n++] = w;
    }

    private void fail(String message) {
        if (error == null) {
            error = message;
            errorColumn = lex.type == Lexer.EOL ? lex.end - lex.lineStart + 1 : lex.column();
        }
    }

    private boolean isOp(int op) {
        return lex.type == Lexer.OP && lex.op == op;
    }

    private void conditional() {
        binary(1);
        if (error == null && isOp('?')) {
            int col = lex.column();
            lex.next();
            conditional();
            if (error != null) {
                return;
            }
            if (!isOp(':')) {
                fail("expecting `:'");
                return;
            }
            lex.next();
            conditional();
            emit(ExprCode.word(ExprCode.COND, col, 0));
        }
    }

    /** Precedence of the binary operator at the cursor (0 when it is none) and its opcode in {@link #binaryOp}. */
    private int binaryOp;

    private int precedence() {
        if (lex.type != Lexer.OP) {
            return 0;
        }
        switch (lex.op) {
            case Lexer.OP_LOR: binaryOp = ExprCode.LOR; return 1;
            case Lexer.OP_LXOR: binaryOp = ExprCode.LXOR; return 2;
            case Lexer.OP_LAND: binaryOp = ExprCode.LAND; return 3;
            case Lexer.OP_EQ: binaryOp = ExprCode.EQ; return 4;
            case Lexer.OP_NE: binaryOp = ExprCode.NE; return 4;
            case '<': binaryOp = ExprCode.LT; return 4;
            case Lexer.OP_LE: binaryOp = ExprCode.LE; return 4;
            case '>': binaryOp = ExprCode.GT; return 4;
            case Lexer.OP_GE: binaryOp = ExprCode.GE; return 4;
            case Lexer.OP_CMP: binaryOp = ExprCode.CMP; return 4;
            case '|': binaryOp = ExprCode.OR; return 5;
            case '^': binaryOp = ExprCode.XOR; return 6;
            case '&': binaryOp = ExprCode.AND; return 7;
            case Lexer.OP_SHL: case Lexer.OP_SHL3: binaryOp = ExprCode.SHL; return 8;
            case Lexer.OP_SHR: binaryOp = ExprCode.SHR; return 8;
            case Lexer.OP_SAR: binaryOp = ExprCode.SAR; return 8;
            case '+': binaryOp = ExprCode.ADD; return 9;
            case '-': binaryOp = ExprCode.SUB; return 9;
            case '*': binaryOp = ExprCode.MUL; return 10;
            case '/': binaryOp = ExprCode.DIV; return 10;
            case Lexer.OP_SDIV: binaryOp = ExprCode.SDIV; return 10;
            case '%': binaryOp = ExprCode.MOD; return 10;
            case Lexer.OP_SMOD: binaryOp = ExprCode.SMOD; return 10;
            default: return 0;
        }
    }

    private void binary(int minPrecedence) {
        unary();
        while (error == null) {
            int p = precedence();
            if (p < minPrecedence || p == 0) {
                return;
            }
            int opcode = binaryOp;
            int col = lex.column();
            lex.next();
            binary(p + 1);
            emit(ExprCode.word(opcode, col, 0));
        }
    }

    private void unary() {
        if (++depth > maxDepth) {
            fail("expression too deeply nested");
            return;
        }
        if (lex.type == Lexer.OP && (lex.op == '-' || lex.op == '+' || lex.op == '~' || lex.op == '!')) {
            int o = lex.op;
            int col = lex.column();
            lex.next();
            unary();
            if (o == '-') {
                emit(ExprCode.word(ExprCode.NEG, col, 0));
            } else if (o == '~') {
                emit(ExprCode.word(ExprCode.NOT, col, 0));
            } else if (o == '!') {
                emit(ExprCode.word(ExprCode.LNOT, col, 0));
            }
        } else {
            primary();
        }
        depth--;
    }

    /** {@code __?float32?__(0.1)} and its siblings: the bit pattern as a constant; false if the word is none. */
    private boolean floatFunction(int col) {
        String name = FloatFormat.functionName(
                new String(lex.buf, lex.start, lex.length(), java.nio.charset.StandardCharsets.ISO_8859_1));
        if (name == null) {
            return false;
        }
        lex.next();
        lex.next();
        boolean negative = false;
        if (lex.type == Lexer.OP && (lex.op == '-' || lex.op == '+')) {
            negative = lex.op == '-';
            lex.next();
        }
        String argument = new String(lex.buf, lex.start, lex.length(), java.nio.charset.StandardCharsets.ISO_8859_1);
        if (lex.type != Lexer.FLOAT && !(lex.type == Lexer.IDENT && FloatFormat.special(argument) != 0)) {
            fail("expecting floating-point number");
            return true;
        }
        String[] err = new String[1];
        int argumentColumn = lex.column();
        Long value = FloatFormat.functionValue(name, argument, negative, err);
        if (value == null) {
            fail(err[0] != null ? err[0] : "unknown function `" + name + "'");
            return true;
        }
        if (err[0] != null && warning == null) {
            warning = err[0];
            warningColumn = argumentColumn;
        }
        lex.next();
        if (!isOp(')')) {
            fail("expecting `)'");
            return true;
        }
        lex.next();
        emit(ExprCode.CONST | (long) col << 8);
        emit(value);
        return true;
    }

    private void primary() {
        int col = lex.column();
        switch (lex.type) {
            case Lexer.NUMBER -> {
                if (lex.error != null && warning == null) {
                    warning = lex.error + " [-w+number-overflow]";
                    warningColumn = col;
                }
                emit(ExprCode.CONST | (long) col << 8);
                emit(lex.value);
                lex.next();
            }
            case Lexer.STRING -> {
                if (!lex.terminated) {
                    fail("expression syntax error");
                    return;
                }
                long value = StringLiterals.characterConstant(lex.buf, lex.start, lex.stop);
                if (lex.length() > 10 && warning == null // quotes and 8 bytes: never too long
                        && StringLiterals.decodedLength(lex.buf, lex.start, lex.stop) > 8) {
                    warning = "character constant too long [-w+other]";
                    warningColumn = col;
                }
                emit(ExprCode.CONST | (long) col << 8);
                emit(value);
                lex.next();
            }
            case Lexer.HERE -> {
                emit(ExprCode.word(ExprCode.HERE, col, 0));
                lex.next();
            }
            case Lexer.SECTION_START -> {
                emit(ExprCode.word(ExprCode.SECTION_START, col, 0));
                lex.next();
            }
            case Lexer.IDENT -> {
                if (!lex.escaped) {
                    int k = Keyword.lookup(lex.buf, lex.start, lex.stop);
                    Register r = Keyword.register(k);
                    if (r != null) {
                        emit(ExprCode.word(ExprCode.REGISTER, col, r.ordinal()));
                        lex.next();
                        return;
                    }
                    if (k >= 0) {
                        Keyword kw = Keyword.keyword(k);
                        fail(kw == Keyword.SEG ? "binary output format does not support segment base references"
                                : "expression syntax error");
                        return;
                    }
                }
                if (lex.peekType() == 1000 + '(' && floatFunction(col)) {
                    return;
                }
                int id = names.symbol(lex.buf, lex.start, lex.stop);
                emit(ExprCode.word(ExprCode.SYMBOL, col, id));
                lex.next();
            }
            case Lexer.OP -> {
                if (lex.op == '(') {
                    lex.next();
                    conditional();
                    if (error != null) {
                        return;
                    }
                    if (!isOp(')')) {
                        fail("expecting `)'");
                        return;
                    }
                    lex.next();
                } else {
                    fail("expression syntax error");
                }
            }
            case Lexer.ERROR -> fail(lex.error);
            case Lexer.FLOAT -> fail("expression syntax error"); // nasm's words for a float in an integer expression
            default -> fail("expression syntax error");
        }
    }
}
