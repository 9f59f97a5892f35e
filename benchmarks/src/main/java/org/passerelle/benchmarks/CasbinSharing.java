package org.passerelle.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casbin.jcasbin.main.EnforceResult;
import org.casbin.jcasbin.main.Enforcer;
import org.casbin.jcasbin.model.Model;
import org.casbin.jcasbin.persist.file_adapter.FileAdapter;
import org.casbin.jcasbin.util.Util;
import org.passerelle.model.AgencyId;
import org.passerelle.sharing.AgreementId;
import org.passerelle.sharing.AgreementStatus;
import org.passerelle.sharing.InformationCategory;
import org.passerelle.sharing.InformationItem;
import org.passerelle.model.ItemId;
import org.passerelle.sharing.Outcome;
import org.passerelle.sharing.PurposeId;
import org.passerelle.sharing.SharingAgreement;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SharingRequest;

/**
 * jCasbin (1.73.0): the policy as a Casbin model and a CSV policy file, one line per (originator party,
 * recipient party, category, purpose) of each agreement in force, a wildcard line per agreement with a consent extension,
 * and deny lines for the source's exclusions and retention ends. The effect is {@code priority(p.eft) ||
 * deny}: the first matching line decides, so deny lines come first, then permits in agreement order, then
 * the pending-consent lines. The matched line (from {@code enforceEx}) carries the agreement and the
 * obligations (allowed personal fields, retention period) that the enforcement point applies.
 */
final class CasbinSharing implements SharingContender {
    static final String MODEL = """
            [request_definition]
            r = item, org, rcp, cat, pur, day

            [policy_definition]
            p = sub, rcp, cat, pur, from, to, agr, out, keep, ret, eft

            [policy_effect]
            e = priority(p.eft) || deny

            [matchers]
            m = (p.sub == r.org || p.sub == r.item) && (p.rcp == r.rcp || p.rcp == "*") \
            && (p.cat == r.cat || p.cat == "*") && (p.pur == r.pur || p.pur == "*") \
            && r.day >= p.from && r.day <= p.to
            """;
    private static final String START = "0000-01-01";
    private static final String END = "9999-12-31";

    private final Enforcer enforcer;
    private final Map<ItemId, InformationItem> items;

    CasbinSharing(SharingPolicy policy) {
        Util.enableLog = false;
        items = new HashMap<>(policy.items());
        try {
            Path file = Files.createTempFile("passerelle-casbin", ".csv");
            file.toFile().deleteOnExit();
            Files.write(file, policyLines(policy));
            enforcer = new Enforcer(Model.newModelFromString(MODEL), new FileAdapter(file.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The translation: Casbin policy lines, in priority order. */
    static List<String> policyLines(SharingPolicy policy) {
        List<String> deny = new ArrayList<>();
        for (InformationItem item : policy.items().values()) {
            for (AgencyId excluded : item.restrictions().excludedRecipients()) {
                deny.add(line(item.id().value(), excluded.value(), "*", "*", START, END, "-", "DENY", "-", "-", "deny"));
            }
            LocalDate end = item.restrictions().retentionEnd();
            if (end != null) {
                deny.add(line(item.id().value(), "*", "*", "*", end.plusDays(1).toString(), END, "-", "DENY", "-", "-",
                        "deny"));
            }
        }
        List<String> permit = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        for (SharingAgreement g : policy.agreements().values()) {
            if (g.status() != AgreementStatus.IN_FORCE) {
                continue;
            }
            String from = g.validFrom() == null ? START : g.validFrom().toString();
            String to = g.validTo() == null ? END : g.validTo().toString();
            AgencyId a = g.parties().get(0).agency();
            AgencyId b = g.parties().get(1).agency();
            // Originator and recipient both parties (SR-04), which includes asking for one's own item.
            for (AgencyId[] dir : new AgencyId[][] {{a, b}, {b, a}, {a, a}, {b, b}}) {
                for (InformationCategory c : g.categories()) {
                    for (PurposeId p : g.purposes()) {
                        String fields = String.join("|", g.personalFieldsFor(p));
                        permit.add(line(dir[0].value(), dir[1].value(), c.name(), p.value(), from, to, g.id().value(),
                                "PERMIT", fields.isEmpty() ? "-" : fields, g.maxRetention().toString(), "allow"));
                    }
                    if (g.consentExtension()) {
                        pending.add(line(dir[0].value(), dir[1].value(), c.name(), "*", from, to, g.id().value(),
                                "PENDING", "-", "-", "allow"));
                    }
                }
            }
        }
        List<String> all = new ArrayList<>(deny);
        all.addAll(permit);
        all.addAll(pending);
        return all;
    }

    private static String line(String... values) {
        return "p, " + String.join(", ", values);
    }

    @Override
    public String name() {
        return "jcasbin";
    }

    @Override
    public Answer decide(SharingRequest r) {
        InformationItem item = items.get(r.item());
        if (item == null) {
            return Answer.DENY;
        }
        LocalDate day = LocalDate.ofEpochDay(Pep.epochDay(r.instant()));
        EnforceResult res = enforcer.enforceEx(r.item().value(), item.originator().value(), r.recipient().value(),
                item.category().name(), r.purpose().value(), day.toString());
        if (!res.isAllow()) {
            return Answer.DENY;
        }
        List<String> line = res.getExplain();
        if (!"PERMIT".equals(line.get(7))) {
            return Answer.of(Outcome.PENDING_CONSENT);
        }
        String fields = line.get(8);
        List<String> allowed = "-".equals(fields) ? List.of() : Arrays.asList(fields.split("\\|"));
        return new Answer(Outcome.PERMIT_WITH_CONDITIONS, AgreementId.of(line.get(6)),
                Pep.redacted(item, r.fields(), allowed),
                Pep.retainUntil(day, Period.parse(line.get(9)), item.restrictions().retentionEnd()));
    }

    @Override
    public boolean threadSafe() {
        return false;
    }
}
