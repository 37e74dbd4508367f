package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;

/** A post of the register nobody holds: the township, the place (the township itself or a village), the post. */
public record RegisterGap(Jurisdiction township, Jurisdiction place, RegisterPost post) {
}
