package io.github.tinybin.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tinybin.maven.packaging.TinybinPackaging;
import org.junit.jupiter.api.Test;

/** The Mojos keep their own copies of the packaging's names (see TinybinPackaging for why): they must agree. */
class PackagingNamesTest {
    @Test
    void mojosAndPackagingComponentsAgree() {
        assertEquals(TinybinPackaging.PACKAGING, AbstractTinybinMojo.PACKAGING);
        assertEquals(TinybinPackaging.EXTENSION, BuildMojo.TYPE);
    }
}
