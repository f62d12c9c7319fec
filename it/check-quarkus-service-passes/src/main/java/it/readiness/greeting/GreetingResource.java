package it.readiness.greeting;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/hello")
public class GreetingResource {
    @GET
    public String hello() {
        return Greeting.of("world");
    }
}
