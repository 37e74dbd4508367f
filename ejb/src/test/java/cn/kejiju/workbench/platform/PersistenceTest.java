package cn.kejiju.workbench.platform;

import cn.kejiju.workbench.shared.ConflictException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What the database refuses becomes a conflict a clerk can act on: a stale version, or the use case's own conflict. */
class PersistenceTest {

    private static Persistence flushingWith(RuntimeException refusal) {
        Persistence persistence = new Persistence();
        persistence.em = (EntityManager) Proxy.newProxyInstance(PersistenceTest.class.getClassLoader(),
                new Class<?>[] {EntityManager.class}, (self, method, args) -> {
                    if (method.getName().equals("flush") && refusal != null) {
                        throw refusal;
                    }
                    return null;
                });
        return persistence;
    }

    @Test
    void aConcurrentEditIsAStaleVersionOfTheRecord() {
        ConflictException conflict = assertThrows(ConflictException.class, () -> flushingWith(
                new OptimisticLockException()).flush("Enterprise", 7L, () -> new ConflictException("other", null)));

        assertEquals(ConflictException.staleVersion("Enterprise", 7L).messageKey(), conflict.messageKey());
    }

    @Test
    void anyOtherRefusalIsTheConflictTheUseCaseNamed() {
        ConflictException named = new ConflictException("enterprise.duplicateCreditCode", "creditCode");

        ConflictException conflict = assertThrows(ConflictException.class, () -> flushingWith(
                new PersistenceException("unique key")).flush("Enterprise", 7L, () -> named));

        assertSame(named, conflict);
    }

    @Test
    void aFlushTheDatabaseAcceptsPassesQuietly() {
        assertDoesNotThrow(() -> flushingWith(null).flush("Enterprise", 7L, () -> new ConflictException("x", null)));
    }

    @Test
    void anEditBasedOnAnotherVersionIsRefusedAndOneWithoutAVersionIsNotChecked() {
        Persistence persistence = new Persistence();

        assertThrows(ConflictException.class, () -> persistence.checkVersion("Enterprise", 7L, 3L, 4));
        assertDoesNotThrow(() -> persistence.checkVersion("Enterprise", 7L, 4L, 4));
        assertDoesNotThrow(() -> persistence.checkVersion("Enterprise", 7L, null, 4));
    }
}
