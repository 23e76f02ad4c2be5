// Helpers shared by the ITs' verify.groovy scripts:
//   def it = evaluate(new File(basedir, '../../../src/it/lib/support.groovy'))
import java.nio.file.Files
import java.util.concurrent.TimeUnit

class ItSupport {
    /** The seed's 145-byte Hello (tiny-rust-demo), byte for byte. */
    static final String SEED_HEX =
        '7f454c460201010948656c6c6f210a0002003e0001000000700040000000000038000000000000000000000000000000' +
        '00000000380038000100000007000000000000000000000000004000000000000000400000000000910000000000000091' +
        '000000000000000010000000000000bf01000000be08004000ba07000000b8010000000f0531ffb83c0000000f050f0b'

    static String hex(byte[] bytes) {
        bytes.encodeHex().toString()
    }

    static byte[] bytes(File f) {
        assert f.isFile(): "missing file ${f}"
        Files.readAllBytes(f.toPath())
    }

    static void assertExecutable(File f) {
        assert f.isFile(): "missing file ${f}"
        assert Files.isExecutable(f.toPath()): "${f} is not executable"
    }

    /** Runs {@code exe}; returns [exit: int, out: byte[], err: String]. Kills it after 10 s. */
    static Map run(File exe, List<String> args = [], byte[] stdin = new byte[0]) {
        def cmd = [exe.absolutePath] + args
        def p = new ProcessBuilder(cmd).start()
        p.outputStream.withStream { it.write(stdin) }
        def out = new ByteArrayOutputStream()
        def err = new ByteArrayOutputStream()
        def t1 = Thread.start { out << p.inputStream }
        def t2 = Thread.start { err << p.errorStream }
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly()
            assert false: "${exe} did not finish within 10 s"
        }
        t1.join(); t2.join()
        [exit: p.exitValue(), out: out.toByteArray(), err: new String(err.toByteArray(), 'UTF-8')]
    }

    /** Runs {@code exe} and checks its exact stdout and exit status. */
    static void assertRuns(File exe, String expectedOut, int expectedExit = 0) {
        assertExecutable(exe)
        def r = run(exe)
        def actual = new String((byte[]) r.out, 'UTF-8')
        assert actual == expectedOut: "stdout of ${exe.name}: expected ${expectedOut.inspect()}, got ${actual.inspect()}"
        assert r.exit == expectedExit: "exit status of ${exe.name}: expected ${expectedExit}, got ${r.exit}"
    }

    /**
     * Runs a nested Maven build of {@code project} with the Maven at {@code mvn}, resolving the plugin
     * under test from the IT local repository. Returns [exit: int, log: String].
     */
    static Map runMaven(File mvn, File project, File localRepo, String userRepository, String pluginVersion,
                       List<String> args) {
        def settings = new File(project, 'it-settings.xml')
        def url = new File(userRepository).toURI().toString()
        settings.text = """<settings>
  <profiles>
    <profile>
      <id>it-repo</id>
      <activation><activeByDefault>true</activeByDefault></activation>
      <repositories><repository><id>local.central</id><url>${url}</url>
        <releases><checksumPolicy>ignore</checksumPolicy></releases><snapshots><checksumPolicy>ignore</checksumPolicy></snapshots></repository></repositories>
      <pluginRepositories><pluginRepository><id>local.central</id><url>${url}</url>
        <releases><checksumPolicy>ignore</checksumPolicy></releases><snapshots><checksumPolicy>ignore</checksumPolicy></snapshots></pluginRepository></pluginRepositories>
    </profile>
  </profiles>
</settings>
"""
        def cmd = ['sh', mvn.absolutePath, '-B', '-s', settings.absolutePath, "-Dmaven.repo.local=${localRepo.absolutePath}",
                   "-Dtinybin.pluginVersion=${pluginVersion}"] + args
        def pb = new ProcessBuilder(cmd.collect { it.toString() }).directory(project).redirectErrorStream(true)
        pb.environment().remove('MAVEN_OPTS')
        pb.environment().remove('MAVEN_ARGS')
        def p = pb.start()
        p.outputStream.close()
        def log = new ByteArrayOutputStream()
        def reader = Thread.start { log << p.inputStream }
        if (!p.waitFor(600, TimeUnit.SECONDS)) {
            p.destroyForcibly()
            assert false: "nested Maven build of ${project} did not finish within 10 minutes"
        }
        reader.join()
        def text = new String(log.toByteArray(), 'UTF-8')
        new File(project, 'build.log').text = text
        [exit: p.exitValue(), log: text]
    }

    static String log(File basedir) {
        new File(basedir, 'build.log').getText('UTF-8')
    }

    static void assertNoStackTrace(String log) {
        assert !(log =~ /(?m)^\s+at [\w.$]+ ?\(/): 'build.log has a stack trace'
        assert !log.contains('Exception in thread'): 'build.log has an uncaught exception'
    }
}
new ItSupport()
