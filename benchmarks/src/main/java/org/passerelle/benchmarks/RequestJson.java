package org.passerelle.benchmarks;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.passerelle.sharing.SharingRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A sharing request as JSON, read with Jackson 3 directly (the library's own reader,
 * {@code org.passerelle.json}, was not merged when these benchmarks were written). The same reader
 * serves every contender, so the JSON workload adds the same marshalling to each.
 */
final class RequestJson {
    private static final JsonMapper MAPPER = JsonMapper.shared();

    private RequestJson() {
    }

    static String write(SharingRequest r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("requester", r.requester().value());
        m.put("recipient", r.recipient().value());
        m.put("item", r.item().value());
        m.put("purpose", r.purpose().value());
        m.put("fields", r.fields());
        m.put("intendedUse", r.intendedUse().name());
        m.put("at", r.instant().toString());
        return MAPPER.writeValueAsString(m);
    }

    static SharingRequest read(String json) {
        JsonNode n = MAPPER.readTree(json);
        SharingRequest.Builder b = SharingRequest.builder().id(n.get("id").asString())
                .requester(n.get("requester").asString()).recipient(n.get("recipient").asString())
                .item(n.get("item").asString()).purpose(n.get("purpose").asString())
                .intendedUse(org.passerelle.sharing.IntendedUse.valueOf(n.get("intendedUse").asString()))
                .at(Instant.parse(n.get("at").asString()));
        for (JsonNode f : n.get("fields").values()) {
            b.fields(f.asString());
        }
        return b.build();
    }
}
