// build.log holds the four invocations one after another (after the pre-build script's lines)
def runs = new File(basedir, 'build.log').text.split(/(?=\[INFO\] Scanning for projects)/)
    .findAll { it.startsWith('[INFO] Scanning for projects') }
assert runs.size() == 4

// 1: deployed to the staging sandbox and activated
assert runs[0].contains("Deployed theme 'Demo Store'")
assert runs[0].contains("variation 'Light' on staging channel 1")
assert runs[0].contains('BUILD SUCCESS')

// 2: protected production refused without approval, with the Maven way to give it
assert runs[1].contains("environment 'production' is protected: 'deploy' writes to it only with approval")
assert runs[1].contains('-Dstagingpro.approve')
assert !runs[1].contains('Deployed theme')
assert runs[1].contains('BUILD FAILURE')

// 3: with -Dstagingpro.approve it goes ahead
assert runs[2].contains("variation 'Light' on production channel 1")
assert runs[2].contains('BUILD SUCCESS')

// 4: preview of PR 7 offline (sandboxes need no network). (That outputs reach later plugins as
// project properties is the bundle IT's check: a second plugin here would need the network in -o.)
def preview = runs[3] =~ /Preview of PR #7 on staging channel \d+: (https?:\/\/\S+)/
assert preview.find()
assert runs[3].contains('BUILD SUCCESS')
return true
