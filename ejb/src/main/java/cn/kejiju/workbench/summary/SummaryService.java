package cn.kejiju.workbench.summary;

import cn.kejiju.workbench.audit.AuditAction;
import cn.kejiju.workbench.audit.AuditEvent;
import cn.kejiju.workbench.audit.AuditTrail;
import cn.kejiju.workbench.platform.Persistence;
import cn.kejiju.workbench.security.CountyGuard;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The work summary: generated from every {@link SummarySection} for a period and a county (county users: their
 * own) or the city, saved as numbered versions with the clerk's narrative by any programme's clerk, approved by
 * a leader other than the version's preparer, after which it is frozen. The sentence templates are the
 * administrator's to rewrite.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
public class SummaryService {

    static final String RECORD = "WorkSummary";
    static final String TEMPLATE = "SummaryTemplate";

    @Inject
    @Any
    Instance<SummarySection> sections;

    @Inject
    SummaryRepository repository;

    @Inject
    SectionQueries queries;

    @Inject
    CountyGuard guard;

    @Inject
    Persistence persistence;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    /** The summary as the records say it now, for a county or the city ({@code countyId} null). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SummaryDocument generate(@NotNull SummaryPeriod period, Long countyId) {
        Long shown = jurisdiction(countyId);
        String name = name(shown);
        Map<String, List<SummaryTemplate>> templates = templatesBySection();
        Map<String, String> globals = Map.of("jurisdiction", shown == null ? "全市" : whole(name),
                "county", name, "period", period.worded());
        Map<String, Map<String, BigDecimal>> targets = targets(period, shown);
        List<RenderedSection> rendered = new ArrayList<>();
        for (SummarySection section : sections) {
            SectionContent content = section.contribute(period, shown);
            List<SummaryTemplate> own = templates.getOrDefault(section.key(), List.of());
            String title = own.stream().filter(SummaryTemplate::isTitle).map(SummaryTemplate::getText).findFirst()
                    .orElse(section.key());
            List<String> sentences = new ArrayList<>();
            for (String key : content.sentences()) {
                own.stream().filter(t -> t.getKey().equals(key)).findFirst()
                        .ifPresent(t -> sentences.add(t.sentence().render(content, globals)));
            }
            rendered.add(new RenderedSection(section.key(), content.order(), title, content.figures(), sentences,
                    content.counties(), targets.get(section.key())));
        }
        rendered.sort(Comparator.comparingInt(RenderedSection::order).thenComparing(RenderedSection::section));
        return new SummaryDocument(period, shown, name, rendered, null);
    }

    /**
     * The targets of the period's year by section and figure, for a period within one year: a county's own, the
     * city the sum of its counties' targets of each figure that at least one county has.
     */
    private Map<String, Map<String, BigDecimal>> targets(SummaryPeriod period, Long countyId) {
        if (period.from().getYear() != period.to().getYear()) {
            return Map.of();
        }
        Map<String, Map<String, BigDecimal>> bySection = new HashMap<>();
        for (SummaryTarget target : repository.targets(period.from().getYear(), countyId)) {
            bySection.computeIfAbsent(target.getSection(), key -> new HashMap<>())
                    .merge(target.getFigure(), target.getValue(), BigDecimal::add);
        }
        return bySection;
    }

    /** The stored versions of the summary (none before the first save). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SummaryState state(@NotNull SummaryPeriod period, Long countyId) {
        Long shown = jurisdiction(countyId);
        Optional<WorkSummary> summary = repository.find(period, shown);
        return new SummaryState(period, shown, summary.orElse(null),
                summary.map(s -> repository.versions(s.getId())).orElse(List.of()));
    }

    /** A saved version as it was saved: its sections and narrative, whatever the records say now. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SummaryDocument version(@NotNull SummaryPeriod period, Long countyId, int number) {
        Long shown = jurisdiction(countyId);
        WorkSummary summary = repository.find(period, shown).orElseThrow(() -> new NotFoundException(RECORD, number));
        SummaryVersion version = repository.findVersion(summary.getId(), number)
                .orElseThrow(() -> new NotFoundException(RECORD, number));
        return new SummaryDocument(summary.period(), shown, name(shown), SectionsJson.decode(version.getSections()),
                version.getNarrative());
    }

    /**
     * Generates the summary and saves it with the narrative as the next version on top of {@code basedOn} (the
     * latest the clerk read; 0 for the first). A later version saved meanwhile, or an approved summary: 409.
     */
    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK, Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK,
            Roles.API_WRITE})
    public SummaryVersion save(@NotNull SummaryPeriod period, Long countyId, int basedOn, @NotNull Narrative narrative) {
        SummaryDocument document = generate(period, countyId);
        Long shown = document.countyId();
        WorkSummary summary = repository.findForUpdate(period, shown).orElse(null);
        if (summary == null) {
            if (basedOn != 0) {
                throw new ConflictException("summary.version.stale", "basedOn");
            }
            summary = repository.add(new WorkSummary(period, shown));
            persistence.flush(RECORD, null, ConflictException::concurrentChange);
        }
        SummaryVersion version = repository.add(summary.addVersion(basedOn, narrative,
                SectionsJson.encode(document.sections()), guard.callerName(), LocalDateTime.now(clock)));
        persistence.flush(RECORD, summary.getId(), ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.of(AuditAction.CREATE).record(RECORD, summary.getId())
                .detail(document.title() + " 第" + version.getNumber() + "稿").build());
        return version;
    }

    /**
     * Approves version {@code number}: the summary read at {@code expectedVersion}, prepared by somebody else
     * (maker-checker, 422), not approved already (409). The summary is frozen from then on.
     */
    @RolesAllowed({Roles.LEADER, Roles.API_WRITE})
    public WorkSummary approve(@NotNull SummaryPeriod period, Long countyId, int number, @NotNull Long expectedVersion) {
        Long shown = jurisdiction(countyId);
        WorkSummary summary = repository.findForUpdate(period, shown)
                .orElseThrow(() -> new NotFoundException(RECORD, number));
        persistence.checkVersion(RECORD, summary.getId(), expectedVersion, summary.getVersion());
        SummaryVersion version = repository.findVersion(summary.getId(), number)
                .orElseThrow(() -> new NotFoundException(RECORD, number));
        summary.approve(version, guard.callerName(), LocalDateTime.now(clock));
        persistence.flush(RECORD, summary.getId(), ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.of(AuditAction.APPROVE).record(RECORD, summary.getId())
                .detail(period.worded() + " 第" + number + "稿").build());
        return summary;
    }

    /** Every section's templates with the figures their placeholders may name, by section key. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<SummaryTemplate> templates() {
        return repository.templates();
    }

    /** The figure keys of each section, for the template page's hint. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<String, Set<String>> figureKeys() {
        Map<String, Set<String>> keys = new HashMap<>();
        sections.forEach(section -> keys.put(section.key(), section.figureKeys()));
        return keys;
    }

    /** Rewrites a template (read at {@code expectedVersion}); an unknown placeholder is refused on field text. */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public SummaryTemplate rewrite(long id, @NotNull Long expectedVersion, @NotNull String text) {
        SummaryTemplate template = repository.findTemplate(id).orElseThrow(() -> new NotFoundException(TEMPLATE, id));
        persistence.checkVersion(TEMPLATE, id, expectedVersion, template.getVersion());
        String before = template.getText();
        template.rewrite(text, figureKeys().getOrDefault(template.getSection(), Set.of()), guard.callerName(),
                LocalDateTime.now(clock));
        persistence.flush(TEMPLATE, id, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.of(AuditAction.SETTINGS_CHANGED).record(TEMPLATE, id)
                .detail(template.getSection() + "." + template.getKey() + ": " + before + " → " + template.getText())
                .build());
        return template;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The counties the caller may choose (a county user: its own), by id in code order. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<Long, String> counties() {
        return queries.counties(guard.countyScope());
    }

    /** The county shown: a county user's own whatever it asks; another county, or not a county, 404. */
    private Long jurisdiction(Long countyId) {
        Long scope = guard.countyScope();
        if (scope != null && countyId != null && !scope.equals(countyId)) {
            throw new NotFoundException("Jurisdiction", countyId);
        }
        Long shown = scope != null ? scope : countyId;
        if (shown != null && queries.counties(shown).isEmpty()) {
            throw new NotFoundException("Jurisdiction", shown);
        }
        return shown;
    }

    private String name(Long countyId) {
        return countyId == null ? cityName() : queries.counties(countyId).get(countyId);
    }

    private String cityName() {
        return queries.cityName();
    }

    /** 全县, 全区 or 全市 after the county's name. */
    static String whole(String countyName) {
        if (countyName.endsWith("区")) {
            return "全区";
        }
        return countyName.endsWith("市") ? "全市" : "全县";
    }

    private Map<String, List<SummaryTemplate>> templatesBySection() {
        Map<String, List<SummaryTemplate>> bySection = new HashMap<>();
        for (SummaryTemplate template : repository.templates()) {
            bySection.computeIfAbsent(template.getSection(), key -> new ArrayList<>()).add(template);
        }
        return bySection;
    }
}
