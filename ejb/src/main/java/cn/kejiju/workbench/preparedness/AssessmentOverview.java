package cn.kejiju.workbench.preparedness;

import java.util.List;

/** Every township of the year within the caller's county (or the county chosen), ranked within its county. */
public record AssessmentOverview(int year, AssessmentScheme scheme, List<TownshipStanding> rows) {

    public AssessmentOverview {
        rows = List.copyOf(rows);
    }
}
