package cn.kejiju.workbench.review.pages;

import cn.kejiju.workbench.platform.IdParameter;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.review.AssignmentStatus;
import cn.kejiju.workbench.review.Criterion;
import cn.kejiju.workbench.review.ReviewAssignment;
import cn.kejiju.workbench.review.ReviewService;
import cn.kejiju.workbench.shared.DomainException;
import cn.kejiju.workbench.shared.NotFoundException;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One of the signed-in reviewer's assignments ({@code review/assignment.xhtml?id=…}): what to review (the summary
 * and the subject's documents, from its module's {@link ReviewDocuments}), and a
 * score for every criterion within its maximum, or a decline for a conflict of interest with the reason.
 * Both are final, so both are confirmed first. Another reviewer's assignment is answered as not found.
 */
@Named
@ViewScoped
public class ReviewAssignmentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Set<String> FIELDS = Set.of("reason");

    @Inject
    ReviewService reviewService;

    @Inject
    PageMessages messages;

    @Inject
    @Any
    Instance<ReviewDocuments> documentSources;

    private Long id;
    private long version;
    private String title;
    private String summary;
    private AssignmentStatus status;
    private BigDecimal total;
    private String declineReason;
    private boolean closed;
    private final List<ScoreLine> lines = new ArrayList<>();
    private String reason;
    private boolean loaded;
    private List<ReviewDocuments.Document> documents = List.of();

    public void load() {
        if (id == null) {
            IdParameter.notFound();
            return;
        }
        try {
            ReviewAssignment a = reviewService.assignment(id);
            version = a.getVersion();
            title = a.getReview().getTitle();
            summary = a.getReview().getSummary();
            status = a.getStatus();
            total = a.getTotal();
            declineReason = a.getDeclineReason();
            closed = a.getReview().isClosed();
            String kind = a.getReview().getSubjectKind();
            long subject = a.getReview().getSubjectId();
            documents = documentSources.stream().filter(source -> source.handles(kind))
                    .flatMap(source -> source.of(subject).stream()).toList();
            List<BigDecimal> given = a.getScores();
            lines.clear();
            for (Criterion c : a.getReview().getCriteriaSet().getCriteria()) {
                int index = c.getPosition() - 1;
                lines.add(new ScoreLine(c.getName(), c.getMaxScore(), index < given.size() ? given.get(index) : null));
            }
            loaded = true;
        } catch (NotFoundException e) {
            IdParameter.notFound();
        }
    }

    /** The subject's documents, from the subject module ({@link ReviewDocuments}). */
    public List<ReviewDocuments.Document> getDocuments() {
        return documents;
    }

    public String score() {
        try {
            reviewService.score(id, version, lines.stream().map(ScoreLine::getScore).toList());
            messages.flashInfo("review.page.scored", title);
            return "/review/assignments?faces-redirect=true";
        } catch (DomainException | EJBException e) {
            PageMessages.domainCause(e).ifPresentOrElse(failure -> {
                String field = failure.field();
                int index = field != null && field.startsWith("scores[") ? parse(field) : -1;
                messages.show(failure, index >= 1 ? "scoreForm:lines:" + (index - 1) + ":score" : null);
            }, () -> messages.showRefusal(e, "scoreForm", FIELDS));
        }
        return null;
    }

    private static int parse(String field) {
        try {
            return Integer.parseInt(field.substring("scores[".length(), field.length() - 1));
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            return -1;
        }
    }

    public String decline() {
        try {
            reviewService.decline(id, version, reason);
            messages.flashInfo("review.page.declined", title);
            return "/review/assignments?faces-redirect=true";
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, "declineForm", FIELDS);
        }
        return null;
    }

    public BigDecimal getMaxTotal() {
        return lines.stream().map(ScoreLine::getMaxScore).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean isPending() {
        return status == AssignmentStatus.PENDING && !closed;
    }

    public boolean isLoaded() {
        return loaded;
    }

    public String getId() {
        return id == null ? null : id.toString();
    }

    public void setId(String text) {
        id = IdParameter.parse(text);
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public AssignmentStatus getStatus() {
        return status;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public boolean isClosed() {
        return closed;
    }

    public List<ScoreLine> getLines() {
        return lines;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /** A criterion with its maximum and the score entered for it. */
    public static final class ScoreLine implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String name;
        private final BigDecimal maxScore;
        private BigDecimal score;

        ScoreLine(String name, BigDecimal maxScore, BigDecimal score) {
            this.name = name;
            this.maxScore = maxScore;
            this.score = score;
        }

        public String getName() {
            return name;
        }

        public BigDecimal getMaxScore() {
            return maxScore;
        }

        public BigDecimal getScore() {
            return score;
        }

        public void setScore(BigDecimal score) {
            this.score = score;
        }
    }
}
