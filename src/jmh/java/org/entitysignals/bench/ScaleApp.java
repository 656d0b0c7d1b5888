package org.entitysignals.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A large application, written and compiled when the benchmark starts: {@code classes} entity classes and 1,000
 * pre-save receivers (in ten beans), of which exactly one listens to the entity {@code E0}; the 999 others are
 * spread over the other classes.
 */
final class ScaleApp {

    static final int RECEIVERS = 1000;
    private static final int PER_BEAN = 100;

    final ClassLoader loader;
    final Class<?>[] beans;
    final Class<?> target;

    private ScaleApp(ClassLoader loader, Class<?>[] beans, Class<?> target) {
        this.loader = loader;
        this.beans = beans;
        this.target = target;
    }

    static ScaleApp of(int classes) {
        try {
            Path dir = Files.createTempDirectory("scale" + classes);
            Path source = dir.resolve("scale/Scale.java");
            Files.createDirectories(source.getParent());
            Files.writeString(source, source(classes));
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            int status = compiler.run(null, null, null, "-proc:none", "-classpath",
                    System.getProperty("java.class.path"), "-d", dir.toString(), source.toString());
            if (status != 0) {
                throw new IllegalStateException("javac failed: " + status);
            }
            ClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, ScaleApp.class.getClassLoader());
            Class<?>[] beans = new Class<?>[RECEIVERS / PER_BEAN];
            for (int bean = 0; bean < beans.length; bean++) {
                beans[bean] = loader.loadClass("scale.Scale$R" + bean);
            }
            return new ScaleApp(loader, beans, loader.loadClass("scale.Scale$E0"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    Object newTarget() {
        try {
            return target.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String source(int classes) {
        StringBuilder s = new StringBuilder("""
                package scale;

                import jakarta.enterprise.context.ApplicationScoped;
                import jakarta.enterprise.event.Observes;
                import jakarta.persistence.Entity;
                import org.entitysignals.PreSave;
                import org.entitysignals.SaveEvent;
                import org.entitysignals.bench.Work;

                public final class Scale {
                """);
        for (int c = 0; c < classes; c++) {
            s.append("    @Entity public static class E").append(c).append(" { }\n");
        }
        List<String> methods = new ArrayList<>();
        for (int r = 0; r < RECEIVERS; r++) {
            int sender = r == 0 ? 0 : 1 + (r - 1) % (classes - 1);
            methods.add("        void r" + r + "(@Observes @PreSave(E" + sender + ".class) SaveEvent<E" + sender
                    + "> e) { Work.done(e.entity()); }\n");
        }
        for (int bean = 0; bean < RECEIVERS / PER_BEAN; bean++) {
            s.append("    @ApplicationScoped public static class R").append(bean).append(" {\n");
            methods.subList(bean * PER_BEAN, (bean + 1) * PER_BEAN).forEach(s::append);
            s.append("    }\n");
        }
        return s.append("}\n").toString();
    }
}
