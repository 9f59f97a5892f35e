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
import org.passerelle.model.DeclarationAttribute;
import org.passerelle.model.GoodsItem;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.Itinerary;
import org.passerelle.model.Money;
import org.passerelle.model.Party;
import org.passerelle.model.PartyRole;
import org.passerelle.model.TraderId;
import org.passerelle.model.TransportMeans;
import org.passerelle.model.TransportMode;
import org.passerelle.risk.InspectionResult;
import org.passerelle.risk.learn.Inspection;

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
 * POSTAL, anything else OTHER (an assumption: the README does not list the codes). Office, process
 * type, import type and use, payment type, tax rate and type and origin indicator become the
 * declaration's coded attributes. The fraud labels ({@code Critical Fraud} may be 2) are not part of
 * a declaration: {@link #history} reads them as inspection results. Rows that do not fit the model (an unassigned country code, for instance) are
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

    /**
     * Reads one file as inspection history: every row was inspected; {@code Fraud} 1 is a finding,
     * with the item price as the revenue at stake (the revenue proxy), 0 found nothing. Rows that do
     * not fit the model are skipped and counted in {@code skipped}.
     */
    static List<Inspection> history(Path file, int[] skipped) {
        List<Inspection> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null || !header.startsWith("Declaration ID,Date,")) {
                throw new IllegalArgumentException(file + " does not start with the KCS header");
            }
            String line;
            while ((line = r.readLine()) != null) {
                String[] c = line.split(",", -1);
                Declaration d = row(c);
                if (d == null) {
                    skipped[0]++;
                    continue;
                }
                LocalDate day = LocalDate.parse(c[1]);
                InspectionResult result = c[20].equals("1")
                        ? InspectionResult.revenue(d.reference(), day, Money.of(c[19].isEmpty() ? "0" : c[19], "KRW"))
                        : InspectionResult.nothingFound(d.reference(), day);
                out.add(new Inspection(d, result, false));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return out;
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
            attribute(b, DeclarationAttribute.OFFICE, c[2]);
            attribute(b, DeclarationAttribute.PROCEDURE, c[3]);
            attribute(b, DeclarationAttribute.IMPORT_TYPE, c[4]);
            attribute(b, DeclarationAttribute.IMPORT_USE, c[5]);
            attribute(b, DeclarationAttribute.PAYMENT_TYPE, c[6]);
            attribute(b, DeclarationAttribute.TAX_RATE, c[15]);
            attribute(b, DeclarationAttribute.TAX_TYPE, c[16]);
            attribute(b, DeclarationAttribute.ORIGIN_INDICATOR, c[17]);
            return b.build();
        } catch (InvalidInputException | IllegalArgumentException | java.time.DateTimeException e) {
            return null;
        }
    }

    private static void attribute(Declaration.Builder b, DeclarationAttribute a, String code) {
        if (!code.isEmpty()) {
            b.attribute(a, code);
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
