package org.passerelle.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.passerelle.analysis.Flow;
import org.passerelle.analysis.PolicyAnalysis;
import org.passerelle.json.PolicyReader;
import org.passerelle.model.AgencyId;
import org.passerelle.model.ItemId;
import org.passerelle.sharing.PurposeId;
import org.passerelle.sharing.SharingDecision;

/**
 * {@code passerelle who-may-receive}: which agencies may receive an item for a purpose on a day, or
 * what one agency may receive from another.
 */
final class WhoMayReceiveCommand implements Command {

    @Override
    public String name() {
        return "who-may-receive";
    }

    @Override
    public String summary() {
        return "who may receive an item, or what an agency may receive from another";
    }

    @Override
    public String help() {
        return """
                Usage: passerelle who-may-receive POLICY_DIR --item ITEM --purpose PURPOSE [--at DAY]
                       passerelle who-may-receive POLICY_DIR --recipient AGENCY --holder AGENCY
                                                  [--at DAY | --from DAY --to DAY] [--use USE]

                The first form prints every agency that may receive the item ITEM for PURPOSE on the
                day, with the outcome, the agreement relied on and its conditions. The second prints
                what the recipient may receive from the holder: the flows of the matrix between them.
                An agency or a flow that is not printed is refused.

                Options:
                  --item ITEM             the item (first form)
                  --purpose PURPOSE       the purpose (first form)
                  --recipient AGENCY      the agency that would receive (second form)
                  --holder AGENCY         the agency that holds the information (second form)
                """ + AnalysisSupport.PERIOD_HELP + """

                Exit status: 0 done, 2 bad arguments, 3 invalid policy or unknown item, purpose or agency.
                """;
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws UsageException {
        Args a = Args.parse(args, AnalysisSupport.with(Set.of("--item", "--purpose", "--recipient", "--holder")),
                Set.of());
        if (a.help()) {
            out.print(help());
            return ExitCode.OK;
        }
        Path dir = Path.of(a.positional("POLICY_DIR").get(0));
        boolean byItem = a.value("--item") != null || a.value("--purpose") != null;
        boolean byAgency = a.value("--recipient") != null || a.value("--holder") != null;
        if (byItem == byAgency) {
            throw new UsageException("give either --item and --purpose, or --recipient and --holder");
        }
        PolicyReader reader = PolicyReader.create();
        if (byItem) {
            ItemId item = ItemId.of(a.required("--item", "ITEM"));
            PurposeId purpose = PurposeId.of(a.required("--purpose", "PURPOSE"));
            if (a.value("--from") != null) {
                throw new UsageException("--item takes one day: --at DAY");
            }
            PolicyAnalysis analysis = AnalysisSupport.analysis(reader.readSharingPolicy(dir), a);
            LocalDate day = AnalysisSupport.period(a)[0];
            List<SharingDecision> who = analyse(() -> analysis.whoMayReceive(item, purpose, day), dir, err);
            if (who == null) {
                return ExitCode.INVALID_INPUT;
            }
            out.println("Who may receive " + item + " for " + purpose + " on " + day + ": " + who.size()
                    + (who.size() == 1 ? " agency" : " agencies"));
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"RECIPIENT", "OUTCOME", "AGREEMENT", "CONDITIONS"});
            for (SharingDecision d : who) {
                rows.add(new String[] {d.request().recipient().value(), d.outcome().name(),
                    d.agreement() == null ? "-" : d.agreement().value(), AnalysisSupport.conditions(d.conditions())});
            }
            AnalysisSupport.printTable(rows, out);
            return ExitCode.OK;
        }
        AgencyId recipient = AgencyId.of(a.required("--recipient", "AGENCY"));
        AgencyId holder = AgencyId.of(a.required("--holder", "AGENCY"));
        PolicyAnalysis analysis = AnalysisSupport.analysis(reader.readSharingPolicy(dir), a);
        List<Flow> flows = analyse(() -> analysis.whatMayReceive(recipient, holder), dir, err);
        if (flows == null) {
            return ExitCode.INVALID_INPUT;
        }
        out.println("What " + recipient + " may receive from " + holder + ": " + flows.size()
                + (flows.size() == 1 ? " flow" : " flows"));
        AnalysisSupport.printFlows(flows, out);
        return ExitCode.OK;
    }

    /** Runs a query, turning an unknown item, purpose or agency into a message on standard error. */
    private static <T> T analyse(java.util.function.Supplier<T> query, Path dir, PrintStream err) {
        try {
            return query.get();
        } catch (org.passerelle.model.PasserelleException e) {
            err.println("passerelle who-may-receive: " + dir + ": " + e.getMessage());
            return null;
        }
    }
}
