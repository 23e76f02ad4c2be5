def it = evaluate(new File(basedir, '../../../src/it/lib/support.groovy'))

def log = it.log(basedir)
// Maven prints every line of the failure message with its own [ERROR] prefix, so the caret stays aligned
def lines = log.readLines().collect { it.startsWith('[ERROR] ') ? it.substring(8) : it }
int at = lines.findIndexOf { it =~ /src\/main\/asm\/broken\.asm:3:\d+: error: / }
assert at >= 0: 'no file:line:column: error: line in build.log'
assert lines[at + 1] == '_start: mov     eax, ]': "source line not shown: ${lines[at + 1]}"
assert lines[at + 2] =~ /^ *\^$/: "caret line not shown: ${lines[at + 2]}"
it.assertNoStackTrace(log)
assert !new File(basedir, 'target/broken').exists(): 'an output file was left'
return true
