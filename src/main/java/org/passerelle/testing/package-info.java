/**
 * The policy test kit: domain assertions and declarative policy tests, for the tests of
 * applications that embed Passerelle and of the policy authors who keep a real agreement under test.
 *
 * <p>The entry points are {@link org.passerelle.testing.SharingAssertions} and
 * {@link org.passerelle.testing.RiskAssertions} (AssertJ assertions that read like the domain:
 * {@code assertThat(decision).isPermitted().withRedacted("bankAccount").relyingOn("MOU-RCA-RNP-2022")}),
 * {@link org.passerelle.testing.PolicySuite} (a directory of JSON test documents, sharing tests and
 * risk tests, run against a policy, with results and {@link org.passerelle.testing.Coverage}) and
 * {@link org.passerelle.testing.PolicyTests} (the same suite as JUnit 5 dynamic tests).
 *
 * <p>Dependencies: the assertions need AssertJ and {@code PolicyTests} needs the JUnit Jupiter API.
 * Passerelle declares both as optional, so they never reach an application's runtime; add them in
 * test scope to use these types. {@code PolicySuite} and its results need neither.
 *
 * <p>Null rule: no method accepts or returns null unless its documentation says so. Results are
 * immutable and thread-safe; assertions, like AssertJ's, are not. The test format is documented in
 * {@code docs/policy-testing.md}.
 */
package org.passerelle.testing;
