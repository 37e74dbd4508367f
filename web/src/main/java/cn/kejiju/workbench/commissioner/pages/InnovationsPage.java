package cn.kejiju.workbench.commissioner.pages;

import cn.kejiju.workbench.commissioner.InnovationFilter;
import cn.kejiju.workbench.commissioner.InnovationKind;
import cn.kejiju.workbench.commissioner.InnovationService;
import cn.kejiju.workbench.commissioner.InnovationService.InnovationUse;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.platform.PagedRows;
import cn.kejiju.workbench.shared.PageRequest;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The county's varieties and technologies ({@code commissioner/innovations.xhtml}, clerks): found by part
 * of the name or its pinyin initials, renamed, and a duplicate merged into the item it repeats (after a
 * confirmation naming both; every introduction moves to the surviving item). City users may choose a county
 * ({@code ?county=}); {@code ?from=…&to=…} keeps the items an approved log introduced within the period, those the
 * work summary's varieties and technologies count.
 */
@Named
@ViewScoped
public class InnovationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TABLE = "listForm:innovations";
    private static final int MERGE_CHOICES = 200;

    @Inject
    InnovationService innovationService;

    @Inject
    PageMessages messages;

    @Inject
    CountyChoice county;

    private String text;
    private InnovationKind kind;
    private LocalDate introducedFrom;
    private LocalDate introducedTo;

    private Row selected;
    private String newName;
    private Long survivorId;

    private final PagedRows<Row> rows = PagedRows.of(Row::getId,
            request -> innovationService.list(filter(), new PageRequest(request.page(), request.size(), "name", true))
                    .map(Row::new),
            () -> innovationService.list(filter(), PageRequest.of(0, 1)).total());

    public void search() {
        PagedRows.firstPage(TABLE);
    }

    public void reset() {
        text = null;
        kind = null;
        introducedFrom = null;
        introducedTo = null;
        county.reset();
        PagedRows.firstPage(TABLE);
    }

    InnovationFilter filter() {
        return new InnovationFilter(county.getValue(), kind, PagedRows.criterion(text), introducedFrom, introducedTo);
    }

    public void startRename(Row row) {
        selected = row;
        newName = row.getName();
    }

    public void rename() {
        try {
            innovationService.rename(selected.getId(), newName);
            messages.info("commissioner.innovations.renamed", selected.getName(), newName.strip());
            selected = null;
        } catch (RuntimeException e) {
            messages.showRefusal(e, "renameForm", Set.of("name"));
        }
    }

    public void startMerge(Row row) {
        selected = row;
        survivorId = null;
    }

    /** The other items of the selected one's county and kind, any of which it can be merged into. */
    public List<SelectItem> getSurvivorOptions() {
        if (selected == null) {
            return List.of();
        }
        return innovationService.list(selected.countyId, selected.getKind(), null, PageRequest.of(0, MERGE_CHOICES))
                .items().stream()
                .filter(use -> !use.innovation().getId().equals(selected.getId()))
                .map(use -> new SelectItem(use.innovation().getId(), use.innovation().getName()))
                .toList();
    }

    public void merge() {
        try {
            InnovationUse survivor = innovationService.merge(survivorId, selected.getId());
            messages.info("commissioner.innovations.merged", selected.getName(), survivor.innovation().getName(),
                    survivor.introductions());
            selected = null;
        } catch (RuntimeException e) {
            messages.showRefusal(e, "mergeForm", Set.of());
        }
    }

    /** The county filter (city users only). */
    public CountyChoice getCounty() {
        return county;
    }

    /** With {@link #getIntroducedTo()}: introduced by an approved log from this day on (a summary's period). */
    public LocalDate getIntroducedFrom() {
        return introducedFrom;
    }

    public void setIntroducedFrom(LocalDate introducedFrom) {
        this.introducedFrom = introducedFrom;
    }

    /** Introduced by an approved log by this day. */
    public LocalDate getIntroducedTo() {
        return introducedTo;
    }

    public void setIntroducedTo(LocalDate introducedTo) {
        this.introducedTo = introducedTo;
    }

    public PagedRows<Row> getRows() {
        return rows;
    }

    public InnovationKind[] getKinds() {
        return InnovationKind.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public InnovationKind getKind() {
        return kind;
    }

    public void setKind(InnovationKind kind) {
        this.kind = kind;
    }

    public Row getSelected() {
        return selected;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public Long getSurvivorId() {
        return survivorId;
    }

    public void setSurvivorId(Long survivorId) {
        this.survivorId = survivorId;
    }

    /** One item as the table shows it. */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final long countyId;
        private final String county;
        private final InnovationKind kind;
        private final String name;
        private final String initials;
        private final long introductions;

        Row(InnovationUse use) {
            this.id = use.innovation().getId();
            this.countyId = use.innovation().getCounty().getId();
            this.county = use.innovation().getCounty().getName();
            this.kind = use.innovation().getKind();
            this.name = use.innovation().getName();
            this.initials = use.innovation().getInitials();
            this.introductions = use.introductions();
        }

        public long getId() {
            return id;
        }

        public String getCounty() {
            return county;
        }

        public InnovationKind getKind() {
            return kind;
        }

        public String getName() {
            return name;
        }

        public String getInitials() {
            return initials;
        }

        public long getIntroductions() {
            return introductions;
        }
    }
}
