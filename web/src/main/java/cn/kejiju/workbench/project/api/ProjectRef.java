package cn.kejiju.workbench.project.api;

import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A record referred to from a project-module response, by id and name. */
@Schema(name = "ProjectModuleRef")
public record ProjectRef(long id, String name) {

    static ProjectRef of(Jurisdiction j) {
        return new ProjectRef(j.getId(), j.getName());
    }

    static ProjectRef of(Enterprise e) {
        return new ProjectRef(e.getId(), e.getName());
    }
}
