package org.passerelle.sharing;

import java.util.HashMap;
import java.util.Map;
import org.passerelle.model.Agency;

/**
 * An information item with everything the engine needs about it resolved at compile time: its
 * originator and holder agencies, its fields as an array, how its holder received it, and, per
 * {@link Check}, the reasons and conditions that check gives that depend only on the item, written
 * by the check itself ({@link Check#ofItem}).
 *
 * <p>Immutable and thread-safe.
 */
final class CompiledItem {
    final InformationItem item;
    final Agency originator;
    final Agency holder;
    final boolean holderIsOriginator;
    final ItemField[] fields;
    final Map<String, ItemField> fieldsByName;
    /** The revision of the item in the fact store this form was compiled from. */
    final long revision;
    /** How the holder received the item; null when the holder is its originator. */
    final Receipt receipt;
    /** The reasons of each check, by {@link Check#ordinal()}. */
    private final Object[] texts;

    CompiledItem(InformationItem item, long revision, Agency originator, Agency holder, Receipt receipt) {
        this.revision = revision;
        this.receipt = receipt;
        this.item = item;
        this.originator = originator;
        this.holder = holder;
        this.holderIsOriginator = holder.id().equals(originator.id());
        this.fields = item.fields().toArray(new ItemField[0]);
        Map<String, ItemField> byName = new HashMap<>();
        for (ItemField f : fields) {
            byName.put(f.name(), f);
        }
        this.fieldsByName = Map.copyOf(byName);
        Check[] checks = Check.values();
        Object[] t = new Object[checks.length];
        for (Check c : checks) {
            t[c.ordinal()] = c.ofItem(this);
        }
        this.texts = t;
    }

    /** Returns the reasons {@code check} wrote for this item revision, or null when it wrote none. */
    Object texts(Check check) {
        return texts[check.ordinal()];
    }
}
