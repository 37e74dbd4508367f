package cn.kejiju.workbench.summary;

import java.util.List;
import java.util.Optional;

/** Where the summaries, their versions and the sentence templates are kept. */
public interface SummaryRepository {

    /** The summary of the period (by its days) for a county, or the city when {@code countyId} is null. */
    Optional<WorkSummary> find(SummaryPeriod period, Long countyId);

    /** The same, locked for the rest of the transaction (two clerks saving at once queue up). */
    Optional<WorkSummary> findForUpdate(SummaryPeriod period, Long countyId);

    WorkSummary add(WorkSummary summary);

    SummaryVersion add(SummaryVersion version);

    /** The versions of a summary, latest first. */
    List<SummaryVersion> versions(long summaryId);

    Optional<SummaryVersion> findVersion(long summaryId, int number);

    /** Every template, by section and position. */
    List<SummaryTemplate> templates();

    Optional<SummaryTemplate> findTemplate(long id);

    /** Stores a new template. */
    void addTemplate(SummaryTemplate template);

    /** The targets of a year, of one county or of every county ({@code countyId} null), by county, section, figure. */
    List<SummaryTarget> targets(int year, Long countyId);

    Optional<SummaryTarget> findTarget(long id);

    /** The target of a year, county, section and figure, if set. */
    Optional<SummaryTarget> findTarget(int year, long countyId, String section, String figure);

    SummaryTarget add(SummaryTarget target);

    void remove(SummaryTarget target);
}
