package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Which posts of the register nobody holds: a township without an assistant, a village or community without
 * a macro-observation reporter or without a disaster rapid reporter. In the order of the division codes, the
 * township's own gap before its villages'.
 */
public final class RegisterGaps {

    private RegisterGaps() {
    }

    /**
     * The gaps among {@code townships} and {@code villages} (each village's parent is its township) given the
     * posts held now.
     */
    public static List<RegisterGap> of(List<Jurisdiction> townships, List<Jurisdiction> villages,
                                       Set<RegisterSlot> filled) {
        List<RegisterGap> gaps = new ArrayList<>();
        for (Jurisdiction township : townships) {
            if (!filled.contains(new RegisterSlot(RegisterPost.ASSISTANT, township.getCode()))) {
                gaps.add(new RegisterGap(township, township, RegisterPost.ASSISTANT));
            }
        }
        for (Jurisdiction village : villages) {
            for (RegisterPost post : RegisterPost.values()) {
                if (post.level() == village.getLevel()
                        && !filled.contains(new RegisterSlot(post, village.getCode()))) {
                    gaps.add(new RegisterGap(village.getParent(), village, post));
                }
            }
        }
        gaps.sort(Comparator.comparing((RegisterGap g) -> g.place().getCode()).thenComparing(RegisterGap::post));
        return gaps;
    }
}
