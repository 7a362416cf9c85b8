// A stray '}' in a Turtle file: BUILD FAILURE (not BUILD ERROR) naming the file, line and column, no stack trace.
String log = new File(basedir, 'build.log').text
// Short messages instead of Groovy's power assert, which would print the whole log.
def logHas = { String s -> if (!log.contains(s)) throw new AssertionError("build.log does not contain: " + s) }
def logLacks = { String s -> if (log.contains(s)) throw new AssertionError("build.log contains: " + s) }
def logMatches = { String re -> if (!(log =~ re).find()) throw new AssertionError("build.log matches no /" + re + "/") }
logHas('BUILD FAILURE')
logHas('src/plan/risks.ttl:16:32: ')
logHas('cannot be loaded: 1 problem')
logLacks('Caused by:'); logLacks(' at org.secplan.'); logHas('display/MAVEN/MojoFailureException')
assert !new File(basedir, 'target/secplan/findings.json').exists()
return true
