package cn.kejiju.workbench.preparedness.pages;

import cn.kejiju.workbench.preparedness.Campaign;

import java.io.Serializable;
import java.time.LocalDate;

/** A campaign as a row of the list. */
public record CampaignRow(Long id, String name, String county, String theme, LocalDate startsOn, LocalDate endsOn,
                          String leadOffice) implements Serializable {

    CampaignRow(Campaign c) {
        this(c.getId(), c.getName(), c.getCounty().getName(), c.getTheme(), c.getStartsOn(), c.getEndsOn(),
                c.getLeadOffice());
    }

    public Long getId() {
        return id;
    }
}
