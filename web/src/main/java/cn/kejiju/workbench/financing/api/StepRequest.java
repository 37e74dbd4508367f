package cn.kejiju.workbench.financing.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A step of an application's workflow: the version read, and what the step takes (due diligence notes, a
 * committee member's opinion, or the decider's reasons for a rejection).
 */
@Schema(name = "FinancingStepRequest")
public class StepRequest {

    @Schema(required = true, description = "The version read")
    @NotNull
    public Long version;

    @Schema(description = "Due diligence findings (PUT …/diligence)")
    @Size(max = 2000)
    public String notes;

    @Schema(description = "Committee member (POST …/opinions)")
    @Size(max = 50)
    public String member;

    @Schema(description = "FOR, AGAINST or ABSTAIN (POST …/opinions)")
    public cn.kejiju.workbench.financing.Vote vote;

    @Schema(description = "A member's remark (POST …/opinions)")
    @Size(max = 500)
    public String remark;

    @Schema(description = "Reasons of a rejection (POST …/rejection)")
    @Size(max = 1000)
    public String reasons;
}
