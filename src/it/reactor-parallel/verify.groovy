def it = evaluate(new File(basedir, '../../../src/it/lib/support.groovy'))

def log = it.log(basedir)
assert log.contains('with a thread count of 2') || log.contains('threads: 2'): 'not a parallel build'
assert !log.contains('[WARNING] *****'): 'Maven warned about a plugin that is not thread-safe'
it.assertRuns(new File(basedir, 'one/target/one'), 'one\n', 0)
it.assertRuns(new File(basedir, 'two/target/two'), 'two\n', 0)
return true
