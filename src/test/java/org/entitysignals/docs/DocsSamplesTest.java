package org.entitysignals.docs;

import static org.assertj.core.api.Assertions.assertThat;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.entitysignals.EntitySignalsExtension;
import org.entitysignals.support.LogCapture;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The code in README.md and docs/*.md is the code of the build. Each {@code ```java} block is preceded by
 * {@code <!-- sample: path#tag -->} and equals the lines between {@code tag::tag[]} and {@code end::tag[]} in that
 * file (indentation aside); an {@code ```xml} block of persistence.xml or beans.xml lines names the file it is cut
 * from ({@code <!-- sample: path -->}: its lines appear there, in order); Maven dependencies show the versions
 * pom.xml builds with; relative links and their anchors resolve.
 */
class DocsSamplesTest {

    private static final Path ROOT = Paths.get("").toAbsolutePath();
    private static final Pattern SAMPLE = Pattern.compile("<!-- sample: ([^#\\s]+)(?:#([\\w-]+))? -->");
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*]\\(([^)\\s]+)\\)");
    private static final Pattern DEPENDENCY = Pattern.compile("<dependency>\\s*<groupId>([^<]+)</groupId>\\s*"
            + "<artifactId>([^<]+)</artifactId>\\s*<version>([^<]+)</version>");

    /** A fenced block of a page: its language, its lines, and the sample comment before it, if any. */
    record Block(Path page, int line, String language, List<String> lines, Matcher sample) {
        String where() {
            return ROOT.relativize(page) + ":" + line;
        }
    }

    @Test
    void everyJavaBlockIsTheCodeOfItsSample() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Block block : blocks()) {
            if (block.language().equals("java") && block.sample() == null) {
                problems.add(block.where() + ": a java block without <!-- sample: path#tag -->");
            } else if (block.sample() != null) {
                check(block, problems);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void persistenceAndBeansXmlBlocksAreCutFromRealFiles() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Block block : blocks()) {
            String text = String.join("\n", block.lines());
            boolean descriptor = text.contains("<property") || text.contains("<mapping-file>")
                    || text.contains("<persistence") || text.contains("<beans");
            if (block.language().equals("xml") && descriptor && block.sample() == null) {
                problems.add(block.where() + ": persistence.xml or beans.xml lines without <!-- sample: path -->");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void dependenciesShowTheVersionsTheProjectBuildsWith() throws Exception {
        Map<String, String> versions = pomVersions();
        List<String> problems = new ArrayList<>();
        int shown = 0;
        for (Block block : blocks()) {
            Matcher dependency = DEPENDENCY.matcher(String.join("\n", block.lines()));
            while (dependency.find()) {
                shown++;
                String key = dependency.group(1) + ":" + dependency.group(2);
                if (!dependency.group(3).equals(versions.get(key))) {
                    problems.add(block.where() + ": " + key + ":" + dependency.group(3) + ", but pom.xml has "
                            + versions.get(key));
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(shown).as("dependencies shown").isGreaterThanOrEqualTo(5);
    }

    @Test
    void relativeLinksAndAnchorsResolve() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path page : pages()) {
            List<String> lines = prose(page);
            for (int i = 0; i < lines.size(); i++) {
                Matcher link = LINK.matcher(lines.get(i));
                while (link.find()) {
                    String problem = resolve(page, link.group(1));
                    if (problem != null) {
                        problems.add(ROOT.relativize(page) + ":" + (i + 1) + ": " + problem);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void sampleReceiversDeployAndReceive() {
        try (LogCapture info = LogCapture.of(Level.INFO);
             WeldContainer container = new Weld().disableDiscovery().addExtension(new EntitySignalsExtension())
                     .addBeanClasses(SchoolReceivers.class, LoadReceivers.class, Mails.class, ReceiverAlerts.class,
                             ChangeReceivers.class, Enrollments.class, RequestReceivers.class,
                             SampleEntityManager.class)
                     .initialize()) {
            // then: the receiver map at startup names every sample receiver
            String map = String.join("\n", info.messages("ESIG200"));
            assertThat(map).contains("SchoolReceivers#capitalize", "SchoolReceivers#createProfile",
                    "SchoolReceivers#keepGraduates", "SchoolReceivers#deletePhoto", "SchoolReceivers#audit",
                    "LoadReceivers#initials", "Mails#welcome", "ChangeReceivers#emailChanged",
                    "ChangeReceivers#audit", "Enrollments#logEnrollments");
        }
    }

    private static void check(Block block, List<String> problems) throws IOException {
        Path source = ROOT.resolve(block.sample().group(1));
        if (!Files.isRegularFile(source)) {
            problems.add(block.where() + ": no file " + block.sample().group(1));
            return;
        }
        List<String> file = Files.readAllLines(source);
        String tag = block.sample().group(2);
        if (tag == null) {
            List<String> wanted = trimmed(block.lines());
            if (!containsRun(trimmed(file), wanted)) {
                problems.add(block.where() + ": these lines are not in " + block.sample().group(1) + ": " + wanted);
            }
            return;
        }
        List<String> region = region(file, tag);
        if (region == null) {
            problems.add(block.where() + ": no region " + tag + " in " + block.sample().group(1));
        } else if (!dedent(region).equals(dedent(block.lines()))) {
            problems.add(block.where() + ": differs from " + block.sample().group(0) + "\n--- docs:\n"
                    + String.join("\n", dedent(block.lines())) + "\n--- source:\n" + String.join("\n", dedent(region)));
        }
    }

    /** The lines between the tag's start and end markers, markers of other regions left out; null if absent. */
    static List<String> region(List<String> file, String tag) {
        int start = -1;
        for (int i = 0; i < file.size(); i++) {
            if (file.get(i).contains("tag::" + tag + "[]") && !file.get(i).contains("end::")) {
                start = i;
            } else if (start >= 0 && file.get(i).contains("end::" + tag + "[]")) {
                return file.subList(start + 1, i).stream()
                        .filter(line -> !line.contains("tag::") && !line.contains("end::"))
                        .collect(Collectors.toList());
            }
        }
        return null;
    }

    /** Common indentation and trailing blanks removed, blank lines at either end dropped. */
    static List<String> dedent(List<String> lines) {
        int indent = lines.stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        List<String> out = lines.stream().map(line -> line.isBlank() ? "" : line.substring(indent).stripTrailing())
                .collect(Collectors.toCollection(ArrayList::new));
        while (!out.isEmpty() && out.get(0).isEmpty()) {
            out.remove(0);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static List<String> trimmed(List<String> lines) {
        return lines.stream().map(String::strip).filter(line -> !line.isEmpty()).collect(Collectors.toList());
    }

    private static boolean containsRun(List<String> lines, List<String> run) {
        for (int i = 0; i + run.size() <= lines.size(); i++) {
            if (lines.subList(i, i + run.size()).equals(run)) {
                return true;
            }
        }
        return false;
    }

    static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(ROOT.resolve("README.md"));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    static List<Block> blocks() throws IOException {
        List<Block> blocks = new ArrayList<>();
        for (Path page : pages()) {
            List<String> lines = Files.readAllLines(page);
            for (int i = 0; i < lines.size(); i++) {
                String fence = lines.get(i).strip();
                if (!fence.startsWith("```")) {
                    continue;
                }
                int end = i + 1;
                while (end < lines.size() && !lines.get(end).strip().equals("```")) {
                    end++;
                }
                Matcher sample = SAMPLE.matcher(previousNonBlank(lines, i));
                blocks.add(new Block(page, i + 1, fence.substring(3).strip(), lines.subList(i + 1, end),
                        sample.matches() ? sample : null));
                i = end;
            }
        }
        return blocks;
    }

    private static String previousNonBlank(List<String> lines, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i).strip();
            }
        }
        return "";
    }

    /** The page's lines outside fenced blocks, fenced lines blanked so that line numbers stay. */
    private static List<String> prose(Path page) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(page));
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            boolean fence = lines.get(i).strip().startsWith("```");
            if (fenced || fence) {
                lines.set(i, "");
            }
            if (fence) {
                fenced = !fenced;
            }
        }
        return lines;
    }

    private static String resolve(Path page, String link) throws IOException {
        if (link.matches("^[a-z]+:.*")) {
            return null;
        }
        int hash = link.indexOf('#');
        String file = hash < 0 ? link : link.substring(0, hash);
        Path target = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
        if (!Files.exists(target)) {
            return "broken link " + link;
        }
        if (hash >= 0 && target.toString().endsWith(".md") && !anchors(target).contains(link.substring(hash + 1))) {
            return "no heading for " + link;
        }
        return null;
    }

    /** GitHub's anchors: headings lower-cased, punctuation dropped, spaces as hyphens. */
    private static List<String> anchors(Path page) throws IOException {
        return prose(page).stream().filter(line -> line.startsWith("#"))
                .map(line -> line.replaceFirst("^#+\\s*", "").toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'))
                .collect(Collectors.toList());
    }

    /** groupId:artifactId to the version pom.xml builds with, properties resolved; the project itself too. */
    private static Map<String, String> pomVersions() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        Document pom = factory.newDocumentBuilder().parse(ROOT.resolve("pom.xml").toFile());
        Element project = pom.getDocumentElement();
        Map<String, String> properties = new HashMap<>();
        Element props = child(project, "properties");
        for (Node node = props.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                properties.put(element.getTagName(), element.getTextContent().strip());
            }
        }
        Map<String, String> versions = new HashMap<>();
        versions.put(text(project, "groupId") + ":" + text(project, "artifactId"), text(project, "version"));
        NodeList dependencies = child(project, "dependencies").getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            String version = text(dependency, "version");
            if (version != null) {
                Matcher property = Pattern.compile("\\$\\{([^}]+)}").matcher(version);
                versions.put(text(dependency, "groupId") + ":" + text(dependency, "artifactId"),
                        property.matches() ? properties.get(property.group(1)) : version);
            }
        }
        return versions;
    }

    private static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    private static String text(Element parent, String name) {
        Element child = child(parent, name);
        return child == null ? null : child.getTextContent().strip();
    }
}
