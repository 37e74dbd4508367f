package cn.kejiju.workbench.financing.pages;

import cn.kejiju.workbench.financing.PartnerService;
import cn.kejiju.workbench.financing.Product;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.shared.DomainException;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * The financing products (融资产品, {@code financing/products.xhtml}): the list with code, name, place and whether
 * each is offered; a city-level financing clerk adds one, or edits one chosen in the list — renames, reorders,
 * withdraws it (kept on the applications that chose it, not offered to new ones) or offers it again — on top of the
 * version read. A refused value is shown next to its field.
 */
@Named
@ViewScoped
public class ProductsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Set<String> FIELDS = Set.of("code", "name", "sortOrder");

    /** A product as the list shows it. */
    public record Row(String code, String name, int sortOrder, boolean active, long version) implements Serializable {
        static Row of(Product p) {
            return new Row(p.getCode(), p.getName(), p.getSortOrder(), p.isActive(), p.getVersion());
        }
    }

    @Inject
    PartnerService partnerService;

    @Inject
    PageMessages messages;

    private List<Row> products;
    /** The product being edited; null while a new one is being added. */
    private String editing;
    private long version;
    private String code;
    private String name;
    private Integer sortOrder;
    private boolean active = true;

    public void load() {
        products = partnerService.products().stream().map(Row::of).toList();
    }

    /** Takes a product of the list into the form. */
    public void edit(String productCode) {
        products.stream().filter(r -> r.code().equals(productCode)).findFirst().ifPresent(r -> {
            editing = r.code();
            version = r.version();
            code = r.code();
            name = r.name();
            sortOrder = r.sortOrder();
            active = r.active();
        });
    }

    /** Empties the form for a new product. */
    public void startNew() {
        editing = null;
        code = null;
        name = null;
        sortOrder = products.stream().mapToInt(Row::sortOrder).max().orElse(0) + 1;
        active = true;
    }

    public String save() {
        try {
            int order = sortOrder == null ? -1 : sortOrder;
            Product saved = editing == null ? partnerService.defineProduct(code, name, order)
                    : partnerService.reviseProduct(editing, version, name, order, active);
            messages.flashInfo(editing == null ? "financing.product.defined" : "financing.product.revised",
                    saved.getName(), saved.getCode());
            return "/financing/products?faces-redirect=true";
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, "productForm", FIELDS);
            return null;
        }
    }

    public List<Row> getProducts() {
        return products;
    }

    public boolean isEditingExisting() {
        return editing != null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
