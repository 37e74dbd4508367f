package cn.kejiju.workbench.project;

import cn.kejiju.workbench.shared.NotFoundException;

import java.util.List;
import java.util.Optional;

/** Where the programme catalogue, its kinds and its calls are kept. */
public interface ProgrammeRepository {

    List<ProgrammeKind> kinds();

    Optional<ProgrammeKind> kind(String code);

    /** Every programme with its kind, by level then name (pinyin). */
    List<Programme> programmes();

    Optional<Programme> find(long id);

    default Programme get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Programme", id));
    }

    boolean nameTaken(String name, Long exceptId);

    Programme add(Programme programme);

    /** The calls with their programme and kind, newest year first, filtered by year and level when given. */
    List<ProgrammeCall> calls(Integer year, ProgrammeLevel level);

    Optional<ProgrammeCall> findCall(long id);

    default ProgrammeCall getCall(long id) {
        return findCall(id).orElseThrow(() -> new NotFoundException("ProgrammeCall", id));
    }

    ProgrammeCall addCall(ProgrammeCall call);
}
