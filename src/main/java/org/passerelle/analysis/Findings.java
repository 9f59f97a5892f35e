package org.passerelle.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.passerelle.model.Agency;
import org.passerelle.model.AgencyId;
import org.passerelle.model.Designation;
import org.passerelle.sharing.AgreementId;
import org.passerelle.sharing.Condition;
import org.passerelle.sharing.InformationItem;
import org.passerelle.sharing.Purpose;
import org.passerelle.sharing.PurposeId;
import org.passerelle.sharing.SharingAgreement;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SourceRestrictions;

/**
 * The findings of a policy. Every finding that depends on what the rules decide is established by
 * asking the engine: overlaps by citing each other agreement on the witness request of a flow,
 * designations and restrictions by analysing the policy without them and comparing.
 *
 * <p>Checks that analyse a variant of the policy are bounded by {@link #MAX_VARIANTS}; what is left
 * unchecked is said in a finding of its own.
 */
final class Findings {
    /** The largest number of policy variants (one per designation or restriction) analysed. */
    static final int MAX_VARIANTS = 64;
    /** The largest number of unreachable items named one by one. */
    static final int MAX_ITEMS = 50;

    private Findings() {
    }

    static List<Finding> of(PolicyAnalysis analysis, DecisionSpace space, FlowMatrix matrix) {
        List<Finding> out = new ArrayList<>();
        SharingPolicy p = space.policy;
        agreements(p, space, matrix, out);
        overlaps(p, space, matrix, out);
        purposes(p, matrix, out);
        items(space, matrix, out);
        int[] budget = {MAX_VARIANTS};
        designations(analysis, p, matrix, out, budget);
        restrictions(analysis, p, space, out, budget);
        Collections.sort(out);
        return List.copyOf(out);
    }

    private static void agreements(SharingPolicy p, DecisionSpace space, FlowMatrix matrix, List<Finding> out) {
        Set<AgreementId> relied = new HashSet<>();
        for (Flow f : matrix.flows()) {
            if (f.agreement() != null) {
                relied.add(f.agreement());
            }
        }
        for (SharingAgreement g : p.agreements().values()) {
            List<AgencyId> parties = new ArrayList<>();
            for (Agency a : space.agencies) {
                if (DecisionSpace.isParty(g, a)) {
                    parties.add(a.id());
                }
            }
            boolean inForce = false;
            for (LocalDate day : space.days) {
                inForce |= g.isInForceOn(day);
            }
            if (parties.size() < 2) {
                out.add(new Finding(Finding.Severity.WARNING, "AGREEMENT_WITHOUT_TWO_PARTIES", "agreements",
                        g.id().value(), "agreement " + g.id() + " matches " + (parties.isEmpty() ? "no agency"
                        : "only " + parties.get(0)) + " of the policy: it can carry no flow"));
            } else if (!inForce) {
                out.add(new Finding(Finding.Severity.WARNING, "AGREEMENT_NEVER_IN_FORCE", "agreements",
                        g.id().value(), "agreement " + g.id() + " is not in force on any day from " + matrix.from()
                        + " to " + matrix.to() + " (status " + g.status() + ", valid " + orOpen(g.validFrom())
                        + " to " + orOpen(g.validTo()) + "): it grants nothing in that period"));
            } else if (!relied.contains(g.id())) {
                out.add(new Finding(Finding.Severity.INFO, "AGREEMENT_NEVER_RELIED_ON", "agreements",
                        g.id().value(), "no decision in the period relies on agreement " + g.id()
                        + ": every flow between its parties is refused under it or carried by another agreement"));
            }
        }
    }

    private static String orOpen(LocalDate day) {
        return day == null ? "open" : day.toString();
    }

    /** One pair of agreements: the one the engine relies on, the one set aside. */
    private record Pair(AgreementId relied, AgreementId setAside) {
    }

    private static void overlaps(SharingPolicy p, DecisionSpace space, FlowMatrix matrix, List<Finding> out) {
        Map<Pair, List<Object[]>> byPair = new LinkedHashMap<>();
        for (Flow f : matrix.flows()) {
            if (f.agreement() == null) {
                continue;
            }
            Agency holder = p.agencies().get(f.holder());
            Agency recipient = p.agencies().get(f.recipient());
            for (SharingAgreement g : p.agreements().values()) {
                if (g.id().equals(f.agreement()) || !DecisionSpace.isParty(g, holder)
                        || !DecisionSpace.isParty(g, recipient)) {
                    continue;
                }
                SharingDecision other = space.decide(f.witness().toBuilder().under(g.id().value()).build());
                if (other.outcome().isPermit() || other.outcome() == f.outcome()) {
                    if (other.outcome() != f.outcome() || !sameTerms(f.conditions(), other.conditions())) {
                        byPair.computeIfAbsent(new Pair(f.agreement(), g.id()), k -> new ArrayList<>())
                                .add(new Object[] {f, other});
                    }
                }
            }
        }
        for (Map.Entry<Pair, List<Object[]>> e : byPair.entrySet()) {
            Flow f = (Flow) e.getValue().get(0)[0];
            SharingDecision other = (SharingDecision) e.getValue().get(0)[1];
            int n = e.getValue().size();
            out.add(new Finding(Finding.Severity.NOTICE, "OVERLAP", "agreements", e.getKey().setAside.value(),
                    "agreements " + e.getKey().relied + " and " + e.getKey().setAside + " both apply to " + n
                    + (n == 1 ? " flow" : " flows") + ", such as " + f.key() + "; the engine relies on "
                    + e.getKey().relied + " (" + terms(f.outcome(), f.conditions()) + "); " + e.getKey().setAside
                    + " would have given " + terms(other.outcome(), other.conditions())
                    + stricter(f.conditions(), other.conditions())));
        }
    }

    private static boolean sameTerms(List<Condition> a, List<Condition> b) {
        return new HashSet<>(a).equals(new HashSet<>(b));
    }

    static String terms(org.passerelle.sharing.Outcome outcome, List<Condition> conditions) {
        StringBuilder s = new StringBuilder(outcome.name());
        for (Condition c : conditions) {
            s.append("; ").append(PlainLanguage.condition(c));
        }
        return s.toString();
    }

    /** What the set-aside agreement would have required beyond the relied one: redaction, retention. */
    private static String stricter(List<Condition> relied, List<Condition> other) {
        StringBuilder s = new StringBuilder();
        SortedSet<String> more = new TreeSet<>(redacted(other));
        more.removeAll(redacted(relied));
        if (!more.isEmpty()) {
            s.append("; its stricter redaction would also have removed ").append(String.join(", ", more));
        }
        LocalDate a = retention(relied);
        LocalDate b = retention(other);
        if (b != null && (a == null || b.isBefore(a))) {
            s.append("; its retention would have ended on ").append(b).append(a == null ? " instead of no limit"
                    : " instead of " + a);
        }
        return s.toString();
    }

    private static SortedSet<String> redacted(List<Condition> conditions) {
        for (Condition c : conditions) {
            if (c instanceof Condition.Redact r) {
                return r.fields();
            }
        }
        return new TreeSet<>();
    }

    private static LocalDate retention(List<Condition> conditions) {
        for (Condition c : conditions) {
            if (c instanceof Condition.RetainUntil r) {
                return r.day();
            }
        }
        return null;
    }

    private static void purposes(SharingPolicy p, FlowMatrix matrix, List<Finding> out) {
        Set<PurposeId> listed = new HashSet<>();
        for (SharingAgreement g : p.agreements().values()) {
            listed.addAll(g.purposes());
        }
        Set<PurposeId> granted = new HashSet<>();
        for (Flow f : matrix.flows()) {
            if (f.outcome().isPermit()) {
                granted.add(f.purpose());
            }
        }
        for (Purpose purpose : p.purposes().values()) {
            if (!listed.contains(purpose.id())) {
                out.add(new Finding(Finding.Severity.WARNING, "PURPOSE_IN_NO_AGREEMENT", "purposes",
                        purpose.id().value(), "purpose " + purpose.id() + " is listed by no agreement: no flow is ever"
                        + " permitted for it without a consent"));
            } else if (!granted.contains(purpose.id())) {
                out.add(new Finding(Finding.Severity.INFO, "PURPOSE_NEVER_GRANTED", "purposes", purpose.id().value(),
                        "no flow is permitted for purpose " + purpose.id() + " on any day from " + matrix.from()
                        + " to " + matrix.to()));
            }
        }
    }

    private static void items(DecisionSpace space, FlowMatrix matrix, List<Finding> out) {
        List<String> unreachable = new ArrayList<>();
        for (int i = 0; i < space.classes.size(); i++) {
            DecisionSpace.ItemClass c = space.classes.get(i);
            if (!c.hypothetical() && !matrix.reaching.get(i)) {
                for (var id : c.members()) {
                    unreachable.add(id.value());
                }
            }
        }
        Collections.sort(unreachable);
        for (int i = 0; i < unreachable.size() && i < MAX_ITEMS; i++) {
            out.add(new Finding(Finding.Severity.INFO, "ITEM_UNREACHABLE", "items", unreachable.get(i),
                    "no agency may receive item " + unreachable.get(i) + " for any purpose on any day from "
                    + matrix.from() + " to " + matrix.to()));
        }
        if (unreachable.size() > MAX_ITEMS) {
            out.add(new Finding(Finding.Severity.INFO, "ITEM_UNREACHABLE", "items", unreachable.get(MAX_ITEMS),
                    (unreachable.size() - MAX_ITEMS) + " more items no agency may receive, from "
                    + unreachable.get(MAX_ITEMS)));
        }
    }

    private static void designations(PolicyAnalysis analysis, SharingPolicy p, FlowMatrix matrix, List<Finding> out,
            int[] budget) {
        for (Agency a : p.agencies().values()) {
            for (Designation d : a.designations()) {
                if (budget[0]-- <= 0) {
                    out.add(notChecked("agencies", a.id().value(), "designation " + d + " of " + a.id()));
                    continue;
                }
                EnumSet<Designation> rest = EnumSet.noneOf(Designation.class);
                rest.addAll(a.designations());
                rest.remove(d);
                Agency without = new Agency(a.id(), a.name(), a.kind(), a.country(), a.organisation(),
                        a.communities(), a.clients(), new TreeSet<>(rest));
                SharingPolicy variant = replaceAgency(p, without);
                ChangeImpact impact = ChangeImpact.between(matrix, analysis.variant(variant).flowMatrix());
                if (impact.changes().isEmpty()) {
                    out.add(new Finding(Finding.Severity.INFO, "DESIGNATION_WITHOUT_EFFECT", "agencies",
                            a.id().value(), "designation " + d + " of " + a.id() + " changes no flow from "
                            + matrix.from() + " to " + matrix.to()));
                }
            }
        }
    }

    private static void restrictions(PolicyAnalysis analysis, SharingPolicy p, DecisionSpace space,
            List<Finding> out, int[] budget) {
        for (DecisionSpace.ItemClass c : space.classes) {
            InformationItem item = c.representative();
            SourceRestrictions r = item.restrictions();
            if (c.hypothetical() || r.equals(SourceRestrictions.NONE)) {
                continue;
            }
            List<Object[]> variants = new ArrayList<>();
            for (AgencyId excluded : r.excludedRecipients()) {
                TreeSet<AgencyId> rest = new TreeSet<>(r.excludedRecipients());
                rest.remove(excluded);
                variants.add(new Object[] {"the exclusion of " + excluded, new SourceRestrictions(r.allowedRecipients(),
                        rest, r.allowedPurposes(), r.retentionEnd(), r.noFurtherDissemination())});
            }
            if (!r.allowedRecipients().isEmpty()) {
                variants.add(new Object[] {"the list of allowed recipients", new SourceRestrictions(null,
                        r.excludedRecipients(), r.allowedPurposes(), r.retentionEnd(), r.noFurtherDissemination())});
            }
            if (!r.allowedPurposes().isEmpty()) {
                variants.add(new Object[] {"the list of allowed purposes", new SourceRestrictions(r.allowedRecipients(),
                        r.excludedRecipients(), null, r.retentionEnd(), r.noFurtherDissemination())});
            }
            if (r.noFurtherDissemination()) {
                variants.add(new Object[] {"the ban on further dissemination", new SourceRestrictions(
                        r.allowedRecipients(), r.excludedRecipients(), r.allowedPurposes(), r.retentionEnd(), false)});
            }
            Map<List<Object>, SharingDecision> row = null;
            for (Object[] v : variants) {
                String what = (String) v[0];
                if (budget[0]-- <= 0) {
                    out.add(notChecked("items", item.id().value(), what + " of item " + item.id()));
                    continue;
                }
                if (row == null) {
                    row = Matrices.row(space, item.id(), item.holder(), space.agencies, space.days);
                }
                InformationItem loosened = item.toBuilder().restrictions((SourceRestrictions) v[1]).build();
                SharingPolicy variant = p.toBuilder().putItem(loosened).build();
                DecisionSpace other = new DecisionSpace(variant, space.days.get(0),
                        space.days.get(space.days.size() - 1), space.use);
                Map<List<Object>, SharingDecision> loose = Matrices.row(other, item.id(), item.holder(),
                        space.agencies, space.days);
                if (sameOutcomes(row, loose)) {
                    out.add(new Finding(Finding.Severity.INFO, "RESTRICTION_WITHOUT_EFFECT", "items",
                            item.id().value(), what + " on item " + item.id() + " changes no decision from "
                            + space.days.get(0) + " to " + space.days.get(space.days.size() - 1)
                            + ": the law alone already gives the same answers"));
                }
            }
        }
    }

    private static boolean sameOutcomes(Map<List<Object>, SharingDecision> a, Map<List<Object>, SharingDecision> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (Map.Entry<List<Object>, SharingDecision> e : a.entrySet()) {
            SharingDecision other = b.get(e.getKey());
            if (other.outcome() != e.getValue().outcome()
                    || !Objects.equals(other.agreement(), e.getValue().agreement())
                    || !sameTerms(other.conditions(), e.getValue().conditions())) {
                return false;
            }
        }
        return true;
    }

    private static Finding notChecked(String section, String element, String what) {
        return new Finding(Finding.Severity.INFO, "NOT_CHECKED", section, element, "whether " + what
                + " changes anything was not checked: the analysis checks at most " + MAX_VARIANTS
                + " designations and restrictions");
    }

    private static SharingPolicy replaceAgency(SharingPolicy p, Agency replacement) {
        List<Agency> agencies = new ArrayList<>();
        for (Agency a : p.agencies().values()) {
            agencies.add(a.id().equals(replacement.id()) ? replacement : a);
        }
        SharingPolicy law = SharingPolicy.builder().agencies(agencies.toArray(new Agency[0]))
                .purposes(p.purposes().values().toArray(new Purpose[0]))
                .agreements(p.agreements().values().toArray(new SharingAgreement[0]))
                .legalAreas(p.legalAreas().values().toArray(new org.passerelle.sharing.LegalArea[0])).items()
                .build();
        return PolicyAnalysis.withFacts(law.law(), p);
    }
}
