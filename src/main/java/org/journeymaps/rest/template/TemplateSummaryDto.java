package org.journeymaps.rest.template;

import org.journeymaps.app.template.MapTemplate;
import org.journeymaps.domain.structure.LaneType;

import java.util.List;

/** A built-in template as the template picker shows it: what the map will start with, without the cards' texts. */
public record TemplateSummaryDto(String id, String name, String description, List<StageOutline> stages,
                                 List<LaneOutline> lanes, int cardCount) {

    /** A stage the map will start with; {@code description} may be null. */
    public record StageOutline(String name, String description) {
    }

    /** A lane the map will start with. */
    public record LaneOutline(String name, LaneType type) {
    }

    public static TemplateSummaryDto of(MapTemplate template) {
        return new TemplateSummaryDto(template.id(), template.name(), template.description(),
                template.stages().stream().map(s -> new StageOutline(s.name(), s.description())).toList(),
                template.lanes().stream().map(l -> new LaneOutline(l.name(), l.type())).toList(),
                template.cards().size());
    }
}
