package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.audit.Personal;
import cn.kejiju.workbench.audit.PersonalData;

import java.time.LocalDate;
import java.util.List;

/**
 * What a clerk or an integrator submits to register or revise a commissioner, as entered. {@link #of}
 * is also the state the audit trail compares before and after a change (ID number and phone masked).
 * A county user may leave the county out: it is the user's own.
 */
public record CommissionerDraft(
        Long countyId,
        String name,
        Gender gender,
        @Personal(PersonalData.Kind.RESIDENT_ID) String residentId,
        @Personal(PersonalData.Kind.PHONE) String phone,
        Long employerId,
        String employerName,
        EmployerCategory employerCategory,
        ProfessionalTitle title,
        List<String> specialties,
        CommissionerKind kind,
        List<Member> members,
        ServiceField field,
        DispatchLevel dispatchLevel,
        LocalDate postedOn) {

    /** A team member as entered. */
    public record Member(String name, ProfessionalTitle title, String specialty) {
    }

    public CommissionerDraft {
        specialties = specialties == null ? List.of() : List.copyOf(specialties);
        members = members == null ? List.of() : List.copyOf(members);
    }

    /**
     * The same draft, but where the ID number or the phone is the masked form of the stored value (as
     * lists and the API show them), the stored value: reading a record and sending it back changes nothing.
     */
    public CommissionerDraft unmasking(Commissioner stored) {
        String id = residentId != null && residentId.contains("*")
                && stored.residentId().map(r -> r.masked().equals(residentId)).orElse(false)
                ? stored.residentId().orElseThrow().value() : residentId;
        String number = phone != null && phone.contains("*")
                && stored.phone().map(p -> p.masked().equals(phone)).orElse(false)
                ? stored.phone().orElseThrow().value() : phone;
        return new CommissionerDraft(countyId, name, gender, id, number, employerId, employerName, employerCategory,
                title, specialties, kind, members, field, dispatchLevel, postedOn);
    }

    public static CommissionerDraft of(Commissioner c) {
        return new CommissionerDraft(
                c.getCounty().getId(),
                c.getName(),
                c.gender().orElse(null),
                c.residentId().map(r -> r.value()).orElse(null),
                c.phone().map(p -> p.value()).orElse(null),
                c.employer().map(e -> e.getId()).orElse(null),
                c.getEmployerName(),
                c.getEmployerCategory(),
                c.getTitle(),
                c.getSpecialties(),
                c.getKind(),
                c.getMembers().stream().map(m -> new Member(m.getName(), m.getTitle(), m.getSpecialty())).toList(),
                c.getField(),
                c.getDispatchLevel(),
                c.getPostedOn());
    }
}
