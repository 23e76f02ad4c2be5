package io.github.tinybin.asm;

import java.math.BigInteger;

/**
 * Floating-point constants in {@code dw dd dq dt do}, encoded as nasm does: the literal's exact
 * value (decimal with {@code e}, or {@code 0x}/{@code 0o}/{@code 0b} with a binary {@code p}
 * exponent) rounded to nearest-even into IEEE half, single, double, x87 extended or quad.
 */
final class FloatFormat {
    private FloatFormat() {
    }

    /**
     * The bit pattern of the float literal in a format named like nasm's {@code __?floatN?__}
     * functions (float8, float16, float32, float64, float80m, float80e, float128l, float128h,
     * bfloat16), as nasm gives it to expressions; null with {@code error[0]} set on a bad literal.
     */
    static Long functionValue(String function, String text, boolean negative, String[] error) {
        byte[] bytes;
        int from = 0;
        int count;
        switch (function) {
            case "__float8__" -> { bytes = encode(text, negative, 1, error); count = 1; }
            case "__float16__" -> { bytes = encode(text, negative, 2, error); count = 2; }
            case "__float32__" -> { bytes = encode(text, negative, 4, error); count = 4; }
            case "__float64__" -> { bytes = encode(text, negative, 8, error); count = 8; }
            case "__float80m__" -> { bytes = encode(text, negative, 10, error); count = 8; }
            case "__float80e__" -> { bytes = encode(text, negative, 10, error); from = 8; count = 2; }
            case "__float128l__" -> { bytes = encode(text, negative, 16, error); count = 8; }
            case "__float128h__" -> { bytes = encode(text, negative, 16, error); from = 8; count = 8; }
            case "__bfloat16__" -> { bytes = encodeWith(new Format(8, 7, false), text, negative, 2, error); count = 2; }
            default -> {
                return null;
            }
        }
        if (bytes == null) {
            return null;
        }
        long v = 0;
        for (int i = count - 1; i >= 0; i--) {
            v = v << 8 | (bytes[from + i] & 0xff);
        }
        return v;
    }

    /** Exponent bits, fraction bits, explicit integer bit. */
    private record Format(int exponentBits, int fractionBits, boolean explicitOne) {
    }

    private static Format format(int unit) {
        return switch (unit) {
            case 1 -> new Format(4, 3, false);
            case 2 -> new Format(5, 10, false);
            case 4 -> new Format(8, 23, false);
            case 8 -> new Format(11, 52, false);
            case 10 -> new Format(15, 63, true);
            case 16 -> new Format(15, 112, false);
            default -> null;
        };
    }

    /** A special value by name ({@code __?Infinity?__}, {@code __?NaN?__}, ...): 1 inf, 2 qnan, 3 snan, 0 none. */
    static int special(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "__?infinity?__", "__infinity__" -> 1;
            case "__?nan?__", "__nan__", "__?qnan?__", "__qnan__" -> 2;
            case "__?snan?__", "__snan__" -> 3;
            default -> 0;
        };
    }

    /** Encodes a special value; null when {@code unit} has no float format. */
    static byte[] encodeSpecial(int special, boolean negative, int unit) {
        Format f = format(unit);
        if (f == null) {
            return null;
        }
        BigInteger fraction;
        if (special == 1) {
            fraction = BigInteger.ZERO;
        } else if (special == 2) {
            fraction = BigInteger.ONE.shiftLeft(f.fractionBits - 1);
        } else {
            fraction = BigInteger.ONE;
        }
        if (f.explicitOne) {
            fraction = fraction.setBit(63);
        }
        BigInteger exp = BigInteger.ONE.shiftLeft(f.exponentBits).subtract(BigInteger.ONE);
        return pack(f, negative, exp, fraction, unit);
    }

    /**
     * Encodes the float literal {@code text} at {@code unit} bytes; returns null with
     * {@code error[0]} set when the literal is malformed or the unit has no float format, or the
     * bytes with {@code error[0]} set to a warning (overflow to infinity).
     */
    static byte[] encode(String text, boolean negative, int unit, String[] error) {
        Format f = format(unit);
        if (f == null) {
            error[0] = "no floating-point format of " + unit + " bytes";
            return null;
        }
        return encodeWith(f, text, negative, unit, error);
    }

    private static byte[] encodeWith(Format f, String text, boolean negative, int unit, String[] error) {
        String s = text.replace("_", "");
        int radix = 10;
        int i = 0;
        if (s.length() > 2 && s.charAt(0) == '0') {
            switch (Character.toLowerCase(s.charAt(1))) {
                case 'x', 'h' -> { radix = 16; i = 2; }
                case 'o', 'q' -> { radix = 8; i = 2; }
                case 'b', 'y' -> { radix = 2; i = 2; }
                case 'd', 't' -> { radix = 10; i = 2; }
                default -> { }
            }
        } else if (s.startsWith("$")) {
            radix = 16;
            i = 1;
        }
        BigInteger digits = BigInteger.ZERO;
        BigInteger r = BigInteger.valueOf(radix);
        int fractionDigits = 0;
        boolean seenPoint = false;
        boolean any = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                if (seenPoint) {
                    error[0] = "invalid floating-point constant";
                    return null;
                }
                seenPoint = true;
                continue;
            }
            int d = Character.digit(c, radix);
            if (d < 0) {
                break;
            }
            digits = digits.multiply(r).add(BigInteger.valueOf(d));
            any = true;
            if (seenPoint) {
                fractionDigits++;
            }
        }
        long exponent = 0;
        boolean binaryExponent = false;
        if (i < s.length()) {
            char c = Character.toLowerCase(s.charAt(i));
            if (c == 'e' && radix == 10 || c == 'p') {
                binaryExponent = c == 'p';
                i++;
                boolean neg = false;
                if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                    neg = s.charAt(i) == '-';
                    i++;
                }
                int start = i;
                while (i < s.length() && Character.isDigit(s.charAt(i)) && i - start < 9) {
                    exponent = exponent * 10 + (s.charAt(i) - '0');
                    i++;
                }

                if (neg) {
                    exponent = -exponent;
                }
            }
        }
        if (!any || i != s.length()) {
            error[0] = "invalid floating-point constant";
            return null;
        }
        // value = digits * radix^-fractionDigits * (2 or 10)^exponent
        BigInteger num = digits;
        BigInteger den = BigInteger.ONE;
        if (fractionDigits > 0) {
            den = r.pow(fractionDigits);
        }
        if (exponent != 0) {
            BigInteger base = binaryExponent ? BigInteger.TWO : BigInteger.TEN;
            long e = Math.min(Math.abs(exponent), 100_000);
            BigInteger p = binaryExponent ? BigInteger.ONE.shiftLeft((int) e) : base.pow((int) e);
            if (exponent > 0) {
                num = num.multiply(p);
            } else {
                den = den.multiply(p);
            }
        }
        return round(f, negative, num, den, unit, error);
    }

    private static byte[] round(Format f, boolean negative, BigInteger num, BigInteger den, int unit, String[] warning) {
        int bias = (1 << (f.exponentBits - 1)) - 1;
        int precision = f.fractionBits + 1;
        BigInteger maxExp = BigInteger.ONE.shiftLeft(f.exponentBits).subtract(BigInteger.ONE);
        if (num.signum() == 0) {
            return pack(f, negative, BigInteger.ZERO, BigInteger.ZERO, unit);
        }
        // e such that 2^e <= num/den < 2^(e+1)
        long e = (long) num.bitLength() - den.bitLength();
        if (compareScaled(num, den, e) < 0) {
            e--;
        }
        long minExp = 1 - bias;
        long shift = Math.max(e, minExp) - (precision - 1);
        // q = round(num/den * 2^-shift)
        BigInteger n = num;
        BigInteger d = den;
        if (shift > 0) {
            d = d.shiftLeft((int) shift);
        } else {
            n = n.shiftLeft((int) -shift);
        }
        BigInteger[] qr = n.divideAndRemainder(d);
        BigInteger q = qr[0];
        int cmp = qr[1].shiftLeft(1).compareTo(d);
        if (cmp > 0 || cmp == 0 && q.testBit(0)) {
            q = q.add(BigInteger.ONE);
        }
        long exp = shift + precision - 1;
        if (q.bitLength() > precision) {
            q = q.shiftRight(1);
            exp++;
        }
        if (q.bitLength() < precision) {
            // subnormal (or rounded to zero)
            return pack(f, negative, BigInteger.ZERO, q, unit);
        }
        long biased = exp + bias;
        if (biased >= maxExp.longValue()) {
            warning[0] = "overflow in floating-point constant [-w+float-overflow]";
            return encodeSpecial(1, negative, unit);
        }
        BigInteger fraction = f.explicitOne ? q : q.clearBit(f.fractionBits);
        return pack(f, negative, BigInteger.valueOf(biased), fraction, unit);
    }

    private static int compareScaled(BigInteger num, BigInteger den, long e) {
        return e >= 0 ? num.compareTo(den.shiftLeft((int) e)) : num.shiftLeft((int) -e).compareTo(den);
    }

    private static byte[] pack(Format f, boolean negative, BigInteger exponent, BigInteger fraction, int unit) {
        int fractionField = f.explicitOne ? 64 : f.fractionBits;
        BigInteger bits = exponent.shiftLeft(fractionField).or(fraction);
        if (negative) {
            bits = bits.setBit(fractionField + f.exponentBits);
        }
        byte[] out = new byte[unit];
        for (int i = 0; i < unit; i++) {
            out[i] = bits.shiftRight(8 * i).byteValue();
        }
        return out;
    }
}
