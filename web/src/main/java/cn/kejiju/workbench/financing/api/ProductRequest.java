package cn.kejiju.workbench.financing.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A financing product as an integrator sends it. The rules (code pattern, name length, place in the lists) are the
 * product's own and refused with 422 naming the field; {@code code} is read on creation only (it is fixed
 * afterwards), {@code active} and {@code version} on changes only.
 */
@Schema(name = "FinancingProductRequest")
public class ProductRequest {

    @Schema(description = "Creation only: a capital letter, then capitals, digits or underscores, at most 20 in all; "
            + "unique and fixed afterwards", example = "TECH_LEASE")
    public String code;

    @Schema(required = true, description = "At most 40 characters", example = "科技融资租赁")
    public String name;

    @Schema(required = true, description = "Place in the lists, 0 to 9999", example = "4")
    public Integer sortOrder;

    @Schema(description = "Changes only: offered to new applications (true) or withdrawn, kept on the applications "
            + "that chose it (false); unchanged when absent. A new product is always offered.")
    public Boolean active;

    @Schema(description = "The version read; required for changes (a stale one is refused with 409)")
    public Long version;

    /** The place in the lists; absent is out of range, refused by the product naming the field. */
    int order() {
        return sortOrder == null ? -1 : sortOrder;
    }
}
