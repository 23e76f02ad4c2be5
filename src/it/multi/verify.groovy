def it = evaluate(new File(basedir, '../../../src/it/lib/support.groovy'))

it.assertRuns(new File(basedir, 'target/multi'), 'main\n', 0)
it.assertRuns(new File(basedir, 'target/tool-a'), 'tool a\n', 0)
it.assertRuns(new File(basedir, 'target/tool-b'), 'tool b\n', 3)
assert !new File(basedir, 'target/common').exists(): 'include/ holds no programs'

def repo = new File(localRepositoryPath, 'io/github/tinybin/it/multi/1.0')
[['multi', 'multi-1.0-linux-x86_64.exe'],
 ['tool-a', 'multi-1.0-tool-a-linux-x86_64.exe'],
 ['tool-b', 'multi-1.0-tool-b-linux-x86_64.exe']].each { name, file ->
    def installed = new File(repo, file)
    assert installed.isFile(): "not installed: ${installed}"
    assert it.hex(it.bytes(installed)) == it.hex(it.bytes(new File(basedir, "target/${name}")))
}
def exes = repo.listFiles().findAll { it.name.endsWith('.exe') }*.name.sort()
assert exes == ['multi-1.0-linux-x86_64.exe', 'multi-1.0-tool-a-linux-x86_64.exe', 'multi-1.0-tool-b-linux-x86_64.exe']
return true
