package org.passerelle.json;

import java.util.List;

/**
 * Binds some top-level sections of policy documents: the plug-in point of {@link PolicyDocuments}.
 *
 * <p>The sharing sections are bound by {@link SharingSections}; the risk sections ({@code indicators},
 * {@code profiles}, {@code referenceValues}, {@code watchLists}, {@code traders}, {@code riskSettings})
 * by {@link RiskSections}; both reuse the parser, the strict field views and the problem collection.
 * A binder is used for one read only.
 */
interface SectionBinder {

    /**
     * Returns the sections this binder owns.
     *
     * @return the section names, not empty
     */
    List<String> sections();

    /**
     * Binds the elements of one section of one document, reporting problems; called once per document
     * that holds the section, in file order.
     *
     * @param section the section name, one of {@link #sections()}
     * @param elements the section's array
     * @param problems where problems go
     */
    void bind(String section, Node.Arr elements, Problems problems);
}
