package io.github.tinybin.asm.preprocess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds and reads the file of a {@code %include}: relative names are looked up in the including
 * file's folder, then the working directory, then each {@code -I} directory; only regular files are
 * read, and a file already being read is refused (an include cycle).
 */
final class IncludeFiles {
    /** Beyond this, a source file is refused rather than read into memory. */
    static final long MAX_FILE_BYTES = 1L << 30;

    private IncludeFiles() {
    }

    /** A file found and read, or the reason it was not ({@link #error} non-null). */
    record Result(Path path, Path realPath, String shownAs, byte[] bytes, String error) {
        static Result failed(String error) {
            return new Result(null, null, null, null, error);
        }
    }

    /**
     * @param including    the file with the directive (null path: no folder to search)
     * @param includingName its name as displayed, whose folder part prefixes the shown name of files found beside it
     * @param open         canonical paths of the files being read now
     */
    static Result open(String name, Path including, String includingName, Path workingDirectory,
                       List<Path> includeDirectories, List<Path> open) {
        List<Path> candidates = new ArrayList<>();
        List<String> shownAs = new ArrayList<>();
        try {
            Path p = Path.of(name);
            if (p.isAbsolute()) {
                candidates.add(p);
                shownAs.add(name);
            } else {
                Path dir = including == null ? null : including.toAbsolutePath().getParent();
                if (dir != null) {
                    candidates.add(dir.resolve(p));
                    int slash = includingName.lastIndexOf('/');
                    shownAs.add(slash >= 0 ? includingName.substring(0, slash + 1) + name : name);
                }
                candidates.add(workingDirectory.resolve(p));
                shownAs.add(name);
                for (Path d : includeDirectories) {
                    candidates.add(d.resolve(p));
                    shownAs.add(d.resolve(p).toString());
                }
            }
        } catch (InvalidPathException e) {
            return Result.failed("unable to open include file `" + name + "': invalid file name");
        }
        for (int k = 0; k < candidates.size(); k++) {
            Path c = candidates.get(k);
            if (!Files.exists(c)) {
                continue;
            }
            if (!Files.isRegularFile(c)) {
                return Result.failed("unable to open include file `" + name + "': not a regular file");
            }
            Path real;
            try {
                real = c.toRealPath();
            } catch (IOException e) {
                real = c.toAbsolutePath().normalize();
            }
            if (open.contains(real)) {
                return Result.failed("`%include' of `" + name + "' would recurse: it is already being read");
            }
            try {
                if (Files.size(c) > MAX_FILE_BYTES) {
                    return Result.failed("unable to open include file `" + name + "': larger than 1 GiB");
                }
                return new Result(c, real, shownAs.get(k), Files.readAllBytes(c), null);
            } catch (IOException e) {
                return Result.failed("unable to open include file `" + name + "': " + e.getMessage());
            }
        }
        return Result.failed("unable to open include file `" + name + "': No such file or directory");
    }
}
