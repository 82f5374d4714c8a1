package org.journeymaps.devhost.demo;

import org.journeymaps.app.structure.CardService;
import org.journeymaps.app.emotion.EmotionInput;
import org.journeymaps.app.emotion.EmotionService;
import org.journeymaps.app.map.MapPatch;
import org.journeymaps.app.map.MapService;
import org.journeymaps.app.structure.NewCard;
import org.journeymaps.app.structure.NewLane;
import org.journeymaps.app.map.NewMap;
import org.journeymaps.app.persona.NewPersona;
import org.journeymaps.app.structure.NewStage;
import org.journeymaps.app.persona.PersonaService;
import org.journeymaps.domain.structure.CardAttributes;
import org.journeymaps.domain.kernel.DomainException;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.map.MapContent;
import org.journeymaps.devhost.demo.DemoFiles.DemoFile;
import org.journeymaps.devhost.demo.DemoMapFile.CardEntry;
import org.journeymaps.devhost.demo.DemoMapFile.EmotionEntry;
import org.journeymaps.devhost.demo.DemoMapFile.PersonaEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Creates a demo file's personas and map through the app's own services, as the signed-in user: the same rules
 * as a request. An error of the app is reported under the file and the entry that caused it.
 */
final class DemoMapCreator {

    private final PersonaService personas;
    private final MapService maps;
    private final CardService cards;
    private final EmotionService emotions;

    DemoMapCreator(PersonaService personas, MapService maps, CardService cards, EmotionService emotions) {
        this.personas = personas;
        this.maps = maps;
        this.cards = cards;
        this.emotions = emotions;
    }

    /** Creates the file's map on page {@code pageId}; returns the map's id. */
    long create(DemoFile file, long pageId) {
        DemoMapFile demo = file.content();
        List<Long> personaIds = new ArrayList<>();
        for (int i = 0; i < demo.personas().size(); i++) {
            PersonaEntry p = demo.personas().get(i);
            personaIds.add(reported(file, "personas[" + i + "].", () -> personas.create(demo.space(),
                    new NewPersona(p.name(), p.role(), p.quote(), p.goals(), p.needs(), p.pains(), p.color()))).id());
        }
        MapContent content = reported(file, "", () -> maps.create(new NewMap(pageId, demo.title(), demo.description(),
                demo.state(),
                demo.stages().stream().map(s -> new NewStage(s.name(), s.description(), s.phase(), null)).toList(),
                demo.lanes().stream().map(l -> new NewLane(l.name(), l.type(), null)).toList()))).content();
        JourneyMap map = content.map();
        if (!personaIds.isEmpty()) {
            reported(file, "", () -> maps.update(map.id(),
                    new MapPatch(map.version(), null, null, null, personaIds, null, null)));
        }
        for (int i = 0; i < demo.cards().size(); i++) {
            CardEntry c = demo.cards().get(i);
            NewCard card = new NewCard(content.stages().get(c.stage()).id(), content.lanes().get(c.lane()).id(),
                    c.text(), null, new CardAttributes(c.channel(), c.severity(), c.status(), null, c.impact(),
                    c.effort(), c.evidence()));
            reported(file, "cards[" + i + "].", () -> cards.add(map.id(), card));
        }
        for (int i = 0; i < demo.emotions().size(); i++) {
            EmotionEntry e = demo.emotions().get(i);
            long stageId = content.stages().get(e.stage()).id();
            reported(file, "emotions[" + i + "].", () -> emotions.put(map.id(), stageId,
                    new EmotionInput(map.state(), null, e.score(), e.note(), null)));
        }
        return map.id();
    }

    /** Runs {@code step}; a rule it breaks is reported as the file's field {@code prefix + field}. */
    private static <T> T reported(DemoFile file, String prefix, Supplier<T> step) {
        try {
            return step.get();
        } catch (DomainException e) {
            throw new InvalidDemoFileException(file.name(), prefix + e.field(),
                    e.getMessage().substring(e.field().length()).trim(), e);
        }
    }
}
