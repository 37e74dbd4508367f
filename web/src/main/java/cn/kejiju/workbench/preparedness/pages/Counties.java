package cn.kejiju.workbench.preparedness.pages;

import cn.kejiju.workbench.jurisdiction.JurisdictionLevel;
import cn.kejiju.workbench.jurisdiction.JurisdictionService;
import jakarta.faces.model.SelectItem;

import java.io.Serializable;
import java.util.List;

/** The counties the caller sees as choices; a city user (more than one) gets the county column and filter. */
record Counties(List<SelectItem> items) implements Serializable {

    static Counties of(JurisdictionService jurisdictions) {
        return new Counties(jurisdictions.list(null, JurisdictionLevel.COUNTY).stream()
                .map(county -> new SelectItem(county.getId(), county.getName())).toList());
    }

    boolean cityUser() {
        return items.size() > 1;
    }

    /** The caller's one county, or null for a city user. */
    Long own() {
        return items.size() == 1 ? (Long) items.get(0).getValue() : null;
    }

    /**
     * The name of the chosen county, for the scope line of an export; null (the caller's own jurisdiction)
     * when none is chosen.
     */
    String name(Long countyId) {
        return countyId == null ? null : items.stream().filter(item -> countyId.equals(item.getValue()))
                .map(SelectItem::getLabel).findFirst().orElse(null);
    }
}
