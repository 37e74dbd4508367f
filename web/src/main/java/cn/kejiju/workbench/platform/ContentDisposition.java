package cn.kejiju.workbench.platform;

import cn.kejiju.workbench.shared.PlainText;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The {@code Content-Disposition} of a download, the same for the API and the pages. */
public final class ContentDisposition {

    private ContentDisposition() {
    }

    /**
     * {@code attachment} with an ASCII {@code filename} for old clients beside the UTF-8 {@code filename*}
     * (RFC 6266, RFC 8187); control and bidirectional formatting characters never reach the header.
     */
    public static String attachment(String fileName) {
        return of("attachment", fileName);
    }

    /** {@code inline}, shown by the browser (an image, a PDF in a new tab), with the same file names. */
    public static String inline(String fileName) {
        return of("inline", fileName);
    }

    private static String of(String disposition, String fileName) {
        String name = PlainText.strip(fileName == null ? "" : fileName);
        String ascii = name.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return disposition + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
