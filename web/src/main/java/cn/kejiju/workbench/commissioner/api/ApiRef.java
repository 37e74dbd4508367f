package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.commissioner.Commissioner;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A record referred to from a commissioner-module response, by id and name. */
@Schema(name = "CommissionerModuleRef")
public record ApiRef(long id, String name) {

    static ApiRef of(Jurisdiction jurisdiction) {
        return jurisdiction == null ? null : new ApiRef(jurisdiction.getId(), jurisdiction.getName());
    }

    static ApiRef of(Commissioner commissioner) {
        return new ApiRef(commissioner.getId(), commissioner.getName());
    }
}
