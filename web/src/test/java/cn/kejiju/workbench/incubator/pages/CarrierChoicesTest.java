package cn.kejiju.workbench.incubator.pages;

import cn.kejiju.workbench.Fixtures;
import cn.kejiju.workbench.incubator.Carrier;
import cn.kejiju.workbench.incubator.CarrierFilter;
import cn.kejiju.workbench.incubator.CarrierKind;
import cn.kejiju.workbench.incubator.CarrierProfile;
import cn.kejiju.workbench.incubator.CarrierRepository;
import cn.kejiju.workbench.incubator.CarrierService;
import cn.kejiju.workbench.incubator.CarrierSummary;
import cn.kejiju.workbench.incubator.RecognitionLevel;
import cn.kejiju.workbench.platform.Choice;
import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static cn.kejiju.workbench.Fixtures.CLOCK;
import static cn.kejiju.workbench.Fixtures.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The carrier search field: the first 20 visible carriers by name for what was typed, nothing for nothing. */
class CarrierChoicesTest {

    private final Fixtures f = new Fixtures();
    private final Carrier park = withId(new Carrier(new CarrierProfile(f.county, "同心创业科技园", CarrierKind.SCIENCE_PARK,
            RecognitionLevel.NONE, null, null, null, null), CLOCK));
    private final List<CarrierFilter> filters = new ArrayList<>();
    private final List<PageRequest> requests = new ArrayList<>();
    private final CarrierChoices choices = new CarrierChoices();

    CarrierChoicesTest() {
        choices.carriers = new CarrierService() {
            @Override
            public Page<CarrierSummary> list(CarrierFilter filter, PageRequest page) {
                filters.add(filter);
                requests.add(page);
                return new Page<>(List.of(new CarrierSummary(park, CarrierRepository.UnitTotals.NONE)), 1,
                        page.page(), page.size());
            }

            @Override
            public Carrier get(long id) {
                if (id == park.getId()) {
                    return park;
                }
                throw new NotFoundException("Carrier", id);
            }
        };
    }

    @Test
    void nothingTypedSuggestsNothingAndAsksNothing() {
        assertTrue(choices.complete(null).isEmpty());
        assertTrue(choices.complete("  ").isEmpty());
        assertTrue(requests.isEmpty());
    }

    @Test
    void whatWasTypedAsksForTheFirstTwentyByNameWithTheirCounty() {
        Choice expected = new Choice(park.getId(), "同心创业科技园（" + f.county.getName() + "）", f.county.getId());
        assertEquals(List.of(expected), choices.complete(" txcy "));
        assertEquals(List.of(new PageRequest(0, 20, "name", true)), requests);
        assertEquals("txcy", filters.get(0).text());
        assertEquals(Optional.of(expected), choices.choice(park.getId()));
        assertEquals(Optional.empty(), choices.choice(99_999L));
        assertEquals("incubator.carrierChoice.unknown", choices.unknownKey());
    }
}
