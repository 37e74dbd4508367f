package cn.kejiju.workbench.project;

import cn.kejiju.workbench.shared.ClerkInput;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A tranche of the granted funds received (拨付到位): the day, the amount in yuan and a note. */
@Embeddable
public class Tranche {

    public static final int NOTE_MAX = 200;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(length = NOTE_MAX)
    private String note;

    protected Tranche() {
        // for JPA
    }

    Tranche(LocalDate receivedOn, BigDecimal amount, String note) {
        this.receivedOn = receivedOn;
        this.amount = amount;
        this.note = ClerkInput.optional(note, "note", NOTE_MAX);
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getNote() {
        return note;
    }
}
