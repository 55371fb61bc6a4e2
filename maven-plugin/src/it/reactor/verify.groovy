def runs = new File(basedir, 'build.log').text.split(/(?=\[INFO\] Scanning for projects)/)
assert runs.length == 2

// 1: the goals need no project, so from the command line Maven runs them once for the whole reactor
assert (runs[0] =~ /--- stagingpro:[^ ]+:validate \(default-cli\) @ /).count == 1
assert runs[0].contains('validate (default-cli) @ reactor ---')
assert !runs[0].contains('skipped in this module')
assert runs[0] =~ /theme \.+ SKIPPED/
assert runs[0].contains('BUILD SUCCESS')

// 2: an execution bound in the parent runs in every module; the one without a manifest says so and passes
assert runs[1].contains('validate (check-manifest) @ reactor ---')
assert runs[1].contains('validate (check-manifest) @ theme ---')
assert runs[1].contains('theme/stagingpro.yml: StagingPro validate skipped in this module')
assert runs[1].contains('BUILD SUCCESS')
return true
