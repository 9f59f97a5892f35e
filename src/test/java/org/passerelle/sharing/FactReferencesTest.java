package org.passerelle.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.model.AgencyId;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.ItemId;
import org.passerelle.model.Problem;
import org.passerelle.testing.Ruritania;

/**
 * Each reference a fact holds (an item's originator and custody, a consent's grantor and item, an
 * objection's agreement) is checked on its own: one dangling reference is refused with the problem
 * naming the element, its id, the field and the value, and the same fact with a reference the policy
 * holds is accepted.
 */
class FactReferencesTest {
    private static final LocalDate DAY = LocalDate.of(2024, 1, 1);

    private static List<Problem> refused(SharingPolicy.Builder policy) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, policy::build);
        assertThat(e).as("the policy is refused").isNotNull();
        return e.problems();
    }

    private static String described(Problem p) {
        return p.code() + " " + p.element() + " " + p.elementId() + " " + p.field() + " " + p.value() + ": "
                + p.message();
    }

    @Test
    void anItemsOriginatorMustBeAnAgencyOfThePolicy() {
        InformationItem ghost = Ruritania.seizure().toBuilder().originator("GHOST").build();
        assertThat(refused(Ruritania.world().putItem(ghost))).extracting(FactReferencesTest::described)
                .contains("UNKNOWN_REFERENCE item " + Ruritania.SEIZURE + " originator GHOST: names no agency of the policy (got \"GHOST\")");

        InformationItem known = Ruritania.seizure().toBuilder().originator(Ruritania.RNP).build();
        assertThat(Ruritania.world().putItem(known).build().items().get(ItemId.of(Ruritania.SEIZURE)).originator())
                .isEqualTo(AgencyId.of(Ruritania.RNP));
    }

    @Test
    void anItemsCustodyMustNameAnAgreementOfThePolicy() {
        InformationItem ghost = Ruritania.seizure().toBuilder().hop(Ruritania.RNP, "GHOST-AGREEMENT", DAY).build();
        assertThat(refused(Ruritania.world().putItem(ghost))).extracting(FactReferencesTest::described)
                .containsExactly("UNKNOWN_REFERENCE item " + Ruritania.SEIZURE
                        + " custody[0].receivedUnder GHOST-AGREEMENT: names no agreement of the policy (got \"GHOST-AGREEMENT\")");

        InformationItem known = Ruritania.seizure().toBuilder().hop(Ruritania.RNP, Ruritania.MOU, DAY).build();
        assertThat(Ruritania.world().putItem(known).build().items().get(ItemId.of(Ruritania.SEIZURE)).custody())
                .singleElement().satisfies(h -> assertThat(h.receivedUnder()).isEqualTo(AgreementId.of(Ruritania.MOU)));
    }

    @Test
    void sr20AConsentIsGrantedByAnAgencyOfThePolicyThatOriginatedTheItem() {
        Consent ghost = Ruritania.consent("C-1", Ruritania.SEIZURE, "GHOST", Ruritania.RNP, Ruritania.DRUGS, DAY);
        assertThat(refused(Ruritania.world().consents(ghost))).extracting(FactReferencesTest::described)
                .containsExactlyInAnyOrder(
                        "CONFLICT consent C-1 grantedBy GHOST: only the item's originator RCA can consent (got \"GHOST\")",
                        "UNKNOWN_REFERENCE consent C-1 grantedBy GHOST: names no agency of the policy (got \"GHOST\")");

        Consent notOriginator = Ruritania.consent("C-1", Ruritania.SEIZURE, Ruritania.RTA, Ruritania.RNP,
                Ruritania.DRUGS, DAY);
        assertThat(refused(Ruritania.world().consents(notOriginator))).extracting(FactReferencesTest::described)
                .containsExactly("CONFLICT consent C-1 grantedBy RTA: only the item's originator RCA can consent (got \"RTA\")");

        Consent known = Ruritania.consent("C-1", Ruritania.SEIZURE, Ruritania.RCA, Ruritania.RNP, Ruritania.DRUGS, DAY);
        assertThat(Ruritania.world().consents(known).build().consents()).containsValue(known);
    }

    @Test
    void aConsentForAnItemThePolicyDoesNotHoldNamesTheItem() {
        Consent ghost = Ruritania.consent("C-1", "GHOST-ITEM", Ruritania.RCA, Ruritania.RNP, Ruritania.DRUGS, DAY);
        assertThat(refused(Ruritania.world().consents(ghost))).extracting(FactReferencesTest::described)
                .containsExactly("UNKNOWN_REFERENCE consent C-1 item GHOST-ITEM: names no item of the policy (got \"GHOST-ITEM\")");
    }

    @Test
    void sr22AnObjectionIsMadeUnderAnAgreementOfThePolicy() {
        Objection ghost = new Objection(ConsentId.of("O-1"), AgreementId.of("GHOST-AGREEMENT"),
                AgencyId.of(Ruritania.RCA), ItemId.of(Ruritania.SEIZURE), AgencyId.of(Ruritania.RNP), DAY);
        assertThat(refused(Ruritania.world().objections(ghost))).extracting(FactReferencesTest::described)
                .containsExactly("UNKNOWN_REFERENCE objection O-1 agreement GHOST-AGREEMENT: names no agreement of the policy (got \"GHOST-AGREEMENT\")");

        Objection known = new Objection(ConsentId.of("O-1"), AgreementId.of(Ruritania.MOU),
                AgencyId.of(Ruritania.RCA), ItemId.of(Ruritania.SEIZURE), AgencyId.of(Ruritania.RNP), DAY);
        assertThat(Ruritania.world().objections(known).build().objections()).containsValue(known);
    }
}
