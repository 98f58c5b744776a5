package dk.ringtjek.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import dk.ringtjek.number.InvalidNumberException;
import dk.ringtjek.number.NumberNormaliser;

/** Input that is not a phone number gets the search form again, with the input and what was wrong. */
public class InvalidNumberMapper {

    // room for a long paste in the box, but never a 200 KB echo
    private static final int ECHO_MAX = NumberNormaliser.MAX_INPUT_LENGTH * 4;

    @CheckedTemplate(basePath = "HomeResource")
    static class Templates {
        static native TemplateInstance invalid(SearchProblem problem);
    }

    @ServerExceptionMapper
    public Response invalidNumber(InvalidNumberException e) {
        String input = e.input().length() > ECHO_MAX ? e.input().substring(0, ECHO_MAX) : e.input();
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.invalid(new SearchProblem(input, e.problem().messageKey())).render())
                .build();
    }
}
