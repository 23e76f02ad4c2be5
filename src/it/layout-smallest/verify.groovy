def it = evaluate(new File(basedir, '../../../src/it/lib/support.groovy'))

def exe = new File(basedir, 'target/layout-smallest')
def bytes = it.bytes(exe)
assert bytes.length <= 96: "the built-in Hello under smallest is ${bytes.length} bytes, over 96"
assert it.hex(bytes).startsWith('7f454c46'): 'no ELF magic'
it.assertRuns(exe, 'Hello!\n', 0)
def log = it.log(basedir)
assert log =~ /\[INFO\] layout-smallest: ${bytes.length} bytes -> /
it.assertNoStackTrace(log)
return true
