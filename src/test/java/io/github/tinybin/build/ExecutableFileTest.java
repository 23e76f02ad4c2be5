package io.github.tinybin.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutableFileTest {
    @TempDir
    Path dir;

    private List<Path> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void writesBytesWithTheExecutableBitAndNoTemporaryLeftOver() throws IOException {
        Path target = dir.resolve("prog");
        ExecutableFile.writeExecutable(target, new byte[] {0x7f, 'E', 'L', 'F'});
        assertArrayEquals(new byte[] {0x7f, 'E', 'L', 'F'}, Files.readAllBytes(target));
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        assertEquals(List.of(target), listing());
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path target = dir.resolve("prog");
        Files.write(target, new byte[100]);
        ExecutableFile.writeExecutable(target, new byte[] {1});
        assertArrayEquals(new byte[] {1}, Files.readAllBytes(target));
    }

    @Test
    void plainFilesAreNotExecutable() throws IOException {
        Path target = dir.resolve("prog.lst");
        ExecutableFile.writePlain(target, new byte[] {'x'});
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    @Test
    void missingDirectoryFailsWithoutLeavingAnything() throws IOException {
        Path target = dir.resolve("no/such/dir/prog");
        assertThrows(IOException.class, () -> ExecutableFile.writeExecutable(target, new byte[] {1}));
        assertTrue(listing().isEmpty());
    }

    @Test
    void deleteStaleRemovesFilesButNotDirectories() throws IOException {
        Path file = dir.resolve("old");
        Files.write(file, new byte[] {1});
        ExecutableFile.deleteStale(file);
        assertFalse(Files.exists(file));
        ExecutableFile.deleteStale(file); // absent: nothing to do
        Path sub = Files.createDirectory(dir.resolve("sub"));
        ExecutableFile.deleteStale(sub);
        assertTrue(Files.isDirectory(sub));
    }

    @Test
    void devicesAreWrittenIntoNotReplaced() throws IOException {
        Path devNull = Path.of("/dev/null");
        ExecutableFile.writeExecutable(devNull, new byte[] {1, 2, 3});
        assertFalse(Files.isRegularFile(devNull), "/dev/null must stay a device");
        assertEquals(0, Files.size(devNull));
    }

    @Test
    void aLinkIsFollowedAndStaysALink() throws IOException {
        Path real = dir.resolve("real");
        Files.write(real, new byte[] {9});
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        ExecutableFile.writeExecutable(link, new byte[] {1});
        assertTrue(Files.isSymbolicLink(link));
        assertArrayEquals(new byte[] {1}, Files.readAllBytes(real));
    }
}
