package org.journeymaps.devhost.web;

import com.atlassian.annotations.security.AnonymousSiteAccess;
import jakarta.servlet.http.HttpServlet;
import org.journeymaps.confluence.editor.JourneyMapEditorServlet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServletAccessTest {

    @Test
    void aServletWithoutAnAccessAnnotationIsRefused() {
        assertThatThrownBy(() -> ServletAccess.of(Unannotated.class))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("secures unannotated servlets");
    }

    @Test
    void restV2sAnnotationOfTheSameNameDoesNotCountForAServlet() {
        assertThatThrownBy(() -> ServletAccess.of(RestAnnotated.class)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anonymousSiteAccessAdmitsAnonymousCallersOnlyWhereTheSiteDoes() {
        ServletAccess access = ServletAccess.of(Annotated.class);

        assertThat(access).isEqualTo(ServletAccess.ANONYMOUS_SITE);
        assertThat(access.admitsAnonymous(true)).isTrue();
        assertThat(access.admitsAnonymous(false)).isFalse();
        assertThat(ServletAccess.LICENSED.admitsAnonymous(true)).isFalse();
    }

    @Test
    void theEditorServletDeclaresItsAccess() {
        assertThat(ServletAccess.of(JourneyMapEditorServlet.class)).isEqualTo(ServletAccess.ANONYMOUS_SITE);
    }

    @SuppressWarnings("serial")
    private static final class Unannotated extends HttpServlet {
    }

    @SuppressWarnings("serial")
    @com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess
    private static final class RestAnnotated extends HttpServlet {
    }

    @SuppressWarnings("serial")
    @AnonymousSiteAccess
    private static final class Annotated extends HttpServlet {
    }
}
