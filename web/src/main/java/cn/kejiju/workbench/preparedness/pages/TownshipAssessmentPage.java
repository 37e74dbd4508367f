package cn.kejiju.workbench.preparedness.pages;

import cn.kejiju.workbench.platform.IdParameter;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.preparedness.ScoreEntry;
import cn.kejiju.workbench.preparedness.TownshipAssessmentService;
import cn.kejiju.workbench.preparedness.TownshipStanding;
import cn.kejiju.workbench.shared.DomainException;
import cn.kejiju.workbench.shared.NotFoundException;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * One township's year of the assessment ({@code preparedness/assessment.xhtml?township=…&year=…}): the facts the
 * pre-filled criteria read, each criterion with its pre-filled score, the score, evidence and reason; the clerk
 * saves the scores, a leader confirms a complete year after a confirmation (then it is frozen).
 */
@Named
@ViewScoped
public class TownshipAssessmentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TownshipAssessmentService assessmentService;

    @Inject
    PageMessages messages;

    private Long township;
    private Integer year;
    private boolean notFound;
    private transient TownshipStanding standing;
    private List<ScoreLine> lines = List.of();

    public void load() {
        if (notFound || township == null) {
            notFound = true;
            IdParameter.notFound();
            return;
        }
        if (year == null) {
            year = assessmentService.currentYear();
        }
        try {
            show(assessmentService.of(township, year));
        } catch (NotFoundException e) {
            notFound = true;
            IdParameter.notFound();
        }
    }

    private void show(TownshipStanding s) {
        standing = s;
        lines = s.lines().stream().map(ScoreLine::new).toList();
    }

    /** The clerk's scores, as entered (pre-filled criteria left as offered keep their pre-filled score). */
    public void save() {
        List<ScoreEntry> entries = lines.stream().map(ScoreLine::entry).toList();
        Long version = standing().assessment() == null ? null : standing().assessment().getVersion();
        try {
            show(assessmentService.score(township, year, version, entries));
            Texts.info(false, "assessment.saved", standing.township().name());
        } catch (DomainException | EJBException e) {
            refuse(e);
        }
    }

    /** A leader confirms the year as shown: it is frozen from now on. */
    public void confirm() {
        try {
            show(assessmentService.confirm(township, year, standing().assessment().getVersion()));
            Texts.info(false, "assessment.confirmed", standing.township().name(), standing.total());
        } catch (DomainException | EJBException e) {
            refuse(e);
        }
    }

    /** A refused rule for the whole form: it names the criterion (the rows' inputs are not addressable by field). */
    private void refuse(RuntimeException e) {
        messages.show(PageMessages.domainCause(e).orElseThrow(() -> e), null);
    }

    /** The township's year as last shown (read again when the view was restored without it). */
    private TownshipStanding standing() {
        if (standing == null && township != null && !notFound) {
            standing = assessmentService.of(township, year);
        }
        return standing;
    }

    public TownshipStanding getStanding() {
        return standing();
    }

    public List<ScoreLine> getLines() {
        return lines;
    }

    public boolean isScored() {
        return standing() != null && standing.assessment() != null;
    }

    public boolean isConfirmed() {
        return isScored() && standing.assessment().isConfirmed();
    }

    public boolean isComplete() {
        return isScored() && standing.assessment().isComplete(standing.scheme());
    }

    public String getTownship() {
        return township == null ? null : township.toString();
    }

    public void setTownship(String text) {
        township = IdParameter.parse(text);
        notFound = IdParameter.namesNothing(text);
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public boolean isNotFound() {
        return notFound;
    }

    /** One criterion's row of the form. */
    public static final class ScoreLine implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String code;
        private final String name;
        private final int maxScore;
        private final String source;
        private final Integer fullAt;
        private final BigDecimal suggested;
        private BigDecimal score;
        private String evidence;
        private String reason;

        ScoreLine(TownshipStanding.Line line) {
            this.code = line.criterion().getCode();
            this.name = line.criterion().getName();
            this.maxScore = line.criterion().getMaxScore();
            this.source = line.criterion().getSource().name();
            this.fullAt = line.criterion().getFullAt();
            this.suggested = line.suggested();
            if (line.score() != null) {
                this.score = line.score().getScore();
                this.evidence = line.score().getEvidence();
                this.reason = line.score().getReason();
            }
        }

        ScoreEntry entry() {
            return new ScoreEntry(code, score, evidence, reason);
        }

        public boolean isPrefilled() {
            return suggested != null;
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public int getMaxScore() {
            return maxScore;
        }

        public String getSource() {
            return source;
        }

        public Integer getFullAt() {
            return fullAt;
        }

        public BigDecimal getSuggested() {
            return suggested;
        }

        public BigDecimal getScore() {
            return score;
        }

        public void setScore(BigDecimal score) {
            this.score = score;
        }

        public String getEvidence() {
            return evidence;
        }

        public void setEvidence(String evidence) {
            this.evidence = evidence;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }
}
