package cn.kejiju.workbench.platform;

import cn.kejiju.workbench.shared.PageRequest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EveryPageTest {

    @Test
    void allReadsPagesOfTheLargestSizeUntilOneComesBackShort() {
        Numbers numbers = new Numbers(450);

        List<Integer> all = EveryPage.all("name", true, numbers);

        assertEquals(Numbers.range(0, 450), all);
        assertEquals(List.of(new PageRequest(0, PageRequest.MAX_SIZE, "name", true),
                new PageRequest(1, PageRequest.MAX_SIZE, "name", true),
                new PageRequest(2, PageRequest.MAX_SIZE, "name", true)), numbers.requests);
    }

    @Test
    void aFullLastPageIsFollowedByOneEmptyRequest() {
        Numbers numbers = new Numbers(2 * PageRequest.MAX_SIZE);

        assertEquals(2 * PageRequest.MAX_SIZE, EveryPage.all(null, false, numbers).size());
        assertEquals(3, numbers.requests.size());
        assertEquals(new PageRequest(2, PageRequest.MAX_SIZE, null, false), numbers.requests.get(2));
    }

    @Test
    void anEmptyListIsOneRequest() {
        Numbers numbers = new Numbers(0);

        List<List<Integer>> pages = new ArrayList<>();
        EveryPage.forEach("startDate", false, numbers, pages::add);

        assertEquals(List.of(List.of()), pages);
        assertEquals(1, numbers.requests.size());
    }

    @Test
    void forEachHandsOverEachPageAsItIsRead() {
        Numbers numbers = new Numbers(250);

        List<Integer> sizes = new ArrayList<>();
        EveryPage.forEach("name", true, numbers, page -> sizes.add(page.size()));

        assertEquals(List.of(200, 50), sizes);
    }

    @Test
    void aTablePageIsOneRequestOfThatSize() {
        Numbers numbers = new Numbers(1000);
        AtomicLong total = new AtomicLong();

        List<Integer> rows = EveryPage.rows(40, 20, "serviceDate", false, numbers, total::set);

        assertEquals(Numbers.range(40, 60), rows);
        assertEquals(List.of(new PageRequest(2, 20, "serviceDate", false)), numbers.requests);
        assertEquals(1000, total.get());
    }

    @Test
    void moreRowsThanOnePageAreReadInPagesOfTheLargestSizeAndCutToTheCount() {
        Numbers numbers = new Numbers(1000);

        List<Integer> rows = EveryPage.rows(0, 450, null, true, numbers, total -> { });

        assertEquals(Numbers.range(0, 450), rows);
        assertEquals(List.of(0, 1, 2), numbers.requests.stream().map(PageRequest::page).toList());
        assertTrue(numbers.requests.stream().allMatch(request -> request.size() == PageRequest.MAX_SIZE));
    }

    @Test
    void aStartInsideAPageSkipsTheRowsBeforeIt() {
        Numbers numbers = new Numbers(1000);

        List<Integer> rows = EveryPage.rows(230, 300, null, true, numbers, total -> { });

        assertEquals(Numbers.range(230, 530), rows);
        assertEquals(List.of(1, 2), numbers.requests.stream().map(PageRequest::page).toList());
    }

    @Test
    void readingStopsAtTheEndOfTheList() {
        Numbers numbers = new Numbers(210);

        List<Integer> rows = EveryPage.rows(0, 1000, null, true, numbers, total -> { });

        assertEquals(Numbers.range(0, 210), rows);
        assertEquals(2, numbers.requests.size());
    }

    @Test
    void noRowsAskedIsNoRequest() {
        Numbers numbers = new Numbers(10);

        assertEquals(List.of(), EveryPage.rows(0, 0, null, true, numbers, total -> { }));
        assertEquals(List.of(), numbers.requests);
    }
}
