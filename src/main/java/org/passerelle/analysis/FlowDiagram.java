package org.passerelle.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.passerelle.model.Agency;
import org.passerelle.model.AgencyId;
import org.passerelle.sharing.InformationCategory;
import org.passerelle.sharing.Outcome;
import org.passerelle.sharing.PurposeId;
import org.passerelle.sharing.SharingPolicy;

/**
 * The flow diagram of a flow matrix: agencies as nodes, and from each holder to each recipient one
 * edge per outcome, labelled with the categories and the purposes it carries and styled by outcome
 * (green: permitted; blue: permitted on conditions; dashed amber: only with consent; dashed red: a
 * person decides). Written as Mermaid text or as a self-contained SVG with a deterministic layout
 * (agencies on a circle, in id order). Stateless.
 */
public final class FlowDiagram {
    private static final double NODE_W = 120;
    private static final double NODE_H = 40;

    private FlowDiagram() {
    }

    /** One edge: a holder, a recipient, an outcome, and per category the purposes. */
    record Edge(AgencyId from, AgencyId to, Outcome outcome, SortedMap<InformationCategory, SortedSet<PurposeId>> what) {
        /** The categories grouped by the purposes they go for: {@code A, B: p, q; C: r}. */
        String label() {
            Map<SortedSet<PurposeId>, List<InformationCategory>> byPurposes = new LinkedHashMap<>();
            for (Map.Entry<InformationCategory, SortedSet<PurposeId>> e : what.entrySet()) {
                byPurposes.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
            }
            List<String> parts = new ArrayList<>();
            for (Map.Entry<SortedSet<PurposeId>, List<InformationCategory>> e : byPurposes.entrySet()) {
                parts.add(PlainLanguage.join(e.getValue()) + ": " + PlainLanguage.join(e.getKey()));
            }
            return String.join("; ", parts);
        }

        String shortLabel() {
            int purposes = new TreeSet<>(what.values().stream().flatMap(SortedSet::stream).toList()).size();
            return what.size() + (what.size() == 1 ? " category" : " categories") + " × " + purposes
                    + (purposes == 1 ? " purpose" : " purposes");
        }
    }

    static List<Edge> edges(FlowMatrix matrix) {
        Map<List<Object>, Edge> edges = new LinkedHashMap<>();
        for (Flow f : matrix.flows()) {
            Edge e = edges.computeIfAbsent(List.of(f.holder(), f.recipient(), f.outcome()),
                    k -> new Edge(f.holder(), f.recipient(), f.outcome(), new TreeMap<>()));
            e.what.computeIfAbsent(f.category(), k -> new TreeSet<>()).add(f.purpose());
        }
        List<Edge> out = new ArrayList<>(edges.values());
        out.sort((a, b) -> {
            int c = a.from.compareTo(b.from);
            c = c != 0 ? c : a.to.compareTo(b.to);
            return c != 0 ? c : a.outcome.compareTo(b.outcome);
        });
        return out;
    }

    /**
     * Writes the diagram as Mermaid flowchart text.
     *
     * @param policy the policy, for the agencies' names, not null
     * @param matrix the matrix, not null
     * @return the Mermaid text, ending with a newline
     */
    public static String mermaid(SharingPolicy policy, FlowMatrix matrix) {
        StringBuilder s = new StringBuilder("flowchart LR\n");
        for (Agency a : policy.agencies().values()) {
            s.append("  ").append(node(a.id())).append("[\"").append(mermaidText(a.id().value())).append("<br/>")
                    .append(mermaidText(a.kind() + ", " + a.country().code())).append("\"]\n");
        }
        List<Edge> edges = edges(matrix);
        for (Edge e : edges) {
            boolean dashed = !e.outcome.isPermit();
            s.append("  ").append(node(e.from)).append(dashed ? " -. \"" : " -- \"").append(mermaidText(
                    e.outcome.name() + ": " + e.label())).append(dashed ? "\" .-> " : "\" --> ").append(node(e.to))
                    .append('\n');
        }
        for (int i = 0; i < edges.size(); i++) {
            s.append("  linkStyle ").append(i).append(" stroke:").append(colour(edges.get(i).outcome))
                    .append(",stroke-width:2px\n");
        }
        return s.toString();
    }

    private static String node(AgencyId id) {
        return "a_" + id.value().replaceAll("[^A-Za-z0-9_]", "_");
    }

    private static String mermaidText(String text) {
        return text.replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;");
    }

    static String colour(Outcome o) {
        switch (o) {
            case PERMIT:
                return "#2e7d32";
            case PERMIT_WITH_CONDITIONS:
                return "#1565c0";
            case PENDING_CONSENT:
                return "#b26a00";
            case ESCALATE:
                return "#c62828";
            default:
                return "#555555";
        }
    }

    /**
     * Writes the diagram as a self-contained SVG document: no external resource, no script; the
     * full label of each edge is its tooltip ({@code <title>}).
     *
     * @param policy the policy, for the agencies, not null
     * @param matrix the matrix, not null
     * @return the SVG text
     */
    public static String svg(SharingPolicy policy, FlowMatrix matrix) {
        List<Agency> agencies = new ArrayList<>(policy.agencies().values());
        int n = agencies.size();
        double radius = Math.max(240, n * (NODE_W + 30) / (2 * Math.PI));
        double size = 2 * radius + NODE_W + 120;
        double cx = size / 2;
        double cy = size / 2;
        Map<AgencyId, double[]> at = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / Math.max(1, n);
            at.put(agencies.get(i).id(), new double[] {cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)});
        }
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"flow-diagram\" role=\"img\" viewBox=\"0 0 ")
                .append(num(size)).append(' ').append(num(size)).append("\" width=\"").append(num(size))
                .append("\" height=\"").append(num(size)).append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
        s.append("<title>Flows between agencies, by outcome</title>\n<defs>\n");
        for (Outcome o : Outcome.values()) {
            s.append("<marker id=\"arrow-").append(o.name()).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\""
                    + " markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\""
                    + " fill=\"").append(colour(o)).append("\"/></marker>\n");
        }
        s.append("</defs>\n");
        List<Edge> edges = edges(matrix);
        Map<List<AgencyId>, Integer> parallel = new TreeMap<>((a, b) -> {
            int c = a.get(0).compareTo(b.get(0));
            return c != 0 ? c : a.get(1).compareTo(b.get(1));
        });
        for (Edge e : edges) {
            double[] a = at.get(e.from);
            double[] b = at.get(e.to);
            int k = parallel.merge(List.of(e.from, e.to), 1, Integer::sum) - 1;
            double dx = b[0] - a[0];
            double dy = b[1] - a[1];
            double len = Math.max(1, Math.hypot(dx, dy));
            // Bend each edge to its left, more for each further edge between the same two agencies.
            double bend = 60 + 36 * k;
            double mx = (a[0] + b[0]) / 2 - dy / len * bend;
            double my = (a[1] + b[1]) / 2 + dx / len * bend;
            double[] start = border(a, mx, my);
            double[] end = border(b, mx, my);
            String colour = colour(e.outcome);
            s.append("<g class=\"edge outcome-").append(e.outcome.name()).append("\">");
            s.append("<title>").append(Html.escape(e.from + " → " + e.to + ", " + e.outcome + ": " + e.label()))
                    .append("</title>");
            s.append("<path d=\"M").append(num(start[0])).append(',').append(num(start[1])).append(" Q")
                    .append(num(mx)).append(',').append(num(my)).append(' ').append(num(end[0])).append(',')
                    .append(num(end[1])).append("\" fill=\"none\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"2\"").append(e.outcome.isPermit() ? "" : " stroke-dasharray=\"6 4\"")
                    .append(" marker-end=\"url(#arrow-").append(e.outcome.name()).append(")\"/>");
            double lx = (start[0] + 2 * mx + end[0]) / 4;
            double ly = (start[1] + 2 * my + end[1]) / 4;
            // Anchor the label on the side the edge bends to, so that the labels of the two directions
            // between the same agencies do not run into each other.
            double nx = -dy / len;
            String anchor = nx < -0.3 ? "end" : nx > 0.3 ? "start" : "middle";
            s.append("<text x=\"").append(num(lx + 4 * Math.signum(nx))).append("\" y=\"").append(num(ly))
                    .append("\" text-anchor=\"").append(anchor).append("\" fill=\"").append(colour)
                    .append("\" font-size=\"10\" paint-order=\"stroke\" stroke=\"#fff\" stroke-width=\"3\">")
                    .append(Html.escape(e.shortLabel())).append("</text></g>\n");
        }
        for (Agency a : agencies) {
            double[] p = at.get(a.id());
            s.append("<g class=\"agency\" id=\"agency-").append(Html.escape(a.id().value())).append("\"><title>")
                    .append(Html.escape(a.name())).append("</title><rect x=\"").append(num(p[0] - NODE_W / 2))
                    .append("\" y=\"").append(num(p[1] - NODE_H / 2)).append("\" width=\"").append(num(NODE_W))
                    .append("\" height=\"").append(num(NODE_H)).append("\" rx=\"6\" fill=\"#f5f5f5\" stroke=\"#333\"/>")
                    .append("<text x=\"").append(num(p[0])).append("\" y=\"").append(num(p[1] - 3))
                    .append("\" text-anchor=\"middle\" font-weight=\"bold\">").append(Html.escape(a.id().value()))
                    .append("</text><text x=\"").append(num(p[0])).append("\" y=\"").append(num(p[1] + 12))
                    .append("\" text-anchor=\"middle\" font-size=\"10\">").append(Html.escape(a.kind() + ", "
                    + a.country().code())).append("</text></g>\n");
        }
        Outcome[] legend = {Outcome.PERMIT, Outcome.PERMIT_WITH_CONDITIONS, Outcome.PENDING_CONSENT,
            Outcome.ESCALATE};
        for (int i = 0; i < legend.length; i++) {
            Outcome o = legend[i];
            double lx = 10 + (i % 2) * (size / 2);
            double ly = size - 40 + (i / 2) * 20;
            s.append("<g class=\"legend\"><line x1=\"").append(num(lx)).append("\" y1=\"").append(num(ly))
                    .append("\" x2=\"").append(num(lx + 30)).append("\" y2=\"").append(num(ly)).append("\" stroke=\"")
                    .append(colour(o)).append("\" stroke-width=\"2\"").append(o.isPermit() ? "" : " stroke-dasharray=\"6 4\"")
                    .append("/><text x=\"").append(num(lx + 36)).append("\" y=\"").append(num(ly + 4)).append("\">")
                    .append(Html.escape(PlainLanguage.outcome(o))).append("</text></g>\n");
        }
        s.append("</svg>\n");
        return s.toString();
    }

    /** Where the line from a node's centre towards a point leaves the node's box. */
    private static double[] border(double[] centre, double towardsX, double towardsY) {
        double dx = towardsX - centre[0];
        double dy = towardsY - centre[1];
        double sx = dx == 0 ? Double.MAX_VALUE : (NODE_W / 2 + 4) / Math.abs(dx);
        double sy = dy == 0 ? Double.MAX_VALUE : (NODE_H / 2 + 4) / Math.abs(dy);
        double t = Math.min(sx, sy);
        return new double[] {centre[0] + dx * t, centre[1] + dy * t};
    }

    private static String num(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
