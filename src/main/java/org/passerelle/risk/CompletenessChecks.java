package org.passerelle.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.passerelle.model.AeoAuthorisation;
import org.passerelle.model.Declaration;
import org.passerelle.model.GoodsItem;
import org.passerelle.model.Party;

/**
 * The completeness part of a compiled engine (RR-10): the checks that run before scoring, on
 * commodity codes, descriptions, masses, origins and AEO claims. Immutable and thread-safe.
 */
final class CompletenessChecks {
    private final Set<String> genericDescriptions;

    CompletenessChecks(Set<String> genericDescriptions) {
        this.genericDescriptions = Set.copyOf(genericDescriptions);
    }

    /**
     * Returns the completeness findings of a declaration: per item a truncated code, a generic
     * description, no mass, no origin; per party an AEO claim the context's register does not hold
     * on the day.
     */
    List<CompletenessFinding> findings(Declaration d, RiskContext context, LocalDate day) {
        List<CompletenessFinding> findings = null;
        for (GoodsItem item : d.items()) {
            if (item.commodityCode().length() < 6) {
                findings = add(findings, new CompletenessFinding(item.sequence(),
                        CompletenessFinding.Kind.HS_CODE_TOO_SHORT, item.commodityCode()));
            }
            if (genericDescriptions.contains(normalise(item.description()))) {
                findings = add(findings, new CompletenessFinding(item.sequence(),
                        CompletenessFinding.Kind.GENERIC_DESCRIPTION, item.description()));
            }
            if (item.valuationMassKg() <= 0) {
                findings = add(findings, new CompletenessFinding(item.sequence(), CompletenessFinding.Kind.MASS_MISSING,
                        String.valueOf(item.valuationMassKg())));
            }
            if (item.origin() == null) {
                findings = add(findings, new CompletenessFinding(item.sequence(),
                        CompletenessFinding.Kind.ORIGIN_MISSING, ""));
            }
        }
        for (Party p : d.parties()) {
            AeoAuthorisation claimed = p.aeo();
            if (claimed != null && !context.isRegistered(p.id(), claimed.type(), day)) {
                findings = add(findings, new CompletenessFinding(0, CompletenessFinding.Kind.UNREGISTERED_AEO_CLAIM,
                        p.role() + " " + p.id() + " claims " + claimed.type()));
            }
        }
        return findings == null ? new ArrayList<>(0) : findings;
    }

    private static List<CompletenessFinding> add(List<CompletenessFinding> list, CompletenessFinding f) {
        List<CompletenessFinding> l = list == null ? new ArrayList<>(2) : list;
        l.add(f);
        return l;
    }

    /** Returns whether a finding is about missing data, which the riskiest pass then fills in (RR-10). */
    static boolean hasMissingData(List<CompletenessFinding> findings) {
        for (CompletenessFinding f : findings) {
            switch (f.kind()) {
                case HS_CODE_TOO_SHORT:
                case MASS_MISSING:
                case ORIGIN_MISSING:
                    return true;
                case GENERIC_DESCRIPTION:
                case UNREGISTERED_AEO_CLAIM:
                    break;
                default:
                    throw new IllegalStateException("unknown finding kind " + f.kind());
            }
        }
        return false;
    }

    /**
     * Folds a description ({@link Text#fold(String)}: NFKC, format characters removed, lower case,
     * confusable letters folded) and reduces every run of characters other than letters and digits
     * to one space, so that "General  Merchandise." and "Gen\u00ADeral merchandise" match "general
     * merchandise".
     */
    static String normalise(String given) {
        String text = Text.fold(given);
        StringBuilder b = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                b.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return b.toString();
    }
}
