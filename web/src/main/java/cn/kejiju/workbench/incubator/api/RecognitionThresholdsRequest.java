package cn.kejiju.workbench.incubator.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** New thresholds of one or more levels, each with the version read. */
@Schema(name = "RecognitionThresholdsRequest")
public class RecognitionThresholdsRequest {

    @NotEmpty
    @Valid
    public List<RecognitionThresholdRequest> levels;
}
