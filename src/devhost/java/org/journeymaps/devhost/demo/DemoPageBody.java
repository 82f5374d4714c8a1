package org.journeymaps.devhost.demo;

import com.atlassian.confluence.util.HtmlUtil;
import org.journeymaps.domain.map.JourneyMap;

import java.util.List;

/** A demo page's body in storage format: an intro paragraph, then a journey-map macro per map on the page. */
final class DemoPageBody {

    private DemoPageBody() {
    }

    static String of(DemoMapFile demo, List<JourneyMap> maps) {
        String intro = demo.intro() != null ? demo.intro()
                : "Cette page présente la carte de parcours « " + demo.title() + " » : ses étapes, ce que vit "
                + "le client à chacune, et les pistes d'amélioration.";
        StringBuilder body = new StringBuilder("<p>").append(HtmlUtil.htmlEncode(intro)).append("</p>");
        for (JourneyMap map : maps) {
            body.append("<ac:structured-macro ac:name=\"journey-map\" ac:schema-version=\"1\">")
                    .append("<ac:parameter ac:name=\"mapId\">").append(map.id()).append("</ac:parameter>")
                    .append("</ac:structured-macro>");
        }
        return body.toString();
    }
}
