package cn.kejiju.workbench.audit;

import cn.kejiju.workbench.shared.PhoneNumber;
import cn.kejiju.workbench.shared.ResidentId;

/**
 * Masks personal information before it reaches the audit trail, keeping just enough to tell two
 * values apart: a phone keeps its prefix and last four digits ({@link PhoneNumber#mask}), a resident
 * ID number its first three and last four characters (110***********1234), anything else nothing.
 */
public final class PersonalData {

    /** The kinds of personal information, each with its own mask. */
    public enum Kind {
        PHONE,
        /** Chinese resident identity card number (居民身份证号码), 18 characters. */
        RESIDENT_ID,
        /** Personal information with no partial mask: nothing of it is kept. */
        OTHER
    }

    static final String FULL_MASK = "******";

    private PersonalData() {
    }

    /** The masked form of a value of the given kind; {@code null} stays {@code null}. */
    public static String mask(Kind kind, String value) {
        if (value == null) {
            return null;
        }
        return switch (kind) {
            case PHONE -> PhoneNumber.mask(value);
            case RESIDENT_ID -> maskResidentId(value);
            case OTHER -> FULL_MASK;
        };
    }

    /** 110101199003071234 becomes 110***********1234; anything too short to keep a part is all stars. */
    public static String maskResidentId(String number) {
        return ResidentId.mask(number);
    }
}
