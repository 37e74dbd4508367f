package cn.kejiju.workbench.summary;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One county's row of a section's table of counties (the city summary): the values of the section's figures
 * by key. The city's total row has no county.
 */
public record CountyFigures(Long countyId, String county, Map<String, BigDecimal> values)
        implements java.io.Serializable {

    public CountyFigures {
        values = Map.copyOf(values);
    }

    public BigDecimal value(String key) {
        return values.getOrDefault(key, BigDecimal.ZERO);
    }
}
