def it = evaluate(new File(basedir, '../../../src/it/lib/support.groovy'))

def log = it.log(basedir)
assert log.contains('[INFO] run-goal: ran, exit status 0, 12 bytes of output as expected')
return true
