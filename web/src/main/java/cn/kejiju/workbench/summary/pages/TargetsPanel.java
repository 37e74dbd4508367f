package cn.kejiju.workbench.summary.pages;

import cn.kejiju.workbench.summary.SummaryTargetService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * The home page's panel 指标任务完成情况 for leaders: the current year's targets of their county (a city leader:
 * of every county) with their progress bars, read with one call to the targets service when the panel is shown.
 */
@Named
@RequestScoped
public class TargetsPanel {

    @Inject
    SummaryTargetService targets;

    private List<SummaryTargetsPage.Row> rows;

    public List<SummaryTargetsPage.Row> getRows() {
        if (rows == null) {
            rows = targets.current().stream().map(SummaryTargetsPage::row).toList();
        }
        return rows;
    }
}
