package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.commissioner.Innovation;
import cn.kejiju.workbench.commissioner.InnovationKind;
import cn.kejiju.workbench.commissioner.InnovationService.InnovationUse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A county's named variety or technology with the number of its introductions. */
@Schema(name = "Innovation")
public record InnovationResponse(
        long id,
        ApiRef county,
        InnovationKind kind,
        String name,
        @Schema(description = "Pinyin initials of the name, as suggestions match them (茶园绿色防控: cylsfk)")
        String initials,
        @Schema(description = "How many service logs introduced it") long introductions) {

    static InnovationResponse of(InnovationUse use) {
        Innovation i = use.innovation();
        return new InnovationResponse(i.getId(), ApiRef.of(i.getCounty()), i.getKind(), i.getName(), i.getInitials(),
                use.introductions());
    }
}
