package io.github.tinybin.build;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes build outputs the way the CLI and the Mojo both need: a temporary file in the target's own
 * directory, then a rename over the target, so a reader (or a crashed build) never sees a
 * half-written executable. Targets that are not regular files (devices, pipes) are written in place.
 */
public final class ExecutableFile {
    private static final Set<PosixFilePermission> EXECUTABLE = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> PLAIN = PosixFilePermissions.fromString("rw-r--r--");

    private ExecutableFile() {
    }

    /** Writes {@code bytes} to {@code target} atomically, with the executable bit set. */
    public static void writeExecutable(Path target, byte[] bytes) throws IOException {
        write(target, bytes, true);
    }

    /** Writes a non-executable file (a listing) atomically. */
    public static void writePlain(Path target, byte[] bytes) throws IOException {
        write(target, bytes, false);
    }

    private static void write(Path target, byte[] bytes, boolean executable) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute)) {
            // a link is followed, so the file it points to is replaced, not the link
            absolute = absolute.toRealPath();
            if (!Files.isRegularFile(absolute)) {
                // /dev/null, /dev/stdout, a pipe: write into it; a rename would replace the device
                Files.write(absolute, bytes);
                return;
            }
        }
        try {
            replace(absolute, bytes, executable);
        } catch (FileSystemException e) {
            // the failure is about the file the user named, not our randomly named temporary one
            throw e instanceof NoSuchFileException ? new NoSuchFileException(absolute.toString())
                    : e instanceof AccessDeniedException ? new AccessDeniedException(absolute.toString())
                    : new FileSystemException(absolute.toString(), null, e.getReason());
        }
    }

    private static void replace(Path absolute, byte[] bytes, boolean executable) throws IOException {
        Path dir = absolute.getParent();
        Path temp = newTempFile(dir, absolute.getFileName().toString(), bytes);
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temp, executable ? EXECUTABLE : PLAIN);
            } else if (executable) {
                temp.toFile().setExecutable(true, false);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Creates a fresh file next to the target, holding {@code bytes}. Not Files.createTempFile: its
     * random name seeds a SecureRandom, which loads the security providers and costs the CLI ~20 ms
     * of start-up; pid, a counter and the clock are unique enough with CREATE_NEW as the guard.
     */
    private static Path newTempFile(Path dir, String name, byte[] bytes) throws IOException {
        long pid = ProcessHandle.current().pid();
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + name + "." + pid + "-" + TEMP_COUNTER.incrementAndGet() + "-"
                    + Long.toHexString(System.nanoTime() & 0xffffff) + ".tmp");
            try {
                Files.write(temp, bytes, java.nio.file.StandardOpenOption.CREATE_NEW,
                        java.nio.file.StandardOpenOption.WRITE);
                return temp;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }

    private static final java.util.concurrent.atomic.AtomicLong TEMP_COUNTER = new java.util.concurrent.atomic.AtomicLong();

    /**
     * Removes what an earlier successful build left at {@code target}, so a failed build is not
     * mistaken for a good one (nasm does the same with its output file).
     */
    public static void deleteStale(Path target) throws IOException {
        if (Files.isRegularFile(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(target);
        }
    }
}
