package cn.kejiju.workbench.commissioner;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CandidateTest {

    private final Fixtures f = new Fixtures();

    private Candidate candidate(String name, boolean field, boolean specialty, long load) {
        return new Candidate(f.commissioner(name), field, specialty, load, 3);
    }

    @Test
    void freeCapacityComesFirstThenTheFieldThenTheSpecialtyThenTheLighterLoad() {
        Candidate full = candidate("满员", true, true, 3);
        Candidate otherField = candidate("他领域", false, true, 0);
        Candidate fieldOnly = candidate("同领域", true, false, 0);
        Candidate specialtyBusy = candidate("专长忙", true, true, 2);
        Candidate specialtyFree = candidate("专长闲", true, true, 1);

        List<String> ranked = Stream.of(full, otherField, fieldOnly, specialtyBusy, specialtyFree)
                .sorted(Candidate.RANKING).map(c -> c.commissioner().getName()).toList();

        assertEquals(List.of("专长闲", "专长忙", "同领域", "他领域", "满员"), ranked);
        assertTrue(full.isFull());
    }
}
