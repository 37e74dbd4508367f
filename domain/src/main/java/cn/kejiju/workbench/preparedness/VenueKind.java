package cn.kejiju.workbench.preparedness;

/** Where a publicity event is held. */
public enum VenueKind {
    SQUARE,
    COMMUNITY,
    SCHOOL,
    VILLAGE,
    ENTERPRISE,
    GOVERNMENT_OFFICE,
    MEDIA
}
