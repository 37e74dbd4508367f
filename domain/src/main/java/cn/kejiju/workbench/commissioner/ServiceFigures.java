package cn.kejiju.workbench.commissioner;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a commissioner's approved service logs of one year add up to: visits (approved logs), service
 * days, results (named varieties and technologies introduced, plus cooperation agreements, patents and
 * ventures), and the average satisfaction score (0–100) the targets gave, or null when none rated yet.
 */
public record ServiceFigures(long visits, BigDecimal days, long results, BigDecimal satisfaction) {

    public ServiceFigures {
        Objects.requireNonNull(days, "days");
    }

    public static ServiceFigures none() {
        return new ServiceFigures(0, BigDecimal.ZERO, 0, null);
    }
}
