package cn.kejiju.workbench.preparedness;

/** A post at a place (by its division code): what the register requires, filled or not. */
public record RegisterSlot(RegisterPost post, String placeCode) {
}
