package cn.kejiju.workbench.indicator;

import java.time.LocalDate;

/** What a clerk records of a patent; {@link Patent} checks it. */
public record PatentDetails(String number, String title, PatentType type, LocalDate appliedOn, LocalDate grantedOn,
                            PatentStatus status) {
}
