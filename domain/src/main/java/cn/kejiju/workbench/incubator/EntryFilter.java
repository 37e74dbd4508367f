package cn.kejiju.workbench.incubator;

/** What a list of entry applications is narrowed to; every part is optional. */
public record EntryFilter(Long countyId, Long carrierId, EntryStatus status, String text) {

    public static EntryFilter none() {
        return new EntryFilter(null, null, null, null);
    }
}
