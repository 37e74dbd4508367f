package cn.kejiju.workbench.platform;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** The name of an uploaded file as the client meant it, for every multipart upload of the API. */
public final class UploadedFileNames {

    private UploadedFileNames() {
    }

    /**
     * Browsers send a file name in UTF-8 bytes, which the multipart parser reads as ISO-8859-1; a name
     * whose characters are all single bytes that form valid UTF-8 is read again as UTF-8.
     */
    public static String utf8(String name) {
        if (name.chars().anyMatch(c -> c > 0xFF) || name.chars().allMatch(c -> c < 0x80)) {
            return name;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(name.getBytes(StandardCharsets.ISO_8859_1)))
                    .toString();
        } catch (CharacterCodingException e) {
            return name;
        }
    }
}
