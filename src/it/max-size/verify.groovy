def it = evaluate(new File(basedir, '../../../src/it/lib/support.groovy'))

def log = it.log(basedir)
assert log.contains('max-size is 145 bytes, over the maxSize budget of 100 bytes by 45'): log
it.assertNoStackTrace(log)
assert !new File(basedir, 'target/max-size').exists(): 'an over-budget executable was left'
return true
