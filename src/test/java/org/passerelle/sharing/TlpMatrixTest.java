package org.passerelle.sharing;

import static org.passerelle.testing.Ruritania.*;
import static org.passerelle.testing.SharingAssertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.passerelle.model.TlpLabel;
import org.passerelle.testing.Ruritania;

/**
 * The TLP matrix, declared as a specification and expanded into every combination, in the manner
 * of Caffeine's {@code CacheSpec}: label (none, CLEAR, GREEN, AMBER, AMBER+STRICT, RED) x
 * holder-is-originator x recipient (in the holder's organisation, outside it, the item's source).
 *
 * <p>The holder is always RCA. When RCA is the originator it sends its own report under the MoU
 * (direct flow: TLP binds recipients, not the originator). Otherwise it forwards an FCS report
 * received under Naples II for a customs prosecution (an SR-21 flow). The same-organisation
 * recipient is RCA's risk targeting centre; the other one is the police (outside the community
 * EU-CUSTOMS the report came through, and not a client of RCA's organisation); the source is FCS,
 * to which RCA gives the report back (TLP 2.0: "Information sharing happens from an information
 * source, towards one or more recipients": giving it back discloses nothing new).
 */
class TlpMatrixTest {
    private static final List<TlpLabel> LABELS = new ArrayList<>(Arrays.asList(TlpLabel.values()));

    static {
        LABELS.add(0, null);
    }

    private static final SharingEngine ENGINE = SharingEngine.compile(Ruritania.world()
            .items(variants().toArray(new InformationItem[0])).build());

    /** One point of the matrix. */
    enum Recipient {
        SAME_ORGANISATION, OTHER_ORGANISATION, SOURCE
    }

    record Spec(TlpLabel label, boolean holderIsOriginator, Recipient recipient) {
        String item() {
            return "TLP-" + (label == null ? "NONE" : label.name()) + (holderIsOriginator ? "-OWN" : "-FCS");
        }

        /** The declared expectation: outcome and deciding rule (null when no TLP rule fires). */
        Object[] expected() {
            if (recipient == Recipient.SOURCE) {
                // A direct flow under Naples II: the recipient may not pass it on without consent.
                return new Object[] {Outcome.PERMIT_WITH_CONDITIONS, null};
            }
            if (holderIsOriginator || label == null || label == TlpLabel.CLEAR) {
                return new Object[] {holderIsOriginator ? Outcome.PERMIT_WITH_CONDITIONS : Outcome.PERMIT, null};
            }
            boolean sameOrganisation = recipient == Recipient.SAME_ORGANISATION;
            switch (label) {
                case RED:
                    return new Object[] {Outcome.DENY, "SR-11"};
                case AMBER_STRICT:
                    return sameOrganisation ? new Object[] {Outcome.PERMIT_WITH_CONDITIONS, "SR-12"}
                            : new Object[] {Outcome.PENDING_CONSENT, "SR-12"};
                case AMBER:
                    return sameOrganisation ? new Object[] {Outcome.PERMIT_WITH_CONDITIONS, "SR-13"}
                            : new Object[] {Outcome.PENDING_CONSENT, "SR-13"};
                default:
                    return sameOrganisation ? new Object[] {Outcome.PERMIT_WITH_CONDITIONS, null}
                            : new Object[] {Outcome.PENDING_CONSENT, "SR-14"};
            }
        }

        SharingRequest request() {
            String to = recipient == Recipient.SAME_ORGANISATION ? RCA_RTC
                    : recipient == Recipient.OTHER_ORGANISATION ? RNP : FCS;
            String purpose = holderIsOriginator ? DRUGS : recipient == Recipient.SOURCE ? CUSTOMS_LAW
                    : CUSTOMS_PROSECUTION;
            return SharingRequest.builder().requester(RCA).recipient(to).item(item()).purpose(purpose).at(SC_DAY)
                    .fields("name", "hsCode").build();
        }
    }

    static Stream<Spec> matrix() {
        Stream.Builder<Spec> all = Stream.builder();
        for (TlpLabel label : LABELS) {
            for (boolean own : new boolean[] {true, false}) {
                for (Recipient to : Recipient.values()) {
                    if (!(own && to == Recipient.SOURCE)) {
                        all.add(new Spec(label, own, to));
                    }
                }
            }
        }
        return all.build();
    }

    private static List<InformationItem> variants() {
        List<InformationItem> items = new ArrayList<>();
        for (TlpLabel label : LABELS) {
            for (boolean own : new boolean[] {true, false}) {
                Spec spec = new Spec(label, own, Recipient.SAME_ORGANISATION);
                InformationItem.Builder b = InformationItem.builder(spec.item()).title("TLP matrix item")
                        .category(InformationCategory.SEIZURE_REPORT).personalFields("name").plainFields("hsCode")
                        .tlp(label);
                if (own) {
                    b.originator(RCA);
                } else {
                    b.originator(FCS).hop(RCA, NAPLES, LocalDate.of(2024, 3, 1));
                }
                items.add(b.build());
            }
        }
        return items;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void tlp(Spec spec) {
        SharingDecision d = ENGINE.decide(spec.request());
        Object[] expected = spec.expected();
        assertThat(d.outcome()).as(d.explanation()).isEqualTo(expected[0]);
        if (expected[1] != null) {
            assertThat(d).firedRule((String) expected[1]);
        }
        if (spec.holderIsOriginator() || spec.recipient() == Recipient.SOURCE) {
            assertThat(d).didNotFire("SR-11").didNotFire("SR-12").didNotFire("SR-13").didNotFire("SR-14");
        }
        if (d.isPermitted() && spec.label() != null && spec.label() != TlpLabel.CLEAR) {
            assertThat(d).withCondition(new Condition.KeepMarking(spec.label(), null));
        }
    }
}
