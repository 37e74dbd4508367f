package cn.kejiju.workbench.incubator.api;

import cn.kejiju.workbench.incubator.Carrier;
import cn.kejiju.workbench.incubator.CarrierKind;
import cn.kejiju.workbench.incubator.CarrierSummary;
import cn.kejiju.workbench.incubator.RecognitionLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A carrier as the API shows it, with the number of its units and their total area. */
@Schema(name = "Carrier")
public record CarrierResponse(
        long id,
        long version,
        IncubatorRef county,
        String name,
        CarrierKind kind,
        RecognitionLevel recognitionLevel,
        LocalDate recognizedOn,
        String operator,
        LocalDate openedOn,
        String address,
        @Schema(description = "Number of units") long units,
        @Schema(description = "Sum of the units' areas in m², exact to 0.01") BigDecimal totalArea,
        LocalDateTime updatedAt) {

    static CarrierResponse of(CarrierSummary summary) {
        Carrier c = summary.carrier();
        return new CarrierResponse(c.getId(), c.getVersion(), IncubatorRef.of(c.getCounty()), c.getName(), c.getKind(),
                c.getRecognitionLevel(), c.recognizedOn().orElse(null), c.operator().orElse(null),
                c.openedOn().orElse(null), c.address().orElse(null), summary.totals().units(),
                summary.totals().area().squareMetres(), c.getUpdatedAt());
    }
}
