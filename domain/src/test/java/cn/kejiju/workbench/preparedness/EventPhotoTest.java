package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.Fixtures;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.Arrays;

import static cn.kejiju.workbench.Fixtures.CLOCK;
import static cn.kejiju.workbench.Fixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EventPhotoTest {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-', '1'};

    private final Fixtures f = new Fixtures();
    private final Campaign campaign = Fixtures.withId(new Campaign(CampaignTest.plan(f, TODAY.minusDays(10), TODAY), CLOCK));
    private final PublicityEvent event = Fixtures.withId(new PublicityEvent(new EventDetails(campaign, f.township,
            LocalDateTime.of(TODAY.minusDays(1), java.time.LocalTime.of(9, 0)), VenueKind.SQUARE, "月兔广场", true,
            10, 2, null, null, null, null, null, 8, 12, 1500, 320, null), CLOCK));

    private String refused(byte[] bytes, long attached) {
        return assertThrows(RuleViolationException.class,
                () -> EventPhoto.of(event, attached, "p.jpg", bytes, "clerk", CLOCK)).messageKey();
    }

    @Test
    void aJpegOrPngIsAcceptedByItsFirstBytes() {
        EventPhoto photo = EventPhoto.of(event, 0, "C:\\相册\\广场.jpg", JPEG, "clerk", CLOCK);
        assertEquals("image/jpeg", photo.getContentType());
        assertEquals("广场.jpg", photo.getFileName());
        assertEquals(JPEG.length, photo.getSize());
    }

    @Test
    void aPdfAnEmptyFileATooLargeOneOrOneTooManyIsRefused() {
        assertEquals("evidence.photoType", refused(PDF, 0));
        assertEquals("evidence.photoType", refused("GIF89a".getBytes(), 0));
        assertEquals("evidence.empty", refused(new byte[0], 0));
        byte[] large = Arrays.copyOf(JPEG, EventPhoto.MAX_MEGABYTES * 1024 * 1024 + 1);
        assertEquals("evidence.tooLarge", refused(large, 0));
        assertEquals("preparedness.photo.tooMany", refused(JPEG, EventPhoto.MAX_PER_EVENT));
    }

    @Test
    void anApprovedEventsPhotosAreFrozen() {
        event.approve("leader", CLOCK);
        assertThrows(ConflictException.class, () -> EventPhoto.of(event, 0, "p.jpg", JPEG, "clerk", CLOCK));
    }
}
