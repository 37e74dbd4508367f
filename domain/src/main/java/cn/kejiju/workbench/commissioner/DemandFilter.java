package cn.kejiju.workbench.commissioner;

/** What a list of demands is narrowed to; every part is optional; {@code countyId} a city user's choice of county. */
public record DemandFilter(DemandStatus status, ServiceField field, TargetKind targetKind, String text, Long countyId) {

    public DemandFilter(DemandStatus status, ServiceField field, TargetKind targetKind, String text) {
        this(status, field, targetKind, text, null);
    }

    public static DemandFilter none() {
        return new DemandFilter(null, null, null, null);
    }
}
