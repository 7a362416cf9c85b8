// A treatment that claims to reduce likelihood but names no control: BUILD FAILURE, and the log says which check
// (and its clause) found what, on which entity, at which file and line. The reports are written all the same.
import groovy.json.JsonSlurper

String log = new File(basedir, 'build.log').text
// Short messages instead of Groovy's power assert, which would print the whole log.
def logHas = { String s -> if (!log.contains(s)) throw new AssertionError("build.log does not contain: " + s) }
def logLacks = { String s -> if (log.contains(s)) throw new AssertionError("build.log contains: " + s) }
def logMatches = { String re -> if (!(log =~ re).find()) throw new AssertionError("build.log matches no /" + re + "/") }
logHas('BUILD FAILURE')
logHas('clause 5.3.4')
logMatches(/src\/plan\/risks\.ttl:32 +ERROR mitigating-treatment-names-control +T-1 /)
logHas('<https://plan.harbour-ferry.example/#treat-screening>')
logMatches(/has \d+ findings? at or above ERROR/)
logMatches(/src\/plan\/risks\.ttl:32 ERROR mitigating-treatment-names-control \(clause 5\.3\.4\) T-1/)
logLacks('Caused by:'); logLacks(' at org.secplan.'); logHas('display/MAVEN/MojoFailureException')


File out = new File(basedir, 'target/secplan')
def findings = new JsonSlurper().parse(new File(out, 'findings.json')).findings
def f = findings.find { it.id == 'mitigating-treatment-names-control' }
assert f.severity == 'ERROR' && f.clause == '5.3.4' && f.identifier == 'T-1'
assert f.focus == 'https://plan.harbour-ferry.example/#treat-screening'
assert f.file == 'risks.ttl' && f.line == 32

def sarif = new JsonSlurper().parse(new File(out, 'findings.sarif'))
def r = sarif.runs[0].results.find { it.ruleId == 'mitigating-treatment-names-control' }
assert r.level == 'error'
assert r.locations[0].physicalLocation.artifactLocation.uri == 'src/plan/risks.ttl'
assert r.locations[0].physicalLocation.region.startLine == 32
assert !new File(out, '.check.sha256').exists() : 'a failed check is not remembered as up to date'
return true
