package org.passerelle.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.Problem.Code;
import org.passerelle.model.Problem;
import org.passerelle.model.TraderId;
import org.passerelle.risk.Indicator;
import org.passerelle.risk.Profile;
import org.passerelle.risk.RiskContext;
import org.passerelle.risk.RiskPolicy;
import org.passerelle.risk.RiskSettings;

/**
 * Binds the risk sections ({@code indicators}, {@code profiles}, {@code referenceValues},
 * {@code watchLists}, {@code traders}, {@code aeoRegister}, {@code riskSettings}) into a {@link RiskPolicy}.
 *
 * <p>Duplicates (ids, reference values per HS6 and origin, a second settings object) are reported
 * with both places; references (a profile's indicators, a criterion's watch list) are checked on the
 * raw tree, so that an element that failed to bind is not reported again as dangling, and a
 * scored profile without bands when the settings have none is reported at the profile. Not
 * thread-safe: one instance per read.
 */
final class RiskSections implements SectionBinder {
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<Profile> profiles = new ArrayList<>();
    private final RiskContext.Builder context = RiskContext.builder();
    private RiskSettings settings = RiskSettings.DEFAULTS;

    /** Element kind to key to the node of the element that declared it first. */
    private final Map<String, Map<String, Node>> declared = new HashMap<>();
    /** Every profile element, bound or not, for reference checks; and the bound ones. */
    private final List<Node.Obj> profileNodes = new ArrayList<>();
    private final Map<Profile, Node.Obj> boundProfiles = new IdentityHashMap<>();
    private final List<Node.Str> watchListRefs = new ArrayList<>();
    private boolean seen;

    @Override
    public List<String> sections() {
        return RiskWriters.SECTIONS;
    }

    /** Returns whether any risk section was read. */
    boolean seen() {
        return seen;
    }

    @Override
    public void bind(String section, Node.Arr elements, Problems problems) {
        seen = true;
        switch (section) {
            case "indicators":
                each(elements, problems, "indicator", RiskSections::idOf,
                        (n, p) -> RiskReaders.indicator(n, p, watchListRefs), (n, v) -> indicators.add(v));
                break;
            case "profiles":
                for (Node n : elements.elements()) {
                    if (n instanceof Node.Obj) {
                        profileNodes.add((Node.Obj) n);
                    }
                }
                each(elements, problems, "profile", RiskSections::idOf, RiskReaders::profile, (n, v) -> {
                    profiles.add(v);
                    boundProfiles.put(v, (Node.Obj) n);
                });
                break;
            case "referenceValues":
                each(elements, problems, "reference value", RiskSections::referenceKey, RiskReaders::referenceValue,
                        (n, v) -> context.referenceValue(v));
                break;
            case "watchLists":
                each(elements, problems, "watch list", RiskSections::idOf, RiskReaders::watchList,
                        (n, v) -> context.watchList(v.id(), v.traders().toArray(new TraderId[0])));
                break;
            case "traders":
                each(elements, problems, "trader", RiskSections::idOf, RiskReaders::trader,
                        (n, v) -> context.trader(v));
                break;
            case "aeoRegister":
                each(elements, problems, "AEO register entry", n -> null, RiskReaders::registeredAeo,
                        (n, v) -> context.aeo(v.trader(), v.authorisation()));
                break;
            case "riskSettings":
                each(elements, problems, "riskSettings", n -> "riskSettings", RiskReaders::settings,
                        (n, v) -> settings = v);
                break;
            default:
                throw new IllegalArgumentException("not a risk section: " + section);
        }
    }

    /** Binds each element, reporting an element whose key was declared before, with both places. */
    private <T> void each(Node.Arr elements, Problems problems, String kind, Function<Node, String> key,
            BiFunction<Node, Problems, T> reader, java.util.function.BiConsumer<Node, T> sink) {
        Map<String, Node> keys = declared.computeIfAbsent(kind, k -> new HashMap<>());
        for (Node element : elements.elements()) {
            String k = key.apply(element);
            T value = reader.apply(element, problems);
            if (k != null) {
                Node first = keys.putIfAbsent(k, element);
                if (first != null) {
                    Node.Loc at = keyLoc(element);
                    Node.Loc f = keyLoc(first);
                    problems.add(Code.DUPLICATE, at, duplicate(kind, k) + " (first at " + f.file() + ":" + f.line() + ":"
                            + f.column() + ")");
                    continue;
                }
            }
            if (value != null) {
                sink.accept(element, value);
            }
        }
    }

    private static String duplicate(String kind, String key) {
        if (kind.equals("riskSettings")) {
            return "riskSettings is declared more than once; a policy has one settings object";
        } else if (kind.equals("reference value")) {
            return "the reference value for " + key + " is declared more than once";
        }
        return kind + " id \"" + key + "\" is declared more than once";
    }

    /** Returns where an element's key stands: its id, else its hs6, else the element. */
    private static Node.Loc keyLoc(Node element) {
        if (element instanceof Node.Obj) {
            Map<String, Node.Member> m = ((Node.Obj) element).members();
            for (String name : new String[] {"id", "hs6"}) {
                if (m.containsKey(name)) {
                    return m.get(name).value().loc();
                }
            }
        }
        return element.loc();
    }

    private static String idOf(Node node) {
        return SharingReaders.rawId(node);
    }

    private static String referenceKey(Node node) {
        if (!(node instanceof Node.Obj)) {
            return null;
        }
        Map<String, Node.Member> m = ((Node.Obj) node).members();
        Node.Member hs6 = m.get("hs6");
        Node.Member origin = m.get("origin");
        if (hs6 == null || origin == null || !(hs6.value() instanceof Node.Str)
                || !(origin.value() instanceof Node.Str)) {
            return null;
        }
        return "HS6 " + ((Node.Str) hs6.value()).value() + " and origin " + ((Node.Str) origin.value()).value();
    }

    /**
     * Checks references and builds the policy from what bound.
     *
     * @return the policy, or null when it could not be built
     */
    RiskPolicy build(Problems problems) {
        Map<String, Node> indicatorIds = declared.getOrDefault("indicator", Map.of());
        for (Node.Obj p : profileNodes) {
            Node.Member refs = p.members().get("indicators");
            if (refs != null && refs.value() instanceof Node.Arr) {
                for (Node r : ((Node.Arr) refs.value()).elements()) {
                    if (r instanceof Node.Str && !indicatorIds.containsKey(((Node.Str) r).value())) {
                        problems.add(Code.UNKNOWN_REFERENCE, r.loc(), "names no indicator of the policy (got \"" + ((Node.Str) r).value()
                                + "\")");
                    }
                }
            }
        }
        Map<String, Node> lists = declared.getOrDefault("watch list", Map.of());
        for (Node.Str ref : watchListRefs) {
            if (!lists.containsKey(ref.value())) {
                problems.add(Code.UNKNOWN_REFERENCE, ref.loc(), "names no watch list of the policy (got \"" + ref.value() + "\")");
            }
        }
        if (settings.bands() == null) {
            for (Profile p : profiles) {
                if (p.directLane() == null && p.bands() == null) {
                    problems.add(Code.CONFLICT, boundProfiles.get(p).loc(), "scored profile " + p.id() + " has no bands: give it "
                            + "\"bands\" or a \"directLane\", or set \"bands\" in riskSettings");
                }
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        try {
            return RiskPolicy.of(indicators, profiles, settings, context.build());
        } catch (InvalidInputException e) {
            Problem.Location policy = new Problem.Location("(risk policy)", "$", 0, 0);
            for (Problem p : e.problems()) {
                problems.add(p.locatedAt(policy));
            }
            return null;
        }
    }
}
