package cn.kejiju.workbench.incubator;

/** Whether a unit may be let: in service, or taken out of service (renovation, own use). */
public enum UnitStatus {
    IN_SERVICE,
    OUT_OF_SERVICE
}
