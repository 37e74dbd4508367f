package cn.kejiju.workbench.commissioner.pages;

import cn.kejiju.workbench.commissioner.Commissioner;
import cn.kejiju.workbench.commissioner.CommissionerDraft;
import cn.kejiju.workbench.commissioner.CommissionerKind;
import cn.kejiju.workbench.commissioner.CommissionerService;
import cn.kejiju.workbench.commissioner.DispatchLevel;
import cn.kejiju.workbench.commissioner.EmployerCategory;
import cn.kejiju.workbench.commissioner.Gender;
import cn.kejiju.workbench.commissioner.ProfessionalTitle;
import cn.kejiju.workbench.commissioner.ServiceField;
import cn.kejiju.workbench.commissioner.TeamMember;
import cn.kejiju.workbench.platform.IdParameter;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.security.Caller;
import cn.kejiju.workbench.shared.DomainException;
import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.PhoneNumber;
import cn.kejiju.workbench.shared.ResidentId;
import jakarta.ejb.EJBException;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.validator.ValidatorException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Registers a commissioner ({@code commissioner/edit.xhtml}) or revises one ({@code edit.xhtml?id=…}).
 * The resident ID and the phone of an existing commissioner are shown masked; sent back unchanged they
 * keep the stored values. The version loaded with the record goes back with the revision. A refused
 * rule is shown next to the field it names; another county's commissioner answers 404.
 */
@Named
@ViewScoped
public class CommissionerEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "editForm";

    private static final Set<String> FIELDS = Set.of("countyId", "name", "gender", "residentId", "phone",
            "employerId", "employerName", "employerCategory", "title", "specialties", "kind", "field",
            "dispatchLevel", "postedOn");

    @Inject
    CommissionerService commissionerService;

    @Inject
    MasterDataOptions options;

    @Inject
    PageMessages messages;

    private Long id;
    private Long version;
    private boolean loaded;
    private boolean choosesCounty;
    private Form form = new Form();
    private List<SelectItem> countyOptions;
    private List<SelectItem> employerOptions;

    /** Loads the commissioner named by {@code ?id=}; without an id the form starts empty. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        choosesCounty = callerSeesEveryCounty();
        if (id == null) {
            form.postedOn = commissionerService.today();
            return;
        }
        try {
            Commissioner commissioner = commissionerService.get(id);
            version = commissioner.getVersion();
            form = Form.of(commissioner);
        } catch (NotFoundException e) {
            IdParameter.notFound();
        }
    }

    /** Saves and shows the commissioner; a refused rule stays on this page next to its field. */
    public String save() {
        try {
            Commissioner saved = id == null
                    ? commissionerService.register(form.toDraft(isChoosesCounty()))
                    : commissionerService.revise(id, version, form.toDraft(isChoosesCounty()));
            messages.flashInfo("commissioner.edit.saved", saved.getName());
            return "/commissioner/detail?faces-redirect=true&id=" + saved.getId();
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, FORM, FIELDS);
        }
        return null;
    }

    /** Adds an empty line to the team's members. */
    public void addMember() {
        form.members.add(new Member());
    }

    public void removeMember(Member member) {
        form.members.remove(member);
    }

    /** Checks a resident ID as the domain does; the masked form of the stored number passes. */
    public void validateResidentId(FacesContext context, UIComponent component, Object value) {
        if (value == null || value.toString().isBlank() || value.toString().contains("*")) {
            return;
        }
        try {
            ResidentId.of(value.toString(), "residentId");
        } catch (DomainException e) {
            String text = messages.describe(e);
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }

    /** Checks a phone number as the domain does; the masked form of the stored number passes. */
    public void validatePhone(FacesContext context, UIComponent component, Object value) {
        if (value == null || value.toString().isBlank() || value.toString().contains("*")) {
            return;
        }
        if (!PhoneNumber.isValid(value.toString().strip())) {
            String text = messages.text("commissioner.validation.phone");
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }

    /** A city user chooses the county that manages the posting; a county user's is her own. */
    public boolean isChoosesCounty() {
        return choosesCounty;
    }

    /** Asked once per view: {@link Caller} is request-bound and cannot live in a view-scoped bean. */
    private static boolean callerSeesEveryCounty() {
        Instance<Caller> callers = CDI.current().select(Caller.class);
        Caller caller = callers.get();
        try {
            return caller.countyScope() == null;
        } finally {
            callers.destroy(caller);
        }
    }

    public List<SelectItem> getCountyOptions() {
        if (countyOptions == null) {
            countyOptions = options.counties();
        }
        return countyOptions;
    }

    public List<SelectItem> getEmployerOptions() {
        if (employerOptions == null) {
            employerOptions = options.organisations();
        }
        return employerOptions;
    }

    public boolean isCreating() {
        return id == null;
    }

    public String getId() {
        return id == null ? null : id.toString();
    }

    public void setId(String text) {
        id = IdParameter.parse(text);
        if (id == null && text != null && !text.isBlank()) {
            id = -1L;
        }
    }

    public Form getForm() {
        return form;
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    public ProfessionalTitle[] getTitles() {
        return ProfessionalTitle.values();
    }

    public CommissionerKind[] getKinds() {
        return CommissionerKind.values();
    }

    public ServiceField[] getFields() {
        return ServiceField.values();
    }

    public DispatchLevel[] getDispatchLevels() {
        return DispatchLevel.values();
    }

    public EmployerCategory[] getEmployerCategories() {
        return EmployerCategory.values();
    }

    /** The form's values as entered; the ID number and phone of a stored commissioner masked. */
    public static final class Form implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long countyId;
        private String name;
        private Gender gender;
        private String residentId;
        private String phone;
        private Long employerId;
        private String employerName;
        private EmployerCategory employerCategory;
        private ProfessionalTitle title;
        private List<String> specialties = new ArrayList<>();
        private CommissionerKind kind = CommissionerKind.INDIVIDUAL;
        private List<Member> members = new ArrayList<>();
        private ServiceField field;
        private DispatchLevel dispatchLevel;
        private LocalDate postedOn;

        static Form of(Commissioner c) {
            Form form = new Form();
            form.countyId = c.getCounty().getId();
            form.name = c.getName();
            form.gender = c.gender().orElse(null);
            form.residentId = c.residentId().map(ResidentId::masked).orElse(null);
            form.phone = c.phone().map(PhoneNumber::masked).orElse(null);
            form.employerId = c.employer().map(e -> e.getId()).orElse(null);
            form.employerName = form.employerId == null ? c.getEmployerName() : null;
            form.employerCategory = c.getEmployerCategory();
            form.title = c.getTitle();
            form.specialties = new ArrayList<>(c.getSpecialties());
            form.kind = c.getKind();
            form.members = new ArrayList<>(c.getMembers().stream().map(Member::of).toList());
            form.field = c.getField();
            form.dispatchLevel = c.getDispatchLevel();
            form.postedOn = c.getPostedOn();
            return form;
        }

        CommissionerDraft toDraft(boolean withCounty) {
            List<CommissionerDraft.Member> team = kind == CommissionerKind.TEAM
                    ? members.stream().filter(Member::isFilled).map(Member::toDraft).toList()
                    : List.of();
            return new CommissionerDraft(withCounty ? countyId : null, name, gender, residentId, phone, employerId,
                    employerId == null ? employerName : null, employerCategory, title,
                    specialties == null ? List.of() : specialties, kind, team, field, dispatchLevel, postedOn);
        }

        public boolean isTeam() {
            return kind == CommissionerKind.TEAM;
        }

        public Long getCountyId() {
            return countyId;
        }

        public void setCountyId(Long countyId) {
            this.countyId = countyId;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Gender getGender() {
            return gender;
        }

        public void setGender(Gender gender) {
            this.gender = gender;
        }

        public String getResidentId() {
            return residentId;
        }

        public void setResidentId(String residentId) {
            this.residentId = residentId;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        public Long getEmployerId() {
            return employerId;
        }

        public void setEmployerId(Long employerId) {
            this.employerId = employerId;
        }

        public String getEmployerName() {
            return employerName;
        }

        public void setEmployerName(String employerName) {
            this.employerName = employerName;
        }

        public EmployerCategory getEmployerCategory() {
            return employerCategory;
        }

        public void setEmployerCategory(EmployerCategory employerCategory) {
            this.employerCategory = employerCategory;
        }

        public ProfessionalTitle getTitle() {
            return title;
        }

        public void setTitle(ProfessionalTitle title) {
            this.title = title;
        }

        public List<String> getSpecialties() {
            return specialties;
        }

        public void setSpecialties(List<String> specialties) {
            this.specialties = specialties == null ? new ArrayList<>() : new ArrayList<>(specialties);
        }

        public CommissionerKind getKind() {
            return kind;
        }

        public void setKind(CommissionerKind kind) {
            this.kind = kind;
        }

        public List<Member> getMembers() {
            return members;
        }

        public ServiceField getField() {
            return field;
        }

        public void setField(ServiceField field) {
            this.field = field;
        }

        public DispatchLevel getDispatchLevel() {
            return dispatchLevel;
        }

        public void setDispatchLevel(DispatchLevel dispatchLevel) {
            this.dispatchLevel = dispatchLevel;
        }

        public LocalDate getPostedOn() {
            return postedOn;
        }

        public void setPostedOn(LocalDate postedOn) {
            this.postedOn = postedOn;
        }
    }

    /** One line of a team's members as entered. */
    public static final class Member implements Serializable {

        private static final long serialVersionUID = 1L;

        private String name;
        private ProfessionalTitle title;
        private String specialty;

        static Member of(TeamMember member) {
            Member line = new Member();
            line.name = member.getName();
            line.title = member.getTitle();
            line.specialty = member.getSpecialty();
            return line;
        }

        boolean isFilled() {
            return name != null && !name.isBlank() || specialty != null && !specialty.isBlank() || title != null;
        }

        CommissionerDraft.Member toDraft() {
            return new CommissionerDraft.Member(name, title, specialty);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public ProfessionalTitle getTitle() {
            return title;
        }

        public void setTitle(ProfessionalTitle title) {
            this.title = title;
        }

        public String getSpecialty() {
            return specialty;
        }

        public void setSpecialty(String specialty) {
            this.specialty = specialty;
        }
    }
}
