def it = evaluate(new File(basedir, '../../../src/it/lib/support.groovy'))

it.assertRuns(new File(basedir, 'target/exit3'), '', 3)
def lst = new File(basedir, 'target/exit3.lst')
assert lst.isFile(): 'no listing'
def text = lst.getText('UTF-8')
// nasm -l style: the machine code of each line next to its source
assert text.readLines().any { it.contains('BF03000000') && it.contains('mov     edi, 3') }: text
assert text.readLines().any { it.contains('0F05') && it.contains('syscall') }: text
return true
