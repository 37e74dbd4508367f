package cn.kejiju.workbench.security.pages;

import io.nayuki.qrcodegen.QrCode;

/**
 * Draws a QR code as inline SVG, for the two-factor enrolment page: an authenticator app scans the
 * {@code otpauth://} URI from it.
 * <p>
 * <b>Safe to emit unescaped</b> ({@code <h:outputText value="#{…}" escape="false"/>}): the SVG is built
 * only from fixed markup and numbers computed here (a {@code rect} for the white background and one
 * {@code path} of black modules); the encoded text never appears in it, so no input can inject markup.
 * The picture has a {@code viewBox} and no fixed size: it fills its container, sized with CSS.
 */
public final class QrCodeSvg {

    /** Quiet zone around the symbol, in modules, as ISO/IEC 18004 requires. */
    public static final int BORDER = 4;

    private QrCodeSvg() {
    }

    /**
     * The QR code of the text (error correction level M, the smallest version that holds it) as an SVG
     * document fragment: black modules on white with a {@value #BORDER}-module quiet zone.
     *
     * @throws io.nayuki.qrcodegen.DataTooLongException (an {@link IllegalArgumentException}) if the text
     *         does not fit in a QR code
     */
    public static String svg(String text) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int extent = qr.size + 2 * BORDER;
        StringBuilder svg = new StringBuilder(qr.size * qr.size * 4);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 ")
                .append(extent).append(' ').append(extent)
                .append("\" shape-rendering=\"crispEdges\">")
                .append("<rect width=\"").append(extent).append("\" height=\"").append(extent)
                .append("\" fill=\"#FFFFFF\"/>")
                .append("<path fill=\"#000000\" d=\"");
        for (int y = 0; y < qr.size; y++) {
            int x = 0;
            while (x < qr.size) {
                if (!qr.getModule(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < qr.size && qr.getModule(x, y)) {
                    x++;
                }
                int run = x - start;
                svg.append('M').append(start + BORDER).append(',').append(y + BORDER)
                        .append('h').append(run).append("v1h-").append(run).append('z');
            }
        }
        return svg.append("\"/></svg>").toString();
    }
}
