package cn.kejiju.workbench.summary;

import java.util.List;

/**
 * The stored side of a summary: its head (null before the first version is saved) and its versions, latest
 * first.
 */
public record SummaryState(SummaryPeriod period, Long countyId, WorkSummary summary, List<SummaryVersion> versions)
        implements java.io.Serializable {

    public SummaryState {
        versions = List.copyOf(versions);
    }

    /** The number a new version is saved on top of: the latest, 0 before the first. */
    public int latestNumber() {
        return summary == null ? 0 : summary.getLatestNumber();
    }

    public boolean approved() {
        return summary != null && summary.isApproved();
    }
}
