package org.passerelle.benchmarks;

import java.util.List;
import org.passerelle.sharing.SharingPolicy;

/** The contenders by name, each built from the same policy. */
final class Contenders {
    /** Every contender, fastest expected first. */
    static final List<String> ALL = List.of("handWritten", "lookupTable", "passerelle", "drools", "easyRules", "authzforce",
            "jcasbin");

    private Contenders() {
    }

    static SharingContender create(String name, SharingPolicy policy) {
        return switch (name) {
            case "handWritten" -> new HandWrittenSharing(policy);
            case "lookupTable" -> new LookupTableSharing(policy);
            case "passerelle" -> new PasserelleSharing(policy);
            case "drools" -> new DroolsSharing(policy);
            case "easyRules" -> new EasyRulesSharing(policy);
            case "authzforce" -> new XacmlSharing(policy);
            case "jcasbin" -> new CasbinSharing(policy);
            default -> throw new IllegalArgumentException("unknown contender " + name + ", expected one of " + ALL);
        };
    }
}
