package org.passerelle.sharing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.passerelle.model.AgencyId;
import org.passerelle.model.Checks;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.ItemId;
import org.passerelle.model.ItemStatus;
import org.passerelle.model.Markings;
import org.passerelle.model.TlpLabel;

/**
 * A piece of information that may be shared: a seizure report, an intelligence report, declaration
 * data, personal data about a party.
 *
 * <p>The item carries what its originator decided: markings, restrictions and status. The custody
 * chain lists the agencies it went through after the originator; the last one is the current holder.
 * This type is immutable and thread-safe.
 *
 * @param id the identifier
 * @param title a short title, for people
 * @param originator the agency that created the item and keeps control of it
 * @param custody the holders after the originator, in order; empty when the originator holds it
 * @param category the category
 * @param fields the named fields
 * @param markings the markings
 * @param restrictions the restrictions fixed by the source
 * @param status the status
 * @param sourceSystem the system the item came from
 * @param politicalCharacter whether the item is tagged as having a political, military, religious or
 *        racial character (INTERPOL Constitution Art. 3)
 */
public record InformationItem(ItemId id, String title, AgencyId originator, List<CustodyHop> custody,
        InformationCategory category, SortedSet<ItemField> fields, Markings markings,
        SourceRestrictions restrictions, ItemStatus status, SourceSystem sourceSystem,
        boolean politicalCharacter) {

    /**
     * Validates the item.
     */
    public InformationItem {
        Checks.notNull("id", id);
        title = Checks.notBlank("title", title);
        Checks.notNull("originator", originator);
        custody = Checks.list("custody", custody);
        Checks.notNull("category", category);
        fields = Checks.sortedSet("fields", fields);
        markings = markings == null ? Markings.NONE : markings;
        restrictions = restrictions == null ? SourceRestrictions.NONE : restrictions;
        status = status == null ? ItemStatus.ACTIVE : status;
        sourceSystem = sourceSystem == null ? SourceSystem.NATIONAL : sourceSystem;
        TreeSet<String> names = new TreeSet<>();
        for (ItemField f : fields) {
            if (!names.add(f.name())) {
                throw new InvalidInputException("fields", f.name(), "field names must be unique");
            }
        }
    }

    /**
     * Returns the agency that holds the item now: the last custody hop, or the originator.
     *
     * @return the holder, not null
     */
    public AgencyId holder() {
        return custody.isEmpty() ? originator : custody.get(custody.size() - 1).holder();
    }

    /**
     * Returns the last custody hop, through which the current holder received the item.
     *
     * @return the last hop, or empty when the originator holds the item
     */
    public Optional<CustodyHop> lastHop() {
        return custody.isEmpty() ? Optional.empty() : Optional.of(custody.get(custody.size() - 1));
    }

    /**
     * Returns the agency that supplied the item to its current holder: the previous holder, or the
     * originator after one hop.
     *
     * @return the supplier, or empty when the originator holds the item
     */
    public Optional<AgencyId> supplier() {
        int n = custody.size();
        if (n == 0) {
            return Optional.empty();
        }
        return Optional.of(n == 1 ? originator : custody.get(n - 2).holder());
    }

    /**
     * Returns whether an agency supplied this item to a later holder: the originator once the item
     * left it, or any holder of the chain but the last.
     *
     * @param agency the agency, not null
     * @return whether it supplied the item
     */
    public boolean wasSuppliedBy(AgencyId agency) {
        if (custody.isEmpty()) {
            return false;
        }
        if (originator.equals(agency)) {
            return true;
        }
        for (int i = 0; i < custody.size() - 1; i++) {
            if (custody.get(i).holder().equals(agency)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns whether an agency has held this item: the originator or any custody hop.
     *
     * @param agency the agency, not null
     * @return whether it held the item
     */
    public boolean wasHeldBy(AgencyId agency) {
        if (originator.equals(agency)) {
            return true;
        }
        for (CustodyHop hop : custody) {
            if (hop.holder().equals(agency)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the field with a name.
     *
     * @param name the field name, not null
     * @return the field, or empty
     */
    public Optional<ItemField> field(String name) {
        for (ItemField f : fields) {
            if (f.name().equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns a copy with one more custody hop: the item passed to another holder.
     *
     * @param hop the hop, not null
     * @return the copy, not null
     */
    public InformationItem withHop(CustodyHop hop) {
        List<CustodyHop> chain = new ArrayList<>(custody);
        chain.add(hop);
        return new InformationItem(id, title, originator, chain, category, fields, markings, restrictions,
                status, sourceSystem, politicalCharacter);
    }

    /**
     * Returns a copy with another status.
     *
     * @param value the status, not null
     * @return the copy, not null
     */
    public InformationItem withStatus(ItemStatus value) {
        return new InformationItem(id, title, originator, custody, category, fields, markings, restrictions,
                value, sourceSystem, politicalCharacter);
    }
    /**
     * Starts a builder of an item.
     *
     * @param id the item identifier, not null
     * @return a new builder, not null
     */
    public static Builder builder(String id) {
        return new Builder(ItemId.of(id));
    }

    /**
     * Returns a builder holding everything in this item, to derive a variant of it.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder(id);
        b.title = title;
        b.originator = originator;
        b.custody.addAll(custody);
        b.category = category;
        b.fields.addAll(fields);
        b.markings = markings;
        b.restrictions = restrictions;
        b.status = status;
        b.sourceSystem = sourceSystem;
        b.politicalCharacter = politicalCharacter;
        return b;
    }

    /**
     * A builder of {@link InformationItem}. Not thread-safe; {@link #build()} validates everything.
     */
    public static final class Builder {
        private final ItemId id;
        private String title;
        private AgencyId originator;
        private final List<CustodyHop> custody = new ArrayList<>();
        private InformationCategory category;
        private final List<ItemField> fields = new ArrayList<>();
        private Markings markings = Markings.NONE;
        private SourceRestrictions restrictions = SourceRestrictions.NONE;
        private ItemStatus status = ItemStatus.ACTIVE;
        private SourceSystem sourceSystem = SourceSystem.NATIONAL;
        private boolean politicalCharacter;

        private Builder(ItemId id) {
            this.id = id;
        }

        /** @param value the title @return this builder */
        public Builder title(String value) {
            title = value;
            return this;
        }

        /** @param value the originating agency @return this builder */
        public Builder originator(String value) {
            originator = AgencyId.of(value);
            return this;
        }

        /**
         * Adds a custody hop: the item passed to a holder under an agreement.
         *
         * @param holder the agency that received it, not null
         * @param receivedUnder the agreement it received it under, or null if unknown
         * @param receivedOn the day it received it, or null if unknown
         * @return this builder
         */
        public Builder hop(String holder, String receivedUnder, java.time.LocalDate receivedOn) {
            custody.add(new CustodyHop(AgencyId.of(holder),
                    receivedUnder == null ? null : AgreementId.of(receivedUnder), receivedOn));
            return this;
        }

        /** @param value the category @return this builder */
        public Builder category(InformationCategory value) {
            category = value;
            return this;
        }

        /** @param values the fields to add @return this builder */
        public Builder fields(ItemField... values) {
            fields.addAll(List.of(values));
            return this;
        }

        /** @param names fields without personal data to add @return this builder */
        public Builder plainFields(String... names) {
            for (String n : names) {
                fields.add(ItemField.plain(n));
            }
            return this;
        }

        /** @param names personal-data fields to add @return this builder */
        public Builder personalFields(String... names) {
            for (String n : names) {
                fields.add(ItemField.personal(n));
            }
            return this;
        }

        /** @param value the markings, null for none @return this builder */
        public Builder markings(Markings value) {
            markings = value;
            return this;
        }

        /** @param value the TLP label, keeping the other markings @return this builder */
        public Builder tlp(TlpLabel value) {
            Markings m = markings == null ? Markings.NONE : markings;
            markings = new Markings(value, m.handling(), m.handlingText(), m.grading());
            return this;
        }

        /** @param value the source restrictions, null for none @return this builder */
        public Builder restrictions(SourceRestrictions value) {
            restrictions = value;
            return this;
        }

        /** @param value the status @return this builder */
        public Builder status(ItemStatus value) {
            status = value;
            return this;
        }

        /** @param value the source system @return this builder */
        public Builder sourceSystem(SourceSystem value) {
            sourceSystem = value;
            return this;
        }

        /** @param value whether it has a political, military, religious or racial character @return this builder */
        public Builder politicalCharacter(boolean value) {
            politicalCharacter = value;
            return this;
        }

        /**
         * Builds the item.
         *
         * @return the item, not null
         * @throws InvalidInputException naming the setting that is missing or wrong
         */
        public InformationItem build() {
            return new InformationItem(id, title, originator, custody, category,
                    Checks.sortedSet("fields", fields), markings, restrictions, status, sourceSystem,
                    politicalCharacter);
        }
    }
}
