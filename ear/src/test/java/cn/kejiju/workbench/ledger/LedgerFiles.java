package cn.kejiju.workbench.ledger;

import cn.kejiju.workbench.Api;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * Workbooks as counties keep them, written with POI: a title merged over two rows above the header, then the
 * rows (a {@link LocalDate} becomes a real date cell, a {@link Double} a number cell, anything else text); and
 * their upload to the import API as multipart/form-data.
 */
final class LedgerFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private LedgerFiles() {
    }

    static byte[] workbook(String title, List<String> header, List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("台账");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy年m月d日"));
            sheet.createRow(0).createCell(0).setCellValue(title);
            sheet.addMergedRegion(new CellRangeAddress(0, 1, 0, header.size() - 1));
            Row headerRow = sheet.createRow(2);
            for (int c = 0; c < header.size(); c++) {
                headerRow.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(3 + r);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (value instanceof Double number) {
                        cell.setCellValue(number);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Api.Reply upload(String path, String fileName, byte[] bytes, String token) {
        String boundary = "----wb" + Long.toHexString(RANDOM.nextLong());
        byte[] head = ("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(head);
        body.writeBytes(bytes);
        body.writeBytes(tail);
        return Api.send(Api.request(path, token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept-Language", "zh-CN")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Half-width digits and letters written full-width, as some input methods type them. */
    static String fullWidth(String text) {
        StringBuilder wide = new StringBuilder();
        for (char c : text.toCharArray()) {
            wide.append(c >= '!' && c <= '~' ? (char) (c - '!' + '\uFF01') : c);
        }
        return wide.toString();
    }
}
