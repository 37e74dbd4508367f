package cn.kejiju.workbench.ledger;

import cn.kejiju.workbench.platform.DomainMessages;
import cn.kejiju.workbench.shared.PhoneNumber;
import cn.kejiju.workbench.shared.ResidentId;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The words of the ledgers, from the bundles: each column's header in Chinese and English and the variants
 * county ledgers use, the labels of listed values (the same the forms show), the template, and the row errors
 * in the reader's language. A listed value is recognised by its Chinese or English label or its constant name.
 */
@ApplicationScoped
public class LedgerVocabulary {

    static final String BUNDLE = "cn.kejiju.workbench.web.ledger";
    static final String MESSAGES = "cn.kejiju.workbench.web.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    /** The bundle prefix of the labels of each listed value, by enumeration. */
    private static final Map<String, String> LABELS = Map.of(
            "EnterpriseKind", "enterprise.kind.",
            "Gender", "commissioner.gender.",
            "CommissionerKind", "commissioner.kind.",
            "EmployerCategory", "commissioner.employerCategory.",
            "ProfessionalTitle", "commissioner.title.",
            "ServiceField", "commissioner.field.",
            "DispatchLevel", "commissioner.level.");
    private static final Set<String> PERSONAL = Set.of("residentId");
    private static final Set<String> PHONES = Set.of("phone", "contactPhone");
    private static final Set<String> CODES = Set.of("creditCode", "residentId", "phone", "contactPhone",
            "employerCreditCode", "highTechCertificateNo");

    @Inject
    DomainMessages domainMessages;

    private static ResourceBundle bundle(String base, Locale locale) {
        Locale target = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(base, target, LedgerVocabulary.class.getClassLoader(), NO_FALLBACK);
    }

    private static String text(ResourceBundle bundle, String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    public String text(String key, Locale locale) {
        String found = text(bundle(BUNDLE, locale), key);
        return found == null ? key : found;
    }

    /** The header of a column in the reader's language. */
    public String header(LedgerKind kind, String key, Locale locale) {
        return text("ledger.column." + kind + "." + key, locale);
    }

    /** Every header a column is recognised by: Chinese, English and the variants. */
    Map<String, Set<String>> headerNames(LedgerKind kind) {
        ResourceBundle chinese = bundle(BUNDLE, Locale.ROOT);
        ResourceBundle english = bundle(BUNDLE, Locale.ENGLISH);
        Map<String, Set<String>> names = new LinkedHashMap<>();
        for (LedgerColumn column : kind.columns()) {
            Set<String> headers = new LinkedHashSet<>();
            headers.add(column.key());
            for (ResourceBundle bundle : List.of(chinese, english)) {
                String header = text(bundle, "ledger.column." + kind + "." + column.key());
                if (header != null) {
                    headers.add(header);
                }
            }
            String aliases = text(chinese, "ledger.alias." + kind + "." + column.key());
            if (aliases != null) {
                headers.addAll(Arrays.asList(aliases.split("\\|")));
            }
            names.put(column.key(), headers);
        }
        return names;
    }

    /** The label of a listed value in the reader's language. */
    public String label(Enum<?> value, Locale locale) {
        String prefix = LABELS.get(value.getDeclaringClass().getSimpleName());
        String label = prefix == null ? null : text(bundle(MESSAGES, locale), prefix + value.name());
        return label == null ? value.name() : label;
    }

    private Map<String, String> choiceIndex(LedgerColumn column) {
        Map<String, String> index = new HashMap<>();
        for (Enum<?> value : column.choices().getEnumConstants()) {
            index.put(LedgerText.header(value.name()), value.name());
            index.put(LedgerText.header(label(value, Locale.ROOT)), value.name());
            index.put(LedgerText.header(label(value, Locale.ENGLISH)), value.name());
        }
        return index;
    }

    /**
     * The worksheet's rows as a ledger of the kind: header found, values cleaned, listed values given as their
     * constant names when recognised (an unrecognised one stays as written, and the check says so).
     */
    public LedgerSheet sheet(LedgerKind kind, List<RawRow> rawRows) {
        Map<String, String> displayNames = new HashMap<>();
        kind.columns().forEach(column -> displayNames.put(column.key(), header(kind, column.key(), Locale.ROOT)));
        LedgerSheet sheet = LedgerSheet.read(kind, rawRows, headerNames(kind), displayNames);
        Map<String, Map<String, String>> indexes = new HashMap<>();
        kind.columns().stream().filter(LedgerColumn::isChoice)
                .forEach(column -> indexes.put(column.key(), choiceIndex(column)));
        List<LedgerRow> rows = new ArrayList<>(sheet.rows().size());
        for (LedgerRow row : sheet.rows()) {
            Map<String, String> values = new LinkedHashMap<>(row.values());
            indexes.forEach((key, index) -> {
                String value = values.get(key);
                if (value != null && !value.isEmpty()) {
                    values.put(key, index.getOrDefault(LedgerText.header(value), value));
                }
            });
            rows.add(new LedgerRow(row.number(), values));
        }
        return sheet.withRows(rows);
    }

    /** A value as the preview shows it: a listed value by its label, a resident ID or phone masked. */
    public String shown(LedgerKind kind, String key, String value, Locale locale) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (PERSONAL.contains(key)) {
            return ResidentId.mask(LedgerText.code(value));
        }
        if (PHONES.contains(key)) {
            return PhoneNumber.mask(LedgerText.code(value));
        }
        LedgerColumn column = kind.column(key).orElse(null);
        if (column != null && column.isChoice()) {
            for (Enum<?> constant : column.choices().getEnumConstants()) {
                if (constant.name().equals(value)) {
                    return label(constant, locale);
                }
            }
        }
        return value;
    }

    /** A row error in words: "column: what is wrong". */
    public String message(LedgerKind kind, RowError error, Locale locale) {
        String sentence = domainMessages.resolve(
                new RuleViolationException(error.messageKey(), error.column(), error.argumentArray()), locale);
        return error.column() == null ? sentence : header(kind, error.column(), locale) + "：" + sentence;
    }

    /** The template of a ledger, in Chinese (the language of the county ledgers). */
    public byte[] template(LedgerKind kind) {
        Locale chinese = Locale.ROOT;
        List<LedgerWorkbook.TemplateColumn> columns = new ArrayList<>();
        for (LedgerColumn column : kind.columns()) {
            List<String> choices = column.isChoice() ? Arrays.stream(column.choices().getEnumConstants())
                    .map(value -> label(value, chinese)).toList() : List.of();
            String example = column.isChoice() ? choices.get(0)
                    : text(bundle(BUNDLE, chinese), "ledger.example." + kind + "." + column.key());
            columns.add(new LedgerWorkbook.TemplateColumn(header(kind, column.key(), chinese), column.required(),
                    example, choices, CODES.contains(column.key())));
        }
        List<String> notes = List.of(text("ledger.note.1", chinese), text("ledger.note.2", chinese),
                text("ledger.note.3", chinese), text("ledger.note.4", chinese));
        return LedgerWorkbook.template(text("ledger." + kind + ".sheet", chinese), text("ledger." + kind + ".title", chinese),
                columns, text("ledger.exampleSheet", chinese), notes);
    }

    /** The file name the template downloads as. */
    public String templateFileName(LedgerKind kind) {
        return text("ledger." + kind + ".file", Locale.ROOT);
    }
}
