package io.github.tinybin.maven;

import io.github.tinybin.elf.ElfOptions;
import io.github.tinybin.elf.Layouts;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** What the build and run goals share: which programs the project has and where they are written. */
abstract class AbstractTinybinMojo extends AbstractMojo {
    /** The packaging that makes the main program the project's main artifact (see {@code packaging.TinybinPackaging}). */
    static final String PACKAGING = "tinybin";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /**
     * Where the assembly sources are. Every file matching {@code includes} and not {@code excludes}
     * is one program, named after the file. Without any, the built-in Hello program is built.
     */
    @Parameter(property = "tinybin.sourceDirectory", defaultValue = "${project.basedir}/src/main/asm")
    protected File sourceDirectory;

    /**
     * Ant-style patterns, relative to {@code sourceDirectory}, of the sources that are programs.
     */
    @Parameter(defaultValue = "**/*.asm")
    protected String[] includes;

    /**
     * Ant-style patterns, relative to {@code sourceDirectory}, of sources that are not programs. The
     * default leaves out the {@code include/} folder, the place for files that are only reached by
     * {@code %include}.
     */
    @Parameter(defaultValue = "include/**")
    protected String[] excludes;

    /**
     * Per-program settings, replacing the scan of {@code sourceDirectory}: a list of executable
     * elements, each with an optional {@code source}, {@code name}, {@code entry}, {@code layout} and
     * {@code classifier}. An entry without {@code source} is the built-in program.
     */
    @Parameter
    protected List<Executable> executables;

    /**
     * The name of the project's main program: attached with classifier {@code linux-x86_64} (and,
     * under packaging {@code tinybin}, the project's main artifact). Default: the
     * program named like the artifactId, else the only program. Every other program is attached
     * with classifier {@code NAME-linux-x86_64}.
     */
    @Parameter(property = "tinybin.mainProgram")
    protected String mainProgram;

    /** Where the executables are written, each under its program's name. */
    @Parameter(property = "tinybin.outputDirectory", defaultValue = "${project.build.directory}")
    protected File outputDirectory;

    /** Skips the goal. */
    @Parameter(property = "tinybin.skip", defaultValue = "false")
    protected boolean skip;

    protected List<Program> planPrograms() throws MojoFailureException {
        ProgramPlanner planner = new ProgramPlanner();
        planner.basedir = project.getBasedir().toPath();
        planner.artifactId = project.getArtifactId();
        planner.sourceDirectory = sourceDirectory == null ? null : sourceDirectory.toPath();
        planner.includes = includes == null ? List.of() : Arrays.asList(includes);
        planner.excludes = excludes == null ? List.of() : Arrays.asList(excludes);
        planner.executables = executables == null ? List.of() : executables;
        planner.mainProgram = mainProgram;
        planner.entry = defaultEntry();
        planner.layout = defaultLayout();
        try {
            return planner.plan();
        } catch (ConfigurationProblem e) {
            throw new MojoFailureException(e.getMessage());
        }
    }

    /** The layout of programs that do not name one; only the build goal lets users change it. */
    protected String defaultLayout() {
        return Layouts.DEFAULT;
    }

    /** The entry symbol of programs that do not name one; only the build goal lets users change it. */
    protected String defaultEntry() {
        return ElfOptions.DEFAULT_ENTRY;
    }

    protected Path outputFile(Program program) {
        return outputDirectory.toPath().resolve(program.name());
    }
}
