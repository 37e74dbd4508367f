package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.shared.ResidentId;
import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.LocalDate;
import java.util.List;

import static cn.kejiju.workbench.commissioner.Fixtures.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommissionerTest {

    private final Fixtures f = new Fixtures();

    private static RuleViolationException refused(String key, String field, Executable action) {
        RuleViolationException e = assertThrows(RuleViolationException.class, action);
        assertEquals(key, e.messageKey());
        assertEquals(field, e.field());
        return e;
    }

    private CommissionerProfile with(CommissionerKind kind, EmployerCategory category, List<TeamMember> members) {
        CommissionerProfile p = f.individual("林志远");
        return new CommissionerProfile(p.county(), p.name(), p.gender(), p.residentId(), p.phone(),
                kind == CommissionerKind.LEGAL_PERSON ? f.cooperative : null, p.employerName(), category, p.title(),
                p.specialties(), kind, members, p.field(), p.dispatchLevel(), p.postedOn());
    }

    @Test
    void registersAnActiveIndividualWithDistinctTrimmedSpecialties() {
        CommissionerProfile p = f.individual(" 林志远 ");
        Commissioner c = new Commissioner(new CommissionerProfile(p.county(), p.name(), p.gender(), p.residentId(),
                p.phone(), null, p.employerName(), p.employerCategory(), p.title(),
                List.of(" 茶叶栽培", "茶叶栽培 ", "", "病虫害防治"), p.kind(), p.members(), p.field(),
                p.dispatchLevel(), p.postedOn()), f.settings, CLOCK);
        assertEquals("林志远", c.getName());
        assertTrue(c.isActive());
        assertEquals(List.of("茶叶栽培", "病虫害防治"), c.getSpecialties());
        assertEquals(2026, c.getPostingYear());
    }

    @Test
    void theEligibilityRuleBarsPartyAndGovernmentStaffWhileItIsOn() {
        refused("commissioner.ineligibleEmployer", "employerCategory", () -> new Commissioner(
                with(CommissionerKind.INDIVIDUAL, EmployerCategory.PARTY_GOVERNMENT_ORGAN, List.of()), f.settings, CLOCK));

        CommissionerSettings.Values v = f.settings.values();
        f.settings.revise(new CommissionerSettings.Values(false, v.maxActiveAssignments(), v.quotaVisits(),
                v.quotaDays(), v.resultsTarget(), v.serviceWeight(), v.resultsWeight(), v.satisfactionWeight(),
                v.excellentFrom(), v.goodFrom(), v.passFrom(), v.evidenceMaxMegabytes(), v.evidenceRequired()), "admin", CLOCK);
        Commissioner allowed = new Commissioner(
                with(CommissionerKind.INDIVIDUAL, EmployerCategory.PARTY_GOVERNMENT_ORGAN, List.of()), f.settings, CLOCK);
        assertEquals(EmployerCategory.PARTY_GOVERNMENT_ORGAN, allowed.getEmployerCategory());
    }

    @Test
    void aTeamHasMembersAndOnlyATeamHasThem() {
        refused("commissioner.teamNeedsMembers", "members", () -> new Commissioner(
                with(CommissionerKind.TEAM, EmployerCategory.UNIVERSITY, List.of()), f.settings, CLOCK));
        List<TeamMember> members = List.of(new TeamMember("陈晓", ProfessionalTitle.INTERMEDIATE, "土壤肥料"));
        refused("commissioner.membersOnlyForTeams", "members", () -> new Commissioner(
                with(CommissionerKind.INDIVIDUAL, EmployerCategory.UNIVERSITY, members), f.settings, CLOCK));
        Commissioner team = new Commissioner(with(CommissionerKind.TEAM, EmployerCategory.UNIVERSITY, members),
                f.settings, CLOCK);
        assertEquals(members, team.getMembers());
    }

    @Test
    void aLegalPersonIsARegisteredOrganisationWithoutPersonalData() {
        Commissioner legal = new Commissioner(with(CommissionerKind.LEGAL_PERSON, EmployerCategory.ENTERPRISE, List.of()),
                f.settings, CLOCK);
        assertEquals("东坑茶叶专业合作社", legal.getEmployerName());
        assertTrue(legal.residentId().isEmpty());
        assertTrue(legal.gender().isEmpty());

        CommissionerProfile p = with(CommissionerKind.INDIVIDUAL, EmployerCategory.ENTERPRISE, List.of());
        refused("commissioner.legalPersonNeedsOrganisation", "employerId", () -> new Commissioner(
                new CommissionerProfile(p.county(), p.name(), null, null, null, null, "某公司",
                        EmployerCategory.ENTERPRISE, p.title(), p.specialties(), CommissionerKind.LEGAL_PERSON,
                        List.of(), p.field(), p.dispatchLevel(), p.postedOn()), f.settings, CLOCK));
    }

    @Test
    void aPersonNeedsAResidentIdWhoseGenderMatches() {
        CommissionerProfile p = f.individual("林志远");
        refused("field.required", "residentId", () -> new Commissioner(new CommissionerProfile(p.county(), p.name(),
                p.gender(), null, null, null, p.employerName(), p.employerCategory(), p.title(), p.specialties(),
                p.kind(), p.members(), p.field(), p.dispatchLevel(), p.postedOn()), f.settings, CLOCK));
        refused("commissioner.genderMismatch", "gender", () -> new Commissioner(new CommissionerProfile(p.county(),
                p.name(), Gender.FEMALE, p.residentId(), null, null, p.employerName(), p.employerCategory(), p.title(),
                p.specialties(), p.kind(), p.members(), p.field(), p.dispatchLevel(), p.postedOn()), f.settings, CLOCK));
    }

    @Test
    void theGenderIsTakenFromTheResidentIdWhenNotGiven() {
        CommissionerProfile p = f.individual("林志远");
        Commissioner withoutGender = new Commissioner(new CommissionerProfile(p.county(), p.name(), null,
                p.residentId(), null, null, p.employerName(), p.employerCategory(), p.title(), p.specialties(),
                p.kind(), p.members(), p.field(), p.dispatchLevel(), p.postedOn()), f.settings, CLOCK);
        assertEquals(p.residentId().isMale() ? Gender.MALE : Gender.FEMALE, withoutGender.gender().orElseThrow());
        assertEquals(p.gender(), withoutGender.gender().orElseThrow(), "the fixture's gender agrees with its ID");
    }

    @Test
    void isManagedByACountyAndPostedByToday() {
        CommissionerProfile p = f.individual("林志远");
        refused("commissioner.countyLevel", "countyId", () -> new Commissioner(new CommissionerProfile(f.township,
                p.name(), p.gender(), p.residentId(), null, null, p.employerName(), p.employerCategory(), p.title(),
                p.specialties(), p.kind(), p.members(), p.field(), p.dispatchLevel(), p.postedOn()), f.settings, CLOCK));
        refused("commissioner.postedInFuture", "postedOn", () -> new Commissioner(new CommissionerProfile(p.county(),
                p.name(), p.gender(), p.residentId(), null, null, p.employerName(), p.employerCategory(), p.title(),
                p.specialties(), p.kind(), p.members(), p.field(), p.dispatchLevel(), Fixtures.TODAY.plusDays(1)),
                f.settings, CLOCK));
    }

    @Test
    void endsOnlyWithoutActiveAssignmentsAndNotBeforeThePosting() {
        Commissioner c = f.commissioner("林志远");
        refused("commissioner.hasActiveAssignments", "status", () -> c.end(Fixtures.TODAY, 1, CLOCK));
        refused("commissioner.endBeforePosting", "endedOn", () -> c.end(LocalDate.of(2026, 2, 1), 0, CLOCK));
        c.end(Fixtures.TODAY, 0, CLOCK);
        assertFalse(c.isActive());
        assertEquals(Fixtures.TODAY, c.endedOn().orElseThrow());
        refused("commissioner.alreadyEnded", "status", () -> c.end(Fixtures.TODAY, 0, CLOCK));
    }

    @Test
    void specialtiesMatchAProblemText() {
        Commissioner c = f.commissioner("林志远");
        assertTrue(c.hasSpecialtyMatching("茶园出现病虫害防治难题"));
        assertFalse(c.hasSpecialtyMatching("需要电子商务培训"));
        assertEquals("350***********", ResidentId.mask(c.residentId().orElseThrow().value()).substring(0, 14));
    }
}
