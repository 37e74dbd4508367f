package cn.kejiju.workbench.incubator;

/** What a list of carriers is narrowed to; every part is optional. */
public record CarrierFilter(Long countyId, CarrierKind kind, RecognitionLevel recognitionLevel, String text) {

    public static CarrierFilter none() {
        return new CarrierFilter(null, null, null, null);
    }
}
