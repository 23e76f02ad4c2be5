package io.github.tinybin.asm;

import java.math.BigInteger;

/**
 * Floating-point constants in {@code dw dd dq dt do}, encoded as nasm does: the value of a
 * {@code 0x}/{@code 0o}/{@code 0b} literal with a binary {@code p} exponent, or nasm's 192-bit
 * approximation of a decimal one (see {@link #decimal}), rounded to nearest-even into IEEE half,
 * single, double, x87 extended or quad.
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
        function = function.toLowerCase(java.util.Locale.ROOT).replace("?", "");
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

    /**
     * The function a word names, as {@link #functionValue} takes it, or null: {@code __float32__}
     * and {@code __?float32?__} alike, but bfloat16 only as {@code __?bfloat16?__} (nasm 2.16 has no
     * old-style alias for it).
     */
    static String functionName(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("__bfloat16__")) {
            return null;
        }
        String name = lower.replace("?", "");
        return name.startsWith("__float") || name.equals("__bfloat16__") ? name : null;
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
        return f == null ? null : specialWith(f, special, negative, unit);
    }

    private static byte[] specialWith(Format f, int special, boolean negative, int unit) {
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
        int special = special(text);
        if (special != 0) {
            return specialWith(f, special, negative, unit);
        }
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
        if (radix == 10) {
            return decimal(f, s, i, negative, unit, error);
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
            if (c == 'p') {
                binaryExponent = true;
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

    /** Significant decimal digits nasm reads; the rest are dropped with a warning. */
    private static final int DECIMAL_DIGITS = 52;
    /** Bits of nasm's working mantissa (six 32-bit limbs). */
    private static final int WORKING_BITS = 192;
    private static final BigInteger WORKING_MASK = BigInteger.ONE.shiftLeft(WORKING_BITS).subtract(BigInteger.ONE);

    /**
     * A decimal literal as nasm converts it, which is not always the exact value: nasm reads at most
     * 52 digits, writes {@code 0.digits} as a 192-bit binary fraction (truncated) and multiplies it by
     * 5^exponent by repeated squaring of a 192-bit 5/8 or 4/5, truncating every product. So an exact
     * tie such as 16777219.0 ends up a little below the midpoint and rounds down where round-half-even
     * on the exact value would round up. Rounding the result is then ordinary.
     */
    private static byte[] decimal(Format f, String s, int from, boolean negative, int unit, String[] error) {
        BigInteger digits = BigInteger.ZERO;
        int count = 0;
        long tenPower = 0;
        boolean started = false;
        boolean seenPoint = false;
        boolean tooLong = false;
        int i = from;
        for (; i < s.length() && s.charAt(i) != 'e' && s.charAt(i) != 'E'; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                if (seenPoint) {
                    error[0] = "too many periods in floating-point constant";
                    return null;
                }
                seenPoint = true;
            } else if (c >= '0' && c <= '9') {
                if (c == '0' && !started) {
                    tenPower -= seenPoint ? 1 : 0;
                    continue;
                }
                started = true;
                if (count < DECIMAL_DIGITS) {
                    digits = digits.multiply(BigInteger.TEN).add(BigInteger.valueOf(c - '0'));
                    count++;
                } else {
                    tooLong = true;
                }
                tenPower += seenPoint ? 0 : 1;
            } else {
                error[0] = "invalid character in floating-point constant significand: '" + c + "'";
                return null;
            }
        }
        if (i < s.length()) {
            long exponent = 0;
            int j = i + 1;
            boolean minus = j < s.length() && s.charAt(j) == '-';
            j += j < s.length() && (s.charAt(j) == '-' || s.charAt(j) == '+') ? 1 : 0;
            for (; j < s.length(); j++) {
                char c = s.charAt(j);
                if (c < '0' || c > '9') {
                    error[0] = "invalid character in floating-point constant exponent: '" + c + "'";
                    return null;
                }
                exponent = Math.min(exponent * 10 + (c - '0'), 5000);
            }
            tenPower += minus ? -exponent : exponent;
        }
        if (digits.signum() == 0) {
            return round(f, negative, BigInteger.ZERO, BigInteger.ONE, unit, error);
        }
        // 0.digits as a 192-bit fraction whose top bit is set, times 2^twoPower
        BigInteger scale = BigInteger.TEN.pow(count);
        long leadingZeros = scale.bitLength() - digits.bitLength() - 1;
        while (digits.shiftLeft((int) leadingZeros + 1).compareTo(scale) < 0) {
            leadingZeros++;
        }
        while (leadingZeros > 0 && digits.shiftLeft((int) leadingZeros).compareTo(scale) >= 0) {
            leadingZeros--;
        }
        BigInteger mantissa = digits.shiftLeft((int) leadingZeros + WORKING_BITS).divide(scale);
        long twoPower = tenPower - leadingZeros;
        long power = Math.abs(tenPower);
        BigInteger multiplier;
        long extraTwos;
        if (tenPower > 0) {
            multiplier = BigInteger.valueOf(5).shiftLeft(WORKING_BITS - 3); // 5/8
            extraTwos = 3;
        } else {
            multiplier = WORKING_MASK.divide(BigInteger.valueOf(5)).shiftLeft(2).add(BigInteger.ONE)
                    .and(WORKING_MASK); // 0xcccc...cccd: 4/5
            extraTwos = -2;
        }
        while (power != 0) {
            if ((power & 1) != 0) {
                BigInteger[] product = truncatedProduct(mantissa, multiplier);
                mantissa = product[0];
                twoPower += extraTwos + product[1].longValue();
            }
            BigInteger[] square = truncatedProduct(multiplier, multiplier);
            multiplier = square[0];
            extraTwos = extraTwos * 2 + square[1].longValue();
            power >>= 1;
        }
        BigInteger num = mantissa;
        BigInteger den = BigInteger.ONE;
        long shift = twoPower - WORKING_BITS;
        if (shift >= 0) {
            num = num.shiftLeft((int) shift);
        } else {
            den = den.shiftLeft((int) -shift);
        }
        byte[] bytes = round(f, negative, num, den, unit, error);
        if (tooLong && error[0] == null) {
            error[0] = "floating-point constant significand contains more than " + DECIMAL_DIGITS
                    + " digits [-w+float-toolong]";
        }
        return bytes;
    }

    /** The top 192 bits of {@code a * b} (both with their top bit set) and -1 when the product needed a shift left, else 0. */
    private static BigInteger[] truncatedProduct(BigInteger a, BigInteger b) {
        BigInteger p = a.multiply(b);
        if (p.testBit(2 * WORKING_BITS - 1)) {
            return new BigInteger[] {p.shiftRight(WORKING_BITS), BigInteger.ZERO};
        }
        return new BigInteger[] {p.shiftRight(WORKING_BITS - 1).and(WORKING_MASK), BigInteger.valueOf(-1)};
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
        boolean carried = q.bitLength() > precision;
        if (carried) {
            q = q.shiftRight(1);
            exp++;
        }
        if (q.bitLength() < precision) {
            // subnormal (or rounded to zero)
            return pack(f, negative, BigInteger.ZERO, q, unit);
        }
        long biased = exp + bias;
        // nasm's quirk, kept for identical bytes: a value in [2^(emax+1), 2^(emax+2)) counts as normal
        // and gets the all-ones exponent with its fraction (a NaN pattern), without a warning, unless
        // rounding carries into the next power of two
        if (biased > maxExp.longValue() || biased == maxExp.longValue() && carried) {
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
