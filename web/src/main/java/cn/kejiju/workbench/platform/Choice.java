package cn.kejiju.workbench.platform;

import java.io.Serializable;

/**
 * A record offered in a search field ({@code p:autoComplete}) instead of a menu of every record: found by typing
 * part of its name or the pinyin initials, shown by name, kept by id ({@link ChoiceConverter}).
 *
 * @param id       the record's id
 * @param name     what the field shows
 * @param countyId the county it belongs to, or null (a form may keep a choice only within one county)
 */
public record Choice(long id, String name, Long countyId) implements Serializable {

    public Choice(long id, String name) {
        this(id, name, null);
    }

    /** Whether it belongs to the county (a choice without a county belongs to none). */
    public boolean isIn(Long county) {
        return countyId != null && countyId.equals(county);
    }
}
