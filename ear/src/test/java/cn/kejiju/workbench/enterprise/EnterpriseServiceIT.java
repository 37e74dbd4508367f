package cn.kejiju.workbench.enterprise;

import cn.kejiju.workbench.AsSystemAdmin;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.TestData;
import cn.kejiju.workbench.Unchecked;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The enterprise service and its persistence, inside the server, called as the system administrator. */
@ExtendWith(ArquillianExtension.class)
class EnterpriseServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(EnterpriseServiceIT.class, TestData.class, AsSystemAdmin.class, Unchecked.class);
    }

    @Inject
    EnterpriseService enterprises;

    @Inject
    AsSystemAdmin asAdmin;

    private <T> T admin(Callable<T> work) {
        return Unchecked.call(() -> asAdmin.call(work));
    }

    private static EnterpriseDraft draft(String code, String name, String phone) {
        return new EnterpriseDraft(code, name, EnterpriseKind.ENTERPRISE, "新材料", TestData.TOWNSHIP_CHENGGUAN,
                "城关镇科技路1号", "李主任", phone, "GR202435000777", LocalDate.of(2027, 12, 31), 2023);
    }

    @Test
    void nobodyWithoutARoleGetsIn() {
        assertThrows(EJBAccessException.class, () -> enterprises.summary());
    }

    @Test
    void registersAndReadsBackEveryField() {
        String code = TestData.creditCode();
        Enterprise saved = admin(() -> enterprises.register(draft(code.toLowerCase(), TestData.uniqueName("服务层"), "0591-87654321")));

        Enterprise read = admin(() -> enterprises.get(saved.getId()));
        assertEquals(code, read.getCreditCode().value(), "stored upper case");
        assertEquals("0591-87654321", read.contactPhone().orElseThrow().value());
        assertEquals("0591-****4321", read.contactPhone().orElseThrow().masked());
        assertEquals("GR202435000777", read.highTech().orElseThrow().number());
        assertEquals(2023, read.smeRegisteredYear().orElseThrow());
        assertEquals("临江县", read.getCounty().getName());
    }

    @Test
    void theMaskedPhoneSentBackKeepsTheWholeNumber() {
        Enterprise saved = admin(() -> enterprises.register(draft(TestData.creditCode(), TestData.uniqueName("掩码服务"), "13900001111")));

        EnterpriseDraft edited = draft(saved.getCreditCode().value(), "改名", "139****1111");
        Enterprise revised = admin(() -> enterprises.revise(saved.getId(), saved.getVersion(), edited));

        assertEquals("13900001111", admin(() -> enterprises.get(revised.getId())).contactPhone().orElseThrow().value());
    }

    @Test
    void aRefusedRevisionLeavesTheStoredRecordAsItWas() {
        Enterprise saved = admin(() -> enterprises.register(draft(TestData.creditCode(), TestData.uniqueName("不变"), "13900002222")));
        EnterpriseDraft badPhone = draft(saved.getCreditCode().value(), "新名字", "12345");

        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> admin(() -> enterprises.revise(saved.getId(), saved.getVersion(), badPhone)));

        assertEquals("contactPhone", refused.field());
        Enterprise stored = admin(() -> enterprises.get(saved.getId()));
        assertEquals(saved.getName(), stored.getName());
        assertEquals(saved.getVersion(), stored.getVersion());
    }

    @Test
    void aStaleVersionIsAConflict() {
        Enterprise saved = admin(() -> enterprises.register(draft(TestData.creditCode(), TestData.uniqueName("旧版"), null)));
        admin(() -> enterprises.revise(saved.getId(), saved.getVersion(), draft(saved.getCreditCode().value(), "第一次", null)));

        ConflictException conflict = assertThrows(ConflictException.class,
                () -> admin(() -> enterprises.revise(saved.getId(), saved.getVersion(), draft(saved.getCreditCode().value(), "第二次", null))));
        assertEquals("record.staleVersion", conflict.messageKey());
        assertEquals("第一次", admin(() -> enterprises.get(saved.getId())).getName());
    }

    @Test
    void summaryCountsMatchTheFilters() {
        EnterpriseSummary summary = admin(() -> enterprises.summary());
        assertEquals(admin(() -> enterprises.count(EnterpriseFilter.none())), summary.total());
        assertTrue(summary.highTech() <= summary.total() && summary.sme() <= summary.total());
    }
}
