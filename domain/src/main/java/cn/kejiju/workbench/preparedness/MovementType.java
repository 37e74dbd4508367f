package cn.kejiju.workbench.preparedness;

/** What moved material in or out of a county's stock. */
public enum MovementType {
    /** Received into stock. */
    RECEIPT,
    /** Consumed by an event (readers, handbooks, leaflets …). */
    ISSUE,
    /** A reusable item (display board, banner) lent to an event. */
    LOAN,
    /** A lent item back in stock. */
    RETURN
}
