package io.github.tinybin.elf;

import io.github.tinybin.asm.Section;

/** What a section is for, by its attributes: decides which segment and in which order it goes. */
enum SectionRole {
    CODE, READ_ONLY, DATA, BSS, NOT_LOADED;

    static SectionRole of(Section s) {
        if (!s.alloc()) {
            return NOT_LOADED;
        }
        if (s.nobits()) {
            return BSS;
        }
        if (s.exec()) {
            return CODE;
        }
        return s.write() ? DATA : READ_ONLY;
    }
}
