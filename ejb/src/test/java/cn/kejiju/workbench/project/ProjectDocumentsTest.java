package cn.kejiju.workbench.project;

import cn.kejiju.workbench.Fixtures;
import cn.kejiju.workbench.audit.AuditAction;
import cn.kejiju.workbench.audit.AuditEntry;
import cn.kejiju.workbench.audit.AuditEvent;
import cn.kejiju.workbench.audit.AuditTrail;
import cn.kejiju.workbench.platform.Persistence;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static cn.kejiju.workbench.Fixtures.CLOCK;
import static cn.kejiju.workbench.Fixtures.withId;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The documents both application paths share, on a county-plan project: attached while a draft and audited with
 * the project named, read back as uploaded, answered as not found through another project, and neither attached
 * nor removed once the application is submitted.
 */
class ProjectDocumentsTest {

    private static final byte[] PDF = "%PDF-1.7 申报书".getBytes(StandardCharsets.UTF_8);

    private final Fixtures f = new Fixtures();
    private final List<AuditEvent> audited = new ArrayList<>();
    private final Map<ProjectDocument, DocumentOwner> owners = new LinkedHashMap<>();
    private final Map<ProjectDocument, byte[]> contents = new LinkedHashMap<>();

    private PlanProject draft() {
        Programme programme = withId(new Programme("临江县科技计划", ProgrammeLevel.COUNTY,
                new ProgrammeKind("SUPPORT", "科技支撑", 5), "临江县科技局", CLOCK));
        ProgrammeCall call = withId(new ProgrammeCall(programme, new CallTerms(2026, "2026 年度县级科技计划",
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 7, 31), new BigDecimal("1000000"),
                new BigDecimal("300000"), null), CLOCK));
        return withId(new PlanProject(call, f.company, "智慧农业物联网示范", "现代农业",
                new ProjectBudget(new BigDecimal("500000"), new BigDecimal("300000"), new BigDecimal("200000")),
                "proj.clerk", CLOCK));
    }

    private ProjectDocuments documents() {
        ProjectDocuments documents = new ProjectDocuments();
        documents.clock = CLOCK;
        documents.persistence = new Persistence() {
            @Override
            public void flush(String recordType, Object id, Supplier<ConflictException> onConstraintViolation) {
                // nothing to flush in memory
            }
        };
        documents.auditTrail = new AuditTrail() {
            @Override
            public AuditEntry record(AuditEvent event) {
                audited.add(event);
                return null;
            }
        };
        documents.documents = new ProjectDocumentRepository() {
            private DocumentOwner attaching;

            @Override
            public List<ProjectDocument> of(DocumentOwner owner) {
                return owners.entrySet().stream().filter(e -> e.getValue() == owner).map(Map.Entry::getKey).toList();
            }

            @Override
            public long count(DocumentOwner owner) {
                attaching = owner;
                return of(owner).size();
            }

            @Override
            public Optional<ProjectDocument> find(DocumentOwner owner, long documentId) {
                return of(owner).stream().filter(d -> d.getId() == documentId).findFirst();
            }

            @Override
            public ProjectDocument add(ProjectDocument document, byte[] bytes) {
                withId(document);
                owners.put(document, attaching);
                contents.put(document, bytes.clone());
                return document;
            }

            @Override
            public byte[] content(ProjectDocument document) {
                return contents.get(document).clone();
            }

            @Override
            public void remove(ProjectDocument document) {
                owners.remove(document);
                contents.remove(document);
            }
        };
        return documents;
    }

    @Test
    void attachedWhileADraftAuditedAndReadBackAsUploaded() {
        ProjectDocuments documents = documents();
        PlanProject project = draft();
        ProjectDocument attached = documents.attach(project, "申报书.pdf", PDF, "proj.clerk");

        assertEquals(List.of(attached), documents.of(project));
        assertArrayEquals(PDF, documents.download(project, attached.getId()).bytes());
        AuditEvent created = audited.get(0);
        assertEquals(AuditAction.CREATE, created.action());
        assertEquals("ProjectDocument", created.recordType());
        assertEquals(f.county.getCode(), created.jurisdictionCode());
        assertEquals("county-plan project " + project.getId() + ", 申报书.pdf, " + PDF.length + " bytes",
                created.detail());

        PlanProject another = draft();
        assertThrows(NotFoundException.class, () -> documents.download(another, attached.getId()));
        assertThrows(NotFoundException.class, () -> documents.remove(another, attached.getId()));

        documents.remove(project, attached.getId());
        assertTrue(documents.of(project).isEmpty());
        assertEquals(AuditAction.DELETE, audited.get(1).action());
    }

    @Test
    void neitherAttachedNorRemovedOnceSubmitted() {
        ProjectDocuments documents = documents();
        PlanProject project = draft();
        ProjectDocument attached = documents.attach(project, "申报书.pdf", PDF, "proj.clerk");
        project.submit("proj.clerk", CLOCK);

        RuleViolationException attach = assertThrows(RuleViolationException.class,
                () -> documents.attach(project, "补充.pdf", PDF, "proj.clerk"));
        assertEquals("project.plan.documentsLocked", attach.messageKey());
        RuleViolationException remove = assertThrows(RuleViolationException.class,
                () -> documents.remove(project, attached.getId()));
        assertEquals("project.plan.documentsLocked", remove.messageKey());
        assertEquals(List.of(attached), documents.of(project), "the document stays");
        assertEquals(1, audited.size(), "only the attachment is in the trail");
    }
}
