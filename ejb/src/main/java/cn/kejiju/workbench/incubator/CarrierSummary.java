package cn.kejiju.workbench.incubator;

/** A carrier with the number of its units and their total area. */
public record CarrierSummary(Carrier carrier, CarrierRepository.UnitTotals totals) {
}
