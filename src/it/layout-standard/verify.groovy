def it = evaluate(new File(basedir, '../../../src/it/lib/support.groovy'))
def elf = evaluate(new File(basedir, '../../../src/it/lib/elf.groovy'))

def exe = new File(basedir, 'target/layout-standard')
it.assertRuns(exe, 'layout s: W^X\n', 7)
assert elf.elfType(it.bytes(exe)) == 2: 'ET_EXEC expected'
def readelf = elf.assertReadelfClean(exe)
if (readelf != null) {
    for (section in ['.text', '.rodata', '.data', '.bss', '.symtab', '.strtab', '.shstrtab', '.debug_line', '.debug_info']) {
        assert readelf =~ /(?m)^\s+\[\s*\d+\]\s+\Q${section}\E\s/: "no section ${section}:\n${readelf}"
    }
    assert readelf =~ /(?m)\sGLOBAL\s+DEFAULT\s+\d+\s+_start$/: "_start is not a global symbol:\n${readelf}"
    assert readelf =~ /(?m)\sLOCAL\s+DEFAULT\s+\d+\s+buffer$/: "label buffer is not a symbol:\n${readelf}"
}
if (elf.onPath('objdump')) {
    // the DWARF line table names the source file
    def lines = elf.tool(['objdump', '--dwarf=decodedline', exe.absolutePath])
    assert lines.exit == 0 && lines.err.isEmpty(): "objdump --dwarf=decodedline: ${lines.err}"
    assert lines.out.contains('layout-standard.asm'): "no line table for the source:\n${lines.out}"
}
it.assertNoStackTrace(it.log(basedir))
return true
