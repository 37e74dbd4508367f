package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.shared.ClerkInput;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;

/** One review committee (审保会) member's opinion on an application. */
@Embeddable
public class CommitteeOpinion {

    public static final int MEMBER_MAX = 50;
    public static final int REMARK_MAX = 500;

    @Column(nullable = false, length = MEMBER_MAX)
    private String member;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Vote vote;

    @Column(length = REMARK_MAX)
    private String remark;

    @Column(name = "recorded_on", nullable = false)
    private LocalDate recordedOn;

    protected CommitteeOpinion() {
        // for JPA
    }

    public CommitteeOpinion(String member, Vote vote, String remark, LocalDate recordedOn) {
        this.member = ClerkInput.required(member, "member", MEMBER_MAX);
        this.vote = ClerkInput.present(vote, "vote");
        this.remark = ClerkInput.optional(remark, "remark", REMARK_MAX);
        this.recordedOn = recordedOn;
    }

    public String getMember() {
        return member;
    }

    public Vote getVote() {
        return vote;
    }

    public String getRemark() {
        return remark;
    }

    public LocalDate getRecordedOn() {
        return recordedOn;
    }
}
