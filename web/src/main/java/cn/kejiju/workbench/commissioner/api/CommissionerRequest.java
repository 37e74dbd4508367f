package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.commissioner.Commissioner;
import cn.kejiju.workbench.commissioner.CommissionerDraft;
import cn.kejiju.workbench.commissioner.CommissionerKind;
import cn.kejiju.workbench.commissioner.DispatchLevel;
import cn.kejiju.workbench.commissioner.EmployerCategory;
import cn.kejiju.workbench.commissioner.Gender;
import cn.kejiju.workbench.commissioner.ProfessionalTitle;
import cn.kejiju.workbench.commissioner.ServiceField;
import cn.kejiju.workbench.commissioner.TeamMember;
import cn.kejiju.workbench.shared.PhoneNumber;
import cn.kejiju.workbench.shared.ResidentId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * A commissioner as an integrator sends it. {@code version} is required when updating. Sending back
 * the masked resident ID or phone read from this API keeps the stored value. (A class with public
 * fields: Payara's OpenAPI scanner fails on constraints on record components.)
 */
@Schema(name = "CommissionerRequest", description = "A commissioner to register, or the new state of one. specialties: up to 10 "
        + "of up to 30 characters each; members: the team members, only for kind TEAM, which needs at least one")
public class CommissionerRequest {

    /** A member of a team (特派团); the rules (name and title required) answer 422 naming {@code members}. */
    @Schema(name = "CommissionerMemberRequest")
    public static class Member {

        @Schema(required = true, example = "李明", maxLength = TeamMember.NAME_MAX)
        public String name;

        @Schema(required = true)
        public ProfessionalTitle title;

        @Schema(maxLength = TeamMember.SPECIALTY_MAX)
        public String specialty;
    }

    @Schema(description = "Id of the managing county; a county token may leave it out (its own county)")
    public Long countyId;

    @Schema(required = true, example = "张伟")
    @NotBlank
    @Size(max = Commissioner.NAME_MAX)
    public String name;

    @Schema(description = "Of individuals and teams (the leader): taken from the resident ID when left out; when given it must agree with it")
    public Gender gender;

    @Schema(description = "GB 11643 resident ID number, 18 characters; required for individuals and teams",
            example = "11010519491231002X")
    @Size(max = ResidentId.LENGTH)
    public String residentId;

    @Schema(description = "Mobile or landline", example = "13812345678")
    @Size(max = PhoneNumber.MAX_LENGTH)
    public String phone;

    @Schema(description = "Id of the employing organisation in master data; required for legal persons")
    public Long employerId;

    @Schema(description = "Employer as free text when it is not in master data")
    @Size(max = Commissioner.EMPLOYER_MAX)
    public String employerName;

    @Schema(required = true)
    @NotNull
    public EmployerCategory employerCategory;

    @Schema(required = true)
    @NotNull
    public ProfessionalTitle title;

    public List<String> specialties;

    @Schema(required = true)
    @NotNull
    public CommissionerKind kind;

    public List<Member> members;

    @Schema(required = true)
    @NotNull
    public ServiceField field;

    @Schema(required = true)
    @NotNull
    public DispatchLevel dispatchLevel;

    @Schema(description = "Day of posting; its year is the posting year", required = true)
    @NotNull
    public LocalDate postedOn;

    @Schema(description = "The version read; required for updates")
    public Long version;

    CommissionerDraft toDraft() {
        List<CommissionerDraft.Member> team = members == null ? List.of()
                : members.stream().map(m -> new CommissionerDraft.Member(m.name, m.title, m.specialty)).toList();
        return new CommissionerDraft(countyId, name, gender, residentId, phone, employerId, employerName,
                employerCategory, title, specialties, kind, team, field, dispatchLevel, postedOn);
    }
}
