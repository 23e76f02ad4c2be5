def it = evaluate(new File(basedir, '../../../src/it/lib/support.groovy'))

def exe = new File(basedir, 'target/packaging')
it.assertRuns(exe, 'Hello!\n', 0)
assert it.hex(it.bytes(exe)) == it.SEED_HEX

// the lifecycle of packaging tinybin binds the build goal by itself
def log = it.log(basedir)
assert log.contains("tinybin:${pluginVersion}:build (default-build) @ packaging")

[new File(localRepositoryPath, 'io/github/tinybin/it/packaging/1.0'),
 new File(basedir, 'target/deploy-repo/io/github/tinybin/it/packaging/1.0')].each { dir ->
    def published = dir.listFiles()*.name.findAll { !(it =~ /\.(md5|sha1|sha256|sha512)$|^_|^maven-metadata|\.repositories$/) }.sort()
    assert published == ['packaging-1.0.exe', 'packaging-1.0.pom']: "${dir}: ${published}"
    assert it.hex(it.bytes(new File(dir, 'packaging-1.0.exe'))) == it.SEED_HEX
}
return true
