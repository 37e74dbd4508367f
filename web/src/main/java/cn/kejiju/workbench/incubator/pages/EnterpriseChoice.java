package cn.kejiju.workbench.incubator.pages;

import cn.kejiju.workbench.enterprise.Enterprise;

import java.io.Serializable;

/** An enterprise offered in a search field of the incubator pages: found by typing, shown by name, kept by id. */
public record EnterpriseChoice(long id, String name, long countyId) implements Serializable {

    public static EnterpriseChoice of(Enterprise enterprise) {
        return new EnterpriseChoice(enterprise.getId(), enterprise.getName(), enterprise.getCounty().getId());
    }
}
