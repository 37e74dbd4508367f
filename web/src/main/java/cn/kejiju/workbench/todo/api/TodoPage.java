package cn.kejiju.workbench.todo.api;

import cn.kejiju.workbench.platform.PageResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of open to-do items (see {@link PageResponse}). */
@Schema(name = "TodoPage", description = "A page of open to-do items")
public record TodoPage(
        List<TodoResponse> items,
        @Schema(description = PageResponse.TOTAL) long total,
        int page,
        int size,
        @Schema(description = PageResponse.NEXT) String next) {
}
