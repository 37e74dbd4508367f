package cn.kejiju.workbench.enterprise.api;

import cn.kejiju.workbench.enterprise.CreditCode;
import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.enterprise.EnterpriseDraft;
import cn.kejiju.workbench.enterprise.EnterpriseKind;
import cn.kejiju.workbench.enterprise.HighTechCertificate;
import cn.kejiju.workbench.shared.PhoneNumber;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * An enterprise as an integrator sends it. {@code version} is required when updating: it is the
 * version the caller read, and a stale one is refused with 409. (A class with public fields rather
 * than a record: constraints on record components also land on constructor parameters, which
 * Payara's OpenAPI scanner cannot handle.)
 */
@Schema(name = "EnterpriseRequest", description = "An enterprise to register, or the new state of one")
public class EnterpriseRequest {

    @Schema(description = "Unified social credit code, 18 characters, GB 32100-2015 check character",
            example = "91350100M000100Y43", required = true)
    @NotBlank
    @Size(min = CreditCode.LENGTH, max = CreditCode.LENGTH)
    public String creditCode;

    @Schema(required = true, example = "临江蓝光电子有限公司")
    @NotBlank
    @Size(max = Enterprise.NAME_MAX)
    public String name;

    @Schema(required = true)
    @NotNull
    public EnterpriseKind kind;

    @Size(max = Enterprise.INDUSTRY_MAX)
    public String industry;

    @Schema(description = "Id of the township (乡镇/街道) it lies in", required = true)
    @NotNull
    public Long townshipId;

    @Size(max = Enterprise.ADDRESS_MAX)
    public String address;

    @Size(max = Enterprise.CONTACT_NAME_MAX)
    public String contactName;

    @Schema(description = "Mobile or landline; sending back the masked form read from this API keeps the stored number",
            example = "13812345678")
    @Size(max = PhoneNumber.MAX_LENGTH)
    public String contactPhone;

    @Size(max = HighTechCertificate.NUMBER_MAX)
    public String highTechCertificateNo;

    public LocalDate highTechValidUntil;

    @Min(Enterprise.FIRST_SME_YEAR)
    @Max(9999)
    public Integer smeRegisteredYear;

    @Schema(description = "The version read; required for updates")
    public Long version;

    EnterpriseDraft toDraft() {
        return new EnterpriseDraft(creditCode, name, kind, industry, townshipId, address, contactName,
                contactPhone, highTechCertificateNo, highTechValidUntil, smeRegisteredYear);
    }
}
