package org.journeymaps.rest.user;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.journeymaps.app.user.UserSearch;
import org.journeymaps.rest.user.UserDto;

/** Users to mention in comments: {@code GET /users?q=prefix}, signed-in callers only. */
@Path("/users")
@AnonymousSiteAccess
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    private final UserSearch users;

    @Inject
    public UserResource(UserSearch users) {
        this.users = users;
    }

    @GET
    public List<UserDto> search(@QueryParam("q") String q) {
        return users.find(q).stream().map(UserDto::of).toList();
    }
}
