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

class EvidenceTest {

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);

    private final Fixtures f = new Fixtures();
    private final ServiceLog log = new ServiceLog(f.assignment(f.commissioner("林志远"), f.village,
            LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28), List.of()),
            Fixtures.content(LocalDate.of(2026, 5, 20), ServiceKind.ON_SITE_GUIDANCE, "1", 0, List.of()), "lj.clerk", CLOCK);

    private String refusal(long attached, EvidenceKind kind, byte[] bytes) {
        return assertThrows(RuleViolationException.class,
                () -> Evidence.of(log, attached, kind, "x.jpg", bytes, f.settings, "lj.clerk", CLOCK)).messageKey();
    }

    @Test
    void theTypeComesFromTheFirstBytesNotTheName() {
        Evidence photo = Evidence.of(log, 0, EvidenceKind.PHOTO, "C:\\照片\\现场.JPG", JPEG, f.settings, "lj.clerk", CLOCK);
        assertEquals("image/jpeg", photo.getContentType());
        assertEquals("现场.JPG", photo.getFileName());
        assertEquals(JPEG.length, photo.getSize());
        assertEquals("application/pdf", Evidence.of(log, 0, EvidenceKind.CONFIRMATION, "确认单.pdf", PDF, f.settings,
                "lj.clerk", CLOCK).getContentType());
        assertEquals("evidence.type", refusal(0, EvidenceKind.CONFIRMATION, "not an image".getBytes(StandardCharsets.UTF_8)));
        assertEquals("evidence.photoType", refusal(0, EvidenceKind.PHOTO, PDF));
    }

    @Test
    void sizeCountAndStateAreChecked() {
        assertEquals("evidence.empty", refusal(0, EvidenceKind.PHOTO, new byte[0]));
        byte[] large = Arrays.copyOf(JPEG, (int) f.settings.evidenceMaxBytes() + 1);
        assertEquals("evidence.tooLarge", refusal(0, EvidenceKind.PHOTO, large));
        assertEquals("evidence.tooMany", refusal(Evidence.MAX_PER_LOG, EvidenceKind.PHOTO, JPEG));
        log.approve("leader", CLOCK);
        assertEquals("log.approvedIsFinal", refusal(0, EvidenceKind.PHOTO, JPEG));
    }

    @Test
    void controlAndBidiCharactersLeaveTheStoredName() {
        String spoof = "发票\u202Egpj.exe";
        assertEquals("发票gpj.exe", Evidence.of(log, 0, EvidenceKind.PHOTO, spoof, JPEG, f.settings, "lj.clerk", CLOCK).getFileName());
        assertEquals("现场.jpg", Evidence.baseName("现场\u0000.jpg"));
        assertEquals("ab.jpg", Evidence.baseName("a\r\n\tb\u2066\u2069\u200F.jpg"));
        assertEquals("evidence", Evidence.baseName("\u202E\u0000"));
        assertEquals("x.jpg", Evidence.baseName("C:\\dir\u0000\\x.jpg"));
    }
}
