package news.newsroom.search;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;

/**
 * The searches of {@link CollectedLevelsTest} where PostgreSQL is expected to find many matches (an
 * exact-total-limit of 0): the levels that check the whole document, and time orders, are left to PostgreSQL,
 * which may walk the time index. The hits, their order and the pages are the same; totals are estimates.
 */
@QuarkusTest
@TestProfile(WalkedLevelsTest.ManyMatchesExpected.class)
class WalkedLevelsTest extends CollectedLevelsTest {

    public static class ManyMatchesExpected implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsroom.search.exact-total-limit", "0");
        }
    }

    @Override
    boolean exactTotals() {
        return false;
    }
}
