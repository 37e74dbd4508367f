package cn.kejiju.workbench.platform;

import jakarta.ws.rs.core.EntityPart;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** The file part of a multipart upload of the API, read the same way by every upload endpoint. */
public final class UploadedParts {

    private UploadedParts() {
    }

    /**
     * The bytes of a part (null without one), but never more than {@code limit} bytes: a larger file is
     * refused by its size anyway. The rest of the part is read and dropped, so that the refusal is answered
     * after the whole request has arrived (a client still sending when the answer comes, over HTTP/2 in
     * particular, sees its stream cancelled instead of the problem document); the container's maximum
     * request size bounds what is read.
     */
    public static byte[] readUpTo(EntityPart part, long limit) {
        if (part == null) {
            return null;
        }
        try (InputStream in = part.getContent()) {
            byte[] kept = in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
            in.transferTo(OutputStream.nullOutputStream());
            return kept;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file name the client sent with a part ({@link UploadedFileNames#utf8}), or null. */
    public static String fileName(EntityPart part) {
        return part == null ? null : part.getFileName().map(UploadedFileNames::utf8).orElse(null);
    }
}
