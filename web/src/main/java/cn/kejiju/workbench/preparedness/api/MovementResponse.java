package cn.kejiju.workbench.preparedness.api;

import cn.kejiju.workbench.preparedness.MaterialKind;
import cn.kejiju.workbench.preparedness.MaterialMovement;
import cn.kejiju.workbench.preparedness.MovementType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One issue, loan or return of an event. */
@Schema(name = "MaterialMovement")
public record MovementResponse(long id, MaterialKind kind, MovementType type, int quantity, LocalDate movedOn,
                               String note, String recordedBy, LocalDateTime recordedAt) {

    static MovementResponse of(MaterialMovement m) {
        return new MovementResponse(m.getId(), m.getKind(), m.getType(), m.getQuantity(), m.getMovedOn(),
                m.getNote(), m.getRecordedBy(), m.getRecordedAt());
    }
}
