package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;

import java.util.Optional;

/** Where demands are kept. */
public interface DemandRepository {

    Optional<Demand> find(long id);

    default Demand get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Demand", id));
    }

    Page<Demand> page(DemandFilter filter, Long countyScope, PageRequest request);

    Demand add(Demand demand);
}
