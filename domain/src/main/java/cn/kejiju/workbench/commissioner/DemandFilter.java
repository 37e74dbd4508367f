package cn.kejiju.workbench.commissioner;

/** What a list of demands is narrowed to; every part is optional. */
public record DemandFilter(DemandStatus status, ServiceField field, TargetKind targetKind, String text) {

    public static DemandFilter none() {
        return new DemandFilter(null, null, null, null);
    }
}
