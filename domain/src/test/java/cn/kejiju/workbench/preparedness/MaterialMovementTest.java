package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static cn.kejiju.workbench.Fixtures.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MaterialMovementTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 5, 12, 17, 0);

    private final Fixtures f = new Fixtures();
    private final Campaign campaign = Fixtures.withId(new Campaign(
            CampaignTest.plan(f, CampaignTest.MAY_10, CampaignTest.MAY_16), CLOCK));
    private final PublicityEvent square = Fixtures.withId(new PublicityEvent(new EventDetails(campaign, f.township,
            AT.withHour(9), VenueKind.SQUARE, "月兔广场", true, 10, 2, null, null, null, null, null, 8, 12, 1500, 320,
            null), CLOCK));

    private MaterialMovement move(MaterialKind kind, MovementType type, int quantity) {
        return MaterialMovement.forEvent(new MaterialStock(f.county, kind), type, quantity, square, AT.toLocalDate(),
                null, "lj.clerk", AT);
    }

    @Test
    void whatIsOutstandingIsLentLessReturnedPerKind() {
        List<MaterialMovement> movements = List.of(
                move(MaterialKind.READER, MovementType.ISSUE, 600),
                move(MaterialKind.DISPLAY_BOARD, MovementType.LOAN, 10),
                move(MaterialKind.BANNER, MovementType.LOAN, 2),
                move(MaterialKind.DISPLAY_BOARD, MovementType.RETURN, 6),
                move(MaterialKind.BANNER, MovementType.RETURN, 2));

        assertEquals(Map.of(MaterialKind.DISPLAY_BOARD, 4L), MaterialMovement.outstanding(movements),
                "issued copies are consumed, banners all back");
    }

    @Test
    void nothingLentNothingOutstanding() {
        assertEquals(Map.of(), MaterialMovement.outstanding(List.of(move(MaterialKind.HANDBOOK, MovementType.ISSUE, 5))));
    }

    @Test
    void anEventMovementNamesItsEvent() {
        MaterialStock stock = new MaterialStock(f.county, MaterialKind.READER);
        assertThrows(IllegalArgumentException.class, () -> MaterialMovement.forEvent(stock, MovementType.ISSUE, 1,
                null, AT.toLocalDate(), null, "lj.clerk", AT));
        assertThrows(IllegalArgumentException.class, () -> MaterialMovement.forEvent(stock, MovementType.RECEIPT, 1,
                square, AT.toLocalDate(), null, "lj.clerk", AT));
        MaterialMovement receipt = MaterialMovement.receipt(stock, 100, AT.toLocalDate(), " 市地震局下发 ", "lj.clerk", AT);
        assertEquals("市地震局下发", receipt.getNote());
        assertEquals(f.county, receipt.getCounty());
    }
}
