def it = evaluate(new File(basedir, '../../../src/it/lib/support.groovy'))

def mvn = new File('/usr/share/maven/lib/maven-core-3.x.jar').isFile()
        ? new File('/usr/bin/mvn') : new File(basedir, 'target/maven/apache-maven-3.8.7/bin/mvn')
def version = ['sh', '-c', "'${mvn}' -v"].execute().text
assert version.contains('Apache Maven 3.8.7'): "expected Maven 3.8.7 at ${mvn}:\n${version}"

def hello = new File(basedir, 'projects/hello')
def r = it.runMaven(mvn, hello, localRepositoryPath, userRepository, pluginVersion, ['package'])
assert r.exit == 0: "hello failed under Maven 3.8.7:\n${r.log}"
def exe = new File(hello, 'target/hello')
assert it.hex(it.bytes(exe)) == it.SEED_HEX
it.assertRuns(exe, 'Hello!\n', 0)

def packaging = new File(basedir, 'projects/packaging')
r = it.runMaven(mvn, packaging, localRepositoryPath, userRepository, pluginVersion, ['install'])
assert r.exit == 0: "packaging failed under Maven 3.8.7:\n${r.log}"
it.assertRuns(new File(packaging, 'target/packaging'), 'Hello!\n', 0)
def installed = new File(localRepositoryPath, 'io/github/tinybin/it/maven387/packaging/1.0/packaging-1.0.exe')
assert installed.isFile(): "not installed: ${installed}"
assert it.hex(it.bytes(installed)) == it.SEED_HEX
return true
