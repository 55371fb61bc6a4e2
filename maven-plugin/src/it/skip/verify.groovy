def log = new File(basedir, 'build.log').text
assert log.contains('StagingPro deploy skipped (stagingpro.skip)')
assert !log.contains('manifest')
return true
