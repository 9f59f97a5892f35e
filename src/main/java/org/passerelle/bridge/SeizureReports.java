package org.passerelle.bridge;

import java.util.SortedSet;
import java.util.TreeSet;
import org.passerelle.model.Agency;
import org.passerelle.model.AgencyKind;
import org.passerelle.model.Checks;
import org.passerelle.model.Declaration;
import org.passerelle.model.InWords;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.Party;
import org.passerelle.model.PartyType;
import org.passerelle.risk.InspectionResult;
import org.passerelle.risk.Seizure;
import org.passerelle.sharing.InformationCategory;
import org.passerelle.sharing.InformationItem;
import org.passerelle.sharing.ItemField;
import org.passerelle.model.ItemId;
import org.passerelle.model.Markings;

/**
 * The bridge from risk to sharing: turns a seizure into an information item (a seizure report)
 * that the sharing rules can decide on.
 */
public final class SeizureReports {
    private SeizureReports() {
    }

    /**
     * Returns the seizure report of an inspection, originated by the customs agency that seized.
     *
     * <p>The report names its fields with their data-protection flags: the declaration, goods,
     * seizure, route, transport and containers are plain fields; for each party, its name,
     * identifier and country are {@code <role>.name}, {@code <role>.identifier} and
     * {@code <role>.country}, flagged as personal data when the party is a natural person.
     *
     * @param id the identifier of the new item, not null
     * @param customs the customs agency that seized, the item's originator, not null
     * @param declaration the declaration inspected, not null
     * @param result the inspection result, with a seizure, not null
     * @param markings the markings the originator puts on the report, not null
     * @return the information item, category {@code SEIZURE_REPORT}, not null
     * @throws InvalidInputException if the agency is not a customs agency, the result has no
     *         seizure or is about another declaration
     */
    public static InformationItem toInformationItem(ItemId id, Agency customs, Declaration declaration,
            InspectionResult result, Markings markings) {
        Checks.notNull("id", id);
        Checks.notNull("customs", customs);
        Checks.notNull("declaration", declaration);
        Checks.notNull("result", result);
        Checks.notNull("markings", markings);
        if (customs.kind() != AgencyKind.CUSTOMS) {
            throw new InvalidInputException("customs", customs.id().value(), "must be a customs agency to originate a seizure report");
        }
        if (result.seizure() == null) {
            throw new InvalidInputException("result.seizure", null, "is required for a seizure report");
        }
        if (!result.declarationReference().equals(declaration.reference())) {
            throw new InvalidInputException("result.declarationReference", result.declarationReference(),
                    "must be the declaration's reference " + declaration.reference());
        }
        SortedSet<ItemField> fields = new TreeSet<>();
        for (String plain : new String[] {"declarationReference", "declarationType", "seizureDate", "seizedGoods",
            "seizedQuantity", "threatArea", "commodityCodes", "goodsDescriptions", "countriesOfOrigin", "route",
            "transportMeans", "containerNumbers", "sealNumbers"}) {
            fields.add(ItemField.plain(plain));
        }
        for (Party p : declaration.parties()) {
            String role = p.role().name().toLowerCase(java.util.Locale.ROOT);
            boolean personal = p.type() == PartyType.NATURAL_PERSON;
            for (String f : new String[] {".name", ".identifier", ".country"}) {
                fields.add(new ItemField(role + f, personal, false));
            }
        }
        String title = "Seizure report: " + result.seizure().description() + " ("
                + InWords.quantity(result.seizure().quantity()) + "), declaration " + declaration.reference();
        return new InformationItem(id, title, customs.id(), null, InformationCategory.SEIZURE_REPORT, fields, markings,
                null, null, null, false);
    }
}
