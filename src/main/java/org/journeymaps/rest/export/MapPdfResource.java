package org.journeymaps.rest.export;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.journeymaps.app.map.MapService;
import org.journeymaps.app.map.MapView;
import org.journeymaps.app.export.MapPrinter;
import org.journeymaps.domain.kernel.InvalidFieldException;

/**
 * The map as a paginated A4 PDF (the print layout of Confluence's PDF export): view permission, so a map the
 * caller may not view answers 404 like every read.
 */
@Path("/maps/{mapId}/export/pdf")
@AnonymousSiteAccess
public class MapPdfResource {

    static final String PDF = "application/pdf";

    private final MapService maps;
    private final MapPrinter printer;

    @Inject
    public MapPdfResource(MapService maps, MapPrinter printer) {
        this.maps = maps;
        this.printer = printer;
    }

    @GET
    @Produces(PDF)
    public Response pdf(@PathParam("mapId") long mapId, @QueryParam("orientation") String orientation) {
        boolean landscape = landscape(orientation);
        MapView view = maps.get(mapId);
        return Response.ok(printer.pdf(view, landscape), PDF)
                .header("Content-Disposition", "attachment; filename=\"journey-map-" + mapId + ".pdf\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    private static boolean landscape(String orientation) {
        if (orientation == null || orientation.isBlank() || orientation.equals("landscape")) {
            return true;
        }
        if (orientation.equals("portrait")) {
            return false;
        }
        throw new InvalidFieldException("orientation", "must be landscape or portrait");
    }
}
