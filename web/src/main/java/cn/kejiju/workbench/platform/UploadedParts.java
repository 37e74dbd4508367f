package cn.kejiju.workbench.platform;

import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.ws.rs.core.EntityPart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/** The parts of a multipart upload of the API (the file, a kind), read the same way by every upload endpoint. */
public final class UploadedParts {

    private UploadedParts() {
    }

    /**
     * The bytes of a part (null without one), but never more than {@code limit} bytes: a larger file is
     * refused by its size anyway.
     */
    public static byte[] readUpTo(EntityPart part, long limit) {
        if (part == null) {
            return null;
        }
        try (InputStream in = part.getContent()) {
            return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A text part naming a choice (the kind of an uploaded file), trimmed and in upper case; a missing part is
     * refused as a required field.
     */
    public static String code(EntityPart part, String field) {
        if (part == null) {
            throw new RuleViolationException("field.required", field);
        }
        try {
            return part.getContent(String.class).strip().toUpperCase(Locale.ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file name the client sent with a part ({@link UploadedFileNames#utf8}), or null. */
    public static String fileName(EntityPart part) {
        return part == null ? null : part.getFileName().map(UploadedFileNames::utf8).orElse(null);
    }
}
