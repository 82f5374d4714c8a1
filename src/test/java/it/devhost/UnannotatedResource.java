package it.devhost;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only REST resource whose method has no access annotation: devhost must refuse to start. */
@Path("/unannotated")
public class UnannotatedResource {

    @GET
    public String get() {
        return "should never be served";
    }
}
