package cn.kejiju.workbench.incubator.api;

import cn.kejiju.workbench.incubator.RecognitionLevel;
import cn.kejiju.workbench.incubator.RecognitionThreshold;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/** The recognition thresholds of every level, national first. */
@Schema(name = "RecognitionThresholds", description = "The thresholds of every recognition level, national first")
public record RecognitionThresholdsResponse(
        List<RecognitionThresholdResponse> levels) {

    static RecognitionThresholdsResponse of(Map<RecognitionLevel, RecognitionThreshold> byLevel) {
        return new RecognitionThresholdsResponse(byLevel.values().stream().map(RecognitionThresholdResponse::of).toList());
    }
}
