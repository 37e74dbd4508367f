package cn.kejiju.workbench.commissioner.pages;

import cn.kejiju.workbench.security.Caller;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.util.List;

/**
 * The county filter of a commissioner list page (city users see counties): offered, with a county
 * column, to city-level users only; a county user sees only the own county anyway, so for her it is
 * neither shown nor applied. The chosen county's id goes to the service as the filter's
 * {@code countyId}; it may also come from the address ({@code ?county=}).
 */
@Dependent
public class CountyChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MasterDataOptions options;

    private Boolean offered;
    private List<SelectItem> counties;
    private Long value;

    /** A choice whose audience is known already (a city-level caller or not), with its counties. */
    static CountyChoice known(boolean cityLevel, List<SelectItem> counties) {
        CountyChoice choice = new CountyChoice();
        choice.offered = cityLevel;
        choice.counties = cityLevel ? List.copyOf(counties) : List.of();
        return choice;
    }

    /** Whether the caller sees every county (a city-level user): then the filter and the column are shown. */
    public boolean isOffered() {
        if (offered == null) {
            offered = callerSeesEveryCounty();
        }
        return offered;
    }

    /** The counties to choose from, in the order of the master data. */
    public List<SelectItem> getOptions() {
        if (counties == null) {
            counties = isOffered() ? options.counties() : List.of();
        }
        return counties;
    }

    /**
     * The county the list is narrowed to, or null for every county; always null for a county user, and for
     * an id from the address that is none of the counties (the list then shows every county, as the menu does).
     */
    public Long getValue() {
        if (!isOffered() || value == null) {
            return null;
        }
        return getOptions().stream().anyMatch(county -> value.equals(county.getValue())) ? value : null;
    }

    public void setValue(Long value) {
        this.value = value;
    }

    public void reset() {
        value = null;
    }

    /** Asked once per view: {@link Caller} is request-bound and cannot live in a view-scoped bean. */
    private static boolean callerSeesEveryCounty() {
        Instance<Caller> callers = CDI.current().select(Caller.class);
        Caller caller = callers.get();
        try {
            return caller.countyScope() == null;
        } finally {
            callers.destroy(caller);
        }
    }
}
