package news.newsroom.support;

import java.lang.reflect.Proxy;
import java.util.Map;
import news.newsroom.NewsroomConfig;

/** A {@link NewsroomConfig} for unit tests: the named settings answer, any other one fails loudly. */
public final class TestConfig {

    private TestConfig() {
    }

    public static NewsroomConfig with(Map<String, Object> settings) {
        return (NewsroomConfig) Proxy.newProxyInstance(NewsroomConfig.class.getClassLoader(),
                new Class<?>[] {NewsroomConfig.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return switch (method.getName()) {
                            case "hashCode" -> System.identityHashCode(proxy);
                            case "equals" -> proxy == args[0];
                            default -> "TestConfig" + settings;
                        };
                    }
                    if (!settings.containsKey(method.getName())) {
                        throw new UnsupportedOperationException("TestConfig has no " + method.getName());
                    }
                    return settings.get(method.getName());
                });
    }
}
