package dk.ringtjek.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import dk.ringtjek.stats.HomeLists;
import dk.ringtjek.stats.HomeListsService;

/** The front page: the search box first, then what is going on right now. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(HomeLists lists);
    }

    private final HomeListsService lists;

    public HomeResource(HomeListsService lists) {
        this.lists = lists;
    }

    @GET
    @CachedPage
    public TemplateInstance home() {
        return Templates.home(lists.lists());
    }
}
