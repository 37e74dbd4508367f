package cn.kejiju.workbench.incubator.pages;

import cn.kejiju.workbench.incubator.EntryFilter;
import cn.kejiju.workbench.incubator.EntryService;
import cn.kejiju.workbench.incubator.GraduationService;
import cn.kejiju.workbench.platform.DomainMessages;
import cn.kejiju.workbench.platform.IdParameter;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.shared.PageRequest;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The panels "入孵申请" and "孵化" of the enterprise 360 page ({@code enterprise/detail.xhtml}): the enterprise's entry
 * applications (the latest {@value #APPLICATIONS}), and its incubations (carrier, entry, exit or graduation with its
 * criteria), each with its yearly figures.
 */
@Named
@ViewScoped
public class IncubatorEnterprisePanel implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int APPLICATIONS = 50;

    @Inject
    EntryService entryService;

    @Inject
    GraduationService graduationService;

    @Inject
    DomainMessages texts;

    @Inject
    PageMessages messages;

    private List<TenantRow> tenancies;

    private List<EntryRow> applications;

    /** Loads the incubations of the enterprise named by the page's {@code ?id=}. */
    public void load(String enterpriseId) {
        Long id = IdParameter.parse(enterpriseId);
        if (tenancies != null || id == null) {
            return;
        }
        tenancies = graduationService.ofEnterprise(id).stream()
                .map(s -> new TenantRow(s, ReasonTexts.of(texts, messages))).toList();
        applications = entryService.list(EntryFilter.ofEnterprise(id), PageRequest.of(0, APPLICATIONS)).items()
                .stream().map(EntryRow::new).toList();
    }

    public List<EntryRow> getApplications() {
        return applications == null ? List.of() : applications;
    }

    public List<TenantRow> getTenancies() {
        return tenancies == null ? List.of() : tenancies;
    }
}
