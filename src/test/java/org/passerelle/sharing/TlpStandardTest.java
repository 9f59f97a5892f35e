package org.passerelle.sharing;

import static org.passerelle.testing.Ruritania.*;
import static org.passerelle.testing.SharingAssertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.passerelle.model.Agency;
import org.passerelle.model.AgencyKind;
import org.passerelle.model.CommunityId;
import org.passerelle.model.Problem;
import org.passerelle.model.TlpLabel;
import org.passerelle.testing.Ruritania;

/**
 * SR-11 to SR-14 as FIRST wrote TLP 2.0 (https://www.first.org/tlp/) and its use cases
 * (https://www.first.org/tlp/use-cases): each test quotes the sentence it implements.
 *
 * <p>The item is FCS's report on a cigarette smuggler, held by RCA, which received it under
 * NAPLES-II (community {@code EU-CUSTOMS}). RCA forwards it for a customs prosecution: to its own
 * customs (RCA-RTC, RCA-INV), the police (RNP) and its client the prosecutor (RPP) that is a Naples II
 * forwarding (SR-21), so any refusal comes from the TLP rules.
 */
class TlpStandardTest extends RuleTestSupport {
    /** RCA's investigations unit: RCA's organisation, in no community. */
    static final String RCA_INV = "RCA-INV";

    private static final Set<String> TLP_RULES = Set.of("SR-11", "SR-12", "SR-13", "SR-14");
    private static final Set<TlpLabel> RESTRICTIVE =
            Set.of(TlpLabel.GREEN, TlpLabel.AMBER, TlpLabel.AMBER_STRICT, TlpLabel.RED);

    /**
     * The Ruritania world with RCA-INV added and, for each agency named, its communities replaced.
     *
     * @param communities pairs: agency id, then its communities separated by commas ("" for none)
     */
    static SharingPolicy.Builder world(String... communities) {
        List<Agency> agencies = new ArrayList<>();
        for (Agency a : Ruritania.agencies()) {
            agencies.add(a);
        }
        agencies.add(Agency.builder(RCA_INV).name("RCA investigations unit").kind(AgencyKind.CUSTOMS)
                .country(RURITANIA).organisation("RUR-CUSTOMS").build());
        for (int i = 0; i < communities.length; i += 2) {
            String id = communities[i];
            TreeSet<CommunityId> set = new TreeSet<>();
            for (String c : communities[i + 1].split(",")) {
                if (!c.isBlank()) {
                    set.add(CommunityId.of(c.strip()));
                }
            }
            agencies.replaceAll(a -> a.id().value().equals(id)
                    ? new Agency(a.id(), a.name(), a.kind(), a.country(), a.organisation(), set, a.clients(),
                            a.designations())
                    : a);
        }
        return SharingPolicy.builder().agencies(agencies.toArray(new Agency[0])).purposes(Ruritania.purposes())
                .agreements(mou(), naples(), cmaa()).items(seizure(), declarations(), sylReport())
                .legalAreas(eu());
    }

    /** The smuggler item under a label, received by RCA under NAPLES-II. */
    static InformationItem smuggler(TlpLabel label) {
        return Ruritania.smuggler().toBuilder().tlp(label).build();
    }

    private static SharingRequest.Builder forward(String recipient) {
        return send(RCA, recipient, SMUGGLER, CUSTOMS_PROSECUTION);
    }

    /** Whether a TLP rule (SR-11 to SR-14) refuses or waits for consent. */
    private static boolean tlpRefuses(SharingDecision d) {
        for (RuleHit h : d.hits()) {
            if (TLP_RULES.contains(h.ruleId()) && (h.effect() == Outcome.DENY || h.effect() == Outcome.PENDING_CONSENT)) {
                return true;
            }
        }
        return false;
    }

    private static String reasonOf(SharingDecision d, String ruleId) {
        for (RuleHit h : d.hits()) {
            if (h.ruleId().equals(ruleId)) {
                return h.reason();
            }
        }
        throw new AssertionError(ruleId + " did not fire: " + d.explanation());
    }

    // ---- SR-14: the community the item was received in ------------------------------------------

    @Test
    @DisplayName("SR-14 permits: \"Recipients may share TLP:GREEN information with peers and partner organizations"
            + " within their community\" (sender and recipient in the community the item was received in)")
    void sr14PeerInTheCommunity() {
        SharingDecision d = decide(world(RCA, "RUR-LE,EU-CUSTOMS", RNP, "RUR-LE,EU-CUSTOMS")
                .items(smuggler(TlpLabel.GREEN)), forward(RNP));
        assertThat(d).letsTheFlowGo().withCondition(new Condition.KeepMarking(TlpLabel.GREEN, null));
        assertThat(tlpRefuses(d)).as(d.explanation()).isFalse();
    }

    @Test
    @DisplayName("SR-14 pends: \"TLP:GREEN information may not be shared outside of the community\": the recipient"
            + " is outside the community the item was received in (EU-CUSTOMS of NAPLES-II)")
    void sr14RecipientOutsideTheCommunityItCameThrough() {
        // RCA and RNP share RUR-LE, the community of the MoU: it is not the community the item came through.
        SharingDecision d = decide(world(RCA, "RUR-LE,EU-CUSTOMS").items(smuggler(TlpLabel.GREEN)), forward(RNP));
        assertThat(d).isPendingConsent().byRule("SR-14");
        assertThat(reasonOf(d, "SR-14")).contains("EU-CUSTOMS").contains(NAPLES).contains("recipient is outside");
    }

    @Test
    @DisplayName("SR-14 pends: the sender is outside the community the item was received in, so it has no"
            + " community of peers to share TLP:GREEN with")
    void sr14SenderOutsideTheCommunity() {
        // RNP is in EU-CUSTOMS, but RCA is not.
        SharingDecision d = decide(world(RNP, "RUR-LE,EU-CUSTOMS").items(smuggler(TlpLabel.GREEN)), forward(RNP));
        assertThat(d).isPendingConsent().byRule("SR-14");
        assertThat(reasonOf(d, "SR-14")).contains("holder " + RCA).contains("EU-CUSTOMS");
    }

    @Test
    @DisplayName("SR-14: citing an agreement whose community holds the recipient does not change the community"
            + " the item was received in")
    void sr14CitingAnotherAgreementChangesNothing() {
        // The MoU's community RUR-LE holds both RCA and RNP; the item came through NAPLES-II (EU-CUSTOMS).
        SharingPolicy.Builder w = world().items(smuggler(TlpLabel.GREEN));
        assertThat(decide(w, forward(RNP).under(MOU))).isRefused();
        assertThat(decide(world().items(smuggler(TlpLabel.GREEN)), forward(RNP).under(NAPLES)))
                .isPendingConsent().byRule("SR-14");
    }

    @Test
    @DisplayName("SR-14: an item whose custody names no agreement has no community to pass TLP:GREEN into")
    void sr14CustodyWithoutAgreement() {
        InformationItem unnamed = InformationItem.builder(SMUGGLER).title("Smuggler, handed over informally")
                .originator(FCS).hop(RCA, null, LocalDate.of(2024, 3, 1))
                .category(InformationCategory.PERSONAL_DATA).personalFields("name").plainFields("offence")
                .tlp(TlpLabel.GREEN).build();
        SharingPolicy.Builder w = world(RCA, "RUR-LE,EU-CUSTOMS", RNP, "RUR-LE,EU-CUSTOMS").items(unnamed);
        assertThat(decide(w, forward(RNP))).isRefused();
        assertThat(decide(w, forward(RNP).under(NAPLES))).isRefused();
    }

    // ---- Nesting: RED within AMBER+STRICT within AMBER within GREEN within CLEAR ------------------

    @ParameterizedTest(name = "{0} to the holder's own organisation outside the community")
    @EnumSource(value = TlpLabel.class, names = {"GREEN", "AMBER", "AMBER_STRICT"})
    @DisplayName("SR-12 to SR-14 nest: \"TLP:AMBER+STRICT restricts sharing to the organization only\", and every"
            + " looser label allows at least the organisation")
    void organisationReceivesEveryLabelButRed(TlpLabel label) {
        SharingDecision d = decide(world().items(smuggler(label)), forward(RCA_INV));
        assertThat(d).letsTheFlowGo();
        assertThat(tlpRefuses(d)).as(d.explanation()).isFalse();
        // The other way: an agency of another organisation, outside the community, not a client.
        SharingDecision other = decide(world().items(smuggler(label)), forward(RTA));
        assertThat(tlpRefuses(other)).as(other.explanation()).isTrue();
    }

    @ParameterizedTest(name = "{0} to a client of the holder, outside the community")
    @EnumSource(value = TlpLabel.class, names = {"GREEN", "AMBER"})
    @DisplayName("SR-13, SR-14 nest: \"Recipients may share TLP:AMBER information with members of their own"
            + " organization and its clients\", and TLP:GREEN allows at least as much")
    void clientReceivesAmberAndGreen(TlpLabel label) {
        SharingDecision d = decide(world().items(smuggler(label)), forward(RPP));
        assertThat(d).letsTheFlowGo();
        assertThat(tlpRefuses(d)).as(d.explanation()).isFalse();
    }

    @Test
    @DisplayName("SR-12 pends: \"TLP:AMBER+STRICT restricts sharing to the organization only\": a client is not in"
            + " the organisation")
    void amberStrictExcludesClients() {
        assertThat(decide(world().items(smuggler(TlpLabel.AMBER_STRICT)), forward(RPP))).isPendingConsent()
                .byRule("SR-12");
    }

    // ---- SR-13: its organisation and its clients --------------------------------------------------

    /** The smuggler item held by RCA's risk targeting centre, received under NAPLES-II. */
    private static InformationItem heldByTargetingCentre(TlpLabel label) {
        return InformationItem.builder(SMUGGLER).title("Cigarette smuggler identified by FCS").originator(FCS)
                .hop(RCA_RTC, NAPLES, LocalDate.of(2024, 3, 1)).category(InformationCategory.PERSONAL_DATA)
                .personalFields("name").plainFields("offence").tlp(label).build();
    }

    @Test
    @DisplayName("SR-13 conditions: \"Clients are by default included in TLP:AMBER\": RPP is a client of RCA, an"
            + " agency of the holder's organisation, so RCA-RTC may share with it on a need-to-know basis")
    void sr13ClientOfTheOrganisation() {
        SharingDecision d = decide(world().items(heldByTargetingCentre(TlpLabel.AMBER)),
                send(RCA_RTC, RPP, SMUGGLER, CUSTOMS_PROSECUTION));
        assertThat(d).isPermittedWithConditions().firedRule("SR-13", Outcome.PERMIT_WITH_CONDITIONS)
                .withCondition(Condition.Kind.NEED_TO_KNOW);
    }

    @Test
    @DisplayName("SR-13 pends: TLP:AMBER to an agency that is neither in the holder's organisation nor a client of"
            + " any agency of it")
    void sr13NotAClientOfTheOrganisation() {
        assertThat(decide(world().items(heldByTargetingCentre(TlpLabel.AMBER)),
                send(RCA_RTC, RNP, SMUGGLER, CUSTOMS_PROSECUTION))).isPendingConsent().byRule("SR-13");
    }

    // ---- The source's explicit permission ----------------------------------------------------------

    private static Consent permission(String recipient, String purpose) {
        return consent("C-TLP", SMUGGLER, FCS, recipient, purpose, LocalDate.of(2024, 4, 1));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TlpLabel.class, names = {"GREEN", "AMBER", "AMBER_STRICT", "RED"})
    @DisplayName("SR-11 to SR-14: \"If a recipient needs to share information more widely than indicated by the"
            + " TLP label it came with, they must obtain explicit permission from the source\": a recorded consent"
            + " of the source lets the flow it names go, for every label")
    void explicitPermissionOfTheSource(TlpLabel label) {
        SharingPolicy.Builder without = world().items(smuggler(label));
        SharingDecision refused = decide(without, forward(RNP));
        assertThat(refused.isPermitted()).as(refused.explanation()).isFalse();
        assertThat(tlpRefuses(refused)).isTrue();

        SharingDecision permitted = decide(world().items(smuggler(label)).consents(permission(RNP,
                CUSTOMS_PROSECUTION)), forward(RNP));
        assertThat(permitted).letsTheFlowGo().withCondition(new Condition.KeepMarking(label, null));
        assertThat(tlpRefuses(permitted)).as(permitted.explanation()).isFalse();
        assertThat(permitted.explanation()).contains("C-TLP");
    }

    @Test
    @DisplayName("SR-11: the source's permission names a recipient and a purpose: it lets nothing else through")
    void permissionIsForTheRecipientAndPurposeItNames() {
        SharingPolicy.Builder other = world().items(smuggler(TlpLabel.RED)).consents(permission(RPP,
                CUSTOMS_PROSECUTION));
        assertThat(decide(other, forward(RNP))).isRefused().byRule("SR-11");
        SharingPolicy.Builder otherPurpose = world().items(smuggler(TlpLabel.RED)).consents(permission(RNP,
                CUSTOMS_LAW));
        assertThat(decide(otherPurpose, forward(RNP))).isRefused().byRule("SR-11");
    }

    @Test
    @DisplayName("SR-14: a permission to share with one recipient is no permission to publish: \"not via publicly"
            + " accessible channels\"")
    void permissionDoesNotOpenAPublicChannel() {
        SharingPolicy.Builder w = world().items(smuggler(TlpLabel.GREEN)).consents(permission(RNP,
                CUSTOMS_PROSECUTION));
        assertThat(decide(w, forward(RNP).channel(Channel.PUBLIC))).isRefused().byRule("SR-14");
    }

    @Test
    @DisplayName("SR-34 does not set aside TLP:RED (\"no further disclosure\"); only the source's permission does")
    void emergencyDoesNotOpenRed() {
        SharingPolicy.Builder w = world().items(smuggler(TlpLabel.RED));
        assertThat(decide(w, forward(RNP).emergency("imminent threat to life"))).isRefused().byRule("SR-11");
    }

    // ---- Giving an item back to its source --------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TlpLabel.class)
    @DisplayName("SR-11 to SR-14: \"Information sharing happens from an information source, towards one or more"
            + " recipients\": giving the item back to its source discloses nothing new and no TLP rule refuses it")
    void givingBackToTheSource(TlpLabel label) {
        SharingDecision back = decide(world().items(smuggler(label)), send(RCA, FCS, SMUGGLER, CUSTOMS_LAW));
        assertThat(back).letsTheFlowGo();
        assertThat(tlpRefuses(back)).as(back.explanation()).isFalse();
        if (RESTRICTIVE.contains(label)) {
            // The other way: the same item to an agency that never had it.
            SharingDecision away = decide(world().items(smuggler(label)), forward(RTA));
            assertThat(tlpRefuses(away)).as(away.explanation()).isTrue();
        }
    }

    @Test
    @DisplayName("SR-11: back to its source, but over a publicly accessible channel, is publication: refused")
    void givingBackOverAPublicChannel() {
        assertThat(decide(world().items(smuggler(TlpLabel.RED)), send(RCA, FCS, SMUGGLER, CUSTOMS_LAW)
                .channel(Channel.PUBLIC))).isRefused().byRule("SR-11");
    }

    // ---- TLP:GREEN under an agreement that defines no community -----------------------------------

    @Test
    @DisplayName("SR-14 pends (a deliberate difference from \"when 'community' is not defined, assume the"
            + " cybersecurity/defense community\"): no default community, the source must permit")
    void greenWithoutCommunity() {
        SharingPolicy.Builder w = world(RCA, "RUR-LE,EU-CUSTOMS", RNP, "RUR-LE,EU-CUSTOMS")
                .putAgreement(naples().toBuilder().community(null).build()).items(smuggler(TlpLabel.GREEN));
        SharingDecision d = decide(w, forward(RNP));
        assertThat(d).isPendingConsent().byRule("SR-14");
        assertThat(reasonOf(d, "SR-14")).contains("defines no community");
        // The organisation still receives it: GREEN allows at least what AMBER+STRICT allows.
        assertThat(decide(w, forward(RCA_INV))).letsTheFlowGo();
        // And the source's permission lets it go.
        assertThat(decide(w.consents(permission(RNP, CUSTOMS_PROSECUTION)), forward(RNP))).letsTheFlowGo();
    }

    @Test
    @DisplayName("SR-14 validation: a policy warns about an agreement without a community that carries TLP:GREEN"
            + " items, and only then")
    void warningForGreenWithoutCommunity() {
        SharingPolicy warned = world().putAgreement(naples().toBuilder().community(null).build())
                .items(smuggler(TlpLabel.GREEN)).build();
        assertThat(warned.warnings()).hasSize(1);
        Problem w = warned.warnings().get(0);
        assertThat(w.severity()).isEqualTo(Problem.Severity.WARNING);
        assertThat(w.element()).isEqualTo("agreement");
        assertThat(w.elementId()).isEqualTo(NAPLES);
        assertThat(w.field()).hasToString("community");
        assertThat(w.code()).isEqualTo(Problem.Code.DOUBTFUL);
        assertThat(w.message()).contains(SMUGGLER).contains("TLP:GREEN").contains("SR-14");
        assertThat(w.toString()).startsWith("warning: ");

        assertThat(world().items(smuggler(TlpLabel.GREEN)).build().warnings()).isEmpty();
        assertThat(world().putAgreement(naples().toBuilder().community(null).build())
                .items(smuggler(TlpLabel.AMBER)).build().warnings()).isEmpty();
    }
}
