package org.journeymaps.devhost.app.wrong.unexported;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Wrong form: imports, as if the host exported it, a class no host service is (here an app component). */
@Named
public class ImportOfAppClass {

    @Inject
    public ImportOfAppClass(@ComponentImport Helper helper) {
    }

    /** An app component, not a host service. */
    @Named
    public static class Helper {
    }
}
