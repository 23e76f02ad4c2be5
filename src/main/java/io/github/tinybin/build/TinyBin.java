package io.github.tinybin.build;

import io.github.tinybin.asm.Assembler;
import io.github.tinybin.asm.AssemblyResult;
import io.github.tinybin.asm.SectionPlacement;
import io.github.tinybin.asm.SourceText;
import io.github.tinybin.asm.x86.X86Encoder;
import io.github.tinybin.diag.Diagnostics;
import io.github.tinybin.elf.ElfOptions;
import io.github.tinybin.elf.Layout;
import io.github.tinybin.elf.Layouts;
import java.io.IOException;
import java.nio.file.Files;

/**
 * The one call the CLI and the Mojo make: a {@link BuildRequest} in, bytes and diagnostics out.
 * Never throws for bad input or missing files.
 */
public final class TinyBin {
    private static final Assembler ASSEMBLER = new Assembler(new X86Encoder());

    private TinyBin() {
    }

    public static BuildResult build(BuildRequest request) {
        try {
            return buildUnguarded(request);
        } catch (OutOfMemoryError e) {
            // everything the build allocated is garbage once we are here, so reporting is safe
            Diagnostics diagnostics = new Diagnostics();
            diagnostics.error("out of memory: the program needs more than the "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB of heap Java was given;"
                    + " lower --limit-lines or give Java more memory (-Xmx)");
            return new BuildResult(null, null, diagnostics);
        }
    }

    private static BuildResult buildUnguarded(BuildRequest request) {
        Diagnostics diagnostics = new Diagnostics();
        SourceText source = readSource(request, diagnostics);
        if (source == null) {
            return new BuildResult(null, null, diagnostics);
        }
        if (request.format == OutputFormat.BIN) {
            return buildFlatBinary(source, request);
        }
        Layout layout = Layouts.byName(request.layout);
        if (layout == null) {
            diagnostics.error("unknown layout '" + request.layout + "'; known layouts: "
                    + String.join(", ", Layouts.names()));
            return new BuildResult(null, null, diagnostics);
        }
        ElfOptions elf = request.elfOptions();
        AssemblyResult program = ASSEMBLER.assemble(source, request.assembler, layout.placement(elf));
        if (program.diagnostics().hasErrors()) {
            return new BuildResult(null, program.listing(), program.diagnostics());
        }
        byte[] bytes = layout.write(program, elf, program.diagnostics());
        return new BuildResult(program.diagnostics().hasErrors() ? null : bytes, program.listing(),
                program.diagnostics());
    }

    private static BuildResult buildFlatBinary(SourceText source, BuildRequest request) {
        SectionPlacement placement = FlatBinary.placement();
        AssemblyResult program = ASSEMBLER.assemble(source, request.assembler, placement);
        if (program.diagnostics().hasErrors()) {
            return new BuildResult(null, program.listing(), program.diagnostics());
        }
        byte[] bytes = FlatBinary.write(program, program.diagnostics(), request.assembler.limits.outputBytes);
        return new BuildResult(program.diagnostics().hasErrors() ? null : bytes, program.listing(),
                program.diagnostics());
    }

    private static SourceText readSource(BuildRequest request, Diagnostics diagnostics) {
        if (request.source == null) {
            request.assembler.defines.put(BuiltinProgram.MESSAGE_DEFINE,
                    BuiltinProgram.messageLiteral(request.message));
            if (request.pie) {
                request.assembler.defines.put(BuiltinProgram.PIE_DEFINE, null);
            }
            return request.format == OutputFormat.ELF ? BuiltinProgram.source(request.layout) : BuiltinProgram.source();
        }
        String name = request.sourceDisplayName != null ? request.sourceDisplayName : request.source.toString();
        if (!Files.isRegularFile(request.source)) {
            diagnostics.error(Files.exists(request.source)
                    ? name + ": not a regular file"
                    : name + ": no such file");
            return null;
        }
        try {
            return new SourceText(name, request.source.toAbsolutePath(), Files.readAllBytes(request.source));
        } catch (IOException | OutOfMemoryError e) {
            diagnostics.error(name + ": cannot read: " + e.getMessage());
            return null;
        }
    }
}
