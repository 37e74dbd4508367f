package cn.kejiju.workbench.summary;

import cn.kejiju.workbench.project.ProjectSummarySection;
import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The default templates that come with the code: each names only its section's figures, their ids stay clear of the
 * migrations', a (section, key) is given once, and the county plan's sentence says the figures as the summaries do.
 */
class SummaryTemplateDefaultsTest {

    @Test
    void everyDefaultChecksAgainstItsSectionsFiguresAndIsGivenOnce() {
        Set<String> projectFigures = new ProjectSummarySection().figureKeys();
        Set<String> seen = new HashSet<>();
        for (SummaryTemplateDefaults.Default d : SummaryTemplateDefaults.DEFAULTS) {
            assertTrue(d.id() > SummaryTemplateDefaults.FIRST_ID, "clear of the migrations' ids: " + d);
            assertTrue(seen.add(d.section() + "." + d.key()), "given once: " + d);
            assertEquals("project", d.section(), "the defaults so far are the projects section's");
            SummaryTemplate template = SummaryTemplate.byDefault(d.id(), d.section(), d.key(), d.position(), d.text(),
                    projectFigures);
            assertEquals(d.text(), template.getText());
        }
    }

    @Test
    void theCountyPlanSentenceSaysItsFiguresAndAnUnknownPlaceholderIsRefused() {
        SummaryTemplateDefaults.Default plan = SummaryTemplateDefaults.DEFAULTS.stream()
                .filter(d -> d.key().equals("plan")).findFirst().orElseThrow();
        SectionContent content = new SectionContent("project", 50, List.of(
                Figure.flow("planApprovals", FigureUnit.PROJECT, new BigDecimal("2"), null, null, "/p"),
                Figure.flow("planFunds", FigureUnit.YUAN, new BigDecimal("550000"), null, null, "/p"),
                Figure.flow("planPaid", FigureUnit.YUAN, new BigDecimal("150000"), null, null, "/p")),
                List.of("plan"), List.of());
        String said = new SentenceTemplate("project", "plan", plan.text()).render(content,
                Map.of("jurisdiction", "全县", "county", "临江县", "period", "2026年上半年"));
        assertEquals("2026年上半年分批次实施县级科技计划项目，立项2项、资助资金55万元，拨付资金15万元。", said);
        assertThrows(RuleViolationException.class, () -> SummaryTemplate.byDefault(1999, "project", "plan", 9,
                "{period}立项{planEstablished}", new ProjectSummarySection().figureKeys()));
    }
}
