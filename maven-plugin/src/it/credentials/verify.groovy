// build.log holds the three invocations one after another
def runs = new File(basedir, 'build.log').text.split(/(?=\[INFO\] Scanning for projects)/)
assert runs.length == 3

assert runs[0].contains('BUILD SUCCESS')
assert runs[0].contains("environment 'production': store API token from credential 'stagingpro.production'")
assert runs[0].contains("environment 'staging': store API token from credential 'stagingpro.staging'")

assert runs[1].contains('BUILD FAILURE')
assert runs[1].contains('uat.yml:6:12: environments.uat.token: environment variable STAGINGPRO_IT_UAT_TOKEN is not set')

assert runs[2].contains('BUILD FAILURE')
assert runs[2].contains("settings.xml server 'stagingpro.production': its password could not be decrypted")

runs.each { run ->
  assert !run.contains('it-staging-token-5150') && !run.contains('it-production-token-8128') : 'tokens must never be printed'
}
return true
