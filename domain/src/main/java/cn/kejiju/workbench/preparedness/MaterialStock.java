package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.jurisdiction.JurisdictionLevel;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.Fields;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A county's stock of one kind of material: copies in store ({@code onHand}) and, for reusable kinds,
 * items out on loan ({@code lent}). Neither ever goes below zero (the table's check constraints hold it
 * too); the service changes a stock only while holding its row lock, so two issues of the last copies
 * cannot both pass.
 */
@Entity
@Table(name = "prep_material_stock")
public class MaterialStock {

    @Id
    @SequenceGenerator(name = "prep_material_stock_seq", sequenceName = "prep_material_stock_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prep_material_stock_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "county_id", nullable = false)
    private Jurisdiction county;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MaterialKind kind;

    @Column(name = "on_hand", nullable = false)
    private long onHand;

    @Column(nullable = false)
    private long lent;

    protected MaterialStock() {
        // for JPA
    }

    /** An empty stock of the kind in the county. */
    public MaterialStock(Jurisdiction county, MaterialKind kind) {
        if (county == null || county.getLevel() != JurisdictionLevel.COUNTY) {
            throw new RuleViolationException("preparedness.countyLevel", "countyId");
        }
        this.county = county;
        this.kind = Fields.present(kind, "kind");
    }

    /** Copies received into store. */
    public void receive(int quantity) {
        onHand += Counts.count(quantity, "quantity", true);
    }

    /** Copies consumed by an event; more than in store is refused, naming what is there. */
    public void issue(int quantity) {
        if (kind.reusable()) {
            throw new RuleViolationException("preparedness.stock.reusableIsLent", "kind");
        }
        take(quantity);
    }

    /** Reusable items lent to an event; more than in store is refused, naming what is there. */
    public void lend(int quantity) {
        if (!kind.reusable()) {
            throw new RuleViolationException("preparedness.stock.consumableIsIssued", "kind");
        }
        take(quantity);
        lent += quantity;
    }

    /**
     * Lent items back in store. {@code outstanding} is what the event still holds of the kind; more than
     * that cannot come back from it.
     */
    public void takeBack(int quantity, long outstanding) {
        if (!kind.reusable()) {
            throw new RuleViolationException("preparedness.stock.consumableIsIssued", "kind");
        }
        int count = Counts.count(quantity, "quantity", true);
        if (count > outstanding || count > lent) {
            throw new RuleViolationException("preparedness.stock.returnMoreThanLent", "quantity",
                    Math.min(outstanding, lent));
        }
        lent -= count;
        onHand += count;
    }

    private void take(int quantity) {
        int count = Counts.count(quantity, "quantity", true);
        if (count > onHand) {
            throw new ConflictException("preparedness.stock.insufficient", "quantity", onHand);
        }
        onHand -= count;
    }

    public Long getId() {
        return id;
    }

    public Jurisdiction getCounty() {
        return county;
    }

    public MaterialKind getKind() {
        return kind;
    }

    public long getOnHand() {
        return onHand;
    }

    public long getLent() {
        return lent;
    }
}
