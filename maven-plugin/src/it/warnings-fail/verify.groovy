// The same draft plan fails once warnings count: -Dsecplan.failOnSeverity=WARNING.
String log = new File(basedir, 'build.log').text
// Short messages instead of Groovy's power assert, which would print the whole log.
def logHas = { String s -> if (!log.contains(s)) throw new AssertionError("build.log does not contain: " + s) }
def logLacks = { String s -> if (log.contains(s)) throw new AssertionError("build.log contains: " + s) }
def logMatches = { String re -> if (!(log =~ re).find()) throw new AssertionError("build.log matches no /" + re + "/") }
logHas('BUILD FAILURE')
logMatches(/has \d+ findings at or above WARNING \(secplan.failOnSeverity\)/)
// every finding is logged, grouped by clause; the failure message repeats the first ten
logMatches(/\[WARNING\]   src\/plan\/risks\.ttl:38  WARNING implemented-control-has-test-record  C-1  /)
logMatches(/\[ERROR\]   src\/plan\/[a-z]+\.ttl:\d+ WARNING [a-z-]+ \(clause [\d.]+\) [A-Z0-9-]+: /)
logMatches(/\[ERROR\]   \.\.\. and \d+ more; see the log above or the reports/)
logLacks('Caused by:'); logLacks(' at org.secplan.'); logHas('display/MAVEN/MojoFailureException')
assert new File(basedir, 'target/secplan/findings.sarif').isFile()
return true
