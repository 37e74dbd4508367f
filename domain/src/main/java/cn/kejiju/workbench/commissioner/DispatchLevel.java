package cn.kejiju.workbench.commissioner;

/** Who dispatched the commissioner: the county itself, the city (市派) or the province (省派). */
public enum DispatchLevel {
    COUNTY,
    CITY,
    PROVINCE
}
