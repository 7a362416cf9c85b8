// Two plan modules checked and rendered at the same time in one JVM: each module's reports and site are its
// own, and Maven does not warn about a plugin that is not thread-safe.
import groovy.json.JsonSlurper

String log = new File(basedir, 'build.log').text
// Short messages instead of Groovy's power assert, which would print the whole log.
def logHas = { String s -> if (!log.contains(s)) throw new AssertionError("build.log does not contain: " + s) }
def logLacks = { String s -> if (log.contains(s)) throw new AssertionError("build.log contains: " + s) }
def logMatches = { String re -> if (!(log =~ re).find()) throw new AssertionError("build.log matches no /" + re + "/") }
logHas('BUILD SUCCESS')
logHas('with a thread count of 2')
logLacks('not marked as @threadSafe')
logLacks('not marked as thread safe')

Map expected = [
    'plan-a': [ns: 'https://plan.harbour-ferry.example/#', ids: ['SP-HF', 'R-1', 'C-1'],
               base: '/plan-a/', path: 'src/plan/'],
    // plan-b writes its SARIF paths relative to the reactor root (sarifBaseDirectory)
    'plan-b': [ns: 'https://plan.lakeside-library.example/#', ids: ['SP-LL', 'LIB-R-1', 'LIB-C-1'],
               base: '/reactor-t2/', path: 'plan-b/src/plan/'],
]
expected.each { module, plan ->
    File out = new File(basedir, "${module}/target/secplan")
    def findings = new JsonSlurper().parse(new File(out, 'findings.json')).findings
    assert findings : "${module} has findings"
    assert findings.every { it.focus.startsWith(plan.ns) } : "${module}'s report holds only its own plan"
    assert plan.ids.every { id -> findings.any { it.identifier == id } }
    def sarif = new JsonSlurper().parse(new File(out, 'findings.sarif'))
    assert sarif.runs[0].originalUriBaseIds.PROJECTROOT.uri.endsWith(plan.base)
    assert sarif.runs[0].results.every { it.locations[0].physicalLocation.artifactLocation.uri.startsWith(plan.path) }
    assert new File(out, 'junit/TEST-secplan.xml').isFile()
    // plans without audiences get one edition, 'all', that reads everything
    assert new File(out, 'site/all/index.html').isFile()
}
return true
