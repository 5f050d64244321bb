package org.gsoia.workflow.visit;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Counts the SQL statements the application sends, the engine's and Hibernate's included (they share the one data
 * source): a figure of the benchmark that, unlike time, does not depend on what else the machine is doing.
 */
@TestConfiguration(proxyBeanMethods = false)
class StatementCounter implements BeanPostProcessor {

    private static final LongAdder STATEMENTS = new LongAdder();
    /** With {@code -Dbench.statementOrigins=true}: statements counted by the product code that caused them. */
    private static final boolean ORIGINS = Boolean.getBoolean("bench.statementOrigins");
    private static final Map<String, LongAdder> BY_ORIGIN = new ConcurrentHashMap<>();

    static long count() {
        return STATEMENTS.sum();
    }

    /** The origins that caused the most statements, most first. */
    static List<String> topOrigins(int n) {
        return BY_ORIGIN.entrySet().stream().sorted(Comparator.comparingLong(e -> -e.getValue().sum())).limit(n)
                .map(e -> String.format(Locale.ROOT, "%8d  %s", e.getValue().sum(), e.getKey())).toList();
    }

    private static void countOrigin() {
        String origin = StackWalker.getInstance().walk(frames -> {
            List<StackWalker.StackFrame> all = frames.toList();
            String command = all.stream().map(StackWalker.StackFrame::getClassName)
                    .filter(name -> name.startsWith("org.camunda") && (name.endsWith("Cmd") || name.endsWith("Query")
                            || name.endsWith("QueryImpl")))
                    .map(name -> name.substring(name.lastIndexOf('.') + 1)).findFirst().orElse("");
            String product = all.stream()
                    .filter(f -> f.getClassName().startsWith("org.gsoia") && !f.getClassName().contains("Benchmark")
                            && !f.getClassName().contains("StatementCounter") && !f.getClassName().contains("$$"))
                    .map(f -> f.getClassName().replace("org.gsoia.workflow.", "") + "." + f.getMethodName())
                    .filter(name -> !name.contains("lambda$")).limit(3)
                    .reduce((a, b) -> a + " < " + b).orElse("(engine only)");
            return (command.isEmpty() ? "" : "[" + command + "] ") + product;
        });
        BY_ORIGIN.computeIfAbsent(origin, o -> new LongAdder()).increment();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass()) ? counting(dataSource)
                : bean;
    }

    static DataSource counting(DataSource dataSource) {
        return proxy(DataSource.class, dataSource, (target, method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof Connection connection ? connection(connection) : result;
        });
    }

    private static Connection connection(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof Statement statement ? statement(statement, method.getReturnType()) : result;
        });
    }

    @SuppressWarnings("unchecked")
    private static <T extends Statement> T statement(Statement statement, Class<?> type) {
        return (T) proxy((Class<Statement>) type, statement, (target, method, args) -> {
            if (method.getName().startsWith("execute")) {
                STATEMENTS.increment();
                if (ORIGINS) {
                    countOrigin();
                }
            }
            return invoke(target, method, args);
        });
    }

    interface Call {
        Object on(Object target, Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler handler = (p, method, args) -> {
            if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
                return invoke(target, method, args);
            }
            return call.on(target, method, args);
        };
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
