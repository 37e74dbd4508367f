package cn.kejiju.workbench.commissioner;

/** The field a commissioner serves and a demand asks for: agriculture (农业), industrial enterprises (工业企业), or other. */
public enum ServiceField {
    AGRICULTURE,
    INDUSTRY,
    OTHER
}
