def runs = new File(basedir, 'build.log').text.split(/(?=\[INFO\] Scanning for projects)/)
    .findAll { it.startsWith('[INFO] Scanning for projects') }
assert runs.size() == 3

// 1: the plan classifies both brands as creates and is saved where stagingpro.out says
assert runs[0] =~ /brands\s+2\s+0\s+0\s+0\s+0\s+0\s+0\s+0/
assert runs[0].contains('plan: 2 to create, 0 to update')
def plan = new File(basedir, 'target/seed.plan.json')
assert plan.isFile()
assert plan.text.contains('"Acme"') && plan.text.contains('"Globex"')

// 2: apply of that plan writes them to the sandbox store
assert runs[1].contains('Applied 1 migration: 2 records written, 0 failed')
assert runs[1].contains('BUILD SUCCESS')

// 3: planned again, the store already has them
assert runs[2].contains('plan: 0 to create, 0 to update, 0 to delete, 2 unchanged')
assert runs[2].contains('BUILD SUCCESS')
return true
