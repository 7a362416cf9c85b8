// The same plan through both front ends: `java -jar secplan.jar` (the CLI) and the goals this build ran must give
// the same bytes for every query result and report, and the same finding lines.
import java.nio.file.Files

File jar = new File(secplanJar)
if (!jar.isFile()) throw new AssertionError("the CLI jar is missing: " + jar)
String java = new File(System.getProperty('java.home'), 'bin/java').path

/** Runs the CLI in the project directory, as a user would, and returns its standard output as bytes. */
def cli = { List<String> args, int expectedExit ->
    File out = File.createTempFile('secplan-cli', '.out')
    File err = File.createTempFile('secplan-cli', '.err')
    Process p = new ProcessBuilder([java, '-jar', jar.path] + args).directory(basedir)
            .redirectOutput(out).redirectError(err).start()
    int exit = p.waitFor()
    if (exit != expectedExit) throw new AssertionError("secplan " + args + " exited " + exit + ": " + err.text)
    byte[] bytes = Files.readAllBytes(out.toPath())
    out.delete(); err.delete()
    return bytes
}

def sameBytes = { String what, byte[] fromCli, File fromPlugin ->
    if (!fromPlugin.isFile()) throw new AssertionError("the plugin wrote no " + fromPlugin)
    byte[] plugin = Files.readAllBytes(fromPlugin.toPath())
    if (!Arrays.equals(fromCli, plugin)) {
        throw new AssertionError(what + " differs between the CLI and the plugin:\n--- CLI\n"
                + new String(fromCli, 'UTF-8') + "\n--- plugin\n" + new String(plugin, 'UTF-8'))
    }
}

String entities = 'SELECT ?e ?id ?label ?note WHERE { ?e dcterms:identifier ?id ; rdfs:label ?label . ' +
        'OPTIONAL { ?e sp:responsibility ?note } } ORDER BY ?id'
File query = new File(basedir, 'target/query')
['table': 'entities.txt', 'csv': 'entities.csv', 'json': 'entities.json'].each { format, file ->
    sameBytes("the " + format + " result", cli(['query', 'src/plan', '--sparql', entities, '--format', format], 0),
            new File(query, file))
}
sameBytes("the named query's CSV", cli(['query', 'src/plan', '--name', 'objective-coverage', '--param',
        'objective=OBJ-1', '--format', 'csv'], 0), new File(query, 'coverage.csv'))

// the formats themselves: CSV per RFC 4180 with CRLF, JSON in the W3C SPARQL results format
String csv = new File(query, 'entities.csv').getText('UTF-8')
assert csv.startsWith('e,id,label,note\r\n')
assert csv.contains('"Vehicle lane inspection, ""lane 2"""')
assert csv.contains('"Owns the security plan.\nAccepts residual risk for the terminal."')
def json = new groovy.json.JsonSlurper().parse(new File(query, 'entities.json'))
assert json.head.vars == ['e', 'id', 'label', 'note']
assert json.results.bindings[0].e.type == 'uri'
String table = new File(query, 'entities.txt').getText('UTF-8')
assert table.contains(':ctl-lane-check') && table.contains('Owns the security plan. Accepts residual risk')

// the reports: the same writers, the same paths (relative to the project directory)
File cliReports = new File(basedir, 'target/cli')
byte[] text = cli(['check', 'src/plan', '--fail-on', 'none',
        '--report', 'json', 'target/cli/findings.json', '--report', 'sarif', 'target/cli/findings.sarif',
        '--report', 'junit', 'target/cli/TEST-secplan.xml'], 0)
File reports = new File(basedir, 'target/secplan')
sameBytes('findings.json', Files.readAllBytes(new File(cliReports, 'findings.json').toPath()),
        new File(reports, 'findings.json'))
sameBytes('findings.sarif', Files.readAllBytes(new File(cliReports, 'findings.sarif').toPath()),
        new File(reports, 'findings.sarif'))
// the plugin names its test suite after the module, the CLI after itself: the one difference by design
String cliJunit = new File(cliReports, 'TEST-secplan.xml').getText('UTF-8')
String pluginJunit = new File(reports, 'junit/TEST-secplan.xml').getText('UTF-8')
        .replace('name="it-cli-parity"', 'name="secplan"')
assert cliJunit == pluginJunit

// the findings as people read them: the CLI's lines are the plugin's log lines, level and 'secplan: ' aside
List<String> printed = new String(text, 'UTF-8').split('\n\n')[0].readLines()
assert printed.size() > 10
List<String> logged = new File(basedir, 'build.log').readLines('UTF-8')
        .collect { it.replaceFirst(/^\[(INFO|WARNING|ERROR)\] /, '').replaceFirst(/^secplan: (?=clause )/, '') }
int start = logged.indexOf(printed[0])
if (start < 0 || logged.subList(start, Math.min(logged.size(), start + printed.size())) != printed) {
    throw new AssertionError("the plugin logged other finding lines than the CLI printed:\n" + printed.join('\n'))
}
return true
