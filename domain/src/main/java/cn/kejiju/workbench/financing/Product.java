package cn.kejiju.workbench.financing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A financing product (担保贷款, 科技贷, 知识产权质押 and those the bureau adds): a row of a reference table,
 * named by its code; inactive products are kept for old applications but not offered for new ones.
 */
@Entity
@Table(name = "fin_product")
@NamedQuery(name = "Product.all", query = "select p from Product p order by p.sortOrder, p.code")
public class Product {

    @Id
    @Column(length = 20)
    private String code;

    @Column(nullable = false, length = 40)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active;

    protected Product() {
        // for JPA
    }

    public Product(String code, String name, int sortOrder, boolean active) {
        this.code = code;
        this.name = name;
        this.sortOrder = sortOrder;
        this.active = active;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }
}
