def it = evaluate(new File(basedir, '../../../src/it/lib/support.groovy'))

def log = it.log(basedir)
def line = log.readLines().find { it.contains("'lots'") }
assert line != null: 'build.log does not mention the bad value'
assert line.contains("limit 'rep' in parameter 'limits'"): "not naming the limit and parameter: ${line}"
assert line.contains("expected a whole number from 1 to 9223372036854775807 or 'unlimited'"): "not saying what is allowed: ${line}"
it.assertNoStackTrace(log)
assert !new File(basedir, 'target/limits-invalid').exists(): 'an output file was left'
return true
