package org.passerelle.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.model.CountryCode;
import org.passerelle.model.Declaration;
import org.passerelle.model.GoodsItem;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.Itinerary;
import org.passerelle.model.Party;
import org.passerelle.model.PartyRole;
import org.passerelle.model.TraderId;
import org.passerelle.model.TransportMeans;
import org.passerelle.model.TransportMode;

/**
 * Reads the Korea Customs Service synthetic import declarations ({@code df_syn_*_eng.csv}, see the
 * folder's README) into {@link Declaration}s: real trade shapes for the risk benchmark.
 *
 * <p>Mapping: {@code Declaration ID} gives the LRN ({@code KCS-<id>}); {@code Date} the lodging
 * instant (midnight UTC); {@code Importer ID} the consignee, {@code Declarant ID} the declarant,
 * {@code Seller ID} the seller and {@code Courier ID} the carrier (the last two only when not
 * empty), each a TIN with the anonymised id as name; the importer, declarant and courier are
 * established in KR, the seller in the country of departure. One goods item: the {@code HS6 Code}
 * left-padded with zeros to 6 digits (the files drop leading zeros: {@code 90121} is {@code 090121}),
 * net mass, {@code Item Price} in KRW, country of origin. {@code Country of Departure} becomes the
 * itinerary's departure country; {@code Mode of Transport} 10 is SEA, 20 RAIL, 30 ROAD, 40 AIR, 50
 * POSTAL, anything else OTHER (an assumption: the README does not list the codes). Payment types,
 * tax columns and the fraud labels ({@code Critical Fraud} may be 2) are not part of a declaration
 * and are ignored. Rows that do not fit the model (an unassigned country code, for instance) are
 * skipped and counted.
 */
final class KcsDeclarations {
    /** The default folder, relative to the project root. */
    static final String DEFAULT_FOLDER = "../shared/data/kcs-synthetic";

    final List<Declaration> declarations = new ArrayList<>();
    int skipped;

    private KcsDeclarations() {
    }

    /** Reads every {@code df_syn_*_eng.csv} file of a folder, in name order. */
    static KcsDeclarations read(Path folder) {
        KcsDeclarations out = new KcsDeclarations();
        List<Path> files = new ArrayList<>();
        try (var stream = Files.newDirectoryStream(folder, "df_syn_*_eng.csv")) {
            stream.forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the KCS folder " + folder.toAbsolutePath()
                    + " (set -p kcsFolder=... or -Dpasserelle.kcs=...)", e);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no df_syn_*_eng.csv file in " + folder.toAbsolutePath());
        }
        files.sort(null);
        for (Path f : files) {
            out.readFile(f);
        }
        return out;
    }

    private void readFile(Path file) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null || !header.startsWith("Declaration ID,Date,")) {
                throw new IllegalArgumentException(file + " does not start with the KCS header");
            }
            String line;
            while ((line = r.readLine()) != null) {
                Declaration d = row(line.split(",", -1));
                if (d == null) {
                    skipped++;
                } else {
                    declarations.add(d);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Declaration row(String[] c) {
        if (c.length < 22) {
            return null;
        }
        try {
            Declaration.Builder b = Declaration.builder("KCS-" + c[0])
                    .lodgedAt(LocalDate.parse(c[1]).atStartOfDay().toInstant(ZoneOffset.UTC));
            CountryCode departure = country(c[13]);
            b.party(Party.company(PartyRole.CONSIGNEE, TraderId.tin(c[9]), c[9], "KR"));
            b.party(Party.company(PartyRole.DECLARANT, TraderId.tin(c[8]), c[8], "KR"));
            if (!c[10].isEmpty()) {
                b.party(Party.company(PartyRole.SELLER, TraderId.tin(c[10]), c[10],
                        departure == null ? "KR" : departure.code()));
            }
            if (!c[11].isEmpty()) {
                b.party(Party.company(PartyRole.CARRIER, TraderId.tin(c[11]), c[11], "KR"));
            }
            String hs6 = "000000".substring(Math.min(6, c[12].length())) + c[12];
            CountryCode origin = country(c[14]);
            double net = c[18].isEmpty() ? 0 : Double.parseDouble(c[18]);
            GoodsItem.Builder item = GoodsItem.builder(1).commodityCode(hs6).description("goods of HS " + hs6)
                    .mass(0, net).value(c[19].isEmpty() ? "0" : c[19], "KRW");
            if (origin != null) {
                item.origin(origin.code());
            }
            b.item(item.build());
            b.itinerary(new Itinerary(null, departure, null, null, null, null, null, null));
            b.transport(TransportMeans.of(mode(c[7])));
            return b.build();
        } catch (InvalidInputException | IllegalArgumentException | java.time.DateTimeException e) {
            return null;
        }
    }

    private static CountryCode country(String code) {
        try {
            return code.isEmpty() ? null : CountryCode.of(code);
        } catch (InvalidInputException e) {
            return null;
        }
    }

    private static TransportMode mode(String code) {
        switch (code) {
            case "10":
                return TransportMode.SEA;
            case "20":
                return TransportMode.RAIL;
            case "30":
                return TransportMode.ROAD;
            case "40":
                return TransportMode.AIR;
            case "50":
                return TransportMode.POSTAL;
            default:
                return TransportMode.OTHER;
        }
    }
}
