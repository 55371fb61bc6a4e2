def log = new File(basedir, 'build.log').text
assert log =~ /--- stagingpro:[^ ]+:validate \(default-cli\) @ validate ---/
assert log.contains('stagingpro.yml')
assert log.contains('BUILD SUCCESS')
assert !log.contains('it-env-token-4711') : 'the token must never be printed'
return true
