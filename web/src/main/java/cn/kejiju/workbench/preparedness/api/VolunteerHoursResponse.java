package cn.kejiju.workbench.preparedness.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The volunteer hours attended in a period within a jurisdiction, as a decimal string. */
@Schema(name = "VolunteerHours")
public record VolunteerHoursResponse(PreparednessRef jurisdiction, LocalDate from, LocalDate to, String hours) {
}
