package cn.kejiju.workbench.incubator;

import java.time.LocalDate;

/**
 * What a clerk submits for a carrier; the county may be left out by a county user (her own).
 * {@link #of} is the state the audit trail compares.
 */
public record CarrierDraft(Long countyId, String name, CarrierKind kind, RecognitionLevel recognitionLevel,
                           LocalDate recognizedOn, String operator, LocalDate openedOn, String address) {

    public static CarrierDraft of(Carrier c) {
        return new CarrierDraft(c.getCounty().getId(), c.getName(), c.getKind(), c.getRecognitionLevel(),
                c.recognizedOn().orElse(null), c.operator().orElse(null), c.openedOn().orElse(null),
                c.address().orElse(null));
    }
}
