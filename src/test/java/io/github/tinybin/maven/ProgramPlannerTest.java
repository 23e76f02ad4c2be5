package io.github.tinybin.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tinybin.elf.Layouts;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgramPlannerTest {
    @TempDir
    Path basedir;

    private ProgramPlanner planner() {
        ProgramPlanner p = new ProgramPlanner();
        p.basedir = basedir;
        p.artifactId = "app";
        p.sourceDirectory = basedir.resolve("src/main/asm");
        p.excludes = List.of("include/**");
        p.entry = "_start";
        p.layout = Layouts.DEFAULT;
        return p;
    }

    private void source(String relative) throws IOException {
        Path file = basedir.resolve("src/main/asm").resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "; test\n");
    }

    private static String describe(List<Program> programs) {
        StringBuilder sb = new StringBuilder();
        for (Program p : programs) {
            sb.append(p.name()).append('=').append(p.classifier()).append(p.main() ? "*" : "").append(' ');
        }
        return sb.toString().trim();
    }

    @Test
    void noSourcesMeansTheBuiltinProgramNamedAfterTheArtifact() throws ConfigurationProblem {
        List<Program> programs = planner().plan();
        assertEquals("app=linux-x86_64*", describe(programs));
        assertNull(programs.get(0).source());
        assertEquals("<builtin>/hello.asm", programs.get(0).displayName());
    }

    @Test
    void theOnlySourceIsTheMainProgram() throws Exception {
        source("exit7.asm");
        List<Program> programs = planner().plan();
        assertEquals("exit7=linux-x86_64*", describe(programs));
        assertEquals("src/main/asm/exit7.asm", programs.get(0).displayName());
    }

    @Test
    void addingASourceNeverRenamesTheMainProgram() throws Exception {
        source("app.asm");
        assertEquals("app=linux-x86_64*", describe(planner().plan()));
        source("tools/zz.asm");
        source("b.asm");
        source("include/macros.asm");
        source("notes.txt");
        assertEquals("app=linux-x86_64* b=b-linux-x86_64 zz=zz-linux-x86_64", describe(planner().plan()));
    }

    @Test
    void severalProgramsWithoutOneNamedLikeTheArtifactHaveNoMain() throws Exception {
        source("a.asm");
        source("b.asm");
        assertEquals("a=a-linux-x86_64 b=b-linux-x86_64", describe(planner().plan()));
        ProgramPlanner p = planner();
        p.mainProgram = "b";
        assertEquals("a=a-linux-x86_64 b=linux-x86_64*", describe(p.plan()));
    }

    @Test
    void executablesReplaceTheScan() throws Exception {
        source("a.asm");
        source("b.asm");
        ProgramPlanner p = planner();
        Executable one = new Executable();
        one.setSource(new File("src/main/asm/a.asm"));
        one.setName("tool");
        one.setEntry("main");
        Executable builtin = new Executable();
        builtin.setClassifier("hello-x");
        p.executables = List.of(one, builtin);
        List<Program> programs = p.plan();
        assertEquals("tool=tool-linux-x86_64 app=hello-x*", describe(programs));
        assertEquals("main", programs.get(0).entry());
        assertEquals(basedir.resolve("src/main/asm/a.asm"), programs.get(0).source());
        assertNull(programs.get(1).source());
    }

    @Test
    void badValuesNameTheParameterTheValueAndWhatIsAllowed() throws Exception {
        ProgramPlanner p = planner();
        p.layout = "nope";
        assertEquals("Invalid value 'nope' for parameter 'layout' (property tinybin.layout): allowed values are "
                + String.join(", ", Layouts.names()), assertThrows(ConfigurationProblem.class, p::plan).getMessage());

        source("a.asm");
        p = planner();
        p.mainProgram = "zz";
        assertEquals("Invalid value 'zz' for parameter 'mainProgram' (property tinybin.mainProgram): "
                + "allowed values are the programs' names: a", assertThrows(ConfigurationProblem.class, p::plan).getMessage());

        p = planner();
        Executable missing = new Executable();
        missing.setSource(new File("nope.asm"));
        p.executables = List.of(missing);
        assertEquals("Invalid value 'nope.asm' for parameter 'executables[0].source': no such file",
                assertThrows(ConfigurationProblem.class, p::plan).getMessage());

        p = planner();
        Executable badName = new Executable();
        badName.setName("a/b");
        p.executables = List.of(badName);
        assertTrue(assertThrows(ConfigurationProblem.class, p::plan).getMessage()
                .startsWith("Invalid value 'a/b' for parameter 'executables[0].name': a plain file name is required"));
    }

    @Test
    void twoSourcesWithTheSameNameAreRejected() throws Exception {
        source("x/tool.asm");
        source("y/tool.asm");
        String message = assertThrows(ConfigurationProblem.class, planner()::plan).getMessage();
        assertEquals("Two programs would both be named 'tool': src/main/asm/x/tool.asm and src/main/asm/y/tool.asm; "
                + "give one a <name> in <executables> or exclude it", message);
    }
}
