package org.journeymaps.rest.persona;

import org.journeymaps.rest.kernel.RequestBodies;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.journeymaps.app.persona.PersonaService;
import org.journeymaps.rest.persona.NewPersonaRequest;
import org.journeymaps.rest.persona.PersonaDto;
import org.journeymaps.rest.persona.PersonaPatchRequest;

import java.util.List;

/** The persona library of a space, shared by its maps. */
@Path("/")
@AnonymousSiteAccess
@Produces(MediaType.APPLICATION_JSON)
public class PersonaResource {

    private final PersonaService personas;

    @Inject
    public PersonaResource(PersonaService personas) {
        this.personas = personas;
    }

    @GET
    @Path("spaces/{spaceKey}/personas")
    public List<PersonaDto> list(@PathParam("spaceKey") String spaceKey) {
        return personas.list(spaceKey).stream().map(PersonaDto::of).toList();
    }

    @POST
    @Path("spaces/{spaceKey}/personas")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("spaceKey") String spaceKey, NewPersonaRequest body) {
        PersonaDto persona = PersonaDto.of(personas.create(spaceKey, RequestBodies.required(body).toCommand()));
        return Response.status(Response.Status.CREATED).entity(persona).build();
    }

    @GET
    @Path("personas/{personaId}")
    public PersonaDto get(@PathParam("personaId") long personaId) {
        return PersonaDto.of(personas.get(personaId));
    }

    @PATCH
    @Path("personas/{personaId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PersonaDto update(@PathParam("personaId") long personaId, PersonaPatchRequest body) {
        return PersonaDto.of(personas.update(personaId, RequestBodies.required(body).toCommand()));
    }

    @DELETE
    @Path("personas/{personaId}")
    public Response delete(@PathParam("personaId") long personaId) {
        personas.delete(personaId);
        return Response.noContent().build();
    }
}
