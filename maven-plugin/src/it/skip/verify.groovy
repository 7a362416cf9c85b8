String log = new File(basedir, 'build.log').text
// Short messages instead of Groovy's power assert, which would print the whole log.
def logHas = { String s -> if (!log.contains(s)) throw new AssertionError("build.log does not contain: " + s) }
def logLacks = { String s -> if (log.contains(s)) throw new AssertionError("build.log contains: " + s) }
def logMatches = { String re -> if (!(log =~ re).find()) throw new AssertionError("build.log matches no /" + re + "/") }
// build 1: the generated help goal lists every goal
['secplan:check', 'secplan:render', 'secplan:query', 'secplan:help'].each { logHas(it + '\n') }
// build 2: skipped
logHas('secplan: skipping check (secplan.skip is set)')
logHas('secplan: skipping render (secplan.skip is set)')
logHas('BUILD SUCCESS')
assert !new File(basedir, 'target/secplan').exists() : 'a skipped goal writes nothing'
return true
