def it = evaluate(new File(basedir, '../../../src/it/lib/support.groovy'))

def log = it.log(basedir)
def error = log.readLines().find { it =~ /limits\.asm:5:\d+: error: / }
assert error != null: "build.log has no error at the %rep line (limits.asm:5):\n${log}"
assert error.contains('limit'): "the error does not mention the limit: ${error}"
assert log.contains('%rep 5'): 'the source line is not shown'
it.assertNoStackTrace(log)
assert !new File(basedir, 'target/limits').exists(): 'an output file was left'
return true
