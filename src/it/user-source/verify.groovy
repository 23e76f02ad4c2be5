def it = evaluate(new File(basedir, '../../../src/it/lib/support.groovy'))

// named after the source, not the artifactId
assert !new File(basedir, 'target/user-source').exists()
def exe = new File(basedir, 'target/exit7')
it.assertRuns(exe, '', 7)
return true
