package cn.kejiju.workbench.indicator;

import java.time.LocalDate;

/**
 * What the high-tech pipeline list is narrowed to; every part optional: county, stage, certificates (in master
 * data) still valid on or after {@code today} and expiring by {@code expiringBy}, text in the enterprise's name.
 */
public record HighTechFilter(Long countyId, HighTechStage stage, LocalDate today, LocalDate expiringBy, String text) {
}
