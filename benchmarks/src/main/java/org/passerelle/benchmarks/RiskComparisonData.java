package org.passerelle.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.passerelle.model.Declaration;
import org.passerelle.model.GoodsItem;
import org.passerelle.model.Party;
import org.passerelle.model.PartyRole;
import org.passerelle.model.TraderId;

/**
 * The policy and the shipments of the risk comparison, the same for the gate, the CPU-time pass and
 * JMH: {@code generated} is the comparison policy over 2,000 generated HS6 codes and 5,000 traders
 * with 4,096 {@linkplain RiskPolicyGenerator#comparisonDeclarations comparison declarations};
 * {@code kcs} the comparison policy over the KCS vocabulary (its HS6 codes, its first 5,000
 * importers, reference values observed in it) with the 54,000 KCS declarations.
 */
final class RiskComparisonData {
    private static KcsDeclarations kcs;
    private static String kcsRead;

    final RiskPolicyGenerator generator;
    final List<Declaration> declarations;

    private RiskComparisonData(RiskPolicyGenerator generator, List<Declaration> declarations) {
        this.generator = generator;
        this.declarations = declarations;
    }

    /** Builds the policy of a size over a stream of shipments ({@code generated} or {@code kcs}). */
    static RiskComparisonData of(String shipments, int indicators, String kcsFolder) {
        if (shipments.equals("kcs")) {
            List<Declaration> list = kcs(kcsFolder).declarations;
            Set<String> hs6 = new LinkedHashSet<>();
            Set<TraderId> importers = new LinkedHashSet<>();
            for (Declaration d : list) {
                for (GoodsItem i : d.items()) {
                    hs6.add(i.commodityCode());
                }
                for (Party p : d.parties()) {
                    if (p.role() == PartyRole.CONSIGNEE && importers.size() < 5000) {
                        importers.add(p.id());
                    }
                }
            }
            RiskPolicyGenerator g = new RiskPolicyGenerator(indicators, new ArrayList<>(hs6), new ArrayList<>(importers),
                    42, RiskPolicyGenerator.observedReferences(list));
            return new RiskComparisonData(g, list);
        } else if (shipments.equals("generated")) {
            List<String> hs6 = RiskPolicyGenerator.generatedHs6(2000, 7);
            RiskPolicyGenerator g = new RiskPolicyGenerator(indicators, hs6, RiskPolicyGenerator.generatedTraders(5000), 42,
                    RiskPolicyGenerator.generatedReferences(hs6, 5));
            return new RiskComparisonData(g, g.comparisonDeclarations(4096, 11));
        }
        throw new IllegalArgumentException("shipments must be generated or kcs, got " + shipments);
    }

    private static synchronized KcsDeclarations kcs(String folder) {
        String f = System.getProperty("passerelle.kcs", folder);
        if (kcs == null || !f.equals(kcsRead)) {
            kcs = KcsDeclarations.read(Path.of(f));
            kcsRead = f;
        }
        return kcs;
    }
}
