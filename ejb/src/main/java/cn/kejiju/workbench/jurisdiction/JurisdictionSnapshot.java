package cn.kejiju.workbench.jurisdiction;

/** The fields of a division the audit trail compares before and after a change. */
public record JurisdictionSnapshot(String code, String name, JurisdictionLevel level, String parentCode) {

    public static JurisdictionSnapshot of(Jurisdiction jurisdiction) {
        Jurisdiction parent = jurisdiction.getParent();
        return new JurisdictionSnapshot(jurisdiction.getCode(), jurisdiction.getName(), jurisdiction.getLevel(),
                parent == null ? null : parent.getCode());
    }
}
