package cn.kejiju.workbench.project;

import cn.kejiju.workbench.platform.Fetch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Optional;

/** The programme catalogue in JPA: small tables, each list one statement with its to-one relations joined. */
@ApplicationScoped
public class JpaProgrammeRepository implements ProgrammeRepository {

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Override
    public List<ProgrammeKind> kinds() {
        return em.createNamedQuery("ProgrammeKind.all", ProgrammeKind.class).getResultList();
    }

    @Override
    public Optional<ProgrammeKind> kind(String code) {
        return Optional.ofNullable(em.find(ProgrammeKind.class, code));
    }

    @Override
    public List<Programme> programmes() {
        TypedQuery<Programme> query = em.createQuery("select p from Programme p order by p.level, p.name, p.id",
                Programme.class);
        return Fetch.forReading(em, Fetch.joined(query, "kind")).getResultList();
    }

    @Override
    public Optional<Programme> find(long id) {
        if (em.isJoinedToTransaction()) {
            return Optional.ofNullable(em.find(Programme.class, id));
        }
        TypedQuery<Programme> query = em.createQuery("select p from Programme p where p.id = :id", Programme.class);
        return Fetch.forReading(em, Fetch.joined(query, "kind")).setParameter("id", id).getResultList().stream()
                .findFirst();
    }

    @Override
    public boolean nameTaken(String name, Long exceptId) {
        return em.createQuery("select count(p) from Programme p where p.name = :name and p.id <> :except", Long.class)
                .setParameter("name", name.strip()).setParameter("except", exceptId == null ? -1L : exceptId)
                .getSingleResult() > 0;
    }

    @Override
    public Programme add(Programme programme) {
        em.persist(programme);
        return programme;
    }

    @Override
    public List<ProgrammeCall> calls(Integer year, ProgrammeLevel level) {
        String where = (year == null ? "" : " and c.year = :year") + (level == null ? "" : " and c.programme.level = :level");
        TypedQuery<ProgrammeCall> query = em.createQuery("select c from ProgrammeCall c where 1 = 1" + where
                + " order by c.year desc, c.closesOn desc, c.id desc", ProgrammeCall.class);
        if (year != null) {
            query.setParameter("year", year);
        }
        if (level != null) {
            query.setParameter("level", level);
        }
        return Fetch.forReading(em, Fetch.joined(query, "programme", "programme.kind")).getResultList();
    }

    @Override
    public Optional<ProgrammeCall> findCall(long id) {
        if (em.isJoinedToTransaction()) {
            return Optional.ofNullable(em.find(ProgrammeCall.class, id));
        }
        TypedQuery<ProgrammeCall> query = em.createQuery("select c from ProgrammeCall c where c.id = :id",
                ProgrammeCall.class);
        return Fetch.forReading(em, Fetch.joined(query, "programme", "programme.kind")).setParameter("id", id)
                .getResultList().stream().findFirst();
    }

    @Override
    public ProgrammeCall addCall(ProgrammeCall call) {
        em.persist(call);
        return call;
    }
}
