// The module compiled against org.passerelle alone, and ran on the module path without AssertJ or JUnit.
def log = new File(basedir, 'build.log').text
assert log.contains('outcome: PERMIT_WITH_CONDITIONS')
assert log.contains('passerelle is a named module: true')
assert log.contains('this application is a named module: true')
assert log.contains('org.assertj.core in the boot layer: false')
assert log.contains('org.junit.jupiter.api in the boot layer: false')
return true
