package cn.kejiju.workbench.incubator.api;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * Reviewers to assign (user ids of users with the role REVIEWER of the county or the city), each once. (No
 * {@code @Schema} on the list: Payara then documents its items as a bare array.)
 */
@Schema(name = "ReviewersRequest", description = "reviewerIds: user ids of the reviewers to add, each once")
public class ReviewersRequest {

    @Schema(required = true, description = "The version of the application read")
    @NotNull
    public Long version;

    @NotEmpty
    public List<Long> reviewerIds;
}
