import java.text.SimpleDateFormat

def it = evaluate(new File(basedir, '../../../src/it/lib/support.groovy'))

def exe = new File(basedir, 'target/up-to-date')
it.assertRuns(exe, 'Hello!\n', 0)
def log = it.log(basedir)
assert log.count('[INFO] up-to-date: 145 bytes -> ') == 1: 'built more than once'
def upToDate = log.readLines().find { it.contains('[INFO] up-to-date is up to date: 145 bytes at ') }
assert upToDate != null: 'second build did not say it was up to date'
// the second build started after the file was last written
def stamped = log.readLines().find { it =~ /^\d{4}-\d\d-\d\dT/ }
assert stamped != null: 'second build has no timestamps'
def started = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ").parse(stamped.split(' ')[0])
assert exe.lastModified() < started.time: "rewritten by the second build (${new Date(exe.lastModified())} >= ${started})"
return true
