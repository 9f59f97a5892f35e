package org.passerelle.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.passerelle.sharing.SharingPolicy;

/**
 * The program {@code ReadMemoryTest} runs in a JVM of its own with a small heap: it writes (with
 * {@code write DIR MIB}) or reads (with {@code read DIR}) a large valid policy directory. Reading
 * exits with 0 when the policy was read, 2 on {@link OutOfMemoryError}.
 */
public final class HeapProbe {
    private static final String[] SCENARIO = {"agencies.json", "agreements.json", "legalAreas.json", "purposes.json"};

    private HeapProbe() {
    }

    /**
     * Runs the probe.
     *
     * @param args {@code write DIR MIB} or {@code read DIR}
     * @throws IOException if the directory cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Paths.get(args[1]);
        if (args[0].equals("write")) {
            write(dir, Integer.parseInt(args[2]));
            return;
        }
        try {
            SharingPolicy p = PolicyReader.create().readSharingPolicy(dir);
            System.out.println("items " + p.items().size());
            System.exit(0);
        } catch (OutOfMemoryError e) {
            StackTraceElement[] at = e.getStackTrace();
            for (int i = 0; i < Math.min(at.length, 12); i++) {
                System.out.println("  at " + at[i]);
            }
            System.exit(2);
        }
    }

    /** Writes the scenario policy plus items until the directory holds about {@code mib} MiB. */
    static long write(Path dir, int mib) throws IOException {
        Files.createDirectories(dir);
        long total = 0;
        for (String name : SCENARIO) {
            try (var in = HeapProbe.class.getResourceAsStream("/policies/scenarios/" + name)) {
                byte[] b = in.readAllBytes();
                Files.write(dir.resolve(name), b);
                total += b.length;
            }
        }
        int file = 0;
        int id = 0;
        long target = (long) mib * 1024 * 1024;
        while (total < target) {
            StringBuilder sb = new StringBuilder("{\n  \"items\": [\n");
            for (int i = 0; i < 1500 && total + sb.length() < target; i++) {
                sb.append(i == 0 ? "" : ",\n").append(item(id++));
            }
            sb.append("\n  ]\n}\n");
            byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve(String.format("items-%04d.json", file++)), b);
            total += b.length;
        }
        return total;
    }

    private static String item(int n) {
        return "    {\n      \"id\": \"SEIZ-" + n + "\",\n"
                + "      \"title\": \"Seizure report " + n + ": cocaine in a reefer container of bananas (HS 0803)\",\n"
                + "      \"originator\": \"RCA\",\n      \"category\": \"SEIZURE_REPORT\",\n      \"fields\": [\n"
                + "        {\"name\": \"driverName\", \"personalData\": true},\n"
                + "        {\"name\": \"dateOfBirth\", \"personalData\": true},\n"
                + "        {\"name\": \"bankAccount\", \"personalData\": true},\n"
                + "        {\"name\": \"seizedQuantityKg\"},\n        {\"name\": \"goodsDescription\"},\n"
                + "        {\"name\": \"hsCode\"},\n        {\"name\": \"containerNumber\"}\n      ],\n"
                + "      \"markings\": {\"tlp\": \"TLP:AMBER\", \"grading\": {\"scheme\": \"admiralty\", \"code\": \"B2\"}}\n"
                + "    }";
    }
}
