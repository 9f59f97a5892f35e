package org.passerelle.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.passerelle.model.Agency;
import org.passerelle.model.AgencyKind;
import org.passerelle.model.CountryCode;
import org.passerelle.sharing.AgreementStatus;
import org.passerelle.sharing.EvidenceUsePolicy;
import org.passerelle.sharing.InformationCategory;
import org.passerelle.sharing.InformationItem;
import org.passerelle.sharing.InstrumentType;
import org.passerelle.sharing.ItemField;
import org.passerelle.model.ItemId;
import org.passerelle.sharing.LegalArea;
import org.passerelle.sharing.LegalAreaId;
import org.passerelle.model.Markings;
import org.passerelle.sharing.OnwardTransferPolicy;
import org.passerelle.sharing.PartySpec;
import org.passerelle.sharing.Purpose;
import org.passerelle.sharing.SharingAgreement;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SharingRequest;
import org.passerelle.sharing.SourceRestrictions;
import org.passerelle.model.TlpLabel;

/**
 * Generates a seeded sharing policy of a given size (agencies, agreements, items) and a mixed stream
 * of requests against it: most with a basis, some without, some for purposes outside the agreement.
 *
 * <p>The canonical customs-to-police policy is scaled by {@link #scaled}: the number of agencies grows
 * with the agreements (one agency for five agreements, so an agency is party to about ten agreements
 * at every size), items with half the agreements. It carries a share of deny rules (about one item in
 * eight excludes named recipients, SR-18; one in ten has a retention end, SR-29) and of range
 * conditions (validity dates drawn per agreement, SR-02, and request instants spread over 2009-2032
 * so that the dates decide).
 */
final class SharingPolicyGenerator {
    static final String[] COUNTRIES = {"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR",
        "HR", "HU", "IE", "IT", "LT", "LU", "NL", "PT"};
    static final String[] PERSONAL = {"name", "dateOfBirth", "nationality", "idDocumentNumber", "bankAccount",
        "homePhone"};
    static final String[] PLAIN = {"seizedQuantityKg", "containerNumber", "hsCode"};
    static final AgencyKind[] KINDS = {AgencyKind.CUSTOMS, AgencyKind.POLICE, AgencyKind.INTERPOL_NCB,
        AgencyKind.PROSECUTOR, AgencyKind.TAX, AgencyKind.BORDER_GUARD, AgencyKind.FIU};
    static final InformationCategory[] CATEGORIES = InformationCategory.values();
    static final int PURPOSES = 20;
    static final Instant AS_OF = Instant.parse("2024-06-01T10:00:00Z");

    final SharingPolicy policy;
    final List<SharingRequest> requests;
    final int agreementCount;

    /**
     * The canonical policy at a given number of agreements.
     *
     * @param agreements the number of agreements (10, 100, 1,000, 10,000)
     * @param requestCount the length of the request stream
     * @param seed the seed
     * @return the generated policy and requests
     */
    static SharingPolicyGenerator scaled(int agreements, int requestCount, long seed) {
        int agencies = Math.max(6, agreements / 5);
        int items = Math.min(5_000, Math.max(20, agreements / 2));
        return new SharingPolicyGenerator(agencies, agreements, items, requestCount, seed);
    }

    SharingPolicyGenerator(int agencies, int agreements, int items, int requestCount, long seed) {
        agreementCount = agreements;
        SplittableRandom rnd = new SplittableRandom(seed);
        SharingPolicy.Builder b = SharingPolicy.builder();
        List<String> eu = List.of(COUNTRIES);
        b.legalAreas(new LegalArea(LegalAreaId.of("EU"), "European Union",
                new TreeSet<>(eu.stream().map(CountryCode::of).toList())));
        for (int i = 0; i < agencies; i++) {
            b.agencies(Agency.builder(agencyId(i)).name("Agency " + i).kind(KINDS[i % KINDS.length])
                    .country(COUNTRIES[i % COUNTRIES.length]).build());
        }
        for (int p = 0; p < PURPOSES; p++) {
            b.purposes(p % 2 == 0 ? Purpose.lawEnforcement(purposeId(p), "Purpose " + p)
                    : Purpose.other(purposeId(p), "Purpose " + p));
        }
        List<SharingAgreement> generated = new ArrayList<>();
        for (int a = 0; a < agreements; a++) {
            int first = rnd.nextInt(agencies);
            int second = (first + 1 + rnd.nextInt(agencies - 1)) % agencies;
            int kind = rnd.nextInt(10);
            LocalDate from = validFrom(kind, rnd);
            SharingAgreement.Builder g = SharingAgreement.builder(String.format("AG%05d", a))
                    .title("Agreement " + a).instrumentType(InstrumentType.MOU).legalBasis("MoU " + a, null)
                    .parties(PartySpec.agency(agencyId(first)), PartySpec.agency(agencyId(second)))
                    .valid(from, validTo(kind, from, rnd))
                    .status(kind == 1 ? AgreementStatus.SUSPENDED : AgreementStatus.IN_FORCE)
                    .consentExtension(rnd.nextBoolean())
                    .onwardTransfer(rnd.nextInt(4) == 0 ? OnwardTransferPolicy.NONE
                            : OnwardTransferPolicy.CONSENT_REQUIRED)
                    .evidenceUse(EvidenceUsePolicy.OWN_DATA_ONLY)
                    .maxRetention(Period.ofYears(1 + rnd.nextInt(5)));
            for (int c = 0; c < 3; c++) {
                g.categories(CATEGORIES[rnd.nextInt(CATEGORIES.length)]);
            }
            for (int p = 0; p < 3; p++) {
                String purpose = purposeId(rnd.nextInt(PURPOSES));
                g.purposes(purpose);
                List<String> fields = new ArrayList<>();
                for (String f : PERSONAL) {
                    if (rnd.nextInt(3) > 0) {
                        fields.add(f);
                    }
                }
                g.personalFields(purpose, fields.toArray(new String[0]));
            }
            generated.add(g.build());
        }
        b.agreements(generated.toArray(new SharingAgreement[0]));
        List<InformationItem> generatedItems = new ArrayList<>();
        TlpLabel[] labels = {null, TlpLabel.CLEAR, TlpLabel.GREEN, TlpLabel.AMBER};
        for (int i = 0; i < items; i++) {
            // Items come from agreement parties, so that most requests have a candidate basis.
            SharingAgreement g = generated.get(rnd.nextInt(generated.size()));
            TreeSet<ItemField> fields = new TreeSet<>();
            for (String f : PERSONAL) {
                fields.add(ItemField.personal(f));
            }
            for (String f : PLAIN) {
                fields.add(ItemField.plain(f));
            }
            TlpLabel tlp = labels[rnd.nextInt(labels.length)];
            LocalDate retentionEnd = rnd.nextInt(10) == 0 ? LocalDate.of(2024 + rnd.nextInt(4), 1 + rnd.nextInt(12), 1)
                    : null;
            // Deny rules (SR-18): some items exclude the counterparty of one of the originator's agreements
            // and a random agency.
            TreeSet<org.passerelle.model.AgencyId> excluded = new TreeSet<>();
            if (rnd.nextInt(8) == 0) {
                excluded.add(g.parties().get(1).agency());
                excluded.add(org.passerelle.model.AgencyId.of(agencyId(rnd.nextInt(agencies))));
                excluded.remove(g.parties().get(0).agency());
            }
            generatedItems.add(new InformationItem(ItemId.of(String.format("IT%05d", i)), "Item " + i,
                    g.parties().get(0).agency(), List.of(), CATEGORIES[rnd.nextInt(CATEGORIES.length)], fields,
                    tlp == null ? Markings.NONE : Markings.of(tlp),
                    new SourceRestrictions(null, excluded, null, retentionEnd, false), null, null, false));
        }
        b.items(generatedItems.toArray(new InformationItem[0]));
        policy = b.build();

        java.util.Map<org.passerelle.model.AgencyId, List<SharingAgreement>> byParty = new java.util.HashMap<>();
        for (SharingAgreement g : generated) {
            byParty.computeIfAbsent(g.parties().get(0).agency(), k -> new ArrayList<>()).add(g);
            byParty.computeIfAbsent(g.parties().get(1).agency(), k -> new ArrayList<>()).add(g);
        }
        requests = new ArrayList<>(requestCount);
        for (int r = 0; r < requestCount; r++) {
            InformationItem item = generatedItems.get(rnd.nextInt(generatedItems.size()));
            List<SharingAgreement> mine = byParty.get(item.originator());
            SharingAgreement g = mine.get(rnd.nextInt(mine.size()));
            String recipient = rnd.nextInt(10) < 8
                    ? (g.parties().get(0).agency().equals(item.originator()) ? g.parties().get(1)
                            : g.parties().get(0)).agency().value()
                    : agencyId(rnd.nextInt(agencies));
            String purpose = rnd.nextInt(10) < 8 ? g.purposes().first().value() : purposeId(rnd.nextInt(PURPOSES));
            SharingRequest.Builder req = SharingRequest.builder().id("R" + r).recipient(recipient)
                    .item(item.id().value()).purpose(purpose).at(instant(rnd));
            if (rnd.nextBoolean()) {
                req.fields("name", "bankAccount", "seizedQuantityKg");
            }
            requests.add(req.build());
        }
    }

    /** Validity start: kind 0 is an expired agreement, the others start between 2012 and 2025. */
    private static LocalDate validFrom(int kind, SplittableRandom rnd) {
        return kind == 0 ? LocalDate.of(2010, 1, 1) : LocalDate.of(2012, 1, 1).plusDays(rnd.nextInt(14 * 365));
    }

    /** Validity end: kind 0 ended in 2015, a few have none, the others last 2 to 14 years. */
    private static LocalDate validTo(int kind, LocalDate from, SplittableRandom rnd) {
        if (kind == 0) {
            return LocalDate.of(2015, 12, 31);
        }
        return rnd.nextInt(10) == 0 ? null : from.plusDays(2 * 365 + rnd.nextInt(12 * 365));
    }

    /** Request instants: mostly the canonical day, else any day from 2009 to 2032. */
    private static Instant instant(SplittableRandom rnd) {
        return rnd.nextInt(10) < 6 ? AS_OF : AS_OF.plusSeconds(86_400L * (rnd.nextInt(24 * 365) - 15 * 365));
    }

    static String agencyId(int i) {
        return String.format("A%04d", i);
    }

    static String purposeId(int p) {
        return String.format("P%02d", p);
    }
}
