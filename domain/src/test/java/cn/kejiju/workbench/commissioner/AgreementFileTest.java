package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static cn.kejiju.workbench.commissioner.Fixtures.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AgreementFileTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);

    private final Fixtures f = new Fixtures();
    private final Assignment assignment = f.assignment(f.commissioner("林志远"), f.village,
            LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28), List.of());

    private AgreementFile upload(long attached, String name, byte[] bytes) {
        return AgreementFile.of(assignment, attached, name, bytes, f.settings, "lj.clerk", CLOCK);
    }

    private String refusal(long attached, byte[] bytes) {
        return assertThrows(RuleViolationException.class, () -> upload(attached, "x.pdf", bytes)).messageKey();
    }

    @Test
    void aPdfOrAScannedPageIsTakenByItsBytesWithAClearedName() {
        AgreementFile pdf = upload(0, "C:\\协议\\三方协议.PDF", PDF);
        assertEquals("application/pdf", pdf.getContentType());
        assertEquals("三方协议.PDF", pdf.getFileName());
        assertEquals(PDF.length, pdf.getSize());
        assertEquals("lj.clerk", pdf.getUploadedBy());
        AgreementFile page = upload(1, "第1页\u202Egnp.exe", PNG);
        assertEquals("image/png", page.getContentType());
        assertEquals("第1页gnp.exe", page.getFileName());
        assertEquals("agreement", upload(0, "\u202E\u0000", PDF).getFileName());
    }

    @Test
    void typeSizeAndCountAreChecked() {
        assertEquals("evidence.type", refusal(0, "PK\u0003\u0004 a docx".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("evidence.empty", refusal(0, new byte[0]));
        assertEquals("evidence.tooLarge", refusal(0, Arrays.copyOf(PDF, (int) f.settings.evidenceMaxBytes() + 1)));
        assertEquals("agreementFile.tooMany", refusal(AgreementFile.MAX_PER_ASSIGNMENT, PDF));
        upload(AgreementFile.MAX_PER_ASSIGNMENT - 1, "last.pdf", PDF);
    }

    @Test
    void onceTheAssignmentHasEndedItsAgreementStaysAsItIs() {
        AgreementFile kept = upload(0, "三方协议.pdf", PDF);
        kept.requireRemovable();
        assignment.endEarly(LocalDate.of(2026, 6, 1), "调任", CLOCK);
        assertEquals("assignment.ended", refusal(0, PDF));
        assertEquals("assignment.ended",
                assertThrows(RuleViolationException.class, kept::requireRemovable).messageKey());
    }
}
