package io.github.tinybin.elf;

import java.util.HashMap;
import java.util.Map;

/** An ELF string table (.strtab, .shstrtab): NUL-separated names, each stored once. */
final class StringTable {
    private final LittleEndianBuffer bytes = new LittleEndianBuffer(64);
    private final Map<String, Integer> offsets = new HashMap<>();

    StringTable() {
        bytes.append8(0);
        offsets.put("", 0);
    }

    int offsetOf(String name) {
        Integer known = offsets.get(name);
        if (known != null) {
            return known;
        }
        int at = bytes.size();
        bytes.appendCString(name);
        offsets.put(name, at);
        return at;
    }

    byte[] toByteArray() {
        return bytes.toByteArray();
    }
}
