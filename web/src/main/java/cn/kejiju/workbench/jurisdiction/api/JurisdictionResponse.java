package cn.kejiju.workbench.jurisdiction.api;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.jurisdiction.JurisdictionLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A division as the API shows it. */
@Schema(name = "Jurisdiction")
public record JurisdictionResponse(long id, long version, String code, String name, JurisdictionLevel level, Long parentId) {

    static JurisdictionResponse of(Jurisdiction j) {
        return new JurisdictionResponse(j.getId(), j.getVersion(), j.getCode(), j.getName(), j.getLevel(),
                j.getParent() == null ? null : j.getParent().getId());
    }
}
