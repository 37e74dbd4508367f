package cn.kejiju.workbench.commissioner.pages;

import cn.kejiju.workbench.commissioner.AssessmentRow;
import cn.kejiju.workbench.commissioner.AssessmentService;
import cn.kejiju.workbench.commissioner.AssignmentFilter;
import cn.kejiju.workbench.commissioner.AssignmentService;
import cn.kejiju.workbench.commissioner.Commissioner;
import cn.kejiju.workbench.commissioner.CommissionerKind;
import cn.kejiju.workbench.commissioner.CommissionerService;
import cn.kejiju.workbench.commissioner.CommissionerStatus;
import cn.kejiju.workbench.commissioner.DispatchLevel;
import cn.kejiju.workbench.commissioner.EmployerCategory;
import cn.kejiju.workbench.commissioner.Gender;
import cn.kejiju.workbench.commissioner.Grade;
import cn.kejiju.workbench.commissioner.ProfessionalTitle;
import cn.kejiju.workbench.commissioner.ServiceField;
import cn.kejiju.workbench.commissioner.TeamMember;
import cn.kejiju.workbench.platform.IdParameter;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.shared.DomainException;
import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.PageRequest;
import cn.kejiju.workbench.shared.PhoneNumber;
import cn.kejiju.workbench.shared.ResidentId;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One commissioner ({@code commissioner/detail.xhtml?id=…}): the profile with the resident ID and
 * phone masked, the assignments with the state of their agreements, this year's approved service as
 * the assessment counts it, and for the clerk the end of the posting. Another county's commissioner
 * answers 404.
 */
@Named
@ViewScoped
public class CommissionerDetailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String END_FORM = "endForm";

    @Inject
    CommissionerService commissionerService;

    @Inject
    AssignmentService assignmentService;

    @Inject
    AssessmentService assessmentService;

    @Inject
    PageMessages messages;

    private Long id;
    private Profile profile;
    private List<AssignmentRow> assignments;
    private Summary summary;
    private LocalDate endedOn;

    /** Loads the commissioner named by {@code ?id=}; one the caller may not see answers 404. */
    public void load() {
        if (profile != null) {
            return;
        }
        if (id == null) {
            IdParameter.notFound();
            return;
        }
        try {
            refresh();
        } catch (NotFoundException e) {
            IdParameter.notFound();
        }
    }

    private void refresh() {
        Commissioner commissioner = commissionerService.get(id);
        profile = new Profile(commissioner);
        assignments = assignmentService.list(AssignmentFilter.ofCommissioner(id),
                        new PageRequest(0, PageRequest.MAX_SIZE, "startDate", false))
                .items().stream().map(AssignmentRow::new).toList();
        int year = assessmentService.currentYear();
        summary = new Summary(assessmentService.of(id, year));
        endedOn = commissionerService.today();
    }

    /** Ends the posting on the chosen day; refused while assignments are active. */
    public String end() {
        try {
            commissionerService.end(id, profile.getVersion(), endedOn);
            messages.flashInfo("commissioner.detail.ended", profile.getName());
            return "/commissioner/detail?faces-redirect=true&id=" + id;
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, END_FORM, Set.of("endedOn"));
        }
        return null;
    }

    public String getId() {
        return id == null ? null : id.toString();
    }

    public void setId(String text) {
        id = IdParameter.parse(text);
    }

    public Profile getProfile() {
        return profile;
    }

    public List<AssignmentRow> getAssignments() {
        return assignments;
    }

    public Summary getSummary() {
        return summary;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public void setEndedOn(LocalDate endedOn) {
        this.endedOn = endedOn;
    }

    /** The profile as shown: resident ID and phone masked. */
    public static final class Profile implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final long version;
        private final String county;
        private final String name;
        private final Gender gender;
        private final String residentId;
        private final String phone;
        private final Long employerId;
        private final String employer;
        private final EmployerCategory employerCategory;
        private final ProfessionalTitle title;
        private final List<String> specialties;
        private final CommissionerKind kind;
        private final List<MemberView> members;
        private final ServiceField field;
        private final DispatchLevel dispatchLevel;
        private final LocalDate postedOn;
        private final CommissionerStatus status;
        private final LocalDate endedOn;

        Profile(Commissioner c) {
            this.id = c.getId();
            this.version = c.getVersion();
            this.county = c.getCounty().getName();
            this.name = c.getName();
            this.gender = c.gender().orElse(null);
            this.residentId = c.residentId().map(ResidentId::masked).orElse(null);
            this.phone = c.phone().map(PhoneNumber::masked).orElse(null);
            this.employerId = c.employer().map(e -> e.getId()).orElse(null);
            this.employer = c.getEmployerName();
            this.employerCategory = c.getEmployerCategory();
            this.title = c.getTitle();
            this.specialties = List.copyOf(c.getSpecialties());
            this.kind = c.getKind();
            this.members = c.getMembers().stream().map(MemberView::new).toList();
            this.field = c.getField();
            this.dispatchLevel = c.getDispatchLevel();
            this.postedOn = c.getPostedOn();
            this.status = c.getStatus();
            this.endedOn = c.endedOn().orElse(null);
        }

        public long getId() {
            return id;
        }

        public long getVersion() {
            return version;
        }

        public String getCounty() {
            return county;
        }

        public String getName() {
            return name;
        }

        public Gender getGender() {
            return gender;
        }

        /** Masked: 110***********1234. */
        public String getResidentId() {
            return residentId;
        }

        /** Masked: 138****5678. */
        public String getPhone() {
            return phone;
        }

        public Long getEmployerId() {
            return employerId;
        }

        public String getEmployer() {
            return employer;
        }

        public EmployerCategory getEmployerCategory() {
            return employerCategory;
        }

        public ProfessionalTitle getTitle() {
            return title;
        }

        public List<String> getSpecialties() {
            return specialties;
        }

        public CommissionerKind getKind() {
            return kind;
        }

        public List<MemberView> getMembers() {
            return members;
        }

        public ServiceField getField() {
            return field;
        }

        public DispatchLevel getDispatchLevel() {
            return dispatchLevel;
        }

        public LocalDate getPostedOn() {
            return postedOn;
        }

        public CommissionerStatus getStatus() {
            return status;
        }

        public boolean isActive() {
            return status == CommissionerStatus.ACTIVE;
        }

        public LocalDate getEndedOn() {
            return endedOn;
        }
    }

    /** A team member as shown. */
    public static final class MemberView implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String name;
        private final ProfessionalTitle title;
        private final String specialty;

        MemberView(TeamMember member) {
            this.name = member.getName();
            this.title = member.getTitle();
            this.specialty = member.getSpecialty();
        }

        public String getName() {
            return name;
        }

        public ProfessionalTitle getTitle() {
            return title;
        }

        public String getSpecialty() {
            return specialty;
        }
    }

    /** This year's approved service, score and grade as the assessment computes (or froze) them. */
    public static final class Summary implements Serializable {

        private static final long serialVersionUID = 1L;

        private final int year;
        private final long visits;
        private final BigDecimal days;
        private final long results;
        private final BigDecimal satisfaction;
        private final BigDecimal score;
        private final Grade grade;
        private final boolean quotaMet;
        private final boolean confirmed;

        Summary(AssessmentRow row) {
            this.year = row.year();
            this.visits = row.figures().visits();
            this.days = row.figures().days();
            this.results = row.figures().results();
            this.satisfaction = row.figures().satisfaction();
            this.score = row.score().total();
            this.grade = row.score().grade();
            this.quotaMet = row.score().quotaMet();
            this.confirmed = row.isConfirmed();
        }

        public int getYear() {
            return year;
        }

        public long getVisits() {
            return visits;
        }

        public BigDecimal getDays() {
            return days;
        }

        public long getResults() {
            return results;
        }

        public BigDecimal getSatisfaction() {
            return satisfaction;
        }

        public BigDecimal getScore() {
            return score;
        }

        public Grade getGrade() {
            return grade;
        }

        public boolean isQuotaMet() {
            return quotaMet;
        }

        public boolean isConfirmed() {
            return confirmed;
        }
    }
}
