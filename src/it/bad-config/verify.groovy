def it = evaluate(new File(basedir, '../../../src/it/lib/support.groovy'))

def log = it.log(basedir)
def line = log.readLines().find { it.contains("'nope'") }
assert line != null: 'build.log does not mention the bad value'
assert line.contains("parameter 'layout'"): "not naming the parameter: ${line}"
assert line =~ /allowed values are .*tiny/: "not listing the allowed values: ${line}"
it.assertNoStackTrace(log)
assert !new File(basedir, 'target/bad-config').exists(): 'an output file was left'
return true
