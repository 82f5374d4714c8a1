package org.journeymaps.confluence.macro;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PrintPageCssTest {

    @Test
    void aTranslationCannotCloseTheStringOrTheStyleElement() {
        assertThat(PrintPageCss.cssString("Seite \"1\" \\ </style><script>"))
                .isEqualTo("Seite \\22 1\\22  \\5c  \\3c /style\\3e \\3c script\\3e ");
    }
}
