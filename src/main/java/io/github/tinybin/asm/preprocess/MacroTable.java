package io.github.tinybin.asm.preprocess;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every macro currently defined, single- and multi-line, by lower-cased name (one name may carry
 * several definitions: different parameter counts, case-sensitive and -insensitive), plus the
 * {@link IdentifierFilter} that lets plain lines skip the preprocessor.
 */
final class MacroTable {
    private final Map<String, List<SingleLineMacro>> single = new HashMap<>();
    private final Map<String, List<MultiLineMacro>> multi = new HashMap<>();
    final IdentifierFilter filter = new IdentifierFilter();

    static boolean matches(String definedName, boolean caseInsensitive, String name) {
        return caseInsensitive ? definedName.equalsIgnoreCase(name) : definedName.equals(name);
    }

    /** The single-line macros that may be named {@code name} (callers still check case), or null. */
    List<SingleLineMacro> singleLine(String name) {
        return single.get(name.toLowerCase(Locale.ROOT));
    }

    /** The multi-line macros that may be named {@code name} (callers still check case), or null. */
    List<MultiLineMacro> multiLine(String name) {
        return multi.get(name.toLowerCase(Locale.ROOT));
    }

    /** Defines m, replacing a definition of the same name and parameter count. */
    void define(SingleLineMacro m) {
        List<SingleLineMacro> list = single.computeIfAbsent(m.name.toLowerCase(Locale.ROOT), k -> new ArrayList<>(1));
        for (int k = list.size() - 1; k >= 0; k--) {
            SingleLineMacro old = list.get(k);
            if (matches(old.name, m.caseInsensitive || old.caseInsensitive, m.name)
                && (old.paramCount < 0) == (m.paramCount < 0)
                && (m.paramCount < 0 || old.paramCount == m.paramCount)) {
                list.remove(k);
                filter.remove(old.name);
            }
        }
        list.add(m);
        filter.add(m.name);
    }

    /** %undef: every single-line macro by that name, whatever its parameters. */
    void undefine(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        List<SingleLineMacro> list = single.get(key);
        if (list == null) {
            return;
        }
        for (int k = list.size() - 1; k >= 0; k--) {
            SingleLineMacro old = list.get(k);
            if (matches(old.name, old.caseInsensitive, name)) {
                list.remove(k);
                filter.remove(old.name);
            }
        }
        if (list.isEmpty()) {
            single.remove(key);
        }
    }

    boolean isDefined(String name) {
        List<SingleLineMacro> list = singleLine(name);
        if (list != null) {
            for (SingleLineMacro m : list) {
                if (matches(m.name, m.caseInsensitive, name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Adds m ahead of older overloads, replacing one with the same name and parameter range. */
    void define(MultiLineMacro m) {
        List<MultiLineMacro> list = multi.computeIfAbsent(m.name.toLowerCase(Locale.ROOT), k -> new ArrayList<>(1));
        for (int k = list.size() - 1; k >= 0; k--) {
            MultiLineMacro old = list.get(k);
            if (matches(old.name, old.caseInsensitive || m.caseInsensitive, m.name) && old.minParams == m.minParams
                && old.maxParams == m.maxParams) {
                list.remove(k);
                filter.remove(old.name);
            }
        }
        list.add(0, m);
        filter.add(m.name);
    }

    /**
     * %unmacro: the multi-line macro with that name and parameter range.
     *
     * @return false if it is being expanded (and so stays)
     */
    boolean undefine(String name, int min, int max) {
        List<MultiLineMacro> list = multiLine(name);
        boolean ok = true;
        if (list == null) {
            return true;
        }
        for (int k = list.size() - 1; k >= 0; k--) {
            MultiLineMacro old = list.get(k);
            if (matches(old.name, old.caseInsensitive, name) && old.minParams == min && old.maxParams == max) {
                if (old.inProgress > 0) {
                    ok = false;
                    continue;
                }
                list.remove(k);
                filter.remove(old.name);
            }
        }
        return ok;
    }
}
