package org.passerelle.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SharingRequest;

/**
 * {@code decide --strict}: the agencies, item and purpose that a request names and the policy does not
 * hold, each with the closest name the policy does hold. Without {@code --strict} the engine refuses
 * such a request (fail-closed), which a script cannot tell from a refusal on the merits.
 */
final class StrictCheck {
    private StrictCheck() {
    }

    /** Returns one message per unknown reference of the request, such as {@code unknown agency "RNQ" (did you mean RNP?)}. */
    static List<String> unknownReferences(SharingRequest r, SharingPolicy policy) {
        List<String> unknown = new ArrayList<>();
        List<String> agencies = names(policy.agencies().keySet(), a -> a.value());
        check(unknown, "agency", r.recipient().value(), agencies, "recipient");
        if (!r.requester().equals(r.recipient())) {
            check(unknown, "agency", r.requester().value(), agencies, "requester");
        }
        check(unknown, "item", r.item().value(), names(policy.items().keySet(), i -> i.value()), "item");
        check(unknown, "purpose", r.purpose().value(), names(policy.purposes().keySet(), p -> p.value()), "purpose");
        return unknown;
    }

    private static <T> List<String> names(java.util.Collection<T> ids, Function<T, String> name) {
        return ids.stream().map(name).collect(Collectors.toList());
    }

    private static void check(List<String> unknown, String kind, String value, List<String> known, String field) {
        if (known.contains(value)) {
            return;
        }
        String closest = Inputs.closest(value, known);
        unknown.add(field + ": unknown " + kind + " \"" + value + "\""
                + (closest != null ? " (did you mean " + closest + "?)" : known.isEmpty() ? " (the policy has none)"
                        : " (the policy has " + String.join(", ", known.size() > 10 ? known.subList(0, 10) : known)
                                + (known.size() > 10 ? ", ..." : "") + ")"));
    }
}
