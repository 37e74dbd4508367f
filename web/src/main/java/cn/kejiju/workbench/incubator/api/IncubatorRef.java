package cn.kejiju.workbench.incubator.api;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A record referred to from an incubator-module response, by id and name. */
@Schema(name = "IncubatorModuleRef")
public record IncubatorRef(long id, String name) {

    static IncubatorRef of(Jurisdiction jurisdiction) {
        return new IncubatorRef(jurisdiction.getId(), jurisdiction.getName());
    }
}
