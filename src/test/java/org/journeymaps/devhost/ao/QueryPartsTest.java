package org.journeymaps.devhost.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.java.ao.Query;
import org.junit.jupiter.api.Test;

class QueryPartsTest {

    @Test
    void readsWhatTheAppPutIntoTheQuery() {
        QueryParts parts = QueryParts.of(Query.select("ID, NAME ,POSITION")
                .where("MAP_ID = ?", 7).order("POSITION DESC").limit(10).offset(20));

        assertThat(parts.fields()).containsExactly("ID", "NAME", "POSITION");
        assertThat(parts.where()).isEqualTo("MAP_ID = ?");
        assertThat(parts.params()).containsExactly(7);
        assertThat(parts.order()).isEqualTo("POSITION DESC");
        assertThat(parts.limit()).isEqualTo(10);
        assertThat(parts.offset()).isEqualTo(20);
    }

    @Test
    void aBareSelectHasNoFieldsNoClausesAndNoPaging() {
        QueryParts parts = QueryParts.of(Query.select());

        assertThat(parts.fields()).isEmpty();
        assertThat(parts.where()).isNull();
        assertThat(parts.params()).isEmpty();
        assertThat(parts.limit()).isEqualTo(-1);
        assertThat(parts.offset()).isEqualTo(-1);
    }

    @Test
    void selectRefusesTheStarAsAoDoes() {
        assertThatThrownBy(() -> Query.select("*")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("*");
    }
}
