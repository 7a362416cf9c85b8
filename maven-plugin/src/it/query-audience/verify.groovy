// secplan:query with an audience answers from that audience's view only, byte for byte as the CLI does; without one
// it reads the whole plan and the log says so; an audience the plan does not declare fails the build.
import java.nio.file.Files

def text = { String name -> new File(basedir, 'target/query/' + name).getText('UTF-8') }
String forPublic = text('public.csv')
String team = text('team.csv')
String whole = text('whole.csv')
assert forPublic.startsWith('l\r\n')
assert forPublic.contains('Vehicle lane inspection')
['CANARY-INTERNAL-91bc', 'CANARY-SECRET-7f3a'].each { canary ->
    if (forPublic.contains(canary)) throw new AssertionError("the public's result shows " + canary + ":\n" + forPublic)
    assert team.contains(canary)
    assert whole.contains(canary)
}

// the CLI's answer for the same audience is the same bytes
String java = new File(System.getProperty('java.home'), 'bin/java').path
File out = File.createTempFile('secplan-cli', '.out')
File err = File.createTempFile('secplan-cli', '.err')
Process p = new ProcessBuilder([java, '-jar', secplanJar, 'query', 'src/plan', '--audience', 'public', '--format', 'csv',
        '--sparql', 'SELECT ?l WHERE { ?s rdfs:label ?l } ORDER BY ?l']).directory(basedir)
        .redirectOutput(out).redirectError(err).start()
if (p.waitFor() != 0) throw new AssertionError("secplan query --audience public failed: " + err.text)
if (!Arrays.equals(Files.readAllBytes(out.toPath()), Files.readAllBytes(new File(basedir, 'target/query/public.csv').toPath()))) {
    throw new AssertionError("the CLI and the plugin differ for the public:\n" + out.text + "\n---\n" + forPublic)
}
out.delete(); err.delete()

String log = new File(basedir, 'build.log').text
// Short messages instead of Groovy's power assert, which would print the whole log.
def logHas = { String s -> if (!log.contains(s)) throw new AssertionError("build.log does not contain: " + s) }
def logCount = { String s -> log.split(java.util.regex.Pattern.quote(s), -1).length - 1 }
if (!(log =~ /secplan: \d+ rows written to target\/query\/public.csv \(csv, audience public\)/).find()) {
    throw new AssertionError("build.log does not say where the public's result went")
}
logHas('[WARNING] secplan: no secplan.audience given: this query runs on the whole plan, every level of it '
        + '(use -Dsecplan.audience=ID to see only what one audience may see)')
if (logCount('no secplan.audience given') != 1) throw new AssertionError("the whole-plan warning is not logged once")
logHas("the plan has no audience 'nobody' (its audiences: public, team)")
if (log.contains('CANARY')) throw new AssertionError("build.log shows a canary")
return true
