package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.Fixtures;
import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static cn.kejiju.workbench.Fixtures.CLOCK;
import static cn.kejiju.workbench.Fixtures.TODAY;
import static cn.kejiju.workbench.Fixtures.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** An entry application's documents: checked like every upload, attached and removed only while it is a draft. */
class EntryFileTest {

    static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    private final Fixtures f = new Fixtures();
    private final EntryRule rule = new EntryRule(24);
    private final Carrier carrier = withId(new Carrier(new CarrierProfile(f.county, "同心科技园", CarrierKind.SCIENCE_PARK,
            RecognitionLevel.NONE, null, null, null, null), CLOCK));
    private final EntryApplication application = withId(new EntryApplication(carrier, f.company,
            new EntryDetails(UnitKind.OFFICE, new BigDecimal("80"), "芯片设计", "集成电路设计", TODAY.minusMonths(6)),
            rule, CLOCK));

    private EntryFile upload(EntryFileKind kind, long attached, String name, byte[] bytes) {
        return EntryFile.of(application, kind, attached, name, bytes, "lj.incubator", CLOCK);
    }

    private String refusal(long attached, byte[] bytes) {
        return assertThrows(RuleViolationException.class,
                () -> upload(EntryFileKind.OTHER, attached, "x.pdf", bytes)).messageKey();
    }

    @Test
    void aDocumentIsTakenByItsBytesWithItsKindAndACleanedName() {
        EntryFile plan = upload(EntryFileKind.BUSINESS_PLAN, 0, "C:\\材料\\商业计划书.pdf", PDF);
        assertEquals(EntryFileKind.BUSINESS_PLAN, plan.getKind());
        assertEquals("application/pdf", plan.getContentType());
        assertEquals("商业计划书.pdf", plan.getFileName());
        assertEquals(PDF.length, plan.getSize());
        assertEquals("lj.incubator", plan.getUploadedBy());
        assertEquals(application, plan.getApplication());
        EntryFile licence = upload(EntryFileKind.BUSINESS_LICENCE, 1, "执照\u202Egnp.exe", PNG);
        assertEquals("image/png", licence.getContentType());
        assertEquals("执照gnp.exe", licence.getFileName());
        assertEquals("document", upload(EntryFileKind.OTHER, 2, "\u202E", PDF).getFileName());
    }

    @Test
    void typeSizeCountAndKindAreChecked() {
        assertEquals("evidence.type", refusal(0, "PK\u0003\u0004 a docx".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("evidence.empty", refusal(0, new byte[0]));
        assertEquals("evidence.tooLarge", refusal(0, Arrays.copyOf(PDF, EntryFile.MAX_MEGABYTES * 1024 * 1024 + 1)));
        assertEquals("incubator.entry.file.tooMany", refusal(EntryFile.MAX_PER_APPLICATION, PDF));
        assertEquals("kind", assertThrows(RuleViolationException.class,
                () -> upload(null, 0, "x.pdf", PDF)).field());
        upload(EntryFileKind.OTHER, EntryFile.MAX_PER_APPLICATION - 1, "last.pdf", PDF);
    }

    @Test
    void onceSubmittedTheDocumentsStayAsTheyAre() {
        EntryFile kept = upload(EntryFileKind.BUSINESS_PLAN, 0, "商业计划书.pdf", PDF);
        kept.requireRemovable();
        application.submit(rule, List.of(EntryFileKind.BUSINESS_PLAN, EntryFileKind.BUSINESS_LICENCE), CLOCK);
        assertEquals("incubator.entry.file.submitted", refusal(0, PDF));
        assertEquals("incubator.entry.file.submitted",
                assertThrows(RuleViolationException.class, kept::requireRemovable).messageKey());
    }
}
