// ELF checks shared by the layout-* ITs' verify.groovy scripts:
//   def elf = evaluate(new File(basedir, '../../../src/it/lib/elf.groovy'))
import java.nio.file.Files
import java.util.concurrent.TimeUnit

class ElfItSupport {
    static boolean onPath(String tool) {
        System.getenv('PATH').split(File.pathSeparator).any { new File(it, tool).canExecute() }
    }

    /** Runs a tool; returns [exit: int, out: String, err: String]. */
    static Map tool(List<String> cmd) {
        def p = new ProcessBuilder(cmd).start()
        p.outputStream.close()
        def out = new ByteArrayOutputStream()
        def err = new ByteArrayOutputStream()
        def t1 = Thread.start { out << p.inputStream }
        def t2 = Thread.start { err << p.errorStream }
        assert p.waitFor(60, TimeUnit.SECONDS): "${cmd} did not finish"
        t1.join(); t2.join()
        [exit: p.exitValue(), out: new String(out.toByteArray(), 'UTF-8'), err: new String(err.toByteArray(), 'UTF-8')]
    }

    /**
     * {@code readelf -h} and {@code readelf -a -W} read the file without a warning or error (when
     * readelf is installed); returns readelf -a -W's output, or null without readelf.
     */
    static String assertReadelfClean(File exe) {
        if (!onPath('readelf')) {
            println "readelf not found: skipping the readelf checks of ${exe.name}"
            return null
        }
        for (args in [['-h'], ['-a', '-W']]) {
            def r = tool(['readelf'] + args + [exe.absolutePath])
            assert r.exit == 0: "readelf ${args.join(' ')} ${exe.name} exited ${r.exit}: ${r.err}"
            assert r.err.isEmpty(): "readelf ${args.join(' ')} ${exe.name} complained: ${r.err}"
            assert !(r.out =~ /(?i)warning|error/): "readelf ${args.join(' ')} ${exe.name}:\n${r.out}"
        }
        tool(['readelf', '-a', '-W', exe.absolutePath]).out
    }

    /** e_type: 2 ET_EXEC, 3 ET_DYN. */
    static int elfType(byte[] bytes) {
        (bytes[16] & 0xff) | (bytes[17] & 0xff) << 8
    }
}
new ElfItSupport()
