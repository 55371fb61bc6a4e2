def log = new File(basedir, 'build.log').text
assert log.contains("Maven is offline (-o), but 'deploy' would reach the store of environment live; run without -o, or use a sandbox environment")
return true
