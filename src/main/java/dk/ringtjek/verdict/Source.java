package dk.ringtjek.verdict;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** Where the editors' information comes from. */
public record Source(String title, String url) {

    @JsonIgnore
    public boolean isLink() {
        return url != null && (url.startsWith("https://") || url.startsWith("http://"));
    }
}
