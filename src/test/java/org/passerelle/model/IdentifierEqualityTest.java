package org.passerelle.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.passerelle.sharing.AgreementId;
import org.passerelle.sharing.LegalAreaId;
import org.passerelle.sharing.PurposeId;

/**
 * The identifiers the compiled sharing law is keyed by write out their equality and hash code (an
 * identity shortcut, then the value): the same as a record's own, both ways.
 */
class IdentifierEqualityTest {

    @Test
    void equalValuesAreEqualOtherValuesOtherTypesAndNullAreNot() {
        check(AgencyId::of, "DE-ZKA", "FR-DNRED");
        check(ItemId::of, "IT00213", "IT00214");
        check(OrganisationId::of, "ORG-1", "ORG-2");
        check(CountryCode::of, "DE", "FR");
        check(AgreementId::of, "AG00050", "AG00051");
        check(PurposeId::of, "P12", "P13");
        check(LegalAreaId::of, "EU", "SCHENGEN");
    }

    @Test
    void sameValueOfAnotherIdentifierTypeIsNotEqual() {
        assertThat(AgencyId.of("X1")).isNotEqualTo(ItemId.of("X1"));
        assertThat(PurposeId.of("X1")).isNotEqualTo(AgreementId.of("X1"));
        assertThat(AgreementId.of("X1")).isNotEqualTo(LegalAreaId.of("X1"));
        assertThat(OrganisationId.of("X1")).isNotEqualTo(AgencyId.of("X1"));
        assertThat(CountryCode.of("DE")).isNotEqualTo(ItemId.of("DE"));
        assertThat(AgencyId.of("X1")).isNotEqualTo("X1");
    }

    @Test
    void anIdentifierBuiltAgainFindsItsEntryInAMap() {
        Map<Object, String> map = new HashMap<>();
        map.put(AgencyId.of("DE-ZKA"), "agency");
        map.put(PurposeId.of("P12"), "purpose");
        assertThat(map.get(AgencyId.of("DE-ZKA"))).isEqualTo("agency");
        assertThat(map.get(PurposeId.of("P12"))).isEqualTo("purpose");
        assertThat(map.get(PurposeId.of("DE-ZKA"))).isNull();
        assertThat(Map.of(AgreementId.of("AG1"), 1).get(AgreementId.of("AG1"))).isEqualTo(1);
    }

    private static <T> void check(Function<String, T> of, String value, String other) {
        T a = of.apply(value);
        T same = of.apply(value);
        T different = of.apply(other);
        assertThat(a).isEqualTo(a);
        assertThat(a).isEqualTo(same);
        assertThat(same).isEqualTo(a);
        assertThat(a.hashCode()).isEqualTo(same.hashCode()).isEqualTo(value.hashCode());
        assertThat(a).isNotEqualTo(different);
        assertThat(different).isNotEqualTo(a);
        assertThat(a.equals(null)).isFalse();
        assertThat(List.of(a, different)).containsExactly(same, of.apply(other));
    }
}
