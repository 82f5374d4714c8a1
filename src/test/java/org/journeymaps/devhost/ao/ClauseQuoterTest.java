package org.journeymaps.devhost.ao;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClauseQuoterTest {
    private static final Set<String> COLUMNS = Set.of("MAP_ID", "POSITION", "NAME");

    @Test
    void quotesKnownColumnsAndLeavesKeywordsAndPlaceholders() {
        assertThat(ClauseQuoter.quoteColumns("MAP_ID = ? AND POSITION >= ?", COLUMNS, null))
                .isEqualTo("\"MAP_ID\" = ? AND \"POSITION\" >= ?");
        assertThat(ClauseQuoter.quoteColumns("POSITION DESC, NAME", COLUMNS, null))
                .isEqualTo("\"POSITION\" DESC, \"NAME\"");
        assertThat(ClauseQuoter.quoteColumns("MAP_ID IN (?,?) AND NAME IS NOT NULL", COLUMNS, null))
                .isEqualTo("\"MAP_ID\" IN (?,?) AND \"NAME\" IS NOT NULL");
    }

    @Test
    void leavesStringLiteralsQuotedIdentifiersAndLowerCaseNamesAlone() {
        assertThat(ClauseQuoter.quoteColumns("NAME = 'NAME ''POSITION'''", COLUMNS, null))
                .isEqualTo("\"NAME\" = 'NAME ''POSITION'''");
        assertThat(ClauseQuoter.quoteColumns("\"POSITION\" > 1", COLUMNS, null)).isEqualTo("\"POSITION\" > 1");
        assertThat(ClauseQuoter.quoteColumns("position > 1", COLUMNS, null))
                .as("AO needs upper-case names; lower case fails on PostgreSQL as it would in Confluence")
                .isEqualTo("position > 1");
    }

    @Test
    void qualifiesColumnsWithTheGivenAliasUnlessAlreadyQualified() {
        assertThat(ClauseQuoter.quoteColumns("POSITION > 0 AND r.NAME = ?", COLUMNS, "t"))
                .isEqualTo("t.\"POSITION\" > 0 AND r.\"NAME\" = ?");
    }
}
