package cn.kejiju.workbench.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A kind of programme (科技型中小企业创新基金, 重点研发, 星火, 火炬, 科技支撑, 农业科技示范, 科普基地 and those the
 * bureau adds): a row of a reference table, named by its code; inactive kinds stay on old programmes.
 */
@Entity
@Table(name = "proj_programme_kind")
@NamedQuery(name = "ProgrammeKind.all", query = "select k from ProgrammeKind k order by k.sortOrder, k.code")
public class ProgrammeKind {

    public static final int CODE_MAX = 20;
    public static final int NAME_MAX = 40;

    @Id
    @Column(length = CODE_MAX)
    private String code;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active;

    protected ProgrammeKind() {
        // for JPA
    }

    public ProgrammeKind(String code, String name, int sortOrder) {
        this.code = code;
        this.name = name;
        this.sortOrder = sortOrder;
        this.active = true;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }
}
