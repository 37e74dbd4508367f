package cn.kejiju.workbench.enterprise;

import cn.kejiju.workbench.audit.Personal;
import cn.kejiju.workbench.audit.PersonalData;

import java.time.LocalDate;

/**
 * What a clerk or an integrator submits to register or revise an enterprise, as entered: the service
 * turns it into value objects, and every rule that fails names its field. {@link #of} is also the
 * state the audit trail compares before and after a change (it writes the phone masked).
 */
public record EnterpriseDraft(
        String creditCode,
        String name,
        EnterpriseKind kind,
        String industry,
        Long townshipId,
        String address,
        String contactName,
        @Personal(PersonalData.Kind.PHONE) String contactPhone,
        String highTechCertificateNo,
        LocalDate highTechValidUntil,
        Integer smeRegisteredYear) {

    /**
     * The same draft, but where the phone is the masked form of the stored number (as lists and the
     * API show it), the stored number: reading a record and sending it back changes nothing.
     */
    public EnterpriseDraft unmaskingPhone(Enterprise stored) {
        boolean isMaskOfStored = contactPhone != null && contactPhone.contains("*")
                && stored.contactPhone().map(phone -> phone.masked().equals(contactPhone)).orElse(false);
        if (!isMaskOfStored) {
            return this;
        }
        return new EnterpriseDraft(creditCode, name, kind, industry, townshipId, address, contactName,
                stored.contactPhone().orElseThrow().value(), highTechCertificateNo, highTechValidUntil,
                smeRegisteredYear);
    }

    public static EnterpriseDraft of(Enterprise enterprise) {
        return new EnterpriseDraft(
                enterprise.getCreditCode().value(),
                enterprise.getName(),
                enterprise.getKind(),
                enterprise.getIndustry(),
                enterprise.getTownship().getId(),
                enterprise.getAddress(),
                enterprise.getContactName(),
                enterprise.contactPhone().map(phone -> phone.value()).orElse(null),
                enterprise.highTech().map(HighTechCertificate::number).orElse(null),
                enterprise.highTech().map(HighTechCertificate::validUntil).orElse(null),
                enterprise.smeRegisteredYear().orElse(null));
    }
}
