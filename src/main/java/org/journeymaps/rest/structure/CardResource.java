package org.journeymaps.rest.structure;

import org.journeymaps.rest.kernel.RequestBodies;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.journeymaps.app.structure.CardService;
import org.journeymaps.app.user.UserNames;
import org.journeymaps.rest.structure.CardDto;
import org.journeymaps.rest.structure.CardPatchRequest;
import org.journeymaps.rest.structure.NewCardRequest;

/** The cards of a map; moving a card is a PATCH of its stage, lane and position. */
@Path("/maps/{mapId}/cards")
@AnonymousSiteAccess
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CardResource {

    private final CardService cards;
    private final UserNames userNames;

    @Inject
    public CardResource(CardService cards, UserNames userNames) {
        this.cards = cards;
        this.userNames = userNames;
    }

    @POST
    public Response add(@PathParam("mapId") long mapId, NewCardRequest body) {
        CardDto card = CardDto.of(cards.add(mapId, RequestBodies.required(body).toCommand()),
                userNames::displayNameOfName);
        return Response.status(Response.Status.CREATED).entity(card).build();
    }

    @PATCH
    @Path("{cardId}")
    public CardDto update(@PathParam("mapId") long mapId, @PathParam("cardId") long cardId, CardPatchRequest body) {
        return CardDto.of(cards.update(mapId, cardId, RequestBodies.required(body).toCommand()),
                userNames::displayNameOfName);
    }

    @DELETE
    @Path("{cardId}")
    public Response delete(@PathParam("mapId") long mapId, @PathParam("cardId") long cardId) {
        cards.delete(mapId, cardId);
        return Response.noContent().build();
    }
}
