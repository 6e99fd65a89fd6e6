package waypoint.portfolio.internal;

import java.io.InputStream;

/** An uploaded file: its name as given and its bytes, streamed. */
public record Upload(String name, InputStream content) {
}
