package io.github.tinybin.elf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The layouts users can name, in the order the docs list them. */
public final class Layouts {
    public static final String DEFAULT = "tiny";

    private static final Map<String, Layout> BY_NAME = new LinkedHashMap<>();

    static {
        add(new TinyLayout());
        add(SegmentedLayout.compact());
        add(SegmentedLayout.standard());
        add(new SmallestLayout());
    }

    private Layouts() {
    }

    private static void add(Layout layout) {
        BY_NAME.put(layout.name(), layout);
    }

    /** The layout called {@code name}, or null. */
    public static Layout byName(String name) {
        return BY_NAME.get(name);
    }

    public static List<String> names() {
        return Collections.unmodifiableList(new ArrayList<>(BY_NAME.keySet()));
    }
}
