package org.journeymaps.rest.comment;

import org.journeymaps.rest.kernel.QueryParams;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.journeymaps.app.comment.CommentService;
import org.journeymaps.domain.comment.AnchorType;
import org.journeymaps.rest.comment.CommentDto;
import org.journeymaps.rest.comment.CommentPatchRequest;
import org.journeymaps.rest.comment.NewCommentRequest;

/** The comment threads of a map, as a flat list in creation order. */
@Path("/maps/{mapId}/comments")
@AnonymousSiteAccess
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommentResource {

    private final CommentService comments;

    @Inject
    public CommentResource(CommentService comments) {
        this.comments = comments;
    }

    @GET
    public List<CommentDto> list(@PathParam("mapId") long mapId, @QueryParam("anchorType") String anchorType,
                                 @QueryParam("anchorId") String anchorId, @QueryParam("resolved") String resolved) {
        return comments.list(mapId, QueryParams.optionalEnum("anchorType", anchorType, AnchorType.class),
                        QueryParams.optionalLong("anchorId", anchorId),
                        QueryParams.optionalBoolean("resolved", resolved))
                .stream().map(CommentDto::of).toList();
    }

    @POST
    public Response create(@PathParam("mapId") long mapId, NewCommentRequest body) {
        CommentDto comment = CommentDto.of(comments.create(mapId, RequestBodies.required(body).toCommand()));
        return Response.status(Response.Status.CREATED).entity(comment).build();
    }

    @PATCH
    @Path("{commentId}")
    public CommentDto update(@PathParam("mapId") long mapId, @PathParam("commentId") long commentId,
                             CommentPatchRequest body) {
        return CommentDto.of(comments.update(mapId, commentId, RequestBodies.required(body).toCommand()));
    }

    @DELETE
    @Path("{commentId}")
    public Response delete(@PathParam("mapId") long mapId, @PathParam("commentId") long commentId) {
        comments.delete(mapId, commentId);
        return Response.noContent().build();
    }
}
