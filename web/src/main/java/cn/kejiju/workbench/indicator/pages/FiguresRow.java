package cn.kejiju.workbench.indicator.pages;

import cn.kejiju.workbench.financing.Yuan;
import cn.kejiju.workbench.indicator.YearlyFigures;

import java.io.Serializable;
import java.math.BigDecimal;

/** A year's figures as the enterprise's pages show them: R&D spending in yuan and in 万元. */
public class FiguresRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long version;
    private final int year;
    private final BigDecimal rdSpending;
    private final int highTechProducts;
    private final String productNames;

    public FiguresRow(YearlyFigures y) {
        this.id = y.getId();
        this.version = y.getVersion();
        this.year = y.getYear();
        this.rdSpending = y.getRdSpending();
        this.highTechProducts = y.getHighTechProducts();
        this.productNames = y.getProductNames();
    }

    public long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getRdSpending() {
        return rdSpending;
    }

    public BigDecimal getRdSpendingWan() {
        return Yuan.wan(rdSpending);
    }

    public int getHighTechProducts() {
        return highTechProducts;
    }

    public String getProductNames() {
        return productNames;
    }
}
