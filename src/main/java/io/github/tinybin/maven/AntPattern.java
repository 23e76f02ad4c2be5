package io.github.tinybin.maven;

import java.util.ArrayList;
import java.util.List;

/**
 * An Ant-style path pattern as Maven users write them in {@code <includes>}: {@code **} matches any
 * number of directories (zero included), {@code *} and {@code ?} match within one name. Paths are
 * relative, with {@code /} separators.
 */
final class AntPattern {
    private final String[] segments;

    AntPattern(String pattern) {
        String p = pattern.trim().replace('\\', '/');
        if (p.endsWith("/")) {
            p = p + "**"; // Ant: a trailing slash means everything below
        }
        List<String> parts = new ArrayList<>();
        for (String s : p.split("/")) {
            if (!s.isEmpty()) {
                parts.add(s);
            }
        }
        segments = parts.toArray(String[]::new);
    }

    boolean matches(String relativePath) {
        String[] path = relativePath.replace('\\', '/').split("/");
        return match(0, path, 0);
    }

    private boolean match(int si, String[] path, int pi) {
        if (si == segments.length) {
            return pi == path.length;
        }
        if (segments[si].equals("**")) {
            for (int skip = pi; skip <= path.length; skip++) {
                if (match(si + 1, path, skip)) {
                    return true;
                }
            }
            return false;
        }
        return pi < path.length && glob(segments[si], 0, path[pi], 0) && match(si + 1, path, pi + 1);
    }

    private static boolean glob(String p, int i, String s, int j) {
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == '*') {
                for (int k = j; k <= s.length(); k++) {
                    if (glob(p, i + 1, s, k)) {
                        return true;
                    }
                }
                return false;
            }
            if (j >= s.length() || c != '?' && c != s.charAt(j)) {
                return false;
            }
            i++;
            j++;
        }
        return j == s.length();
    }
}
