package news.newsroom.staff;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TemporaryPassword", description = "Shown once: give it to the member, who signs in with it.")
public record TemporaryPassword(@Schema(required = true, example = "k3Jd9-Qw2mZ-p8Lx0") String temporaryPassword) {
}
