package cn.kejiju.workbench.enterprise.api;

import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.enterprise.EnterpriseKind;
import cn.kejiju.workbench.enterprise.HighTechCertificate;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.shared.PhoneNumber;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** An enterprise as the API shows it; the contact phone is always masked. */
@Schema(name = "Enterprise")
public record EnterpriseResponse(
        long id,
        long version,
        String creditCode,
        String name,
        EnterpriseKind kind,
        String industry,
        Ref county,
        Ref township,
        String address,
        String contactName,
        @Schema(description = "Masked, e.g. 138****5678") String contactPhone,
        String highTechCertificateNo,
        LocalDate highTechValidUntil,
        @Schema(description = "Holds a high-tech certificate valid today") boolean highTech,
        Integer smeRegisteredYear,
        LocalDateTime createdAt,
        LocalDateTime updatedAt) {

    /** A division referred to, by id and name. */
    public record Ref(long id, String code, String name) {
        static Ref of(Jurisdiction jurisdiction) {
            return new Ref(jurisdiction.getId(), jurisdiction.getCode(), jurisdiction.getName());
        }
    }

    static EnterpriseResponse of(Enterprise e, LocalDate today) {
        return new EnterpriseResponse(
                e.getId(),
                e.getVersion(),
                e.getCreditCode().value(),
                e.getName(),
                e.getKind(),
                e.getIndustry(),
                Ref.of(e.getCounty()),
                Ref.of(e.getTownship()),
                e.getAddress(),
                e.getContactName(),
                e.contactPhone().map(PhoneNumber::masked).orElse(null),
                e.highTech().map(HighTechCertificate::number).orElse(null),
                e.highTech().map(HighTechCertificate::validUntil).orElse(null),
                e.isHighTechOn(today),
                e.smeRegisteredYear().orElse(null),
                e.getCreatedAt(),
                e.getUpdatedAt());
    }
}
