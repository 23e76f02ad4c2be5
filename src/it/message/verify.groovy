def it = evaluate(new File(basedir, '../../../src/it/lib/support.groovy'))

def text = 'The quick brown fox jumps over the dogs\n'
assert text.length() == 40
def exe = new File(basedir, 'target/message')
it.assertRuns(exe, text, 0)
// longer than the 8 free bytes of e_ident: the text goes after the code
assert it.bytes(exe).length > 145
return true
