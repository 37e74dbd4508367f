package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.Fixtures;
import cn.kejiju.workbench.commissioner.Commissioner;
import cn.kejiju.workbench.commissioner.CommissionerStatus;
import cn.kejiju.workbench.shared.PhoneNumber;
import cn.kejiju.workbench.shared.ResidentId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The API never shows a commissioner's whole resident ID or phone; it shows the county and today's load. */
class CommissionerResponseTest {

    private final Fixtures f = new Fixtures();

    @Test
    void theResidentIdAndThePhoneAreAlwaysMasked() {
        Commissioner commissioner = f.commissioner("张伟");
        String residentId = commissioner.residentId().orElseThrow().value();

        CommissionerResponse response = CommissionerResponse.of(commissioner, 0);

        assertEquals(ResidentId.mask(residentId), response.residentId());
        assertEquals(PhoneNumber.mask("13912345678"), response.phone());
        assertFalse(response.residentId().contains(residentId.substring(6, 14)), response.residentId());
        assertFalse(response.phone().contains("12345678"), response.phone());
    }

    @Test
    void itNamesItsCountyAndCarriesTheActiveLoadAndPostingYear() {
        Commissioner commissioner = f.commissioner("张伟");

        CommissionerResponse response = CommissionerResponse.of(commissioner, 2);

        assertEquals(new ApiRef(f.county.getId(), "临江县"), response.county());
        assertEquals(2, response.activeLoad());
        assertEquals(2026, response.postingYear());
        assertEquals(List.of("茶叶栽培", "病虫害防治"), response.specialties());
        assertEquals(CommissionerStatus.ACTIVE, response.status());
        assertNull(response.endedOn());
        assertEquals(List.of(), response.members());
    }

    @Test
    void anEndedCommissionerShowsTheDayItEnded() {
        Commissioner commissioner = f.commissioner("张伟");
        commissioner.end(LocalDate.of(2026, 6, 30), 0, Fixtures.CLOCK);

        CommissionerResponse response = CommissionerResponse.of(commissioner, 0);

        assertEquals(CommissionerStatus.ENDED, response.status());
        assertEquals(LocalDate.of(2026, 6, 30), response.endedOn());
    }
}
