package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where the volunteer teams, their members and what they attended are kept; hours summed in the database. */
public interface VolunteerRepository {

    Optional<VolunteerTeam> findTeam(long id);

    default VolunteerTeam getTeam(long id) {
        return findTeam(id).orElseThrow(() -> new NotFoundException("VolunteerTeam", id));
    }

    /** Teams by county and township code, then name, of one county or all, with their county and township. */
    Page<VolunteerTeam> teams(Long countyId, Long countyScope, PageRequest request);

    VolunteerTeam add(VolunteerTeam team);

    Optional<Volunteer> findMember(long id);

    /** A team's members, current first, then by the day they joined. */
    List<Volunteer> members(long teamId);

    Volunteer add(Volunteer member);

    VolunteerActivity add(VolunteerActivity activity);

    /** What the team's members attended, latest first, with the member and the linked drill. */
    List<VolunteerActivity> activities(long teamId);

    /**
     * The volunteer hours attended from {@code from} to {@code to} (both included) by the teams within the
     * jurisdiction (a city, county or township, by its division code): one aggregate query.
     */
    BigDecimal hours(Jurisdiction within, LocalDate from, LocalDate to);
}
