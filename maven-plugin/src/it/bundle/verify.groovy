import java.util.zip.ZipFile

def log = new File(basedir, 'build.log').text
assert log =~ /--- stagingpro:[^ ]+:bundle \(theme-zip\) @ bundle ---/

def zip = new File(basedir, 'target/bundle-1.0-theme.zip')
assert zip.isFile()
def entries = new ZipFile(zip).withCloseable { z -> z.entries().collect { it.name } }
assert entries.contains('config.json') && entries.contains('schema.json')
assert entries.any { it.startsWith('templates/') }

// attached with classifier theme and type zip, so install publishes it next to the POM
def installed = new File(localRepositoryPath, 'dev/stagingpro/it/bundle/1.0/bundle-1.0-theme.zip')
assert installed.isFile()
assert installed.bytes == zip.bytes
def sha256 = java.security.MessageDigest.getInstance('SHA-256').digest(zip.bytes).encodeHex().toString()
assert log.contains("checksum property: $sha256")
assert log.contains('BUILD SUCCESS')
return true
