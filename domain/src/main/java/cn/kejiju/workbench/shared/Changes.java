package cn.kejiju.workbench.shared;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How often the records of each entity class have been written in this server: a generation that
 * figures derived from many records (the totals of lists) compare to know whether they are still
 * current. The persistence unit registers it as the default entity listener of every entity
 * ({@code META-INF/orm.xml}); a write counts when it is flushed, so a rolled-back write only costs one
 * needless recount. Writes on another server of a cluster are not seen here.
 */
public class Changes {

    private static final ConcurrentHashMap<Class<?>, AtomicLong> GENERATIONS = new ConcurrentHashMap<>();

    /** The generation of an entity class: it grows with every insert, update and delete of one of its records. */
    public static long generation(Class<?> entity) {
        AtomicLong generation = GENERATIONS.get(entity);
        return generation == null ? 0 : generation.get();
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    public void written(Object entity) {
        GENERATIONS.computeIfAbsent(entity.getClass(), c -> new AtomicLong()).incrementAndGet();
    }
}
