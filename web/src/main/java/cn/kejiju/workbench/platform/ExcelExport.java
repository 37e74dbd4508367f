package cn.kejiju.workbench.platform;

import cn.kejiju.workbench.jurisdiction.JurisdictionService;
import cn.kejiju.workbench.security.Caller;
import cn.kejiju.workbench.security.WorkbenchPrincipal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.poi.ss.usermodel.Workbook;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The title block, sheet names and cell formats of every Excel export, in one place. An export button
 * says what it exports with {@code f:setPropertyActionListener}s before its {@code p:dataExporter}, which
 * names this bean's {@link #decorate} as its post-processor:
 * <pre>{@code
 * <f:setPropertyActionListener target="#{excelExport.title}" value="#{msg['commissioner.list.title']}"/>
 * <f:setPropertyActionListener target="#{excelExport.sheets}" value="#{msg['commissioner.list.sheet']}"/>
 * <p:dataExporter type="xlsx" target="…" fileName="…" postProcessor="#{excelExport.decorate}"/>
 * }</pre>
 * Optional: {@code period} (a line 期间), {@code scope} (the county or city the figures are of; by default
 * the caller's own jurisdiction). The time of export is the bureau's ({@link Clock}, its zone), the
 * person the signed-in user. Sheet names come from the page bundle, so they follow the user's language.
 */
@Named
@RequestScoped
public class ExcelExport {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    PageMessages messages;

    @Inject
    Caller caller;

    @Inject
    JurisdictionService jurisdictions;

    @Inject
    Clock clock;

    private String title = "";
    private String sheets = "";
    private String period;
    private String scope;

    /** The post-processor of {@code p:dataExporter type="xlsx"}: {@code document} is the workbook written. */
    public void decorate(Object document) {
        List<String> lines = new ArrayList<>();
        if (period != null && !period.isBlank()) {
            lines.add(messages.text("export.period", period));
        }
        lines.add(messages.text("export.scope", scope != null && !scope.isBlank() ? scope : callersJurisdiction()));
        lines.add(messages.text("export.exported", LocalDateTime.now(clock).format(MINUTE), caller.name()));
        ExcelSheets.decorate((Workbook) document, Arrays.asList(sheets.split("\\|")), title, lines);
    }

    /** The signed-in user's jurisdiction (county or city), for titles of printed pages too. */
    public String getJurisdiction() {
        return callersJurisdiction();
    }

    private String callersJurisdiction() {
        return caller.principal().map(WorkbenchPrincipal::jurisdictionId)
                .map(id -> jurisdictions.get(id).getName())
                .orElse("");
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title;
    }

    /** The sheets' names in the order of the exported tables, separated by {@code |}. */
    public String getSheets() {
        return sheets;
    }

    public void setSheets(String sheets) {
        this.sheets = sheets == null ? "" : sheets;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }
}
