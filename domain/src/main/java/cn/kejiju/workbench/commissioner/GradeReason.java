package cn.kejiju.workbench.commissioner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One reason for an assessment grade, in words: a message key of the domain bundle
 * ({@code assessment.reason.*}) and its arguments as plain text (numbers as written, e.g. {@code 12},
 * {@code 15.5}). A confirmed assessment keeps its reasons as they were; {@link #encode} and
 * {@link #decode} write them to and read them from one column.
 */
public record GradeReason(String key, List<String> arguments) {

    private static final char FIELD = '\u001F';
    private static final char RECORD = '\u001E';

    public GradeReason {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    public static GradeReason of(String key, Object... arguments) {
        return new GradeReason(key, Arrays.stream(arguments).map(String::valueOf).toList());
    }

    public static String encode(List<GradeReason> reasons) {
        StringBuilder text = new StringBuilder();
        for (GradeReason reason : reasons) {
            if (!text.isEmpty()) {
                text.append(RECORD);
            }
            text.append(reason.key);
            reason.arguments.forEach(argument -> text.append(FIELD).append(argument));
        }
        return text.toString();
    }

    public static List<GradeReason> decode(String text) {
        List<GradeReason> reasons = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return reasons;
        }
        for (String record : text.split(String.valueOf(RECORD))) {
            String[] fields = record.split(String.valueOf(FIELD), -1);
            reasons.add(new GradeReason(fields[0], Arrays.asList(fields).subList(1, fields.length)));
        }
        return reasons;
    }
}
