package org.example;

import org.passerelle.json.PolicyReader;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.SharingRequest;

public class Decide {
    public static void main(String[] args) {
        SharingEngine engine = SharingEngine.compile(PolicyReader.create().readPolicyFromClasspath("policy").sharing());
        SharingDecision decision = engine.decide(SharingRequest.builder()
                .id("T-1").recipient("RBG").item("DECL-2024-7781").purpose("people-smuggling-investigation")
                .at("2024-09-02T10:00:00Z").build());
        System.out.println(decision.explanation());
    }
}
