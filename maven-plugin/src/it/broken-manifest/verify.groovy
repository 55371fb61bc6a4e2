def log = new File(basedir, 'build.log').text
// Maven's failure line carries the core's message: every problem, each with file:line:column and field
assert log.contains('BUILD FAILURE')
assert log =~ /Failed to execute goal dev\.stagingpro:stagingpro-maven-plugin:[^ ]+:validate \(default-cli\) on project broken-manifest: \d+ problems in the manifest:/
assert log.contains("stagingpro.yml:4:")
assert log.contains("'ABC-123' is not a store hash")
assert log.contains("stagingpro.yml:8:")
assert log.contains('tokne')
// a failure the user must fix is a MojoFailureException: no plugin-error stack trace
assert !log.contains('MojoExecutionException')
return true
