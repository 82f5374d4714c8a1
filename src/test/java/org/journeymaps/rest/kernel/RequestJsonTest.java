package org.journeymaps.rest.kernel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.journeymaps.domain.structure.CardAttributesPatch;
import org.journeymaps.domain.structure.Evidence;
import org.journeymaps.rest.structure.CardPatchRequest;
import org.journeymaps.rest.kernel.ErrorDto;
import org.journeymaps.rest.map.MapPatchRequest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestJsonTest {

    private final ObjectMapper json = JsonMapperProvider.createMapper();

    @Test
    void absentAttributeStaysUnchangedNullClearsAValueSets() throws Exception {
        CardAttributesPatch patch = json.readValue(
                "{\"version\":3,\"severity\":null,\"evidence\":\"VALIDATED\"}", CardPatchRequest.class)
                .toCommand().attributes();

        assertThat(patch.channel()).isNull();
        assertThat(patch.severity()).isEmpty();
        assertThat(patch.evidence()).contains(Evidence.VALIDATED);
    }

    @Test
    void reviewDateIsParsedFromIsoAndNullClearsIt() throws Exception {
        assertThat(reviewDueOf("{\"version\":1,\"reviewDue\":\"2026-12-01\"}"))
                .contains(LocalDate.of(2026, 12, 1));
        assertThat(reviewDueOf("{\"version\":1,\"reviewDue\":null}")).isEmpty();
        assertThat(reviewDueOf("{\"version\":1}")).isNull();
    }

    private Optional<LocalDate> reviewDueOf(String body) throws Exception {
        return json.readValue(body, MapPatchRequest.class).toCommand().reviewDue();
    }

    @Test
    void unknownEnumValueIsA400NamingTheFieldAndTheAllowedValues() {
        assertThatThrownBy(() -> json.readValue("{\"version\":1,\"severity\":\"HUGE\"}", CardPatchRequest.class))
                .isInstanceOf(InvalidFormatException.class)
                .satisfies(e -> {
                    ErrorDto error = (ErrorDto) new ApiExceptionMapper().toResponse(e).getEntity();
                    assertThat(error.status()).isEqualTo(400);
                    assertThat(error.errors()).singleElement().satisfies(field -> {
                        assertThat(field.field()).isEqualTo("severity");
                        assertThat(field.message()).endsWith("must be one of LOW, MEDIUM, HIGH, CRITICAL");
                    });
                });
    }
}
