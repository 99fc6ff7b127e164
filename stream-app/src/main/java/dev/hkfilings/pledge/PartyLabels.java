package dev.hkfilings.pledge;

/**
 * The words a table's header uses for the two parties. Hong Kong issuers write of share charges and mortgages as
 * often as of pledges (股份押記, 承押人), so each role has its three spellings.
 */
final class PartyLabels {

    /** Labels of the pledgee's column, folded (lower case, Simplified Chinese). */
    static final String[] PLEDGEE = {"pledgee", "chargee", "mortgagee", "质权人", "承押人", "承押记人", "承按人"};

    /** Labels of the pledgor's column when no "name" is written beside them. */
    static final String[] PLEDGOR = {"pledgor", "chargor", "mortgagor", "出质人", "质押人", "押记人"};

    private PartyLabels() {
    }
}
