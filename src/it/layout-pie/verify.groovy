def it = evaluate(new File(basedir, '../../../src/it/lib/support.groovy'))
def elf = evaluate(new File(basedir, '../../../src/it/lib/elf.groovy'))

def exe = new File(basedir, 'target/layout-pie')
assert elf.elfType(it.bytes(exe)) == 3: 'ET_DYN expected for pie'
// loaded at a different random address each time; the program must not care
for (run in 1..3) {
    it.assertRuns(exe, "layout p: W^X\n", 7)
}
def readelf = elf.assertReadelfClean(exe)
if (readelf != null) {
    assert readelf =~ /Type:\s+DYN/: "not a position-independent executable:\n${readelf}"
    assert !(readelf =~ /RWE/): "a segment is writable and executable:\n${readelf}"
}
it.assertNoStackTrace(it.log(basedir))
return true
