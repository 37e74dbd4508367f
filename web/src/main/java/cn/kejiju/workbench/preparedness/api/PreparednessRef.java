package cn.kejiju.workbench.preparedness.api;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.preparedness.Campaign;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A record referred to from a preparedness-module response, by id and name. */
@Schema(name = "PreparednessModuleRef")
public record PreparednessRef(long id, String name) {

    static PreparednessRef of(Jurisdiction jurisdiction) {
        return new PreparednessRef(jurisdiction.getId(), jurisdiction.getName());
    }

    static PreparednessRef of(Campaign campaign) {
        return new PreparednessRef(campaign.getId(), campaign.getName());
    }
}
