package cn.kejiju.workbench.project;

import java.time.LocalDate;

/**
 * What the application list is filtered by; null fields filter nothing. {@code text}: part of the title or lead's
 * name. The period parts pick the applications a period's figures count, as the work summary counts them:
 * {@code wonFrom} / {@code wonTo} those won (立项) on a day between them, {@code higherLevels} (when true) those to
 * programmes of higher levels only, not to the county's own (向上争取); {@code helpedFrom} / {@code helpedTo} those
 * with the bureau's help with the materials (材料准备) recorded on a day between them (the {@code prepared} figure);
 * {@code receivedFrom} / {@code receivedTo} those with a tranche received (拨付) on a day between them.
 */
public record ProjectFilter(Long countyId, ProgrammeLevel level, ProjectStatus status, Integer year, Long enterpriseId,
                            String text, LocalDate wonFrom, LocalDate wonTo, Boolean higherLevels, LocalDate helpedFrom,
                            LocalDate helpedTo, LocalDate receivedFrom, LocalDate receivedTo) {

    public static final ProjectFilter ALL = new ProjectFilter(null, null, null, null, null, null);

    /** A filter without period parts. */
    public ProjectFilter(Long countyId, ProgrammeLevel level, ProjectStatus status, Integer year, Long enterpriseId,
                         String text) {
        this(countyId, level, status, year, enterpriseId, text, null, null, null, null, null, null, null);
    }

    public static ProjectFilter ofStatus(ProjectStatus status) {
        return new ProjectFilter(null, null, status, null, null, null);
    }

    public static ProjectFilter ofEnterprise(long enterpriseId) {
        return new ProjectFilter(null, null, null, null, enterpriseId, null);
    }

    /** This filter for the county given (the caller's, as the guard checked it). */
    public ProjectFilter inCounty(Long county) {
        return new ProjectFilter(county, level, status, year, enterpriseId, text, wonFrom, wonTo, higherLevels, helpedFrom,
                helpedTo, receivedFrom, receivedTo);
    }
}
