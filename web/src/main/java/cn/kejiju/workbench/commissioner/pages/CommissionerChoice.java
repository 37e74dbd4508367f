package cn.kejiju.workbench.commissioner.pages;

import cn.kejiju.workbench.commissioner.Commissioner;

import java.io.Serializable;

/** A commissioner offered in a search field: found by typing part of the name, shown by name, kept by id. */
public record CommissionerChoice(long id, String name) implements Serializable {

    static CommissionerChoice of(Commissioner commissioner) {
        return new CommissionerChoice(commissioner.getId(), commissioner.getName());
    }
}
