package cn.kejiju.workbench.project;

/** A call as entered: its programme and terms. */
public record CallDraft(Long programmeId, CallTerms terms) {

    static CallDraft of(ProgrammeCall c) {
        return new CallDraft(c.getProgramme().getId(), new CallTerms(c.getYear(), c.getTitle(), c.getOpensOn(),
                c.getClosesOn(), c.getBudget(), c.getCapPerProject(), c.getEligibility()));
    }
}
