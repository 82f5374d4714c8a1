package org.journeymaps.rest.kernel;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.journeymaps.domain.kernel.InvalidFieldException;
import org.journeymaps.rest.kernel.ErrorDto;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiExceptionMapperTest {

    private final ApiExceptionMapper mapper = new ApiExceptionMapper();

    @Test
    void aBodyPassingTheSizeLimitWhileJacksonReadsItIsA413NotBadJson() {
        JsonMappingException wrapped = JsonMappingException.wrapWithPath(
                new RequestTooLargeException(RequestSizeLimitFilter.MAX_BODY_BYTES), "body", "text");

        ErrorDto error = (ErrorDto) mapper.toResponse(wrapped).getEntity();

        assertThat(error.status()).isEqualTo(413);
        assertThat(error.message()).isEqualTo("The request body is larger than 2 MB.");
    }

    @Test
    void aFieldRuleBrokenInsideJacksonIsReportedAsThatRule() {
        JsonMappingException wrapped = JsonMappingException.wrapWithPath(
                new InvalidFieldException("score", "must be between -2 and 2"), "body", "score");

        ErrorDto error = (ErrorDto) mapper.toResponse(wrapped).getEntity();

        assertThat(error.status()).isEqualTo(400);
        assertThat(error.errors()).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("score");
            assertThat(f.message()).isEqualTo("score must be between -2 and 2");
        });
    }

    @Test
    void aWrongTypeIsStillReportedByItsJsonPath() {
        JsonMappingException wrongType = JsonMappingException.wrapWithPath(
                JsonMappingException.from((JsonParser) null, "not a number"), "body", "stageId");

        ErrorDto error = (ErrorDto) mapper.toResponse(wrongType).getEntity();

        assertThat(error.status()).isEqualTo(400);
        assertThat(error.errors()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("stageId"));
    }

    @Test
    void wellFormedJsonOfTheWrongKindIsNotCalledInvalidJson() {
        ErrorDto error = (ErrorDto) mapper.toResponse(
                JsonMappingException.from((JsonParser) null, "Cannot deserialize from Array value")).getEntity();

        assertThat(error.status()).isEqualTo(400);
        assertThat(error.message()).isEqualTo("body must be a JSON object");
        assertThat(error.errors()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("body"));
    }

    @Test
    void malformedJsonIsCalledSo() {
        ErrorDto error = (ErrorDto) mapper.toResponse(new JsonParseException((JsonParser) null, "Unexpected end"))
                .getEntity();

        assertThat(error.status()).isEqualTo(400);
        assertThat(error.message()).isEqualTo("The request body is not valid JSON.");
    }
}
