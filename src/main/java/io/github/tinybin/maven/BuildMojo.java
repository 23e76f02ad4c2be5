package io.github.tinybin.maven;

import io.github.tinybin.asm.Limits;
import io.github.tinybin.build.BuildRequest;
import io.github.tinybin.build.BuildResult;
import io.github.tinybin.build.BuiltinProgram;
import io.github.tinybin.build.ExecutableFile;
import io.github.tinybin.build.LimitSetting;
import io.github.tinybin.build.TinyBin;
import io.github.tinybin.build.Version;
import io.github.tinybin.diag.Diagnostic;
import io.github.tinybin.diag.DiagnosticFormatter;
import io.github.tinybin.diag.Diagnostics;
import io.github.tinybin.elf.ElfOptions;
import io.github.tinybin.elf.Layouts;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Assembles the project's programs (or the built-in Hello program) into tiny static Linux x86-64
 * executables, writes them to the output directory with the executable bit set and attaches them to
 * the project with type {@code exe}, so {@code install} and {@code deploy} publish them.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends AbstractTinybinMojo {
    /** The artifact type attached executables get; also the file extension in a repository. */
    static final String TYPE = "exe";

    /**
     * What the built-in program prints, used when the project has no assembly source. Maven trims
     * element text and {@code -D} cannot carry a newline, so {@code \n}, {@code \t} and {@code \\}
     * are expanded.
     */
    @Parameter(property = "tinybin.message", defaultValue = "Hello!\\n")
    private String message;

    /**
     * The address the program is loaded at: decimal or {@code 0x} hex, a multiple of 0x1000. Layouts
     * that fix their own address say so when it is set to anything else.
     */
    @Parameter(property = "tinybin.baseAddress", defaultValue = "0x400000")
    private String baseAddress;

    /**
     * The ELF layout: how headers and segments are arranged. {@code tiny} overlaps the headers like
     * the seed's 145-byte file; see the README for what each layout trades.
     */
    @Parameter(property = "tinybin.layout", defaultValue = Layouts.DEFAULT)
    private String layout;

    /** The symbol execution starts at. */
    @Parameter(property = "tinybin.entry", defaultValue = ElfOptions.DEFAULT_ENTRY)
    private String entry;

    /**
     * Builds position-independent executables (ET_DYN, loaded at a random address), for the layouts
     * that support it ({@code compact}, {@code standard}).
     */
    @Parameter(property = "tinybin.pie", defaultValue = "false")
    private boolean pie;

    /**
     * Writes DWARF line information, so gdb's {@code list}, {@code step} and {@code info line} show
     * the assembly source; for the layouts that support it ({@code standard}).
     */
    @Parameter(property = "tinybin.debug", defaultValue = "false")
    private boolean debug;

    /**
     * Preprocessor macros, as {@code nasm -D NAME=VALUE}: one element per macro, named like the
     * macro, its text the value.
     */
    @Parameter
    private Map<String, String> defines;

    /** Extra directories {@code %include} and {@code incbin} search, as {@code nasm -I}. */
    @Parameter
    private File[] includeDirectories;

    /**
     * The assembler's runaway limits: one element per limit, named as the command line's
     * {@code --limit-NAME} options without {@code --limit-}: {@code passes}, {@code rep},
     * {@code macro-levels}, {@code macro-tokens}, {@code mmacros}, {@code eval}, {@code lines} (nasm's,
     * with nasm's defaults but {@code lines}: 4&#183;10^6; each also takes {@code unlimited}), {@code output-bytes} (default 64 MiB),
     * {@code include-depth} (50), {@code line-length} (1 MiB). Input over a limit fails the build
     * with an error at its line. Example: {@code <limits><rep>5000</rep></limits>}.
     */
    @Parameter
    private Map<String, String> limits;

    /** Also writes a nasm-style listing of each program to {@code NAME.lst} in the output directory. */
    @Parameter(property = "tinybin.listing", defaultValue = "false")
    private boolean listing;

    /** A size budget in bytes: a program larger than this fails the build. */
    @Parameter(property = "tinybin.maxSize")
    private Long maxSize;

    /** Attaches the executables to the project, so {@code install} and {@code deploy} publish them. */
    @Parameter(property = "tinybin.attach", defaultValue = "true")
    private boolean attach;

    @Component
    private MavenProjectHelper projectHelper;

    @Override
    protected String defaultLayout() {
        return layout;
    }

    @Override
    protected String defaultEntry() {
        return entry;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping tinybin:build (tinybin.skip)");
            return;
        }
        List<Program> programs = planPrograms();
        BuildSettings settings = settings();
        boolean packaged = PACKAGING.equals(project.getPackaging());
        if (packaged && attach && programs.stream().noneMatch(Program::main)) {
            throw new MojoFailureException("<packaging>tinybin</packaging> needs a main program, but none of "
                    + names(programs) + " is named like the artifactId '" + project.getArtifactId()
                    + "': set parameter 'mainProgram' to one of them");
        }
        Path outDir = outputDirectory.toPath();
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot create outputDirectory " + outDir + ": " + e.getMessage(), e);
        }
        StringBuilder failures = new StringBuilder();
        int failed = 0;
        for (Program program : programs) {
            String failure = buildOne(program, settings);
            if (failure != null) {
                failures.append(failure);
                failed++;
                continue;
            }
            if (attach) {
                File file = outputFile(program).toFile();
                if (packaged && program.main()) {
                    project.getArtifact().setFile(file);
                } else {
                    projectHelper.attachArtifact(project, TYPE, program.classifier(), file);
                }
            }
        }
        if (failed > 0) {
            String summary = failed == 1 && programs.size() == 1 ? "build failed"
                    : failed + " of " + programs.size() + " programs failed";
            throw new MojoFailureException("tinybin: " + summary + ":\n" + failures.toString().stripTrailing());
        }
    }

    /** Builds one program, unless up to date; returns its error text, or null on success. */
    private String buildOne(Program program, BuildSettings settings) throws MojoExecutionException {
        Path out = outputFile(program);
        Path stateFile = Path.of(project.getBuild().getDirectory(), "tinybin-state", program.name() + ".properties");
        BuildRequest request = settings.request(program, project.getBasedir().toPath());
        BuildState previous = BuildState.read(stateFile);
        String inputs;
        try {
            inputs = fingerprint(program, request, settings);
        } catch (IOException e) {
            return "tinybin: error: cannot read the inputs of " + program.name() + ": " + e.getMessage() + "\n";
        }
        if (previous != null && inputs.equals(previous.inputs) && matchesOutput(out, previous)
                && (!listing || Files.isRegularFile(listingFile(program)))) {
            getLog().info(program.name() + " is up to date: " + previous.size + " bytes at " + out);
            return null;
        }
        BuildResult result = TinyBin.build(request);
        for (Diagnostic d : result.diagnostics().all()) {
            if (!d.isError()) {
                for (String line : DiagnosticFormatter.lines(d)) {
                    getLog().warn(line);
                }
            }
        }
        try {
            if (listing && result.listing() != null) {
                ExecutableFile.writePlain(listingFile(program), result.listing().getBytes(StandardCharsets.UTF_8));
            }
            if (!result.succeeded()) {
                ExecutableFile.deleteStale(out);
                Files.deleteIfExists(stateFile);
                return errorsOnly(result.diagnostics());
            }
            byte[] bytes = result.bytes();
            if (maxSize != null && bytes.length > maxSize) {
                ExecutableFile.deleteStale(out);
                Files.deleteIfExists(stateFile);
                return "tinybin: error: " + program.name() + " is " + bytes.length + " bytes, over the maxSize budget of "
                        + maxSize + " bytes by " + (bytes.length - maxSize) + "\n";
            }
            ExecutableFile.writeExecutable(out, bytes);
            new BuildState(inputs, BuildState.sha256(bytes), bytes.length).write(stateFile);
            getLog().info(program.name() + ": " + bytes.length + " bytes" + change(previous, bytes.length)
                    + " -> " + out);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write " + out + ": " + e.getMessage(), e);
        }
        return null;
    }

    private static boolean matchesOutput(Path out, BuildState previous) {
        try {
            return Files.isRegularFile(out) && Files.size(out) == previous.size
                    && BuildState.sha256(Files.readAllBytes(out)).equals(previous.output);
        } catch (IOException e) {
            return false;
        }
    }

    private static String change(BuildState previous, long size) {
        if (previous == null) {
            return "";
        }
        long delta = size - previous.size;
        return delta == 0 ? " (unchanged since last build)"
                : " (" + (delta > 0 ? "+" : "") + delta + " since last build)";
    }

    private Path listingFile(Program program) {
        return outputDirectory.toPath().resolve(program.name() + ".lst");
    }

    private String fingerprint(Program program, BuildRequest request, BuildSettings settings) throws IOException {
        BuildState.Fingerprint f = new BuildState.Fingerprint()
                .add("plugin", Version.get())
                .add("name", program.name())
                .add("entry", request.entry)
                .add("layout", request.layout)
                .add("format", request.format)
                .add("base", request.baseAddress)
                .add("pie", request.pie)
                .add("debug", request.debug)
                .add("maxSize", maxSize)
                .add("defines", request.assembler.defines)
                .add("includeDirectories", request.assembler.includeDirectories);
        if (program.source() == null) {
            f.add("message", request.message);
        } else {
            f.addFile(program.source());
            f.addTree(program.source().getParent());
            f.addTree(sourceDirectory.toPath());
            for (Path dir : request.assembler.includeDirectories) {
                f.addTree(dir);
            }
        }
        for (LimitSetting limit : LimitSetting.values()) {
            f.add("limit." + limit.key(), limit.value(request.assembler.limits));
        }
        return f.hex();
    }

    private static String errorsOnly(Diagnostics diagnostics) {
        Diagnostics errors = new Diagnostics();
        for (Diagnostic d : diagnostics.all()) {
            if (d.isError()) {
                errors.report(d);
            }
        }
        String text = DiagnosticFormatter.format(errors);
        return diagnostics.dropped() > 0
                ? text + "tinybin: note: " + diagnostics.dropped() + " more diagnostics not shown\n" : text;
    }

    private static String names(List<Program> programs) {
        List<String> names = new ArrayList<>();
        for (Program p : programs) {
            names.add(p.name());
        }
        return String.join(", ", names);
    }

    /** The plugin-wide parameters, validated once per execution. */
    private BuildSettings settings() throws MojoFailureException {
        BuildSettings s = new BuildSettings();
        s.message = BuiltinProgram.expandEscapes(message == null ? "" : message);
        try {
            s.baseAddress = baseAddress == null || baseAddress.isBlank()
                    ? ElfOptions.DEFAULT_BASE : BuildRequest.parseBaseAddress(baseAddress);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Invalid value for parameter 'baseAddress' (property tinybin.baseAddress): "
                    + e.getMessage());
        }
        if (entry == null || entry.isBlank()) {
            throw new MojoFailureException("Invalid value '' for parameter 'entry' (property tinybin.entry): "
                    + "a symbol name is required");
        }
        if (maxSize != null && maxSize <= 0) {
            throw new MojoFailureException("Invalid value '" + maxSize + "' for parameter 'maxSize' "
                    + "(property tinybin.maxSize): a positive number of bytes is required");
        }
        if (defines != null) {
            for (Map.Entry<String, String> d : defines.entrySet()) {
                if (!BuildRequest.isDefineName(d.getKey())) {
                    throw new MojoFailureException("Invalid name '" + d.getKey() + "' in parameter 'defines': "
                            + "a nasm identifier is required (letters, digits, _ . ? $ @ # ~, not starting with a digit)");
                }
                s.defines.put(d.getKey(), d.getValue());
            }
        }
        if (limits != null) {
            for (Map.Entry<String, String> l : limits.entrySet()) {
                LimitSetting limit = LimitSetting.byKey(l.getKey());
                if (limit == null) {
                    throw new MojoFailureException("Unknown limit '" + l.getKey() + "' in parameter 'limits': "
                            + "known limits are " + LimitSetting.keys());
                }
                try {
                    limit.apply(s.limits, l.getValue() == null ? "" : l.getValue());
                } catch (IllegalArgumentException e) {
                    throw new MojoFailureException("Invalid value '" + l.getValue() + "' for limit '" + l.getKey()
                            + "' in parameter 'limits': " + e.getMessage());
                }
            }
        }
        if (includeDirectories != null) {
            for (File dir : includeDirectories) {
                Path p = project.getBasedir().toPath().resolve(dir.toPath()).normalize();
                if (!Files.isDirectory(p)) {
                    throw new MojoFailureException("Invalid value '" + dir + "' in parameter 'includeDirectories': "
                            + "not a directory");
                }
                s.includeDirectories.add(p);
            }
        }
        s.listing = listing;
        s.pie = pie;
        s.debug = debug;
        return s;
    }

    /** Plugin-wide settings, mapped onto each program's request. */
    private static final class BuildSettings {
        String message;
        long baseAddress;
        final Limits limits = new Limits();
        final Map<String, String> defines = new LinkedHashMap<>();
        final List<Path> includeDirectories = new ArrayList<>();
        boolean listing;
        boolean pie;
        boolean debug;

        BuildRequest request(Program program, Path basedir) {
            BuildRequest r = new BuildRequest();
            r.source = program.source();
            r.sourceDisplayName = program.displayName();
            r.message = message;
            r.layout = program.layout();
            r.entry = program.entry();
            r.baseAddress = baseAddress;
            r.pie = pie;
            r.debug = debug;
            r.assembler.defines.putAll(defines);
            r.assembler.includeDirectories.addAll(includeDirectories);
            r.assembler.workingDirectory = basedir;
            r.assembler.listing = listing;
            r.assembler.limits = limits.copy();
            return r;
        }
    }
}
