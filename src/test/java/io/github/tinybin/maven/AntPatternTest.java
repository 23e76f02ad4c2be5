package io.github.tinybin.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AntPatternTest {
    @Test
    void doubleStarMatchesZeroOrMoreDirectories() {
        AntPattern p = new AntPattern("**/*.asm");
        assertTrue(p.matches("hello.asm"));
        assertTrue(p.matches("a/b/hello.asm"));
        assertFalse(p.matches("hello.inc"));
        assertFalse(p.matches("a/hello.asm.bak"));
    }

    @Test
    void folderPatterns() {
        AntPattern p = new AntPattern("include/**");
        assertTrue(p.matches("include/macros.asm"));
        assertTrue(p.matches("include/deep/x.asm"));
        assertFalse(p.matches("src/include/x.asm"));
        assertFalse(p.matches("includes/x.asm"));
        assertTrue(new AntPattern("include/").matches("include/x.asm"));
    }

    @Test
    void singleStarAndQuestionMarkStayInOneName() {
        assertTrue(new AntPattern("*.asm").matches("a.asm"));
        assertFalse(new AntPattern("*.asm").matches("d/a.asm"));
        assertTrue(new AntPattern("t?st*.asm").matches("test-1.asm"));
        assertFalse(new AntPattern("t?st*.asm").matches("tst.asm"));
        assertTrue(new AntPattern("a/**/b/*.asm").matches("a/b/x.asm"));
        assertTrue(new AntPattern("a/**/b/*.asm").matches("a/1/2/b/x.asm"));
        assertFalse(new AntPattern("a/**/b/*.asm").matches("a/1/2/c/x.asm"));
    }
}
