package cn.kejiju.workbench.home.pages;

import cn.kejiju.workbench.enterprise.EnterpriseService;
import cn.kejiju.workbench.enterprise.EnterpriseSummary;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.jurisdiction.JurisdictionLevel;
import cn.kejiju.workbench.jurisdiction.JurisdictionService;
import cn.kejiju.workbench.security.pages.SessionPage;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The home page: live counts of the master data, each leading to the list behind it. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    EnterpriseService enterpriseService;

    @Inject
    JurisdictionService jurisdictionService;

    @Inject
    SessionPage session;

    private EnterpriseSummary summary;
    private List<Jurisdiction> counties;
    private int townships;

    /** Counts for those who read business records; the auditor and the security administrator get none. */
    @PostConstruct
    void load() {
        if (!session.isReadsBusinessRecords()) {
            summary = new EnterpriseSummary(0, 0, 0);
            counties = List.of();
            return;
        }
        summary = enterpriseService.summary();
        counties = jurisdictionService.list(null, JurisdictionLevel.COUNTY);
        townships = jurisdictionService.list(null, JurisdictionLevel.TOWNSHIP).size();
    }

    public long getEnterprises() {
        return summary.total();
    }

    public long getHighTech() {
        return summary.highTech();
    }

    public long getSme() {
        return summary.sme();
    }

    /** The counties, each a link to its enterprises. */
    public List<Jurisdiction> getCounties() {
        return counties;
    }

    public int getTownships() {
        return townships;
    }
}
