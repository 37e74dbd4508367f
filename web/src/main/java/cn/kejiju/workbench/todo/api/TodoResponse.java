package cn.kejiju.workbench.todo.api;

import cn.kejiju.workbench.todo.TodoItem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** An open to-do item as the API shows it, its message in the caller's language. */
@Schema(name = "TodoItem")
public record TodoResponse(
        long id,
        @Schema(description = "What sort of item, e.g. commissioner.review.logAwaitingApproval") String kind,
        @Schema(description = "The record it is about, e.g. ServiceLog") String recordType,
        String recordId,
        @Schema(description = "The county it belongs to; null for a city-level item") Long countyId,
        @Schema(description = "The role whose holders must attend to it") String role,
        @Schema(description = "The text, in the language of Accept-Language") String message,
        @Schema(description = "The page that opens the record, below the application (e.g. /commissioner/log.xhtml?id=5)")
        String link,
        LocalDate dueOn,
        @Schema(description = "Due before today") boolean overdue,
        LocalDateTime raisedAt) {

    static TodoResponse of(TodoItem item, String message, LocalDate today) {
        return new TodoResponse(item.getId(), item.getKind(), item.getRecordType(), item.getRecordId(),
                item.getCountyId(), item.getRole(), message, item.getLink(), item.getDueOn(),
                item.isOverdueOn(today), item.getRaisedAt());
    }
}
