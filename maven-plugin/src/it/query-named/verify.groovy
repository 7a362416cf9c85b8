// orphan-controls lists the controls no treatment asks for and no obligation needs: C-2 and C-3, not C-1.
File csv = new File(basedir, 'target/orphan-controls.csv')
assert csv.isFile()
List<String> lines = csv.readLines('UTF-8')
assert lines[0] == 'controlId,controlLabel,domain,status,ownerId,protects'
def rows = lines.drop(1).collect { it.split(',', -1) as List }
assert rows*.get(0) == ['C-2', 'C-3']
assert rows[0][1] == 'CCTV coverage of the quay'
assert rows[0][4] == 'ROLE-SO'
assert rows[0][5] == 'A-1'
assert rows[1][1] == 'Visitor badges at the ticket office'
assert rows[1][5] == ''

String log = new File(basedir, 'build.log').text
// Short messages instead of Groovy's power assert, which would print the whole log.
def logHas = { String s -> if (!log.contains(s)) throw new AssertionError("build.log does not contain: " + s) }
def logLacks = { String s -> if (log.contains(s)) throw new AssertionError("build.log contains: " + s) }
def logMatches = { String re -> if (!(log =~ re).find()) throw new AssertionError("build.log matches no /" + re + "/") }
logHas('secplan: 2 rows written to target/orphan-controls.csv (csv)')
return true
