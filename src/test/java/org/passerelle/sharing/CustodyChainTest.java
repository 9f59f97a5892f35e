package org.passerelle.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.testing.Ruritania.CMAA;
import static org.passerelle.testing.Ruritania.FCS;
import static org.passerelle.testing.Ruritania.MOU;
import static org.passerelle.testing.Ruritania.NAPLES;
import static org.passerelle.testing.Ruritania.RCA;
import static org.passerelle.testing.Ruritania.RNP;
import static org.passerelle.testing.Ruritania.RPP;
import static org.passerelle.testing.Ruritania.RTA;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.passerelle.model.AgencyId;

/**
 * The custody chain of an item, which the originator-control rules read (SR-20 to SR-22: who
 * supplied the item, and so may object or must consent; who held it): the originator supplies the
 * item once it has left it, every holder but the last has supplied it, and every one of them has
 * held it.
 */
class CustodyChainTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

    private static InformationItem.Builder item() {
        return InformationItem.builder("CHAIN").title("t").originator(FCS)
                .category(InformationCategory.SEIZURE_REPORT);
    }

    @Test
    void sr22EveryHolderButTheLastSuppliedTheItem() {
        InformationItem chain = item().hop(RCA, NAPLES, DAY).hop(RNP, MOU, DAY).hop(RTA, null, DAY).build();
        assertThat(chain.wasSuppliedBy(AgencyId.of(FCS))).isTrue();
        assertThat(chain.wasSuppliedBy(AgencyId.of(RCA))).isTrue();
        assertThat(chain.wasSuppliedBy(AgencyId.of(RNP))).isTrue();
        assertThat(chain.wasSuppliedBy(AgencyId.of(RTA))).as("the holder").isFalse();
        assertThat(chain.wasSuppliedBy(AgencyId.of(RPP))).as("never held it").isFalse();
        assertThat(chain.supplier()).contains(AgencyId.of(RNP));
    }

    @Test
    void sr22TheOriginatorSuppliesOnlyOnceTheItemLeftIt() {
        InformationItem kept = item().build();
        assertThat(kept.wasSuppliedBy(AgencyId.of(FCS))).isFalse();
        assertThat(kept.supplier()).isEmpty();
        InformationItem once = item().hop(RCA, NAPLES, DAY).build();
        assertThat(once.wasSuppliedBy(AgencyId.of(FCS))).isTrue();
        assertThat(once.wasSuppliedBy(AgencyId.of(RCA))).isFalse();
        assertThat(once.supplier()).contains(AgencyId.of(FCS));
    }

    @Test
    void sr20EveryAgencyOfTheChainHeldTheItem() {
        InformationItem kept = item().build();
        assertThat(kept.wasHeldBy(AgencyId.of(FCS))).isTrue();
        assertThat(kept.wasHeldBy(AgencyId.of(RCA))).isFalse();
        InformationItem chain = item().hop(RCA, NAPLES, DAY).hop(RNP, MOU, DAY).build();
        assertThat(chain.wasHeldBy(AgencyId.of(FCS))).isTrue();
        assertThat(chain.wasHeldBy(AgencyId.of(RCA))).isTrue();
        assertThat(chain.wasHeldBy(AgencyId.of(RNP))).isTrue();
        assertThat(chain.wasHeldBy(AgencyId.of(RTA))).isFalse();
    }

    @Test
    void aHopPassesTheItemOnAndLeavesTheOriginalAsItWas() {
        InformationItem before = item().hop(RCA, NAPLES, DAY).build();
        CustodyHop hop = new CustodyHop(AgencyId.of(RNP), AgreementId.of(CMAA), DAY.plusDays(1));
        InformationItem after = before.withHop(hop);
        assertThat(after.holder()).isEqualTo(AgencyId.of(RNP));
        assertThat(after.lastHop()).contains(hop);
        assertThat(after.custody()).hasSize(2).endsWith(hop);
        assertThat(after.supplier()).contains(AgencyId.of(RCA));
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.markings()).isEqualTo(before.markings());
        assertThat(before.holder()).isEqualTo(AgencyId.of(RCA));
        assertThat(before.custody()).hasSize(1);
    }
}
