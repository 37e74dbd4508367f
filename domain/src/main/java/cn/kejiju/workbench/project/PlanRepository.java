package cn.kejiju.workbench.project;

import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where the county plan's projects are kept. */
public interface PlanRepository {

    Optional<PlanProject> find(long id);

    default PlanProject get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("PlanProject", id));
    }

    /** A page of projects, newest first, with call, programme, applicant and county; {@code today} for overdue. */
    Page<PlanProject> page(PlanFilter filter, Long countyScope, LocalDate today, PageRequest request);

    /** The projects of a call in one county that were reviewed or are being reviewed, with their applicants. */
    List<PlanProject> reviewedOfCall(long callId, long countyId);

    List<PlanEvent> eventsOf(long projectId);

    List<PlanMilestone> milestonesOf(long projectId);

    List<PlanObjection> objectionsOf(long projectId);

    PlanProject add(PlanProject project);

    /** Locks the call's row until the transaction ends: decisions on one call's budget run one after another. */
    ProgrammeCall lockCall(long callId);

    /** The grants held by the call's projects decided to fund and not withdrawn: one aggregate statement. */
    BigDecimal committed(long callId);

    /**
     * The projects an enterprise leads, newest first, at most {@code max}, with call, programme, applicant and county
     * joined; {@code countyScope} (a county caller's county, or null) limits them to that county.
     */
    List<PlanProject> ofLead(long enterpriseId, Long countyScope, int max);

    /** How many projects an enterprise leads, their grants (withdrawn ones left out) and paid: one aggregate. */
    LeadTotals totalsOfLead(long enterpriseId, Long countyScope);

    /** The count and sums of {@link #totalsOfLead}: yuan, never null. */
    record LeadTotals(long count, BigDecimal granted, BigDecimal paid) {
    }

    /**
     * Projects under contract with a milestone, mid-term check or acceptance due on or before the day (the
     * earliest, {@code next_due}), with applicant and county.
     */
    List<PlanProject> dueBy(LocalDate day);

    /** The undone milestones due on or before the day of the projects under contract, in one statement. */
    List<DueMilestone> milestonesDueBy(LocalDate day);

    /** A milestone not yet reached: its project, its place in the contract's list, what and when. */
    record DueMilestone(long projectId, int index, String description, LocalDate dueOn) {
    }
}
