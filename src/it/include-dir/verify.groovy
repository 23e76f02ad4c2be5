def it = evaluate(new File(basedir, '../../../src/it/lib/support.groovy'))

it.assertRuns(new File(basedir, 'target/status'), '', 42)
return true
