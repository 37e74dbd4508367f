package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;

import java.time.LocalDate;

/**
 * What describes a carrier: the county it lies in, name, kind, recognition level with the day it was
 * recognised (none: no day), operator (运营主体), opening day and address.
 */
public record CarrierProfile(Jurisdiction county, String name, CarrierKind kind, RecognitionLevel recognitionLevel,
                             LocalDate recognizedOn, String operator, LocalDate openedOn, String address) {
}
