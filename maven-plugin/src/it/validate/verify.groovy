def log = new File(basedir, 'build.log').text
assert log =~ /--- stagingpro:[^ ]+:validate \(default-cli\) @ validate ---/
assert log.contains('stagingpro.yml')
assert log =~ /\[WARNING\] [^\n]*the B2B Edition e-mail\/password login is deprecated/
assert log.contains('BUILD SUCCESS')
['it-env-token-4711', 'it-b2b-password-0815'].each { assert !log.contains(it) : 'secrets must never be printed' }
return true
