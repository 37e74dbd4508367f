package cn.kejiju.workbench.preparedness;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Townships ranked by total: ties share a rank, the next skips, ties and the unranked in pinyin order. */
class AssessmentRankingTest {

    private record Town(String name, BigDecimal total) {
    }

    private static Town town(String name, String total) {
        return new Town(name, total == null ? null : new BigDecimal(total));
    }

    private static List<String> ranked(Town... towns) {
        return AssessmentRanking.rank(Arrays.asList(towns), Town::total, Town::name).stream()
                .map(r -> r.rank() + " " + r.item().name()).toList();
    }

    @Test
    void tiesShareARankAndTheNextSkips() {
        assertEquals(List.of("1 青石镇", "2 白沙乡", "2 城关镇", "4 云城街道"),
                ranked(town("城关镇", "88.5"), town("云城街道", "61"), town("青石镇", "95"), town("白沙乡", "88.50")));
    }

    @Test
    void theIncompleteComeLastUnranked() {
        assertEquals(List.of("1 青石镇", "null 白沙乡", "null 城关镇"),
                ranked(town("城关镇", null), town("青石镇", "70"), town("白沙乡", null)));
    }

    @Test
    void nothingToRank() {
        assertEquals(List.of(), ranked());
    }
}
