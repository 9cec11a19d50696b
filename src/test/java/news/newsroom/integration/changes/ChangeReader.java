package news.newsroom.integration.changes;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** A client of the change feed as an app is one: it follows the pages and keeps a copy of the public set. */
final class ChangeReader {

    /** One entry of the feed. */
    record Entry(String type, String entity, long id, String slug, Long articleId, boolean tombstone) {
        String key() {
            return entity + ":" + id;
        }
    }

    private final Map<String, Entry> copy = new LinkedHashMap<>();
    private final List<Entry> received = new ArrayList<>();
    private String cursor;

    /** Reads pages until the feed says there is no more now; returns what this call received. */
    List<Entry> sync() {
        return sync(500);
    }

    List<Entry> sync(int limit) {
        List<Entry> now = new ArrayList<>();
        boolean more = true;
        while (more) {
            var request = given().queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("since", cursor);
            }
            JsonPath page = request.when().get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
                Entry entry = new Entry((String) item.get("type"), (String) item.get("entity"),
                        ((Number) item.get("id")).longValue(), (String) item.get("slug"),
                        item.get("articleId") == null ? null : ((Number) item.get("articleId")).longValue(),
                        (Boolean) item.get("tombstone"));
                now.add(entry);
                if (entry.tombstone()) {
                    copy.remove(entry.key());
                } else {
                    copy.put(entry.key(), entry);
                }
            }
            cursor = page.getString("nextCursor");
            more = page.getBoolean("more");
        }
        received.addAll(now);
        return now;
    }

    /** Syncs until an entry matching {@code wanted} arrives (the log gets a change moments after it commits). */
    Entry awaitEntry(Predicate<Entry> wanted) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            for (Entry entry : sync()) {
                if (wanted.test(entry)) {
                    return entry;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no such change arrived within 5 s; received " + received);
    }

    /** The ids of the items of one kind the copy holds. */
    List<Long> ids(String entity) {
        return copy.values().stream().filter(entry -> entry.entity().equals(entity)).map(Entry::id).sorted().toList();
    }

    String cursor() {
        return cursor;
    }
}
