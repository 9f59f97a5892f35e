package org.passerelle.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.json.PolicyWriter;
import org.passerelle.model.CountryCode;
import org.passerelle.model.Declaration;
import org.passerelle.model.DeclarationAttribute;
import org.passerelle.model.GoodsItem;
import org.passerelle.model.Itinerary;
import org.passerelle.model.Money;
import org.passerelle.model.Party;
import org.passerelle.model.PartyRole;
import org.passerelle.model.TraderId;
import org.passerelle.risk.Criterion;
import org.passerelle.risk.InspectionResult;
import org.passerelle.risk.RiskPolicy;
import org.passerelle.risk.learn.Inspection;
import org.passerelle.risk.learn.Learner;

/**
 * Checks that the schemas describe what the learner writes (an additive scorecard of attribute,
 * range and conjunction criteria) and refuse a malformed criterion of the new kinds.
 */
class LearnedPolicySchemaTest {
    private static final String[] HS6 = {"392329", "851890", "610910", "940360"};
    private static final String[] COUNTRIES = {"VN", "CN", "TR", "IN"};

    private static List<Inspection> history(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Inspection> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String hs6 = HS6[r.nextInt(HS6.length)];
            String origin = COUNTRIES[r.nextInt(COUNTRIES.length)];
            double mass = 1 + r.nextInt(5000);
            LocalDate day = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(180));
            Declaration d = Declaration.builder("LRN-" + seed + "-" + i)
                    .lodgedAt(day.atStartOfDay().toInstant(ZoneOffset.UTC))
                    .party(Party.company(PartyRole.CONSIGNEE, TraderId.tin("IMP-" + r.nextInt(20)), "importer", "KR"))
                    .item(GoodsItem.builder(1).commodityCode(hs6).description("goods of HS " + hs6).mass(mass, mass)
                            .value(String.valueOf(mass * (1 + r.nextInt(50))), "KRW").origin(origin).build())
                    .itinerary(new Itinerary(null, CountryCode.of(origin), null, null, null, null, null, null))
                    .attribute(DeclarationAttribute.OFFICE, String.valueOf(10 + r.nextInt(3)))
                    .attribute(DeclarationAttribute.TAX_RATE, r.nextBoolean() ? "8.0" : "0.0")
                    .build();
            boolean signal = hs6.equals("392329") && origin.equals("VN");
            boolean irregular = r.nextDouble() < (signal ? 0.9 : 0.1);
            out.add(new Inspection(d, irregular ? InspectionResult.revenue(d.reference(), day, Money.of("100", "KRW"))
                    : InspectionResult.nothingFound(d.reference(), day), false));
        }
        return out;
    }

    @Test
    void aLearnedPolicyAsWrittenByTheLearnCommandIsValid(@TempDir Path dir) throws IOException {
        RiskPolicy policy = Learner.builder().build().learn(history(1, 1500), history(2, 500)).policy();
        assertThat(policy.profiles()).singleElement().satisfies(p -> assertThat(p.scorecard()).isTrue());
        assertThat(policy.indicators()).extracting(i -> i.criterion().kind())
                .contains(Criterion.Kind.ATTRIBUTE, Criterion.Kind.RANGE, Criterion.Kind.ALL_OF);

        PolicyWriter.writeRiskDirectory(policy, dir);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            assertThat(SchemaTest.errors("policy.schema.json", Files.readString(f))).as(f.toString()).isEmpty();
        }
    }

    @Test
    void malformedCriteriaOfTheNewKindsAndAScorecardWithADirectLaneAreRefused() {
        String valid = indicator("{\"kind\": \"range\", \"measure\": \"VALUE\", \"min\": 10, \"max\": 31.6, "
                + "\"currency\": \"KRW\", \"prefixes\": [\"392329\"]}");
        assertThat(SchemaTest.errors("policy.schema.json", valid)).isEmpty();
        assertThat(SchemaTest.errors("policy.schema.json", indicator("{\"kind\": \"attribute\", \"attribute\": "
                + "\"OFFICE\", \"codes\": [\"30\"]}"))).isEmpty();

        assertThat(SchemaTest.errors("policy.schema.json", indicator("{\"kind\": \"ranges\", \"measure\": \"VALUE\", "
                + "\"min\": 10, \"max\": 31.6, \"currency\": \"KRW\"}"))).as("an unknown kind").isNotEmpty();
        assertThat(SchemaTest.errors("policy.schema.json", indicator("{\"kind\": \"range\", \"measure\": \"VALUE\", "
                + "\"min\": 10, \"max\": 31.6}"))).as("a value range without a currency").isNotEmpty();
        assertThat(SchemaTest.errors("policy.schema.json", indicator("{\"kind\": \"range\", \"measure\": \"MASS\", "
                + "\"min\": 10, \"max\": 31.6, \"currency\": \"KRW\"}"))).as("a mass range with a currency").isNotEmpty();
        assertThat(SchemaTest.errors("policy.schema.json", indicator("{\"kind\": \"range\", \"measure\": \"MASS\", "
                + "\"min\": 10}"))).as("a range with one bound").isNotEmpty();
        assertThat(SchemaTest.errors("policy.schema.json", indicator("{\"kind\": \"attribute\", \"attribute\": "
                + "\"COLOUR\", \"codes\": [\"30\"]}"))).as("an unknown attribute").isNotEmpty();

        String profile = "{\"profiles\": [{\"id\": \"LEARNED\", \"title\": \"Learned\", \"owner\": \"RCA\", "
                + "\"threatArea\": \"REVENUE\", \"indicators\": [\"I-1\"], \"validFrom\": \"2024-01-01\", "
                + "\"bands\": {\"red\": 10, \"yellow\": 5, \"blue\": 5}, \"scorecard\": true%s}]}";
        assertThat(SchemaTest.errors("policy.schema.json", String.format(profile, ""))).isEmpty();
        assertThat(SchemaTest.errors("policy.schema.json", String.format(profile, ", \"directLane\": \"RED\"")))
                .as("a scorecard with a direct lane").isNotEmpty();
        assertThat(SchemaTest.errors("policy.schema.json", String.format(profile, "").replace("true", "\"yes\"")))
                .as("a scorecard flag that is not a boolean").isNotEmpty();
    }

    private static String indicator(String criterion) {
        return "{\"indicators\": [{\"id\": \"I-1\", \"threatArea\": \"REVENUE\", \"weight\": 10, \"reason\": \"r\", "
                + "\"criterion\": " + criterion + "}]}";
    }
}
