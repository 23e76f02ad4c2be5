def it = evaluate(new File(basedir, '../../../src/it/lib/support.groovy'))

def log = it.log(basedir)
assert log.contains('run-goal-mismatch failed its check: standard output differs: first difference at byte 5 '
        + '(expected 7 bytes, got 7): expected "Hello?\\n", actual "Hello!\\n"'): log
it.assertNoStackTrace(log)
return true
