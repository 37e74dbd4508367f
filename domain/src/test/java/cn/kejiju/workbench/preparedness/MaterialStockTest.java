package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.Fixtures;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MaterialStockTest {

    private final Fixtures f = new Fixtures();

    private MaterialStock stock(MaterialKind kind, int received) {
        MaterialStock stock = new MaterialStock(f.county, kind);
        if (received > 0) {
            stock.receive(received);
        }
        return stock;
    }

    @Test
    void onlyDisplayBoardsAndBannersAreReusable() {
        for (MaterialKind kind : MaterialKind.values()) {
            assertEquals(kind == MaterialKind.DISPLAY_BOARD || kind == MaterialKind.BANNER, kind.reusable(), kind.name());
        }
    }

    @Test
    void receiptsAddUp() {
        MaterialStock stock = stock(MaterialKind.READER, 300);
        stock.receive(200);
        assertEquals(500, stock.getOnHand());
        assertEquals(0, stock.getLent());
    }

    @Test
    void aReceiptIsAtLeastOneCopy() {
        MaterialStock stock = stock(MaterialKind.READER, 0);
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> stock.receive(0));
        assertEquals("quantity", e.field());
        assertThrows(RuleViolationException.class, () -> stock.receive(-5));
        assertEquals(0, stock.getOnHand());
    }

    @Test
    void anIssueTakesFromTheStock() {
        MaterialStock stock = stock(MaterialKind.HANDBOOK, 100);
        stock.issue(60);
        stock.issue(40);
        assertEquals(0, stock.getOnHand());
    }

    @Test
    void anIssueLargerThanTheStockIsRefusedWithTheQuantityAvailable() {
        MaterialStock stock = stock(MaterialKind.HANDBOOK, 30);
        ConflictException e = assertThrows(ConflictException.class, () -> stock.issue(31));
        assertEquals("preparedness.stock.insufficient", e.messageKey());
        assertEquals("quantity", e.field());
        assertArrayEquals(new Object[] {30L}, e.arguments());
        assertEquals(30, stock.getOnHand(), "nothing taken");
    }

    @Test
    void theStockNeverGoesBelowZero() {
        MaterialStock stock = stock(MaterialKind.LEAFLET, 5);
        for (int i = 0; i < 5; i++) {
            stock.issue(1);
        }
        assertThrows(ConflictException.class, () -> stock.issue(1));
        assertEquals(0, stock.getOnHand());
    }

    @Test
    void reusableItemsAreLentNotIssued() {
        MaterialStock boards = stock(MaterialKind.DISPLAY_BOARD, 10);
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> boards.issue(1));
        assertEquals("preparedness.stock.reusableIsLent", e.messageKey());
        MaterialStock readers = stock(MaterialKind.READER, 10);
        assertEquals("preparedness.stock.consumableIsIssued",
                assertThrows(RuleViolationException.class, () -> readers.lend(1)).messageKey());
        assertEquals(10, boards.getOnHand());
        assertEquals(10, readers.getOnHand());
    }

    @Test
    void lendingMovesItemsOutOnLoanAndAReturnBringsThemBack() {
        MaterialStock boards = stock(MaterialKind.DISPLAY_BOARD, 12);
        boards.lend(10);
        assertEquals(2, boards.getOnHand());
        assertEquals(10, boards.getLent());

        boards.takeBack(7, 10);
        assertEquals(9, boards.getOnHand());
        assertEquals(3, boards.getLent());
    }

    @Test
    void lendingMoreThanInStoreIsRefusedWithWhatIsThere() {
        MaterialStock banners = stock(MaterialKind.BANNER, 2);
        banners.lend(2);
        ConflictException e = assertThrows(ConflictException.class, () -> banners.lend(1));
        assertArrayEquals(new Object[] {0L}, e.arguments());
        assertEquals(2, banners.getLent());
    }

    @Test
    void moreThanTheEventHoldsCannotComeBack() {
        MaterialStock boards = stock(MaterialKind.DISPLAY_BOARD, 20);
        boards.lend(10);
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> boards.takeBack(5, 4));
        assertEquals("preparedness.stock.returnMoreThanLent", e.messageKey());
        assertArrayEquals(new Object[] {4L}, e.arguments());
        assertEquals(10, boards.getLent());
        assertEquals(10, boards.getOnHand());
    }

    @Test
    void aStockBelongsToACounty() {
        assertThrows(RuleViolationException.class, () -> new MaterialStock(f.township, MaterialKind.READER));
        assertTrue(new MaterialStock(f.county, MaterialKind.READER).getOnHand() == 0);
        assertFalse(MaterialKind.READER.reusable());
    }
}
