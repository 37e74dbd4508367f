package cn.kejiju.workbench.incubator.api;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Reviewers to assign (users with the role REVIEWER of the county or the city), each once. */
@Schema(name = "ReviewersRequest")
public class ReviewersRequest {

    @Schema(required = true, description = "The version of the application read")
    @NotNull
    public Long version;

    @Schema(required = true, description = "User ids of the reviewers to add")
    @NotEmpty
    public List<Long> reviewerIds;
}
