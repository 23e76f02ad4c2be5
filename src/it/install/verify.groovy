def it = evaluate(new File(basedir, '../../../src/it/lib/support.groovy'))

def built = new File(basedir, 'target/install')
def installed = new File(localRepositoryPath, 'io/github/tinybin/it/install/1.0/install-1.0-linux-x86_64.exe')
assert installed.isFile(): "not installed: ${installed}"
assert it.hex(it.bytes(installed)) == it.hex(it.bytes(built))
assert it.hex(it.bytes(installed)) == it.SEED_HEX
assert new File(localRepositoryPath, 'io/github/tinybin/it/install/1.0/install-1.0.pom').isFile()
return true
