def it = evaluate(new File(basedir, '../../../src/it/lib/support.groovy'))

def exe = new File(basedir, 'target/hello')
def bytes = it.bytes(exe)
assert bytes.length == 145: "expected the seed's 145 bytes, got ${bytes.length}"
assert it.hex(bytes) == it.SEED_HEX: "bytes differ from the seed's:\n${it.hex(bytes)}"
it.assertRuns(exe, 'Hello!\n', 0)

def log = it.log(basedir)
assert log =~ /\[INFO\] hello: 145 bytes -> .*target[\/\\]hello/
return true
