package cn.kejiju.workbench.preparedness.pages;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.jurisdiction.JurisdictionLevel;
import jakarta.faces.model.SelectItem;

import java.util.List;

/** Townships and villages as choices of the preparedness forms, each named with its township or county. */
final class Places {

    private Places() {
    }

    /** The places of the level, labelled "county · township" or "township · village". */
    static List<SelectItem> of(List<Jurisdiction> places, JurisdictionLevel level, boolean cityUser) {
        return places.stream().filter(p -> p.getLevel() == level)
                .map(p -> new SelectItem(p.getId(), label(p, cityUser))).toList();
    }

    private static String label(Jurisdiction place, boolean cityUser) {
        if (place.getLevel() == JurisdictionLevel.VILLAGE) {
            return place.getParent().getName() + " · " + place.getName();
        }
        return cityUser ? place.getParent().getName() + " · " + place.getName() : place.getName();
    }
}
