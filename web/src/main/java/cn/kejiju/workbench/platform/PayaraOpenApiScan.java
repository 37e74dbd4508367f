package cn.kejiju.workbench.platform;

import cn.kejiju.workbench.audit.api.AuditResource;
import cn.kejiju.workbench.commissioner.api.AssessmentResource;
import cn.kejiju.workbench.commissioner.api.AssignmentResource;
import cn.kejiju.workbench.commissioner.api.CommissionerImportResource;
import cn.kejiju.workbench.commissioner.api.CommissionerResource;
import cn.kejiju.workbench.commissioner.api.DemandResource;
import cn.kejiju.workbench.commissioner.api.InnovationResource;
import cn.kejiju.workbench.commissioner.api.ServiceLogResource;
import cn.kejiju.workbench.commissioner.api.SettingsResource;
import cn.kejiju.workbench.commissioner.api.StatisticsResource;
import cn.kejiju.workbench.enterprise.api.EnterpriseImportResource;
import cn.kejiju.workbench.enterprise.api.EnterpriseResource;
import cn.kejiju.workbench.financing.api.FinancingApplicationResource;
import cn.kejiju.workbench.financing.api.FinancingLoanResource;
import cn.kejiju.workbench.financing.api.FinancingPartnerResource;
import cn.kejiju.workbench.financing.api.FinancingStatisticsResource;
import cn.kejiju.workbench.project.api.CallResource;
import cn.kejiju.workbench.project.api.ProgrammeResource;
import cn.kejiju.workbench.project.api.CountyPlanResource;
import cn.kejiju.workbench.project.api.ProjectApplicationResource;
import cn.kejiju.workbench.project.api.ProjectStatisticsResource;
import cn.kejiju.workbench.incubator.api.AgreementResource;
import cn.kejiju.workbench.incubator.api.CarrierResource;
import cn.kejiju.workbench.incubator.api.EntryApplicationResource;
import cn.kejiju.workbench.incubator.api.IncubatorStatisticsResource;
import cn.kejiju.workbench.incubator.api.TenantResource;
import cn.kejiju.workbench.indicator.api.HighTechResource;
import cn.kejiju.workbench.indicator.api.IndicatorTallyResource;
import cn.kejiju.workbench.indicator.api.PatentResource;
import cn.kejiju.workbench.indicator.api.YearlyFiguresResource;
import cn.kejiju.workbench.jurisdiction.api.JurisdictionResource;
import cn.kejiju.workbench.preparedness.api.CampaignResource;
import cn.kejiju.workbench.preparedness.api.EventResource;
import cn.kejiju.workbench.preparedness.api.AssessmentSchemeResource;
import cn.kejiju.workbench.preparedness.api.EventPhotoResource;
import cn.kejiju.workbench.preparedness.api.MaterialResource;
import cn.kejiju.workbench.preparedness.api.PreparednessStatisticsResource;
import cn.kejiju.workbench.preparedness.api.RegisterResource;
import cn.kejiju.workbench.preparedness.api.TownshipAssessmentResource;
import cn.kejiju.workbench.preparedness.api.VolunteerResource;
import cn.kejiju.workbench.review.api.ReviewResource;
import cn.kejiju.workbench.summary.api.SummaryResource;
import cn.kejiju.workbench.summary.api.TargetResource;
import cn.kejiju.workbench.todo.api.TodoResource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The OpenAPI scan on Payara only: Payara's scanner fails on Bean Validation annotations on record
 * components (they sit on constructor parameters too; payara/Payara#7649), so there it scans the
 * resources only ({@code mp.openapi.scan.classes}; the request and response schemas are still derived
 * from the types the resources use). Other servers (WildFly) scan the whole application: restricted to
 * the resources, their scanner would not find the schema classes and the document would have no
 * components. A value of the same property in another source (system property, server configuration)
 * takes precedence (ordinal 50).
 */
public class PayaraOpenApiScan implements ConfigSource {

    static final String PROPERTY = "mp.openapi.scan.classes";

    /** Payara (GlassFish) sets its install root for every application it runs. */
    static boolean onPayara() {
        return System.getProperty("com.sun.aas.installRoot") != null;
    }

    static String resources() {
        return Stream.of(RestApplication.class, EnterpriseResource.class, JurisdictionResource.class,
                        AuditResource.class, TodoResource.class, CommissionerResource.class, AssignmentResource.class,
                        DemandResource.class, ServiceLogResource.class, AssessmentResource.class,
                        StatisticsResource.class, SettingsResource.class,
                        EnterpriseImportResource.class, CommissionerImportResource.class, InnovationResource.class,
                        CarrierResource.class, AgreementResource.class, TenantResource.class,
                        IncubatorStatisticsResource.class, CampaignResource.class, EventResource.class,
                        MaterialResource.class, VolunteerResource.class, RegisterResource.class,
                        EventPhotoResource.class, TownshipAssessmentResource.class, AssessmentSchemeResource.class,
                        PreparednessStatisticsResource.class, FinancingPartnerResource.class,
                        FinancingApplicationResource.class, FinancingLoanResource.class,
                        FinancingStatisticsResource.class, ProgrammeResource.class,
                        CallResource.class, ProjectApplicationResource.class, CountyPlanResource.class,
                        EntryApplicationResource.class,
                        ReviewResource.class, PatentResource.class, YearlyFiguresResource.class,
                        HighTechResource.class, IndicatorTallyResource.class, SummaryResource.class,
                        ProjectStatisticsResource.class, TargetResource.class)
                .map(Class::getName).collect(Collectors.joining(","));
    }

    @Override
    public Map<String, String> getProperties() {
        return onPayara() ? Map.of(PROPERTY, resources()) : Map.of();
    }

    @Override
    public Set<String> getPropertyNames() {
        return getProperties().keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return getProperties().get(propertyName);
    }

    @Override
    public String getName() {
        return "workbench-payara-openapi-scan";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }
}
