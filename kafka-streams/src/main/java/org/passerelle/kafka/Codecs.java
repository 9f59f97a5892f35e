package org.passerelle.kafka;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.passerelle.json.PolicyReader;
import org.passerelle.json.PolicyWriter;
import org.passerelle.model.Money;
import org.passerelle.risk.Effectiveness;
import org.passerelle.risk.IndicatorId;
import org.passerelle.risk.InspectionResult;
import org.passerelle.risk.ProfileId;
import org.passerelle.sharing.Consent;
import org.passerelle.sharing.Disclosure;
import org.passerelle.sharing.InformationItem;
import org.passerelle.sharing.ItemFacts;
import org.passerelle.sharing.Objection;

/**
 * The serdes of the topology's own state and repartition topics. Domain records that cross the
 * application's boundary are JSON written and read by {@code org.passerelle.json}; the state that
 * only the topology reads back (attributions, tallies) is a small binary form with a version byte.
 */
final class Codecs {
    private static final byte VERSION = 1;

    private Codecs() {
    }

    /** What the inspection of a declaration counts towards, kept until its result arrives. */
    static Serde<Effectiveness.Attribution> attributions() {
        return Serdes.serdeFrom((topic, a) -> a == null ? null : write(out -> {
            out.writeUTF(a.declarationReference());
            out.writeInt(a.profiles().size());
            for (ProfileId p : a.profiles()) {
                out.writeUTF(p.value());
            }
            out.writeInt(a.indicators().size());
            for (IndicatorId i : a.indicators()) {
                out.writeUTF(i.value());
            }
            out.writeBoolean(a.random());
        }), (topic, bytes) -> bytes == null ? null : read(bytes, in -> {
            String reference = in.readUTF();
            List<ProfileId> profiles = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                profiles.add(ProfileId.of(in.readUTF()));
            }
            List<IndicatorId> indicators = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                indicators.add(IndicatorId.of(in.readUTF()));
            }
            return new Effectiveness.Attribution(reference, profiles, indicators, in.readBoolean());
        }));
    }

    /** The running figures of one profile. */
    static Serde<Effectiveness.Tally> tallies() {
        return Serdes.serdeFrom((topic, t) -> t == null ? null : write(out -> {
            out.writeInt(t.inspections());
            out.writeInt(t.hits());
            out.writeInt(t.seizures());
            out.writeUTF(t.revenueRecovered().amount().toPlainString());
            out.writeUTF(t.revenueRecovered().currency().getCurrencyCode());
        }), (topic, bytes) -> bytes == null ? null : read(bytes, in -> new Effectiveness.Tally(in.readInt(),
                in.readInt(), in.readInt(), Money.of(new BigDecimal(in.readUTF()), in.readUTF()))));
    }

    /** An inspection result on its way to its declaration's partition, with the place it was read from. */
    static Serde<Placed<InspectionResult>> placedInspections() {
        PolicyReader reader = PolicyReader.create();
        return Serdes.serdeFrom((topic, p) -> p == null ? null
                : (p.place() + "\n" + PolicyWriter.writeInspectionResult(p.value())).getBytes(StandardCharsets.UTF_8),
                (topic, bytes) -> {
                    if (bytes == null) {
                        return null;
                    }
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    int nl = text.indexOf('\n');
                    if (nl < 0) {
                        throw new SerializationException("not a placed inspection result on " + topic);
                    }
                    String place = text.substring(0, nl);
                    return new Placed<>(place, reader.readInspectionResult(text.substring(nl + 1), place));
                });
    }

    /**
     * The facts of one item, for the facts store: the item, consents, objections and disclosures in
     * the library's JSON, with the revisions.
     */
    static Serde<ItemFacts> itemFacts() {
        PolicyReader reader = PolicyReader.create();
        return Serdes.serdeFrom((topic, f) -> f == null ? null : write(out -> {
            text(out, PolicyWriter.writeItem(f.item()));
            out.writeLong(f.itemRevision());
            out.writeInt(f.consents().size());
            for (Consent c : f.consents()) {
                text(out, PolicyWriter.writeConsent(c));
            }
            out.writeInt(f.objections().size());
            for (Objection o : f.objections()) {
                text(out, PolicyWriter.writeObjection(o));
            }
            out.writeInt(f.disclosures().size());
            for (Disclosure d : f.disclosures()) {
                text(out, PolicyWriter.writeDisclosure(d));
            }
            out.writeLong(f.revision());
        }), (topic, bytes) -> bytes == null ? null : read(bytes, in -> {
            String source = topic + " (facts store)";
            InformationItem item = reader.readItem(text(in), source);
            long itemRevision = in.readLong();
            List<Consent> consents = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                consents.add(reader.readConsent(text(in), source));
            }
            List<Objection> objections = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                objections.add(reader.readObjection(text(in), source));
            }
            List<Disclosure> disclosures = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                disclosures.add(reader.readDisclosure(text(in), source));
            }
            return new ItemFacts(item, itemRevision, consents, objections, disclosures, in.readLong());
        }));
    }

    private static void text(DataOutputStream out, String text) throws IOException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String text(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    /** A value with the place ({@code topic/partition/offset}) of the record it was read from. */
    record Placed<T>(String place, T value) {
    }

    @FunctionalInterface
    private interface Writing {
        void write(DataOutputStream out) throws IOException;
    }

    @FunctionalInterface
    private interface Reading<T> {
        T read(DataInputStream in) throws IOException;
    }

    private static byte[] write(Writing w) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            w.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static <T> T read(byte[] bytes, Reading<T> r) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            byte version = in.readByte();
            if (version != VERSION) {
                throw new SerializationException("state written in format " + version + ", this reads " + VERSION);
            }
            return r.read(in);
        } catch (IOException e) {
            throw new SerializationException("truncated state record", e);
        }
    }
}
