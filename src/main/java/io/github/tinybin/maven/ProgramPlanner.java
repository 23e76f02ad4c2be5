package io.github.tinybin.maven;

import io.github.tinybin.build.BuiltinProgram;
import io.github.tinybin.elf.Layouts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Decides which programs a project builds, their names and classifiers. Naming never depends on how
 * many programs there are, so adding a source never renames what was published before.
 */
final class ProgramPlanner {
    static final String PLATFORM = "linux-x86_64";

    Path basedir;
    String artifactId;
    Path sourceDirectory;
    List<String> includes = List.of("**/*.asm");
    List<String> excludes = List.of();
    List<Executable> executables = List.of();
    String mainProgram;
    String entry;
    String layout;

    List<Program> plan() throws ConfigurationProblem {
        checkLayout("layout", "tinybin.layout", layout);
        List<Program> drafts = executables == null || executables.isEmpty() ? scan() : fromExecutables();
        Map<String, Program> byName = new LinkedHashMap<>();
        for (Program p : drafts) {
            Program clash = byName.put(p.name(), p);
            if (clash != null) {
                throw new ConfigurationProblem("Two programs would both be named '" + p.name() + "': "
                        + clash.displayName() + " and " + p.displayName()
                        + "; give one a <name> in <executables> or exclude it");
            }
        }
        String main = chooseMain(byName);
        List<Program> out = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            Program p = drafts.get(i);
            boolean isMain = p.name().equals(main);
            String classifier = p.classifier() != null ? p.classifier()
                    : isMain ? PLATFORM : p.name() + "-" + PLATFORM;
            out.add(new Program(p.name(), p.source(), p.displayName(), p.entry(), p.layout(), classifier, isMain));
        }
        Map<String, String> classifiers = new LinkedHashMap<>();
        for (Program p : out) {
            String clash = classifiers.put(p.classifier(), p.name());
            if (clash != null) {
                throw new ConfigurationProblem("Programs '" + clash + "' and '" + p.name()
                        + "' would both be attached with classifier '" + p.classifier() + "'");
            }
        }
        return out;
    }

    private String chooseMain(Map<String, Program> byName) throws ConfigurationProblem {
        if (mainProgram != null && !mainProgram.isBlank()) {
            if (!byName.containsKey(mainProgram)) {
                throw ConfigurationProblem.invalid("mainProgram", "tinybin.mainProgram", mainProgram,
                        "allowed values are the programs' names: " + String.join(", ", byName.keySet()));
            }
            return mainProgram;
        }
        if (byName.containsKey(artifactId)) {
            return artifactId;
        }
        return byName.size() == 1 ? byName.keySet().iterator().next() : null;
    }

    private List<Program> scan() throws ConfigurationProblem {
        List<Program> found = new ArrayList<>();
        if (sourceDirectory != null && Files.isDirectory(sourceDirectory)) {
            List<AntPattern> in = patterns(includes == null || includes.isEmpty() ? List.of("**/*.asm") : includes);
            List<AntPattern> ex = patterns(excludes == null ? List.of() : excludes);
            List<Path> files;
            try (Stream<Path> walk = Files.walk(sourceDirectory)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            } catch (IOException e) {
                throw new ConfigurationProblem("Cannot list sourceDirectory " + sourceDirectory + ": " + e.getMessage());
            }
            for (Path file : files) {
                String rel = sourceDirectory.relativize(file).toString().replace('\\', '/');
                if (any(in, rel) && !any(ex, rel)) {
                    found.add(new Program(baseName(file), file, display(file), entry, layout, null, false));
                }
            }
        }
        if (found.isEmpty()) {
            found.add(builtin(artifactId, null));
        }
        return found;
    }

    private List<Program> fromExecutables() throws ConfigurationProblem {
        List<Program> out = new ArrayList<>();
        for (int i = 0; i < executables.size(); i++) {
            Executable e = executables.get(i);
            String where = "executables[" + i + "]";
            String exLayout = e.getLayout() != null ? e.getLayout() : layout;
            checkLayout(where + ".layout", null, exLayout);
            String exEntry = e.getEntry() != null ? e.getEntry() : entry;
            if (exEntry.isBlank()) {
                throw ConfigurationProblem.invalid(where + ".entry", null, exEntry, "a symbol name is required");
            }
            Path source = null;
            if (e.getSource() != null) {
                source = basedir.resolve(e.getSource().toPath()).normalize();
                if (!Files.isRegularFile(source)) {
                    throw ConfigurationProblem.invalid(where + ".source", null, e.getSource(), "no such file");
                }
            }
            String name = e.getName() != null ? e.getName() : source != null ? baseName(source) : artifactId;
            checkName(where + ".name", name);
            if (e.getClassifier() != null) {
                checkName(where + ".classifier", e.getClassifier());
            }
            out.add(source == null
                    ? new Program(name, null, BuiltinProgram.DISPLAY_NAME, exEntry, exLayout, e.getClassifier(), false)
                    : new Program(name, source, display(source), exEntry, exLayout, e.getClassifier(), false));
        }
        return out;
    }

    private Program builtin(String name, String classifier) {
        return new Program(name, null, BuiltinProgram.DISPLAY_NAME, entry, layout, classifier, false);
    }

    static void checkLayout(String parameter, String property, String value) throws ConfigurationProblem {
        if (value == null || !Layouts.names().contains(value)) {
            throw ConfigurationProblem.invalid(parameter, property, value,
                    "allowed values are " + String.join(", ", Layouts.names()));
        }
    }

    private static void checkName(String parameter, String name) throws ConfigurationProblem {
        boolean ok = !name.isEmpty() && !name.equals(".") && !name.equals("..");
        for (int i = 0; ok && i < name.length(); i++) {
            char c = name.charAt(i);
            ok = c > ' ' && c != '/' && c != '\\' && c != ':' && c != 0x7f;
        }
        if (!ok) {
            throw ConfigurationProblem.invalid(parameter, null, name,
                    "a plain file name is required (no '/', '\\', ':', spaces or control characters)");
        }
    }

    private static List<AntPattern> patterns(List<String> specs) {
        List<AntPattern> out = new ArrayList<>(specs.size());
        for (String s : specs) {
            out.add(new AntPattern(s));
        }
        return out;
    }

    private static boolean any(List<AntPattern> patterns, String path) {
        for (AntPattern p : patterns) {
            if (p.matches(path)) {
                return true;
            }
        }
        return false;
    }

    static String baseName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path base = basedir.toAbsolutePath().normalize();
        return (abs.startsWith(base) ? base.relativize(abs) : abs).toString();
    }
}
