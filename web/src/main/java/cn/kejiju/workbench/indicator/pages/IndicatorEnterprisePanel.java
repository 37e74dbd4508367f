package cn.kejiju.workbench.indicator.pages;

import cn.kejiju.workbench.enterprise.HighTechCertificate;
import cn.kejiju.workbench.indicator.EnterpriseIndicators;
import cn.kejiju.workbench.indicator.HighTechValidity;
import cn.kejiju.workbench.indicator.IndicatorService;
import cn.kejiju.workbench.platform.IdParameter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The panel "创新指标" of the enterprise 360 page ({@code enterprise/detail.xhtml}) and the head of the enterprise's
 * indicators page: patents by type, R&D spending by year, the high-tech stage and the certificate's state.
 */
@Named
@ViewScoped
public class IndicatorEnterprisePanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IndicatorService indicatorService;

    private boolean loaded;
    private List<TypeCount> patents = List.of();
    private List<FiguresRow> figures = List.of();
    private HighTechRow highTechCase;
    private String certificateNo;
    private LocalDate validUntil;
    private HighTechValidity.State state;

    /** Loads the indicators of the enterprise named by the page's {@code ?id=}. */
    public void load(String enterpriseId) {
        Long id = IdParameter.parse(enterpriseId);
        if (loaded || id == null) {
            return;
        }
        reload(id);
    }

    void reload(long id) {
        EnterpriseIndicators overview = indicatorService.overview(id);
        patents = TypeCount.of(overview.patentCounts());
        figures = overview.figures().stream().map(FiguresRow::new).toList();
        highTechCase = overview.highTechCase().map(c -> new HighTechRow(c, overview.today())).orElse(null);
        HighTechCertificate held = overview.certificate().orElse(null);
        certificateNo = held == null ? null : held.number();
        validUntil = held == null ? null : held.validUntil();
        state = overview.certificateState().orElse(null);
        loaded = true;
    }

    public List<TypeCount> getPatents() {
        return patents;
    }

    public List<FiguresRow> getFigures() {
        return figures;
    }

    public HighTechRow getHighTechCase() {
        return highTechCase;
    }

    public String getCertificateNo() {
        return certificateNo;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public HighTechValidity.State getState() {
        return state;
    }
}
