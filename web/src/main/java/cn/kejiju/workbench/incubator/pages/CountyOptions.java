package cn.kejiju.workbench.incubator.pages;

import cn.kejiju.workbench.jurisdiction.JurisdictionLevel;
import cn.kejiju.workbench.jurisdiction.JurisdictionService;
import jakarta.faces.model.SelectItem;

import java.io.Serializable;
import java.util.List;

/**
 * The counties the caller sees, as choices: every county for a city user, the own one for a county
 * user. A city user (more than one county) gets the county column and filter.
 */
public final class CountyOptions implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<SelectItem> items;

    public CountyOptions(JurisdictionService jurisdictions) {
        this.items = jurisdictions.list(null, JurisdictionLevel.COUNTY).stream()
                .map(county -> new SelectItem(county.getId(), county.getName())).toList();
    }

    public List<SelectItem> items() {
        return items;
    }

    public boolean cityUser() {
        return items.size() > 1;
    }
}
