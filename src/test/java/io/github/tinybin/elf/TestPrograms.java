package io.github.tinybin.elf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The .asm programs the layout tests build, with what running them must give. */
enum TestPrograms {
    HELLO("/io/github/tinybin/build/hello.asm", "Hello!\n", 0, false),
    COUNTDOWN("countdown.asm", "5\n4\n3\n2\n1\nliftoff\n", 42, true),
    ABSOLUTE("absolute.asm", "forty bytes of message after the code!!\n", 0, false),
    RELATIVE("relative.asm", "position independent\n", 7, true),
    SMALL_HELLO("hello-small.asm", "Hello!\n", 0, true);

    final String resource;
    final String stdout;
    final int exitCode;
    /** Takes no absolute address: runs as pie and above 4 GiB ({@code smallest}). */
    final boolean positionIndependent;

    TestPrograms(String resource, String stdout, int exitCode, boolean positionIndependent) {
        this.resource = resource;
        this.stdout = stdout;
        this.exitCode = exitCode;
        this.positionIndependent = positionIndependent;
    }

    String fileName() {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    String source() {
        try (InputStream in = TestPrograms.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
