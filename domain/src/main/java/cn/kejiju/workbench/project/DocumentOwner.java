package cn.kejiju.workbench.project;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;

/**
 * What documents ({@link ProjectDocument}) are attached to: an application to a higher level
 * ({@link ProjectApplication}) or to the county's own plan ({@link PlanProject}). Either says until when its
 * documents may change, so that whoever decides sees what was submitted.
 */
public interface DocumentOwner {

    Long getId();

    Jurisdiction getCounty();

    /** Refuses (on the field {@code file}) unless documents may be attached or removed now. */
    void requireFilesChangeable();

    /** How the audit trail names it beside a document ({@code application 5}, {@code county-plan project 7}). */
    String documentOwnerReference();
}
