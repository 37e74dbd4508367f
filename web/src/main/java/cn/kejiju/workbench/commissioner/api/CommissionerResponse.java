package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.commissioner.Commissioner;
import cn.kejiju.workbench.commissioner.CommissionerKind;
import cn.kejiju.workbench.commissioner.CommissionerStatus;
import cn.kejiju.workbench.commissioner.DispatchLevel;
import cn.kejiju.workbench.commissioner.EmployerCategory;
import cn.kejiju.workbench.commissioner.Gender;
import cn.kejiju.workbench.commissioner.ProfessionalTitle;
import cn.kejiju.workbench.commissioner.ServiceField;
import cn.kejiju.workbench.shared.PhoneNumber;
import cn.kejiju.workbench.shared.ResidentId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A commissioner as the API shows it: resident ID and phone always masked, with the active load today. */
@Schema(name = "Commissioner")
public record CommissionerResponse(
        long id,
        long version,
        ApiRef county,
        String name,
        Gender gender,
        @Schema(description = "Masked, e.g. 110***********1234") String residentId,
        @Schema(description = "Masked, e.g. 138****5678") String phone,
        Long employerId,
        String employerName,
        EmployerCategory employerCategory,
        ProfessionalTitle title,
        List<String> specialties,
        CommissionerKind kind,
        List<Member> members,
        ServiceField field,
        DispatchLevel dispatchLevel,
        LocalDate postedOn,
        int postingYear,
        CommissionerStatus status,
        LocalDate endedOn,
        @Schema(description = "Assignments active today") long activeLoad,
        LocalDateTime createdAt,
        LocalDateTime updatedAt) {

    /** A team member. */
    @Schema(name = "CommissionerMember")
    public record Member(String name, ProfessionalTitle title, String specialty) {
    }

    static CommissionerResponse of(Commissioner c, long activeLoad) {
        return new CommissionerResponse(
                c.getId(),
                c.getVersion(),
                ApiRef.of(c.getCounty()),
                c.getName(),
                c.gender().orElse(null),
                c.residentId().map(ResidentId::masked).orElse(null),
                c.phone().map(PhoneNumber::masked).orElse(null),
                c.employer().map(e -> e.getId()).orElse(null),
                c.getEmployerName(),
                c.getEmployerCategory(),
                c.getTitle(),
                c.getSpecialties(),
                c.getKind(),
                c.getMembers().stream().map(m -> new Member(m.getName(), m.getTitle(), m.getSpecialty())).toList(),
                c.getField(),
                c.getDispatchLevel(),
                c.getPostedOn(),
                c.getPostingYear(),
                c.getStatus(),
                c.endedOn().orElse(null),
                activeLoad,
                c.getCreatedAt(),
                c.getUpdatedAt());
    }
}
