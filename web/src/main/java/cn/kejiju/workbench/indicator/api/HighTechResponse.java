package cn.kejiju.workbench.indicator.api;

import cn.kejiju.workbench.enterprise.HighTechCertificate;
import cn.kejiju.workbench.indicator.HighTechCase;
import cn.kejiju.workbench.indicator.HighTechStage;
import cn.kejiju.workbench.indicator.HighTechValidity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * An enterprise's high-tech case, with the certificate its master data holds now (the number and last valid day,
 * and the state on {@code today}: VALID, RENEWAL_DUE within six months of expiry, EXPIRED).
 */
@Schema(name = "HighTechCase")
public record HighTechResponse(
        long id,
        long version,
        IndicatorRef enterprise,
        IndicatorRef county,
        HighTechStage stage,
        LocalDate enteredOn,
        String note,
        Integer applicationYear,
        LocalDate submittedOn,
        @Schema(description = "The certificate number of this case's recognition") String certificateNo,
        LocalDate issuedOn,
        String failureReason,
        Certificate certificate) {

    /** The enterprise's certificate in master data now (absent when it holds none). */
    @Schema(name = "HighTechCertificate", description = "The certificate the enterprise's master data holds now")
    public record Certificate(String number, LocalDate validUntil, HighTechValidity.State state) {

        static Certificate of(HighTechCertificate c, LocalDate today) {
            return new Certificate(c.number(), c.validUntil(), HighTechValidity.on(c.validUntil(), today));
        }
    }

    static HighTechResponse of(HighTechCase c, LocalDate today) {
        return new HighTechResponse(c.getId(), c.getVersion(), IndicatorRef.of(c.getEnterprise()),
                IndicatorRef.of(c.getCounty()), c.getStage(), c.getEnteredOn(), c.getNote(),
                c.applicationYear().orElse(null), c.submittedOn().orElse(null), c.certificateNo().orElse(null),
                c.issuedOn().orElse(null), c.failureReason().orElse(null),
                c.getEnterprise().highTech().map(h -> Certificate.of(h, today)).orElse(null));
    }
}
