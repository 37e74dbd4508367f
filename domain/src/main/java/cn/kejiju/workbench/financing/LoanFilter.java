package cn.kejiju.workbench.financing;

/** What a loan list is narrowed to: a county, a status, a guarantee company, an application, part of a name. */
public record LoanFilter(Long countyId, LoanStatus status, Long guarantorId, Long applicationId, String text) {

    public static LoanFilter all() {
        return new LoanFilter(null, null, null, null, null);
    }
}
