package cn.kejiju.workbench.financing;

/** A product as the audit trail records it: code, name, place in the lists and whether it is offered. */
public record ProductDraft(String code, String name, int sortOrder, boolean active) {

    static ProductDraft of(Product p) {
        return new ProductDraft(p.getCode(), p.getName(), p.getSortOrder(), p.isActive());
    }
}
