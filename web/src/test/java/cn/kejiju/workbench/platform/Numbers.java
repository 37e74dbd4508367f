package cn.kejiju.workbench.platform;

import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/** A paged "service" over the numbers 0 … total-1 that notes every request it answers. */
final class Numbers implements Function<PageRequest, Page<Integer>> {

    final List<PageRequest> requests = new ArrayList<>();
    private final int total;

    Numbers(int total) {
        this.total = total;
    }

    @Override
    public Page<Integer> apply(PageRequest request) {
        requests.add(request);
        int from = Math.min(total, request.offset());
        int to = Math.min(total, from + request.size());
        return new Page<>(IntStream.range(from, to).boxed().toList(), total, request.page(), request.size());
    }

    static List<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }
}
