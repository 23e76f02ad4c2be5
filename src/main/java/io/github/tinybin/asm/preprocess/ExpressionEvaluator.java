package io.github.tinybin.asm.preprocess;

import java.util.List;

/**
 * Integer expressions of {@code %assign}, {@code %if}, {@code %rep} and friends, with nasm's operators
 * and precedence. Operator-precedence parsing with explicit stacks: nesting depth costs heap, never
 * Java stack, and is capped by the expression depth limit.
 */
final class ExpressionEvaluator {
    /** Set by {@link #evaluate}: the error message, or null on success. */
    String error;
    /** Set by {@link #evaluate}: tokens followed the expression (nasm warns and ignores them). */
    boolean trailingGarbage;
    /** Set by {@link #evaluate}: a character constant had more than 8 bytes (nasm warns, keeps the first 8). */
    boolean characterConstantTooLong;
    /** Set by {@link #evaluate}: index of the first token after the expression. */
    int end;

    private final int maxDepth;
    private long[] values = new long[16];
    private int valueCount;
    /** Pending operators: binary operators as their precedence*64+code, unary as negative, '(' as 0. */
    private int[] ops = new int[16];
    private int opCount;

    ExpressionEvaluator(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    private static final int LPAREN = 0;
    // binary operator codes
    private static final int OR = 1, XOR_L = 2, AND_L = 3, EQ = 4, NE = 5, LT = 6, LE = 7, GT = 8, GE = 9, CMP = 10,
        BOR = 11, BXOR = 12, BAND = 13, SHL = 14, SHR = 15, SAR = 16, ADD = 17, SUB = 18, MUL = 19, DIV = 20,
        MOD = 21, SDIV = 22, SMOD = 23;
    // unary codes
    private static final int NEG = 1, PLUS = 2, NOT = 3, LNOT = 4;

    private static int binary(String op) {
        return switch (op) {
            case "||" -> OR;
            case "^^" -> XOR_L;
            case "&&" -> AND_L;
            case "=", "==" -> EQ;
            case "!=", "<>" -> NE;
            case "<" -> LT;
            case "<=" -> LE;
            case ">" -> GT;
            case ">=" -> GE;
            case "<=>" -> CMP;
            case "|" -> BOR;
            case "^" -> BXOR;
            case "&" -> BAND;
            case "<<", "<<<" -> SHL;
            case ">>" -> SHR;
            case ">>>" -> SAR;
            case "+" -> ADD;
            case "-" -> SUB;
            case "*" -> MUL;
            case "/" -> DIV;
            case "%" -> MOD;
            case "//" -> SDIV;
            case "%%" -> SMOD;
            default -> 0;
        };
    }

    private static int precedence(int code) {
        if (code == OR) {
            return 1;
        } else if (code == XOR_L) {
            return 2;
        } else if (code == AND_L) {
            return 3;
        } else if (code <= CMP) {
            return 4;
        } else if (code == BOR) {
            return 5;
        } else if (code == BXOR) {
            return 6;
        } else if (code == BAND) {
            return 7;
        } else if (code <= SAR) {
            return 8;
        } else if (code <= SUB) {
            return 9;
        }
        return 10;
    }

    /**
     * Evaluates {@code tokens} (already macro-expanded). Returns the value; on failure {@link #error}
     * is set and the result is 0.
     */
    long evaluate(List<Token> tokens) {
        return evaluate(tokens, 0);
    }

    /** As {@link #evaluate(List)}, from token {@code from} on. */
    long evaluate(List<Token> tokens, int from) {
        error = null;
        trailingGarbage = false;
        characterConstantTooLong = false;
        valueCount = 0;
        opCount = 0;
        int depth = 0;
        boolean expectOperand = true;
        int i = from;
        int n = tokens.size();
        for (; i < n; i++) {
            Token t = tokens.get(i);
            if (t.kind == Token.WHITESPACE) {
                continue;
            }
            if (expectOperand) {
                if (t.kind == Token.NUMBER) {
                    long v = parseNumber(t.text);
                    if (error != null) {
                        return 0;
                    }
                    pushValue(v);
                    expectOperand = false;
                } else if (t.kind == Token.STRING) {
                    String chars = NasmStrings.unquote(t.text);
                    characterConstantTooLong |= chars.length() > 8;
                    pushValue(charConstant(chars));
                    expectOperand = false;
                } else if (t.is("(")) {
                    if (++depth > maxDepth) {
                        error = "expression too deeply nested (limit " + maxDepth + ")";
                        return 0;
                    }
                    pushOp(LPAREN);
                } else if (t.is("-") || t.is("+") || t.is("~") || t.is("!")) {
                    if (opCount > maxDepth + 64 + valueCount) {
                        error = "expression too deeply nested (limit " + maxDepth + ")";
                        return 0;
                    }
                    pushOp(-(t.is("-") ? NEG : t.is("+") ? PLUS : t.is("~") ? NOT : LNOT));
                } else if (t.kind == Token.IDENTIFIER) {
                    error = "symbol `" + t.text + "' not defined before use";
                    return 0;
                } else if (t.is("$") || t.is("$$")) {
                    error = "non-constant value given to preprocessor expression";
                    return 0;
                } else {
                    error = "expression syntax error";
                    return 0;
                }
                continue;
            }
            if (t.is(")")) {
                if (depth == 0) {
                    break;
                }
                reduceWhile(1);
                if (error != null) {
                    return 0;
                }
                opCount--; // the '('
                depth--;
                applyUnaries();
                if (error != null) {
                    return 0;
                }
                continue;
            }
            int code = t.kind == Token.OPERATOR ? binary(t.text) : 0;
            if (code == 0) {
                break;
            }
            reduceWhile(precedence(code));
            if (error != null) {
                return 0;
            }
            pushOp(code);
            expectOperand = true;
        }
        if (expectOperand || depth > 0) {
            error = depth > 0 && !expectOperand ? "expecting `)'" : "expression syntax error";
            return 0;
        }
        end = i;
        for (; i < n; i++) {
            if (tokens.get(i).kind != Token.WHITESPACE) {
                trailingGarbage = true;
                break;
            }
        }
        reduceWhile(1);
        return error != null ? 0 : values[0];
    }

    private void pushValue(long v) {
        if (valueCount == values.length) {
            values = java.util.Arrays.copyOf(values, valueCount * 2);
        }
        values[valueCount++] = v;
        applyUnaries();
    }

    private void pushOp(int op) {
        if (opCount == ops.length) {
            ops = java.util.Arrays.copyOf(ops, opCount * 2);
        }
        ops[opCount++] = op;
    }

    /** Unary operators bind tighter than any binary one: apply those waiting right after an operand. */
    private void applyUnaries() {
        while (opCount > 0 && ops[opCount - 1] < 0) {
            int u = -ops[--opCount];
            long v = values[valueCount - 1];
            values[valueCount - 1] = switch (u) {
                case NEG -> -v;
                case NOT -> ~v;
                case LNOT -> v == 0 ? 1 : 0;
                default -> v;
            };
        }
    }

    /** Applies pending binary operators of precedence at least {@code minPrecedence} (all left-associative). */
    private void reduceWhile(int minPrecedence) {
        while (opCount > 0 && ops[opCount - 1] > 0 && precedence(ops[opCount - 1]) >= minPrecedence) {
            int op = ops[--opCount];
            long b = values[--valueCount];
            long a = values[valueCount - 1];
            values[valueCount - 1] = apply(op, a, b);
            if (error != null) {
                return;
            }
        }
    }

    private long apply(int op, long a, long b) {
        switch (op) {
            case OR: return a != 0 || b != 0 ? 1 : 0;
            case XOR_L: return (a != 0) != (b != 0) ? 1 : 0;
            case AND_L: return a != 0 && b != 0 ? 1 : 0;
            case EQ: return a == b ? 1 : 0;
            case NE: return a != b ? 1 : 0;
            case LT: return a < b ? 1 : 0;
            case LE: return a <= b ? 1 : 0;
            case GT: return a > b ? 1 : 0;
            case GE: return a >= b ? 1 : 0;
            case CMP: return Long.compare(a, b);
            case BOR: return a | b;
            case BXOR: return a ^ b;
            case BAND: return a & b;
            case SHL: return a << b; // the count is taken mod 64, as nasm's C shifts do on x86 (and Java's)
            case SHR: return a >>> b;
            case SAR: return a >> b;
            case ADD: return a + b;
            case SUB: return a - b;
            case MUL: return a * b;
            default:
                if (b == 0) {
                    error = "division by zero";
                    return 0;
                }
                return switch (op) {
                    case DIV -> Long.divideUnsigned(a, b);
                    case MOD -> Long.remainderUnsigned(a, b);
                    case SDIV -> a / b;
                    default -> a % b;
                };
        }
    }

    /** A character constant: the bytes little-endian, as nasm reads {@code 'ab'} as 0x6261. */
    static long charConstant(String bytes) {
        long v = 0;
        for (int i = Math.min(bytes.length(), 8) - 1; i >= 0; i--) {
            v = v << 8 | (bytes.charAt(i) & 0xff);
        }
        return v;
    }

    /** nasm's integer forms: decimal, 0x/0h/$/h hex, 0b/0y/b/y binary, 0o/0q/o/q octal, 0d/0t/d/t decimal, with _ separators. */
    long parseNumber(String text) {
        String s = text;
        int radix = 0;
        int start = 0;
        int end = s.length();
        if (s.charAt(0) == '$') {
            radix = 16;
            start = 1;
        } else if (end > 2 && s.charAt(0) == '0' && radixLetter(s.charAt(1)) != 0) {
            radix = radixLetter(s.charAt(1));
            start = 2;
        }
        if (radix == 0) {
            int suffix = radixLetter(s.charAt(end - 1));
            if (suffix != 0) {
                radix = suffix;
                end--;
            } else {
                radix = 10;
            }
        }
        long v = 0;
        boolean any = false;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == '_') {
                continue;
            }
            int d = Character.digit(c, radix);
            if (d < 0 || c > 0x7f) {
                if (c == '.' || c == 'e' || c == 'E') {
                    error = "floating-point constant in integer expression";
                } else {
                    error = "invalid number `" + text + "'";
                }
                return 0;
            }
            v = v * radix + d;
            any = true;
        }
        if (!any) {
            error = "invalid number `" + text + "'";
            return 0;
        }
        return v;
    }

    private static int radixLetter(char c) {
        return switch (c) {
            case 'x', 'X', 'h', 'H' -> 16;
            case 'b', 'B', 'y', 'Y' -> 2;
            case 'o', 'O', 'q', 'Q' -> 8;
            case 'd', 'D', 't', 'T' -> 10;
            default -> 0;
        };
    }
}
