package cn.kejiju.workbench.preparedness.pages;

import cn.kejiju.workbench.platform.IdParameter;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.preparedness.MaterialKind;
import cn.kejiju.workbench.preparedness.MaterialMovement;
import cn.kejiju.workbench.preparedness.MaterialService;
import cn.kejiju.workbench.preparedness.MaterialStock;
import cn.kejiju.workbench.preparedness.MovementType;
import cn.kejiju.workbench.preparedness.PublicityEvent;
import cn.kejiju.workbench.preparedness.PublicityEventService;
import cn.kejiju.workbench.shared.DomainException;
import cn.kejiju.workbench.shared.NotFoundException;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One publicity event ({@code preparedness/event.xhtml?id=…}): what was done, the leader's approval (asked
 * to confirm), and the materials: the clerk issues copies, lends display boards and banners and takes them
 * back; a quantity the stock (or the event's loan) cannot give is refused next to the quantity.
 */
@Named
@ViewScoped
public class EventDetailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "materialsForm";

    private static final Set<String> FIELDS = Set.of("kind", "quantity", "note");

    @Inject
    PublicityEventService eventService;

    @Inject
    MaterialService materialService;

    @Inject
    PageMessages messages;

    private Long id;
    private boolean notFound;
    private transient PublicityEvent event;
    private transient List<MaterialMovement> movements;
    private transient Map<MaterialKind, Long> outstanding;

    private MovementType action = MovementType.ISSUE;
    private MaterialKind kind;
    private Integer quantity;
    private String note;

    public void load() {
        if (notFound || id == null) {
            notFound = true;
            IdParameter.notFound();
            return;
        }
        try {
            event = eventService.get(id);
        } catch (NotFoundException e) {
            notFound = true;
            IdParameter.notFound();
        }
    }

    public void approve() {
        try {
            event = eventService.approve(id, getEvent().getVersion());
            Texts.info(false, "event.approved");
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, "approveForm", Set.of());
            event = null;
        }
    }

    public void move() {
        try {
            MaterialStock stock = switch (action) {
                case ISSUE -> materialService.issue(id, kind, quantity == null ? 0 : quantity, note);
                case LOAN -> materialService.lend(id, kind, quantity == null ? 0 : quantity, note);
                case RETURN -> materialService.giveBack(id, kind, quantity == null ? 0 : quantity, note);
                default -> throw new IllegalStateException(action.name());
            };
            Texts.info(false, "materials.moved", Texts.text("movement." + action.name()),
                    Texts.text("material." + kind.name()), quantity, stock.getOnHand());
            quantity = null;
            note = null;
            movements = null;
            outstanding = null;
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, FORM, FIELDS);
        }
    }

    public PublicityEvent getEvent() {
        if (event == null && id != null && !notFound) {
            event = eventService.get(id);
        }
        return event;
    }

    public List<MaterialMovement> getMovements() {
        if (movements == null) {
            movements = materialService.movements(id);
        }
        return movements;
    }

    public Map<MaterialKind, Long> getOutstanding() {
        if (outstanding == null) {
            outstanding = MaterialMovement.outstanding(getMovements());
        }
        return outstanding;
    }

    /** What the event still holds on loan, kind by kind, as the page shows it ("展板 4"). */
    public List<String> getOutstandingLines() {
        return getOutstanding().entrySet().stream()
                .map(e -> Texts.text("material." + e.getKey().name()) + " " + e.getValue()).toList();
    }

    public MaterialKind[] getKinds() {
        return MaterialKind.values();
    }

    public MovementType[] getActions() {
        return new MovementType[] {MovementType.ISSUE, MovementType.LOAN, MovementType.RETURN};
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

    public MovementType getAction() {
        return action;
    }

    public void setAction(MovementType action) {
        this.action = action;
    }

    public MaterialKind getKind() {
        return kind;
    }

    public void setKind(MaterialKind kind) {
        this.kind = kind;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
