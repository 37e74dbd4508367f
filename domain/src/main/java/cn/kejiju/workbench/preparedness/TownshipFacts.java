package cn.kejiju.workbench.preparedness;

/**
 * What the module's own data says of a township in a year, as the database counts it: approved publicity
 * events held there and, of them, evacuation drills with their participants. The pre-filled criteria of the
 * township assessment read it ({@link PrefillSource}).
 */
public record TownshipFacts(long events, long drills, long drillParticipants) {

    public static final TownshipFacts NONE = new TownshipFacts(0, 0, 0);
}
