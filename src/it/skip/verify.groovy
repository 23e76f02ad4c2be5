def it = evaluate(new File(basedir, '../../../src/it/lib/support.groovy'))

assert it.log(basedir).contains('[INFO] Skipping tinybin:build (tinybin.skip)')
assert !new File(basedir, 'target/skip').exists()
return true
