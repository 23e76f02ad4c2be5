def it = evaluate(new File(basedir, '../../../src/it/lib/support.groovy'))

def log = it.log(basedir)
assert log.contains('run-goal-hang did not finish within 2 s (parameter \'timeout\', property tinybin.run.timeout) and was killed'): log
it.assertNoStackTrace(log)
// killed: no process of it is left running
def ps = ['ps', '-eo', 'args'].execute().text
assert !ps.readLines().any { it.contains('run-goal-hang/target/run-goal-hang') }
return true
