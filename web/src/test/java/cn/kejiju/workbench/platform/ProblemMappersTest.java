package cn.kejiju.workbench.platform;

import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ProblemMappersTest {

    @Test
    void theFieldOfAParserFailureIsTakenAndNothingElse() {
        assertEquals("on", ProblemMappers.fieldOf(new JsonbException(
                "Unable to deserialize property 'on' because of: Error parsing class java.time.LocalDate from value: x."
                        + " Check your @JsonbDateFormat has all time units for class java.time.LocalDate type, or consider"
                        + " using org.eclipse.yasson.YassonConfig#ZERO_TIME_PARSE_DEFAULTING.")));
        assertEquals("members.name", ProblemMappers.fieldOf(new RuntimeException("wrapped", new JsonbException(
                "Unable to deserialize property 'members' because of: Unable to deserialize property 'name' because of: x"))));
        assertNull(ProblemMappers.fieldOf(new JsonbException("Invalid token=CURLYCLOSE at (line no=1, column no=9, offset=8)")));
        assertNull(ProblemMappers.fieldOf(new JsonbException("Unable to deserialize property '<script>' because of: x")));
    }

    @Test
    void theParameterRestEasyNamesInItsMessageIsTakenAndNothingElse() {
        assertEquals("page", ProblemMappers.parameterNamedIn(new RuntimeException(
                "RESTEASY003870: Unable to extract parameter from http request: jakarta.ws.rs.QueryParam(\"page\") value is 'abc'")));
        assertNull(ProblemMappers.parameterNamedIn(new RuntimeException(
                "RESTEASY003870: Unable to extract parameter from http request: jakarta.ws.rs.QueryParam(\"<b>\") value is 'abc'")));
        assertNull(ProblemMappers.parameterNamedIn(new RuntimeException("HTTP 404 Not Found")));
    }

    @Test
    void theInstanceHasOneLeadingSlashWhicheverWayTheImplementationGivesThePath() {
        assertEquals("/enterprises/7", ProblemMappers.instance("enterprises/7"));
        assertEquals("/enterprises/7", ProblemMappers.instance("/enterprises/7"));
    }
}
