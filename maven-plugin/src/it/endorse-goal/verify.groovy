// Three endorsements recorded with the content digest, one snapshot of that content, and a clean check.
import java.security.MessageDigest

File records = new File(basedir, 'src/plan/endorsements.ttl')
assert records.isFile()
String text = records.getText('UTF-8')
def digests = (text =~ /sp:integrityChecksum "(sha256:[0-9a-f]{64})"/).collect { it[1] }
if (digests.size() != 3) throw new AssertionError("expected 3 recorded digests in endorsements.ttl:\n" + text)
if (digests.unique(false).size() != 1) throw new AssertionError("one directory, one content digest: " + digests)
['EN-001', 'EN-002', 'EN-003'].each { id ->
    if (!text.contains('dcterms:identifier "' + id + '"')) throw new AssertionError("no record " + id + ":\n" + text)
}
File[] snapshots = new File(basedir, 'src/plan/endorsed').listFiles()
assert snapshots != null && snapshots.length == 1
String hex = MessageDigest.getInstance('SHA-256').digest(snapshots[0].bytes).encodeHex().toString()
if ('sha256:' + hex != digests[0]) throw new AssertionError("the snapshot's SHA-256 is not the digest: " + hex)
if (snapshots[0].name != 'sha256-' + hex + '.nt') throw new AssertionError("snapshot named " + snapshots[0].name)

String log = new File(basedir, 'build.log').text
def logHas = { String s -> if (!log.contains(s)) throw new AssertionError("build.log does not contain: " + s) }
def logLacks = { String s -> if (log.contains(s)) throw new AssertionError("build.log contains: " + s) }
logHas('secplan: recorded EN-001: PLAN-001 version 2.1 endorsed by ROLE-001 on 2026-02-20, content digest ' + digests[0])
logHas('secplan: commit src/plan/endorsements.ttl and src/plan/endorsed/sha256-' + hex + '.nt with the plan')
logLacks('plan-unchanged-since-endorsement')
logLacks('endorsement-is-bound-to-content')
logHas('secplan: 0 errors')
return true
