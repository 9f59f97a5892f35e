// docs/getting-started.md, step 4: the decision printed by Decide; step 5: the three policy tests passed.
def log = new File(basedir, 'build.log').text
assert log.contains('PERMIT_WITH_CONDITIONS: item DECL-2024-7781 may go to RBG for people-smuggling-investigation')
assert log.contains('MOU-RCA-RBG-2024')
assert log.contains('Tests run: 3, Failures: 0, Errors: 0, Skipped: 0')
return true
