package cn.kejiju.workbench.shared;

import java.util.Arrays;
import java.util.Map;

/**
 * The checks every uploaded file passes (a service log's evidence and an assignment's signed agreement, the
 * financing context's due-diligence files, an incubator entry application's documents, a publicity event's
 * photos): not empty, no larger than allowed, of
 * a type decided by its first bytes (JPEG, PNG or PDF, never by its name or the type the browser claims), and
 * a name cleaned for storage.
 */
public final class UploadedFiles {

    public static final int FILE_NAME_MAX = 200;
    public static final String PDF = "application/pdf";
    private static final Map<String, byte[]> SIGNATURES = Map.of(
            "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A},
            PDF, new byte[] {'%', 'P', 'D', 'F', '-'});

    private UploadedFiles() {
    }

    /** Refuses, naming the field {@code file}, an empty file or one larger than {@code maxMegabytes}. */
    public static void checkSize(byte[] bytes, int maxMegabytes) {
        checkSize(bytes, maxMegabytes * 1024L * 1024L, maxMegabytes);
    }

    /** Refuses, naming the field {@code file}, an empty file or one larger than {@code maxBytes}. */
    public static void checkSize(byte[] bytes, long maxBytes, int maxMegabytes) {
        if (bytes == null || bytes.length == 0) {
            throw new RuleViolationException("evidence.empty", "file");
        }
        if (bytes.length > maxBytes) {
            throw new RuleViolationException("evidence.tooLarge", "file", maxMegabytes);
        }
    }

    /** Whether the type {@link #detectType} answered is a photo (JPEG or PNG). */
    public static boolean isPhoto(String type) {
        return type != null && !PDF.equals(type);
    }

    /** The type the first bytes show, or null when it is none of the accepted ones. */
    public static String detectType(byte[] bytes) {
        for (Map.Entry<String, byte[]> signature : SIGNATURES.entrySet()) {
            byte[] head = signature.getValue();
            if (bytes.length >= head.length && Arrays.equals(bytes, 0, head.length, head, 0, head.length)) {
                return signature.getKey();
            }
        }
        return null;
    }

    /**
     * The name without any folder part a browser sent, without control and bidirectional formatting
     * characters (a NUL, or U+202E turning {@code photo\u202Egpj.exe} into what reads as {@code photoexe.jpg}),
     * shortened to fit, never empty ({@code fallback} when nothing is left).
     */
    public static String baseName(String fileName, String fallback) {
        String name = fileName == null ? "" : PlainText.strip(fileName).replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty()) {
            name = fallback;
        }
        return name.length() > FILE_NAME_MAX ? name.substring(name.length() - FILE_NAME_MAX) : name;
    }
}
