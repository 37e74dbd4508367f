package cn.kejiju.workbench.project;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a call (指南) is published with, as a clerk enters it; {@link ProgrammeCall} checks it. */
public record CallTerms(int year, String title, LocalDate opensOn, LocalDate closesOn, BigDecimal budget,
                        BigDecimal capPerProject, String eligibility) {
}
