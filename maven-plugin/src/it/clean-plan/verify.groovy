// The sample plan checks clean: no ERROR or WARNING, three well-formed reports, a site, and a second build
// that sees nothing changed.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

File out = new File(basedir, 'target/secplan')
String log = new File(basedir, 'build.log').text
// Short messages instead of Groovy's power assert, which would print the whole log.
def logHas = { String s -> if (!log.contains(s)) throw new AssertionError("build.log does not contain: " + s) }
def logLacks = { String s -> if (log.contains(s)) throw new AssertionError("build.log contains: " + s) }
def logMatches = { String re -> if (!(log =~ re).find()) throw new AssertionError("build.log matches no /" + re + "/") }

def findings = new JsonSlurper().parse(new File(out, 'findings.json'))
assert findings.findings.every { it.severity == 'INFO' } : "the sample plan has findings: ${findings.findings}"
assert findings.summary.errors == 0 && findings.summary.warnings == 0

def sarif = new JsonSlurper().parse(new File(out, 'findings.sarif'))
assert sarif.version == '2.1.0'
assert sarif.'$schema'.contains('sarif-2.1.0')
assert sarif.runs.size() == 1
def driver = sarif.runs[0].tool.driver
assert driver.name == 'secplan'
assert driver.rules.size() >= 50 : "every built-in check is a rule, found ${driver.rules.size()}"
assert driver.rules*.id == driver.rules*.id.unique(false)
driver.rules.each { rule ->
    assert rule.id ==~ /[a-z0-9-]+/
    assert rule.shortDescription.text
    assert rule.properties.clause ==~ /\d+(\.\d+)*/
    assert rule.defaultConfiguration.level in ['error', 'warning', 'note']
    assert !rule.containsKey('helpUri')
}
assert sarif.runs[0].results.every { it.level == 'note' }
sarif.runs[0].results.each { r -> assert r.locations[0].logicalLocations[0].fullyQualifiedName }

def junit = new XmlSlurper().parse(new File(out, 'junit/TEST-secplan.xml'))
def cases = junit.testsuite.testcase
assert cases.size() == driver.rules.size() : 'one test case per check'
assert cases.findAll { it.failure.size() > 0 }.isEmpty()
assert junit.testsuite.@failures.text() == '0'

// one edition per audience of the sample plan, each self-contained in its own directory, and nothing beside them
['public', 'staff', 'management', 'security-team'].each { id ->
    assert new File(out, "site/${id}/index.html").isFile() : "render leaves the ${id} edition"
}
assert !new File(out, 'site/index.html').exists() : 'no page above the editions: it would list them all'
// the page cache lies beside the site, never in it, one directory per edition
['public', 'security-team'].each { id ->
    assert new File(out, "cache/${id}").isDirectory() : "the ${id} edition's pages are cached"
}
assert !new File(out, 'site/cache').exists()

// the first build checked and rendered, and said where the site is
logMatches(/secplan: 0 errors, 0 warnings, \d+ infos? from \d+ checks on the plan in src\/plan as of \d{4}-\d\d-\d\d; reports in target\/secplan/)
logMatches(/secplan: \[public\] open the edition at file:.*\/target\/secplan\/site\/public\/index\.html/)
logMatches(/secplan: \[security-team\] open the edition at file:.*\/target\/secplan\/site\/security-team\/index\.html/)
// the second build saw the unchanged plan
logHas('is unchanged since the last successful check')
logHas('is unchanged since the last successful render')
logHas('BUILD SUCCESS')
return true
