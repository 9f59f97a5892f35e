package org.example.app;

import java.nio.file.Path;
import org.passerelle.json.PolicyReader;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.SharingRequest;

/** Decides one request on the module path and says which modules it ran with. */
public final class Main {
    private Main() {
    }

    /**
     * Runs the application.
     *
     * @param args the policy directory
     */
    public static void main(String[] args) {
        SharingEngine engine = SharingEngine.compile(PolicyReader.create().readSharingPolicy(Path.of(args[0])));
        SharingDecision decision = engine.decide(SharingRequest.builder()
                .id("M-1").recipient("RNP").item("SEIZ-2024-0042").purpose("drug-trafficking-investigation")
                .at("2024-05-10T09:00:00Z").build());
        System.out.println("outcome: " + decision.outcome());
        System.out.println("passerelle is a named module: " + SharingEngine.class.getModule().isNamed());
        System.out.println("this application is a named module: " + Main.class.getModule().isNamed());
        for (String name : new String[] {"org.assertj.core", "org.junit.jupiter.api"}) {
            System.out.println(name + " in the boot layer: " + ModuleLayer.boot().findModule(name).isPresent());
        }
    }
}
