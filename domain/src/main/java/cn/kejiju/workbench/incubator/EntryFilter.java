package cn.kejiju.workbench.incubator;

/** What a list of entry applications is narrowed to; every part is optional. */
public record EntryFilter(Long countyId, Long carrierId, EntryStatus status, String text, Long enterpriseId) {

    public static EntryFilter none() {
        return new EntryFilter(null, null, null, null, null);
    }

    /** Every application of one enterprise (its 360 page). */
    public static EntryFilter ofEnterprise(long enterpriseId) {
        return new EntryFilter(null, null, null, null, enterpriseId);
    }
}
