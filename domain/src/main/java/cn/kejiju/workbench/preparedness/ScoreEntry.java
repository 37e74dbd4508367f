package cn.kejiju.workbench.preparedness;

import java.math.BigDecimal;

/** What the clerk enters for one criterion: the score (absent: not scored yet), evidence and reason. */
public record ScoreEntry(String code, BigDecimal score, String evidence, String reason) {
}
