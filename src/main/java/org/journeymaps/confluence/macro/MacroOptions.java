package org.journeymaps.confluence.macro;

import org.journeymaps.domain.structure.LaneType;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The macro's parameters as the page author set them: which map, which lane types to show (all when empty) and
 * compact mode. Lane names that are not lane types are kept so the page can say which were ignored.
 */
record MacroOptions(String rawMapId, Long mapId, Set<LaneType> laneTypes, List<String> unknownLaneTypes,
                    boolean compact) {

    static final String MAP_ID = "mapId";
    static final String LANES = "lanes";
    static final String COMPACT = "compact";

    static MacroOptions parse(Map<String, String> parameters) {
        String rawMapId = trimmed(parameters.get(MAP_ID));
        Set<LaneType> laneTypes = EnumSet.noneOf(LaneType.class);
        List<String> unknown = new ArrayList<>();
        String lanes = trimmed(parameters.get(LANES));
        if (lanes != null) {
            for (String name : lanes.split("[,\\s]+")) {
                parseLaneType(name).ifPresentOrElse(laneTypes::add, () -> unknown.add(name));
            }
        }
        return new MacroOptions(rawMapId, parseId(rawMapId), laneTypes, List.copyOf(unknown),
                Boolean.parseBoolean(trimmed(parameters.get(COMPACT))));
    }

    boolean shows(LaneType type) {
        return laneTypes.isEmpty() || laneTypes.contains(type);
    }

    private static Optional<LaneType> parseLaneType(String name) {
        try {
            return Optional.of(LaneType.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Long parseId(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            long id = Long.parseLong(raw);
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
