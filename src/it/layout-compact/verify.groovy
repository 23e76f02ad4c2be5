def it = evaluate(new File(basedir, '../../../src/it/lib/support.groovy'))
def elf = evaluate(new File(basedir, '../../../src/it/lib/elf.groovy'))

def exe = new File(basedir, 'target/layout-compact')
it.assertRuns(exe, 'layout c: W^X\n', 7)
def bytes = it.bytes(exe)
assert elf.elfType(bytes) == 2: 'ET_EXEC expected'
def readelf = elf.assertReadelfClean(exe)
if (readelf != null) {
    assert readelf =~ /(?m)^\s+LOAD\s.*\sR E\s/: "no R+X segment:\n${readelf}"
    assert readelf =~ /(?m)^\s+LOAD\s.*\sRW\s/: "no RW segment:\n${readelf}"
    assert readelf =~ /(?m)^\s+GNU_STACK\s.*\sRW\s/: "no non-executable stack:\n${readelf}"
    assert !(readelf =~ /RWE/): "a segment is writable and executable:\n${readelf}"
    assert readelf.contains('There are no sections in this file'): "compact has no section headers:\n${readelf}"
}
it.assertNoStackTrace(it.log(basedir))
return true
