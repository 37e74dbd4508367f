package cn.kejiju.workbench.commissioner;

import java.math.BigDecimal;

/**
 * One county's key figures of a period (the city's row: the sum of its counties): commissioners serving
 * at the end of the period and new in it, agricultural ones at the end and the city-posted among them,
 * industrial ones new in the period and the enterprises these link, approved visits, trainings, people
 * trained, introductions of named items and income (万元).
 */
public record CountyRow(Long countyId, String county, long commissioners, long commissionersNew, long agricultural,
                        long agriculturalCity, long industrialNew, long enterprisesLinkedByNew, long visits,
                        long trainings, long peopleTrained, long introductions, BigDecimal income)
        implements java.io.Serializable {

    static CountyRow of(Long countyId, String county, FigureTally t) {
        return new CountyRow(countyId, county,
                t.get("commissioners.end").longValue(),
                t.get("commissioners.new").longValue(),
                t.get("commissioners.AGRICULTURE.end").longValue(),
                t.get("commissioners.AGRICULTURE.CITY.end").longValue(),
                t.get("commissioners.INDUSTRY.new").longValue(),
                t.get("enterprisesLinkedByNew").longValue(),
                t.get("visits").longValue(),
                t.get("trainings").longValue(),
                t.get("peopleTrained").longValue(),
                t.get("varietyIntroductions").add(t.get("technologyIntroductions")).longValue(),
                t.get("income"));
    }
}
