package org.journeymaps.domain.comment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MentionsTest {

    @Test
    void namesAreFoundAtTheStartAndAfterSpacesOrPunctuation_onceEach_lowerCase() {
        assertThat(Mentions.names("@Alice, (@bob) and @alice again;@carol.")).containsExactly("alice", "bob", "carol");
    }

    @Test
    void anEmailAddressOrAStrayAtSignIsNoMention() {
        assertThat(Mentions.names("write to bob@example.com or @ someone, or @@x")).isEmpty();
    }

    @Test
    void namesMayHoldDotsDashesAndUnderscores_butATrailingFullStopEndsTheSentence() {
        assertThat(Mentions.names("ask @jean-luc.picard_2. now")).containsExactly("jean-luc.picard_2");
    }

    @Test
    void markupAroundANameIsNotPartOfIt() {
        assertThat(Mentions.names("<b>@alice</b>")).containsExactly("alice");
    }
}
