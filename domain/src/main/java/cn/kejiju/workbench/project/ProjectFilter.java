package cn.kejiju.workbench.project;

/** What the application list is filtered by; null fields filter nothing. {@code text}: part of the title or lead's name. */
public record ProjectFilter(Long countyId, ProgrammeLevel level, ProjectStatus status, Integer year, Long enterpriseId,
                            String text) {

    public static final ProjectFilter ALL = new ProjectFilter(null, null, null, null, null, null);

    public static ProjectFilter ofStatus(ProjectStatus status) {
        return new ProjectFilter(null, null, status, null, null, null);
    }

    public static ProjectFilter ofEnterprise(long enterpriseId) {
        return new ProjectFilter(null, null, null, null, enterpriseId, null);
    }
}
