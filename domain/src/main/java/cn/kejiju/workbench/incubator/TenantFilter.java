package cn.kejiju.workbench.incubator;

/** What the list of tenants (running incubations) is narrowed to; every part is optional. */
public record TenantFilter(Long countyId, Long carrierId, String text) {

    public static TenantFilter none() {
        return new TenantFilter(null, null, null);
    }
}
