package cn.kejiju.workbench.enterprise;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.shared.PhoneNumber;

/**
 * Everything about an enterprise a clerk may edit, besides its credit code. Optional parts are
 * {@code null}: no contact phone, no high-tech certificate, not registered as a tech-based SME.
 */
public record EnterpriseProfile(
        String name,
        EnterpriseKind kind,
        String industry,
        Jurisdiction township,
        String address,
        String contactName,
        PhoneNumber contactPhone,
        HighTechCertificate highTech,
        Integer smeRegisteredYear) {
}
