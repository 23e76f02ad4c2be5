def it = evaluate(new File(basedir, '../../../src/it/lib/support.groovy'))

def log = it.log(basedir)
assert log =~ /\[INFO\] size-change: 145 bytes -> .*target[\/\\]size-change/
assert log =~ /\[INFO\] size-change: 161 bytes \(\+16 since last build\) -> .*target[\/\\]size-change/
it.assertRuns(new File(basedir, 'target/size-change'), 'HelloWorld!!\n', 0)
return true
