package cn.kejiju.workbench.summary;

import java.util.Set;

/**
 * A programme's section of the work summary. Implement it as an {@code @ApplicationScoped} CDI bean in the
 * programme's ejb package ({@code cn.kejiju.workbench.commissioner.CommissionerSummarySection});
 * {@link SummaryService} finds every section, asks each for the period and the jurisdiction, and says the
 * sentences the section names with the templates stored for it (table {@code sum_template}, defaults from a
 * migration: a new section adds its rows, nothing else changes).
 * <p>
 * {@link #contribute} runs with the caller's rights after the service checked the jurisdiction (a county user
 * asks only for its county). It answers with a few aggregate queries in the database, whatever the number of
 * records or counties: the period, the previous period and the same period last year, and for the city the
 * table of counties in the same statements. Every figure links to the list of its records.
 */
public interface SummarySection {

    /** The section's key: the programme's context name ({@code commissioner}); also the templates' section. */
    String key();

    /**
     * Every figure key {@link #contribute} may report (some only when the data exist): the placeholders the
     * section's templates may use.
     */
    Set<String> figureKeys();

    /**
     * The figures of the period for one county, or for the city ({@code countyId} null, then with the table of
     * counties), and the keys of the sentences that apply.
     */
    SectionContent contribute(SummaryPeriod period, Long countyId);
}
