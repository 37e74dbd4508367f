package cn.kejiju.workbench.preparedness.pages;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.jurisdiction.JurisdictionLevel;
import cn.kejiju.workbench.jurisdiction.JurisdictionService;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.platform.PagedRows;
import cn.kejiju.workbench.preparedness.RegisterHolder;
import cn.kejiju.workbench.preparedness.RegisterPost;
import cn.kejiju.workbench.preparedness.RegisterService;
import cn.kejiju.workbench.shared.DomainException;
import cn.kejiju.workbench.shared.PageRequest;
import jakarta.ejb.EJBException;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The 三网一员 register ({@code preparedness/register.xhtml}): the current holders by place (with the former
 * ones on request), phones masked; the clerk appoints someone to an open post and ends a post (after
 * confirming) and corrects a current holder's name, phone (shown masked; an empty field keeps it) and since-date,
 * with the version read (a holder changed meanwhile is refused with 409). City users see the county column and may
 * choose one county.
 */
@Named
@ViewScoped
public class RegisterPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "appointForm";
    static final String TABLE = "listForm:holders";

    private static final Set<String> FIELDS = Set.of("post", "placeId", "name", "phone", "since");

    @Inject
    RegisterService registerService;

    @Inject
    JurisdictionService jurisdictionService;

    @Inject
    PageMessages messages;

    private Long countyId;
    private boolean withEnded;
    private Counties counties;
    private transient List<Jurisdiction> places;

    private RegisterPost post = RegisterPost.ASSISTANT;
    private Long placeId;
    private String name;
    private String phone;
    private LocalDate since;

    private Long editId;
    private Long editVersion;
    private String editPlace;
    private String editName;
    private String editPhone;
    private String editPhoneMasked;
    private LocalDate editSince;

    private Long endingId;
    private Long endingVersion;
    private LocalDate endedOn;

    /** A holder as a row: the phone masked. */
    public record HolderRow(long id, long version, String county, String township, String place, RegisterPost post,
                            String name, String phone, LocalDate since, LocalDate endedOn) implements Serializable {

        static HolderRow of(RegisterHolder h) {
            return new HolderRow(h.getId(), h.getVersion(), h.getCounty().getName(), h.getTownship().getName(),
                    h.getPlace().getName(), h.getPost(), h.getName(), h.maskedPhone(), h.getSince(), h.getEndedOn());
        }

        public boolean isCurrent() {
            return endedOn == null;
        }
    }

    private final PagedRows<HolderRow> rows = PagedRows.of(HolderRow::id,
            request -> registerService.holders(countyId, withEnded,
                    new PageRequest(request.page(), request.size(), null, true)).map(HolderRow::of),
            () -> registerService.holders(countyId, withEnded, PageRequest.of(0, 1)).total()).unsorted();

    public PagedRows<HolderRow> getRows() {
        return rows;
    }

    public void search() {
        PagedRows.firstPage(TABLE);
    }

    public void appoint() {
        try {
            RegisterHolder holder = registerService.appoint(post, placeId, name, phone, since);
            Texts.info(false, "register.appointed", holder.getName(), Texts.text("register.post." + holder.getPost()),
                    holder.getPlace().getName());
            name = null;
            phone = null;
            since = null;
            placeId = null;
            PagedRows.firstPage(TABLE);
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, FORM, FIELDS);
        }
    }

    /** Fills the correction dialog with the holder as stored. */
    public void prepareEdit(HolderRow row) {
        editId = row.id();
        editVersion = row.version();
        editPlace = row.place() + " · " + Texts.text("register.post." + row.post());
        editName = row.name();
        editPhone = null;
        editPhoneMasked = row.phone();
        editSince = row.since();
    }

    public void save() {
        try {
            RegisterHolder stored = registerService.get(editId == null ? 0 : editId);
            RegisterHolder holder = registerService.revise(stored.getId(), editVersion, editName,
                    editPhone == null || editPhone.isBlank() ? stored.phone() : editPhone, editSince);
            Texts.info(false, "register.saved", holder.getName(), holder.getPlace().getName());
            PagedRows.firstPage(TABLE);
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, "editForm", Set.of("name", "phone", "since"));
        }
    }

    /** Chooses the holder the confirmation dialog is about. */
    public void prepareEnd(HolderRow row) {
        endingId = row.id();
        endingVersion = row.version();
        endedOn = null;
    }

    public void end() {
        try {
            RegisterHolder holder = registerService.end(endingId, endingVersion, endedOn);
            Texts.info(false, "register.ended", holder.getName(), holder.getPlace().getName(), holder.getEndedOn());
            PagedRows.firstPage(TABLE);
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, "endForm", Set.of("endedOn"));
        }
    }

    /** The places that have the chosen post. */
    public List<SelectItem> getPlaces() {
        if (places == null) {
            places = registerService.places(null);
        }
        return Places.of(places, post == null ? JurisdictionLevel.TOWNSHIP : post.level(), isCityUser());
    }

    public void postChanged() {
        placeId = null;
    }

    private Counties counties() {
        if (counties == null) {
            counties = Counties.of(jurisdictionService);
        }
        return counties;
    }

    public boolean isCityUser() {
        return counties().cityUser();
    }

    /** The county the export's rows are of (the chosen one), or null: the caller's jurisdiction. */
    public String getScopeName() {
        return counties().name(countyId);
    }

    public List<SelectItem> getCounties() {
        return counties().items();
    }

    public RegisterPost[] getPosts() {
        return RegisterPost.values();
    }

    public Long getCountyId() {
        return countyId;
    }

    public void setCountyId(Long countyId) {
        this.countyId = countyId;
    }

    public boolean isWithEnded() {
        return withEnded;
    }

    public void setWithEnded(boolean withEnded) {
        this.withEnded = withEnded;
    }

    public RegisterPost getPost() {
        return post;
    }

    public void setPost(RegisterPost post) {
        this.post = post;
    }

    public Long getPlaceId() {
        return placeId;
    }

    public void setPlaceId(Long placeId) {
        this.placeId = placeId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public LocalDate getSince() {
        return since;
    }

    public void setSince(LocalDate since) {
        this.since = since;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public void setEndedOn(LocalDate endedOn) {
        this.endedOn = endedOn;
    }

    public String getEditName() {
        return editName;
    }

    public void setEditName(String editName) {
        this.editName = editName;
    }

    public String getEditPhone() {
        return editPhone;
    }

    public void setEditPhone(String editPhone) {
        this.editPhone = editPhone;
    }

    public LocalDate getEditSince() {
        return editSince;
    }

    public void setEditSince(LocalDate editSince) {
        this.editSince = editSince;
    }

    public String getEditPhoneMasked() {
        return editPhoneMasked;
    }

    public String getEditPlace() {
        return editPlace;
    }
}
