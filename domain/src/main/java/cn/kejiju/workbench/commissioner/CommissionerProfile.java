package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.shared.PhoneNumber;
import cn.kejiju.workbench.shared.ResidentId;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a clerk enters about a commissioner, with references resolved: the county that manages
 * the posting, the employing organisation from master data (or its name as free text when it is not
 * registered), and for a team its members.
 */
public record CommissionerProfile(
        Jurisdiction county,
        String name,
        Gender gender,
        ResidentId residentId,
        PhoneNumber phone,
        Enterprise employer,
        String employerName,
        EmployerCategory employerCategory,
        ProfessionalTitle title,
        List<String> specialties,
        CommissionerKind kind,
        List<TeamMember> members,
        ServiceField field,
        DispatchLevel dispatchLevel,
        LocalDate postedOn) {

    public CommissionerProfile {
        specialties = specialties == null ? List.of() : List.copyOf(specialties);
        members = members == null ? List.of() : List.copyOf(members);
    }
}
