package cn.kejiju.workbench.security;

import java.time.LocalDate;

/** What the security administrator enters for a new integrator token; it expires at the end of {@code expiresOn}. */
public record TokenDraft(String name, Long jurisdictionId, TokenScope scope, LocalDate expiresOn) {
}
