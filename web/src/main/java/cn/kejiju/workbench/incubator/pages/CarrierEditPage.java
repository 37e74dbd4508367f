package cn.kejiju.workbench.incubator.pages;

import cn.kejiju.workbench.incubator.Carrier;
import cn.kejiju.workbench.incubator.CarrierDraft;
import cn.kejiju.workbench.incubator.CarrierKind;
import cn.kejiju.workbench.incubator.CarrierService;
import cn.kejiju.workbench.incubator.RecognitionLevel;
import cn.kejiju.workbench.jurisdiction.JurisdictionService;
import cn.kejiju.workbench.platform.IdParameter;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.shared.DomainException;
import cn.kejiju.workbench.shared.NotFoundException;
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
 * Registers a carrier ({@code incubator/carrier-edit.xhtml}) or revises one ({@code ?id=…}). The version
 * loaded goes back with the revision, so a save over somebody else's newer save is refused; a refused
 * rule is shown next to the field it names.
 */
@Named
@ViewScoped
public class CarrierEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "editForm";

    private static final Set<String> FIELDS = Set.of("countyId", "name", "kind", "recognitionLevel", "recognizedOn",
            "operator", "openedOn", "address");

    @Inject
    CarrierService carrierService;

    @Inject
    JurisdictionService jurisdictionService;

    @Inject
    PageMessages messages;

    private Long id;
    private Long version;
    private boolean notFound;
    private Form form = new Form();
    private CountyOptions counties;

    /** Loads the carrier named by {@code ?id=}; one that names nothing or another county's answers 404. */
    public void load() {
        if (notFound) {
            IdParameter.notFound();
            return;
        }
        if (id == null) {
            if (!counties().cityUser() && !counties().items().isEmpty()) {
                form.countyId = (Long) counties().items().get(0).getValue();
            }
            return;
        }
        try {
            Carrier carrier = carrierService.get(id);
            version = carrier.getVersion();
            form = Form.of(CarrierDraft.of(carrier));
        } catch (NotFoundException e) {
            notFound = true;
            IdParameter.notFound();
        }
    }

    public String save() {
        try {
            Carrier saved = id == null
                    ? carrierService.register(form.toDraft())
                    : carrierService.revise(id, version, form.toDraft());
            messages.flashInfo("incubator.carrier.saved", saved.getName());
            return "/incubator/carrier?faces-redirect=true&id=" + saved.getId();
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, FORM, FIELDS);
        }
        return null;
    }

    private CountyOptions counties() {
        if (counties == null) {
            counties = new CountyOptions(jurisdictionService);
        }
        return counties;
    }

    public List<SelectItem> getCounties() {
        return counties().items();
    }

    public boolean isCreating() {
        return id == null && !notFound;
    }

    public String getId() {
        return id == null ? null : id.toString();
    }

    public void setId(String text) {
        id = IdParameter.parse(text);
        notFound = IdParameter.namesNothing(text);
    }

    public boolean isNotFound() {
        return notFound;
    }

    public Form getForm() {
        return form;
    }

    public CarrierKind[] getKinds() {
        return CarrierKind.values();
    }

    public RecognitionLevel[] getLevels() {
        return RecognitionLevel.values();
    }

    /** What the clerk types, field by field, as the draft the service takes. */
    public static final class Form implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long countyId;
        private String name;
        private CarrierKind kind;
        private RecognitionLevel recognitionLevel = RecognitionLevel.NONE;
        private LocalDate recognizedOn;
        private String operator;
        private LocalDate openedOn;
        private String address;

        static Form of(CarrierDraft draft) {
            Form form = new Form();
            form.countyId = draft.countyId();
            form.name = draft.name();
            form.kind = draft.kind();
            form.recognitionLevel = draft.recognitionLevel();
            form.recognizedOn = draft.recognizedOn();
            form.operator = draft.operator();
            form.openedOn = draft.openedOn();
            form.address = draft.address();
            return form;
        }

        CarrierDraft toDraft() {
            return new CarrierDraft(countyId, name, kind, recognitionLevel, recognizedOn, operator, openedOn, address);
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

        public CarrierKind getKind() {
            return kind;
        }

        public void setKind(CarrierKind kind) {
            this.kind = kind;
        }

        public RecognitionLevel getRecognitionLevel() {
            return recognitionLevel;
        }

        public void setRecognitionLevel(RecognitionLevel recognitionLevel) {
            this.recognitionLevel = recognitionLevel;
        }

        public LocalDate getRecognizedOn() {
            return recognizedOn;
        }

        public void setRecognizedOn(LocalDate recognizedOn) {
            this.recognizedOn = recognizedOn;
        }

        public String getOperator() {
            return operator;
        }

        public void setOperator(String operator) {
            this.operator = operator;
        }

        public LocalDate getOpenedOn() {
            return openedOn;
        }

        public void setOpenedOn(LocalDate openedOn) {
            this.openedOn = openedOn;
        }

        public String getAddress() {
            return address;
        }

        public void setAddress(String address) {
            this.address = address;
        }
    }
}
