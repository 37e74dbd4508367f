package cn.kejiju.workbench.financing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.kejiju.workbench.shared.RuleViolationException;

import java.util.regex.Pattern;

/**
 * A financing product (担保贷款, 科技贷, 知识产权质押 and those the bureau adds): a row of a reference table,
 * named by its code; inactive products are kept for old applications but not offered for new ones.
 */
@Entity
@Table(name = "fin_product")
@NamedQuery(name = "Product.all", query = "select p from Product p order by p.sortOrder, p.code")
public class Product {

    /** A code: a capital letter, then capitals, digits or underscores, at most 20 in all. */
    public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,19}");
    public static final int CODE_MAX = 20;
    public static final int NAME_MAX = 40;
    public static final int ORDER_MAX = 9999;

    @Id
    @Column(length = 20)
    private String code;

    @Column(nullable = false, length = 40)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    protected Product() {
        // for JPA
    }

    public Product(String code, String name, int sortOrder, boolean active) {
        this.code = code;
        this.name = name;
        this.sortOrder = sortOrder;
        this.active = active;
    }

    /** A new product offered from now on: its code (fixed afterwards), name and place in the lists. */
    public static Product define(String code, String name, int sortOrder) {
        String c = code == null ? "" : code.strip();
        if (!CODE.matcher(c).matches()) {
            throw new RuleViolationException("financing.product.code", "code");
        }
        Product product = new Product(c, null, 0, true);
        product.revise(name, sortOrder, true);
        return product;
    }

    /** Renames, reorders, and offers (active) or withdraws (inactive: kept on old applications) the product. */
    public void revise(String newName, int newSortOrder, boolean offered) {
        String n = newName == null ? "" : newName.strip();
        if (n.isEmpty() || n.length() > NAME_MAX) {
            throw new RuleViolationException("financing.product.name", "name", NAME_MAX);
        }
        if (newSortOrder < 0 || newSortOrder > ORDER_MAX) {
            throw new RuleViolationException("financing.product.sortOrder", "sortOrder", ORDER_MAX);
        }
        this.name = n;
        this.sortOrder = newSortOrder;
        this.active = offered;
    }

    public long getVersion() {
        return version;
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
