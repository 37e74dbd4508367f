package cn.kejiju.workbench.indicator.api;

import cn.kejiju.workbench.enterprise.HighTechCertificate;
import cn.kejiju.workbench.indicator.HighTechCase;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * A step of the high-tech pipeline as an integrator sends it: entering the pool ({@code enterpriseId},
 * {@code enteredOn}, {@code note}), applying ({@code applicationYear}, {@code submittedOn}), recognition
 * ({@code certificateNo}, {@code issuedOn}), failure ({@code reason}), back to the pool ({@code enteredOn},
 * {@code note}). Every step after entering needs the {@code version} read.
 */
@Schema(name = "HighTechStepRequest")
public class HighTechRequest {

    @Schema(description = "Entering: the enterprise")
    public Long enterpriseId;

    @Schema(description = "Entering or back to the pool: the day, no later than today")
    public LocalDate enteredOn;

    @Schema(description = "Entering or back to the pool: why and what is missing")
    @Size(max = HighTechCase.NOTE_MAX)
    public String note;

    @Schema(description = "Applying: the year applied for", example = "2026")
    public Integer applicationYear;

    @Schema(description = "Applying: the day submitted")
    public LocalDate submittedOn;

    @Schema(description = "Recognition: the certificate number", example = "GR202635000123")
    @Size(max = HighTechCertificate.NUMBER_MAX)
    public String certificateNo;

    @Schema(description = "Recognition: the issue date; valid three years from it")
    public LocalDate issuedOn;

    @Schema(description = "Failure: the reason")
    @Size(max = HighTechCase.REASON_MAX)
    public String reason;

    @Schema(description = "The version read; required for every step after entering")
    public Long version;
}
