package cn.kejiju.workbench.incubator;

/** What a list of agreements is narrowed to; every part is optional. */
public record AgreementFilter(Long countyId, Long carrierId, AgreementStatus status, String text) {

    public static AgreementFilter none() {
        return new AgreementFilter(null, null, null, null);
    }
}
