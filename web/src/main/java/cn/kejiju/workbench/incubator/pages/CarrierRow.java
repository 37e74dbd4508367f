package cn.kejiju.workbench.incubator.pages;

import cn.kejiju.workbench.incubator.Carrier;
import cn.kejiju.workbench.incubator.CarrierKind;
import cn.kejiju.workbench.incubator.CarrierSummary;
import cn.kejiju.workbench.incubator.RecognitionLevel;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A carrier as its list shows it. */
public final class CarrierRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;
    private final CarrierKind kind;
    private final String county;
    private final RecognitionLevel recognitionLevel;
    private final LocalDate recognizedOn;
    private final String operator;
    private final LocalDate openedOn;
    private final String address;
    private final long units;
    private final BigDecimal totalArea;

    CarrierRow(CarrierSummary summary) {
        Carrier c = summary.carrier();
        this.id = c.getId();
        this.name = c.getName();
        this.kind = c.getKind();
        this.county = c.getCounty().getName();
        this.recognitionLevel = c.getRecognitionLevel();
        this.recognizedOn = c.recognizedOn().orElse(null);
        this.operator = c.operator().orElse(null);
        this.openedOn = c.openedOn().orElse(null);
        this.address = c.address().orElse(null);
        this.units = summary.totals().units();
        this.totalArea = summary.totals().area().squareMetres();
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public CarrierKind getKind() {
        return kind;
    }

    public String getCounty() {
        return county;
    }

    public RecognitionLevel getRecognitionLevel() {
        return recognitionLevel;
    }

    public LocalDate getRecognizedOn() {
        return recognizedOn;
    }

    public String getOperator() {
        return operator;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public String getAddress() {
        return address;
    }

    public long getUnits() {
        return units;
    }

    public BigDecimal getTotalArea() {
        return totalArea;
    }
}
