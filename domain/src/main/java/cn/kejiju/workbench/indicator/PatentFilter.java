package cn.kejiju.workbench.indicator;

/**
 * What the patent list is narrowed to; every part optional: county, enterprise, type, status, year applied,
 * and text found in the number, the title or the enterprise's name.
 */
public record PatentFilter(Long countyId, Long enterpriseId, PatentType type, PatentStatus status, Integer year,
                           String text) {

    public static PatentFilter ofEnterprise(long enterpriseId) {
        return new PatentFilter(null, enterpriseId, null, null, null, null);
    }
}
