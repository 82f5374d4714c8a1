package org.journeymaps.devhost.app.wrong.unimported;

import com.atlassian.confluence.spaces.SpaceManager;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Wrong form: takes a host service without {@code @ComponentImport}, which Spring Scanner would not import. */
@Named
public class UnimportedService {

    @Inject
    public UnimportedService(SpaceManager spaceManager) {
    }
}
